package comply.aws.ec2.default_security_group_allows_traffic_test

import rego.v1

import data.comply.aws.ec2.default_security_group_allows_traffic as policy

group(is_default, ingress, egress) := {"resource": {
	"kind": "AWS::EC2::SecurityGroup",
	"attributes": {
		"group_name": "default",
		"vpc_id": "vpc-0123456789abcdef0",
		"is_default": is_default,
		"ingress": ingress,
		"egress": egress,
	},
}}

self_all := {
	"protocol": "-1",
	"from_port": 0,
	"to_port": 65535,
	"ipv4_ranges": [],
	"ipv6_ranges": [],
	"source_groups": [],
	"prefix_lists": [],
	"description": null,
	"defined_by": null,
}

world_all := object.union(self_all, {"ipv4_ranges": ["0.0.0.0/0"]})

test_aws_defaults_fail_both_ways if {
	policy.deny == {
		"the default security group allows inbound traffic (`1` ingress rule(s))",
		"the default security group allows outbound traffic (`1` egress rule(s))",
	} with input as group(true, [self_all], [world_all])
}

test_ingress_only_fails if {
	count(policy.deny) == 1 with input as group(true, [self_all], [])
}

test_egress_only_fails if {
	count(policy.deny) == 1 with input as group(true, [], [world_all])
}

test_default_group_without_rules_passes if {
	count(policy.deny) == 0 with input as group(true, [], [])
}

test_other_groups_are_not_judged if {
	count(policy.deny) == 0 with input as group(false, [self_all], [world_all])
}
