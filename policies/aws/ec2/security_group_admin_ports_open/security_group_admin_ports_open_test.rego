package comply.aws.ec2.security_group_admin_ports_open_test

import rego.v1

import data.comply.aws.ec2.security_group_admin_ports_open as policy

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

test_ssh_from_world_fails if {
	policy.deny == {"an ingress rule of the group opens SSH port `22` to the internet (`0.0.0.0/0`, tcp 22)"} with input as group([rule("tcp", 22, 22, ["0.0.0.0/0"], [], null)], [])
}

test_rdp_from_world_rule_resource_fails_and_is_named if {
	policy.deny == {"ingress rule `aws_security_group_rule.rdp` opens RDP port `3389` to the internet (`0.0.0.0/0`, tcp 3389)"} with input as group([rule("tcp", 3389, 3389, ["0.0.0.0/0"], [], "aws_security_group_rule.rdp")], [])
}

test_ssh_from_ipv6_world_fails if {
	count(policy.deny) == 1 with input as group([rule("tcp", 22, 22, [], ["::/0"], "aws_vpc_security_group_ingress_rule.ssh")], [])
}

test_range_containing_22_fails if {
	count(policy.deny) == 1 with input as group([rule("tcp", 20, 25, ["0.0.0.0/0"], [], null)], [])
}

test_all_traffic_names_both_ports if {
	policy.deny == {"an ingress rule of the group opens SSH port `22`, RDP port `3389` to the internet (`0.0.0.0/0`, `::/0`, all traffic)"} with input as group([rule("-1", 0, 65535, ["0.0.0.0/0"], ["::/0"], null)], [])
}

test_description_names_inline_rule if {
	r := object.union(rule("tcp", 22, 22, ["0.0.0.0/0"], [], null), {"description": "SSH from anywhere"})
	policy.deny == {"the group's ingress rule \"SSH from anywhere\" opens SSH port `22` to the internet (`0.0.0.0/0`, tcp 22)"} with input as group([r], [])
}

test_ssh_from_private_range_and_https_from_world_pass if {
	count(policy.deny) == 0 with input as group(
		[rule("tcp", 22, 22, ["10.0.0.0/8"], [], null), rule("tcp", 443, 443, ["0.0.0.0/0"], ["::/0"], null)],
		[],
	)
}

test_udp_22_from_world_passes if {
	count(policy.deny) == 0 with input as group([rule("udp", 22, 22, ["0.0.0.0/0"], [], null)], [])
}

test_ssh_from_security_group_passes if {
	r := object.union(rule("tcp", 22, 22, [], [], null), {"source_groups": ["sg-0123456789abcdef0"]})
	count(policy.deny) == 0 with input as group([r], [])
}

test_egress_to_world_ssh_passes if {
	count(policy.deny) == 0 with input as group([], [rule("-1", 0, 65535, ["0.0.0.0/0"], [], null)])
}

test_unknown_ports_do_not_fail if {
	count(policy.deny) == 0 with input as group([rule("tcp", null, null, ["0.0.0.0/0"], [], null)], [])
}

test_unknown_rules_do_not_fail if {
	count(policy.deny) == 0 with input as group([], [])
}
