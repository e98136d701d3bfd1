package comply.aws.waf.web_application_without_waf_test

import rego.v1

import data.comply.aws.waf.web_application_without_waf as policy

lb(type, scheme, acls, unknown) := {"resource": {
	"kind": "AWS::ElasticLoadBalancingV2::LoadBalancer",
	"attributes": {"load_balancer_type": type, "scheme": scheme, "web_acls": acls},
	"unknown": unknown,
}}

distribution(acl, unknown) := {"resource": {
	"kind": "AWS::CloudFront::Distribution",
	"attributes": {"web_acl_id": acl},
	"unknown": unknown,
}}

test_public_alb_without_acl_fails if {
	policy.deny == {"internet-facing application load balancer has no AWS WAF web ACL associated"} with input as lb("application", "internet-facing", [], [])
}

test_public_alb_with_acl_passes if {
	count(policy.deny) == 0 with input as lb("application", "internet-facing", ["aws_wafv2_web_acl.main"], [])
}

test_internal_alb_passes if {
	count(policy.deny) == 0 with input as lb("application", "internal", [], [])
}

test_network_load_balancer_is_not_judged if {
	count(policy.deny) == 0 with input as lb("network", "internet-facing", [], [])
}

test_unknown_association_does_not_fail if {
	count(policy.deny) == 0 with input as lb("application", "internet-facing", [], ["attributes.web_acls"])
}

test_distribution_without_acl_fails if {
	policy.deny == {"CloudFront distribution has no AWS WAF web ACL (`web_acl_id` is not set)"} with input as distribution(null, [])
}

test_distribution_with_acl_passes if {
	count(policy.deny) == 0 with input as distribution("arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge/1", [])
}

test_distribution_acl_unknown_does_not_fail if {
	count(policy.deny) == 0 with input as distribution(null, ["attributes.web_acl_id"])
}

stage(acl, unknown) := {"resource": {
	"kind": "AWS::ApiGateway::Stage",
	"attributes": {"web_acl": acl},
	"unknown": unknown,
}}

test_stage_without_acl_fails if {
	policy.deny == {"API Gateway stage has no AWS WAF web ACL associated"} with input as stage(null, [])
}

test_stage_with_acl_passes if {
	count(policy.deny) == 0 with input as stage("aws_wafv2_web_acl.api", [])
}

test_stage_acl_unknown_does_not_fail if {
	count(policy.deny) == 0 with input as stage(null, ["attributes.web_acl"])
}
