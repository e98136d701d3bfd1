package comply.aws.elb.load_balancer_deletion_protection_disabled_test

import rego.v1

import data.comply.aws.elb.load_balancer_deletion_protection_disabled as policy

load_balancer(type, protection) := {"resource": {
	"kind": "AWS::ElasticLoadBalancingV2::LoadBalancer",
	"attributes": {
		"name": "web",
		"load_balancer_type": type,
		"scheme": "internet-facing",
		"deletion_protection": protection,
		"drop_invalid_header_fields": null,
		"access_logs": {"enabled": false, "target_bucket": null},
		"network": {"subnets": ["subnet-1", "subnet-2"], "security_groups": []},
	},
}}

test_application_load_balancer_without_deletion_protection_fails if {
	policy.deny == {"deletion protection is not enabled (`enable_deletion_protection` is false)"} with input as load_balancer("application", false)
}

test_network_load_balancer_without_deletion_protection_fails if {
	count(policy.deny) == 1 with input as load_balancer("network", false)
}

test_load_balancer_with_deletion_protection_passes if {
	count(policy.deny) == 0 with input as load_balancer("application", true)
}

test_unknown_deletion_protection_does_not_fail if {
	count(policy.deny) == 0 with input as load_balancer("application", null)
}
