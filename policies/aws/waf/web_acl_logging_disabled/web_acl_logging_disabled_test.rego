package comply.aws.waf.web_acl_logging_disabled_test

import rego.v1

import data.comply.aws.waf.web_acl_logging_disabled as policy

acl(destinations, unknown) := {"resource": {
	"kind": "AWS::WAFv2::WebACL",
	"attributes": {"name": "app", "log_destinations": destinations},
	"unknown": unknown,
}}

test_no_logging_fails if {
	count(policy.deny) == 1 with input as acl([], [])
}

test_logging_passes if {
	count(policy.deny) == 0 with input as acl(["arn:aws:firehose:eu-west-1:123456789012:deliverystream/aws-waf-logs-app"], [])
}

test_logging_not_recorded_does_not_fail if {
	count(policy.deny) == 0 with input as acl([], ["attributes.log_destinations"])
}
