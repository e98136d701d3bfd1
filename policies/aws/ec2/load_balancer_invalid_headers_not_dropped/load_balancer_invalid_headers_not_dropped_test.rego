package comply.aws.ec2.load_balancer_invalid_headers_not_dropped_test

import rego.v1

import data.comply.aws.ec2.load_balancer_invalid_headers_not_dropped as policy

lb(type, scheme, drop) := {"resource": {
	"kind": "AWS::ElasticLoadBalancingV2::LoadBalancer",
	"attributes": {
		"name": "web",
		"load_balancer_type": type,
		"scheme": scheme,
		"drop_invalid_header_fields": drop,
		"deletion_protection": true,
		"access_logs": {"enabled": true, "target_bucket": "example-lb-access-logs"},
		"network": {"subnets": ["subnet-0a1b2c3d4e5f60001"], "security_groups": ["sg-0123456789abcdef0"]},
	},
}}

test_internet_facing_alb_keeping_invalid_headers_fails if {
	policy.deny == {"internet-facing application load balancer forwards HTTP headers with invalid names to its targets (`drop_invalid_header_fields` is false)"} with input as lb("application", "internet-facing", false)
}

test_dropping_invalid_headers_passes if {
	count(policy.deny) == 0 with input as lb("application", "internet-facing", true)
}

test_internal_alb_passes if {
	count(policy.deny) == 0 with input as lb("application", "internal", false)
}

test_network_load_balancer_passes if {
	count(policy.deny) == 0 with input as lb("network", "internet-facing", null)
}

test_unknown_setting_does_not_fail if {
	count(policy.deny) == 0 with input as lb("application", "internet-facing", null)
}

test_unknown_scheme_does_not_fail if {
	count(policy.deny) == 0 with input as lb("application", null, false)
}

test_unknown_type_does_not_fail if {
	count(policy.deny) == 0 with input as lb(null, "internet-facing", null)
}
