package comply.aws.network.database_reachable_from_internet_test

import rego.v1

import data.comply.aws.network.database_reachable_from_internet as policy

open_rule(from, to) := {
	"protocol": "tcp", "from_port": from, "to_port": to, "ipv4_ranges": ["0.0.0.0/0"],
	"ipv6_ranges": [], "source_groups": [], "prefix_lists": [],
}

db(public, routable, ingress) := {"resource": {
	"kind": "AWS::RDS::DBInstance",
	"attributes": {
		"engine": "postgres", "port": 5432, "publicly_accessible": public,
		"network": {"internet_routable": routable, "internet_ingress": ingress},
	},
}}

test_the_whole_path_open_fails if {
	count(policy.deny) == 1 with input as db(true, true, [open_rule(5432, 5432)])
}

test_a_rule_for_all_ports_fails if {
	count(policy.deny) == 1 with input as db(true, true, [open_rule(0, 65535)])
}

test_private_instance_passes if {
	count(policy.deny) == 0 with input as db(false, true, [open_rule(5432, 5432)])
}

test_no_internet_route_passes if {
	count(policy.deny) == 0 with input as db(true, false, [open_rule(5432, 5432)])
}

test_another_port_open_passes if {
	count(policy.deny) == 0 with input as db(true, true, [open_rule(443, 443)])
}

test_unknown_route_does_not_fail if {
	count(policy.deny) == 0 with input as db(true, null, [open_rule(5432, 5432)])
}

test_unknown_rules_do_not_fail if {
	count(policy.deny) == 0 with input as db(true, true, null)
}
