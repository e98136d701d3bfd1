package comply.aws.ec2.load_balancer_access_logs_disabled_test

import rego.v1

import data.comply.aws.ec2.load_balancer_access_logs_disabled as policy

lb(type, scheme, logs) := {"resource": {
	"kind": "AWS::ElasticLoadBalancingV2::LoadBalancer",
	"attributes": {
		"name": "web",
		"load_balancer_type": type,
		"scheme": scheme,
		"drop_invalid_header_fields": true,
		"deletion_protection": true,
		"access_logs": {"enabled": logs, "target_bucket": "example-lb-access-logs"},
		"network": {"subnets": ["subnet-0a1b2c3d4e5f60001"], "security_groups": ["sg-0123456789abcdef0"]},
	},
}}

test_internet_facing_alb_without_logs_fails if {
	policy.deny == {"internet-facing application load balancer does not write access logs (`access_logs.enabled` is false)"} with input as lb("application", "internet-facing", false)
}

test_logs_enabled_passes if {
	count(policy.deny) == 0 with input as lb("application", "internet-facing", true)
}

test_internal_alb_passes if {
	count(policy.deny) == 0 with input as lb("application", "internal", false)
}

test_network_load_balancer_passes if {
	count(policy.deny) == 0 with input as lb("network", "internet-facing", false)
}

test_gateway_load_balancer_passes if {
	count(policy.deny) == 0 with input as lb("gateway", null, false)
}

test_unknown_logging_does_not_fail if {
	count(policy.deny) == 0 with input as lb("application", "internet-facing", null)
}

test_unknown_scheme_does_not_fail if {
	count(policy.deny) == 0 with input as lb("application", null, false)
}

test_unknown_type_does_not_fail if {
	count(policy.deny) == 0 with input as lb(null, "internet-facing", false)
}
