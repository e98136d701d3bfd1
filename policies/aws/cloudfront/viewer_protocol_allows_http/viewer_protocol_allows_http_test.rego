package comply.aws.cloudfront.viewer_protocol_allows_http_test

import rego.v1

import data.comply.aws.cloudfront.viewer_protocol_allows_http as policy

distribution(policies, unknown) := {"resource": {
	"kind": "AWS::CloudFront::Distribution",
	"attributes": {"viewer_protocol_policies": policies},
	"unknown": unknown,
}}

test_default_behavior_allowing_http_fails if {
	policy.deny == {"viewers can use plain HTTP: 1 of 1 cache behavior(s) have `viewer_protocol_policy = \"allow-all\"`"} with input as distribution(["allow-all"], [])
}

test_ordered_behavior_allowing_http_fails if {
	policy.deny == {"viewers can use plain HTTP: 1 of 3 cache behavior(s) have `viewer_protocol_policy = \"allow-all\"`"} with input as distribution(["redirect-to-https", "https-only", "allow-all"], [])
}

test_redirect_to_https_passes if {
	count(policy.deny) == 0 with input as distribution(["redirect-to-https"], [])
}

test_https_only_behaviors_pass if {
	count(policy.deny) == 0 with input as distribution(["https-only", "https-only"], [])
}

test_unknown_behaviors_do_not_fail if {
	count(policy.deny) == 0 with input as distribution([], ["attributes.viewer_protocol_policies"])
}

test_a_known_http_behavior_fails_beside_unknown_ones if {
	count(policy.deny) == 1 with input as distribution(["allow-all"], ["attributes.viewer_protocol_policies"])
}
