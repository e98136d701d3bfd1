package comply.aws.ec2.security_group_all_traffic_open_test

import rego.v1

import data.comply.aws.ec2.security_group_all_traffic_open as policy

group(ingress, egress) := {"resource": {
	"kind": "AWS::EC2::SecurityGroup",
	"attributes": {
		"group_name": "app",
		"vpc_id": "vpc-0123456789abcdef0",
		"is_default": false,
		"ingress": ingress,
		"egress": egress,
	},
}}

rule(protocol, from, to, v4, v6, defined_by) := {
	"protocol": protocol,
	"from_port": from,
	"to_port": to,
	"ipv4_ranges": v4,
	"ipv6_ranges": v6,
	"source_groups": [],
	"prefix_lists": [],
	"description": null,
	"defined_by": defined_by,
}

test_all_traffic_from_world_fails if {
	policy.deny == {"an ingress rule of the group opens all traffic to the internet (`0.0.0.0/0`)"} with input as group([rule("-1", 0, 65535, ["0.0.0.0/0"], [], null)], [])
}

test_all_traffic_both_families_is_one_message if {
	policy.deny == {"ingress rule `aws_security_group_rule.all` opens all traffic to the internet (`0.0.0.0/0`, `::/0`)"} with input as group([rule("-1", 0, 65535, ["0.0.0.0/0"], ["::/0"], "aws_security_group_rule.all")], [])
}

test_every_tcp_port_fails if {
	policy.deny == {"an ingress rule of the group opens every TCP port to the internet (`::/0`)"} with input as group([rule("tcp", 0, 65535, [], ["::/0"], null)], [])
}

test_every_udp_port_from_1_fails if {
	policy.deny == {"an ingress rule of the group opens every UDP port to the internet (`0.0.0.0/0`)"} with input as group([rule("udp", 1, 65535, ["0.0.0.0/0"], [], null)], [])
}

test_description_names_inline_rule if {
	r := object.union(rule("-1", 0, 65535, ["0.0.0.0/0"], [], null), {"description": "temporary"})
	policy.deny == {"the group's ingress rule \"temporary\" opens all traffic to the internet (`0.0.0.0/0`)"} with input as group([r], [])
}

test_all_traffic_from_private_range_passes if {
	count(policy.deny) == 0 with input as group([rule("-1", 0, 65535, ["10.0.0.0/8"], [], null)], [])
}

test_all_traffic_from_security_group_passes if {
	r := object.union(rule("-1", 0, 65535, [], [], null), {"source_groups": ["sg-0123456789abcdef0"]})
	count(policy.deny) == 0 with input as group([r], [])
}

test_wide_but_partial_range_passes if {
	count(policy.deny) == 0 with input as group([rule("tcp", 1024, 65535, ["0.0.0.0/0"], [], null)], [])
}

test_icmp_from_world_passes if {
	count(policy.deny) == 0 with input as group([rule("icmp", -1, -1, ["0.0.0.0/0"], [], null)], [])
}

test_egress_to_world_passes if {
	count(policy.deny) == 0 with input as group([], [rule("-1", 0, 65535, ["0.0.0.0/0"], [], null)])
}

test_unknown_ports_do_not_fail if {
	count(policy.deny) == 0 with input as group([rule("tcp", null, null, ["0.0.0.0/0"], [], null)], [])
}

test_unknown_rules_do_not_fail if {
	count(policy.deny) == 0 with input as group([], [])
}
