package comply.aws.vpc.network_acl_allows_all_ingress_test

import rego.v1

import data.comply.aws.vpc.network_acl_allows_all_ingress as policy

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

all_v4(number, action) := rule(number, "-1", action, "0.0.0.0/0", null, 0, 65535)

test_all_traffic_from_world_fails if {
	policy.deny == {"inbound rule 100 allows all traffic (every protocol and port) from `0.0.0.0/0`, and no lower-numbered rule denies it"} with input as acl([all_v4(100, "allow")], [], [])
}

test_ipv6_rule_resource_fails_and_is_named if {
	r := object.union(rule(100, "-1", "allow", null, "::/0", 0, 65535), {"defined_by": "aws_network_acl_rule.all_v6"})
	policy.deny == {"inbound rule 100 (`aws_network_acl_rule.all_v6`) allows all traffic (every protocol and port) from `::/0`, and no lower-numbered rule denies it"} with input as acl([r], [], [])
}

test_port_denies_first_still_fail if {
	count(policy.deny) == 1 with input as acl(
		[rule(10, "tcp", "deny", "0.0.0.0/0", null, 22, 22), rule(20, "tcp", "deny", "0.0.0.0/0", null, 3389, 3389), all_v4(100, "allow")],
		[], [],
	)
}

test_later_deny_all_does_not_block if {
	count(policy.deny) == 1 with input as acl([all_v4(100, "allow"), all_v4(200, "deny")], [], [])
}

test_ipv4_deny_all_does_not_block_ipv6 if {
	count(policy.deny) == 1 with input as acl([all_v4(50, "deny"), rule(100, "-1", "allow", null, "::/0", 0, 65535)], [], [])
}

test_earlier_deny_all_passes if {
	count(policy.deny) == 0 with input as acl([all_v4(50, "deny"), all_v4(100, "allow")], [], [])
}

test_all_traffic_from_vpc_passes if {
	count(policy.deny) == 0 with input as acl([rule(100, "-1", "allow", "10.0.0.0/16", null, 0, 65535)], [], [])
}

test_all_tcp_ports_is_not_all_traffic if {
	count(policy.deny) == 0 with input as acl([rule(100, "tcp", "allow", "0.0.0.0/0", null, 0, 65535)], [], [])
}

test_egress_to_world_passes if {
	count(policy.deny) == 0 with input as acl([], [all_v4(100, "allow")], [])
}

test_no_rules_pass if {
	count(policy.deny) == 0 with input as acl([], [], [])
}

# Values only known after apply: never a failure.

test_allow_from_unknown_source_does_not_fail if {
	count(policy.deny) == 0 with input as acl([rule(100, "-1", "allow", null, null, 0, 65535)], [], ["attributes.ingress"])
}

test_allow_with_unknown_number_does_not_fail if {
	count(policy.deny) == 0 with input as acl([all_v4(null, "allow")], [], ["attributes.ingress"])
}

test_earlier_rule_with_unknown_action_does_not_fail if {
	count(policy.deny) == 0 with input as acl([all_v4(50, null), all_v4(100, "allow")], [], ["attributes.ingress"])
}

test_earlier_deny_with_unknown_source_does_not_fail if {
	count(policy.deny) == 0 with input as acl([rule(50, "-1", "deny", null, null, 0, 65535), all_v4(100, "allow")], [], ["attributes.ingress"])
}

test_rule_missing_from_the_list_does_not_fail if {
	count(policy.deny) == 0 with input as acl([all_v4(100, "allow")], [], ["attributes.ingress"])
}

test_later_unknown_rule_still_fails if {
	count(policy.deny) == 1 with input as acl([all_v4(100, "allow"), rule(200, "-1", "deny", null, null, 0, 65535)], [], ["attributes.ingress"])
}
