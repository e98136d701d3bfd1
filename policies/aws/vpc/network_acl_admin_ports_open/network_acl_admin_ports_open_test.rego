package comply.aws.vpc.network_acl_admin_ports_open_test

import rego.v1

import data.comply.aws.vpc.network_acl_admin_ports_open as policy

acl(ingress, egress, unknown) := {"resource": {
	"kind": "AWS::EC2::NetworkAcl",
	"attributes": {
		"vpc_id": "vpc-0123456789abcdef0",
		"is_default": false,
		"subnets": ["subnet-0123456789abcdef0"],
		"ingress": ingress,
		"egress": egress,
	},
	"unknown": unknown,
}}

rule(number, protocol, action, v4, v6, from, to) := {
	"rule_number": number,
	"protocol": protocol,
	"action": action,
	"cidr_block": v4,
	"ipv6_cidr_block": v6,
	"from_port": from,
	"to_port": to,
	"defined_by": null,
}

allow_v4(number, protocol, from, to) := rule(number, protocol, "allow", "0.0.0.0/0", null, from, to)

deny_v4(number, protocol, from, to) := rule(number, protocol, "deny", "0.0.0.0/0", null, from, to)

test_ssh_from_world_fails if {
	policy.deny == {"inbound rule 100 allows SSH port `22` from `0.0.0.0/0`, and no lower-numbered rule denies it"} with input as acl([allow_v4(100, "tcp", 22, 22)], [], [])
}

test_rule_resource_is_named if {
	r := object.union(rule(100, "tcp", "allow", null, "::/0", 3389, 3389), {"defined_by": "aws_network_acl_rule.rdp"})
	policy.deny == {"inbound rule 100 (`aws_network_acl_rule.rdp`) allows RDP port `3389` from `::/0`, and no lower-numbered rule denies it"} with input as acl([r], [], [])
}

test_all_traffic_names_both_ports if {
	policy.deny == {"inbound rule 100 allows SSH port `22`, RDP port `3389` from `0.0.0.0/0`, and no lower-numbered rule denies it"} with input as acl([allow_v4(100, "-1", 0, 65535)], [], [])
}

test_return_traffic_range_covers_rdp if {
	policy.deny == {"inbound rule 120 allows RDP port `3389` from `0.0.0.0/0`, and no lower-numbered rule denies it"} with input as acl([allow_v4(120, "tcp", 1024, 65535)], [], [])
}

test_lower_numbered_deny_blocks if {
	count(policy.deny) == 0 with input as acl(
		[allow_v4(100, "-1", 0, 65535), deny_v4(10, "tcp", 22, 22), deny_v4(20, "tcp", 3389, 3389)],
		[], [],
	)
}

test_lower_numbered_deny_all_blocks if {
	count(policy.deny) == 0 with input as acl([allow_v4(100, "tcp", 22, 22), deny_v4(50, "-1", 0, 65535)], [], [])
}

test_deny_of_one_port_leaves_the_other_open if {
	policy.deny == {"inbound rule 100 allows RDP port `3389` from `0.0.0.0/0`, and no lower-numbered rule denies it"} with input as acl([allow_v4(100, "-1", 0, 65535), deny_v4(10, "tcp", 22, 22)], [], [])
}

test_higher_numbered_deny_does_not_block if {
	count(policy.deny) == 1 with input as acl([allow_v4(100, "tcp", 0, 65535), deny_v4(200, "tcp", 22, 22)], [], [])
}

test_ipv4_deny_does_not_block_ipv6_allow if {
	count(policy.deny) == 1 with input as acl([deny_v4(90, "tcp", 22, 22), rule(100, "tcp", "allow", null, "::/0", 22, 22)], [], [])
}

test_narrow_deny_does_not_block if {
	count(policy.deny) == 1 with input as acl([rule(90, "tcp", "deny", "10.0.0.0/8", null, 22, 22), allow_v4(100, "tcp", 22, 22)], [], [])
}

test_udp_deny_does_not_block if {
	count(policy.deny) == 1 with input as acl([deny_v4(90, "udp", 22, 22), allow_v4(100, "tcp", 22, 22)], [], [])
}

test_ssh_from_private_range_passes if {
	count(policy.deny) == 0 with input as acl([rule(100, "tcp", "allow", "10.0.0.0/8", null, 22, 22), allow_v4(110, "tcp", 443, 443)], [], [])
}

test_udp_22_passes if {
	count(policy.deny) == 0 with input as acl([allow_v4(100, "udp", 22, 22)], [], [])
}

test_egress_to_world_passes if {
	count(policy.deny) == 0 with input as acl([], [rule(100, "-1", "allow", "0.0.0.0/0", "::/0", 0, 65535)], [])
}

test_no_rules_pass if {
	count(policy.deny) == 0 with input as acl([], [], [])
}

# Values only known after apply: never a failure.

test_earlier_rule_with_unknown_source_does_not_fail if {
	count(policy.deny) == 0 with input as acl([rule(90, "tcp", "deny", null, null, 22, 22), allow_v4(100, "tcp", 22, 22)], [], ["attributes.ingress"])
}

test_earlier_rule_with_unknown_action_does_not_fail if {
	count(policy.deny) == 0 with input as acl([rule(90, "tcp", null, "0.0.0.0/0", null, 22, 22), allow_v4(100, "tcp", 22, 22)], [], ["attributes.ingress"])
}

test_earlier_rule_with_unknown_ports_does_not_fail if {
	count(policy.deny) == 0 with input as acl([deny_v4(90, "tcp", null, null), allow_v4(100, "tcp", 22, 22)], [], ["attributes.ingress"])
}

test_rule_with_unknown_number_does_not_fail if {
	count(policy.deny) == 0 with input as acl([deny_v4(null, "tcp", 22, 22), allow_v4(100, "tcp", 22, 22)], [], ["attributes.ingress"])
}

test_allow_with_unknown_number_does_not_fail if {
	count(policy.deny) == 0 with input as acl([allow_v4(null, "tcp", 22, 22)], [], ["attributes.ingress"])
}

test_allow_with_unknown_ports_does_not_fail if {
	count(policy.deny) == 0 with input as acl([allow_v4(100, "tcp", null, null)], [], ["attributes.ingress"])
}

test_allow_with_unknown_source_does_not_fail if {
	count(policy.deny) == 0 with input as acl([rule(100, "tcp", "allow", null, null, 22, 22)], [], ["attributes.ingress"])
}

test_rule_missing_from_the_list_does_not_fail if {
	count(policy.deny) == 0 with input as acl([allow_v4(100, "tcp", 22, 22)], [], ["attributes.ingress"])
}

test_later_unknown_rule_still_fails if {
	count(policy.deny) == 1 with input as acl([allow_v4(100, "tcp", 22, 22), rule(200, "tcp", "deny", null, null, 22, 22)], [], ["attributes.ingress"])
}
