package comply.aws.ec2.security_group_database_ports_open_test

import rego.v1

import data.comply.aws.ec2.security_group_database_ports_open as policy

group(ingress, egress) := {"resource": {
	"kind": "AWS::EC2::SecurityGroup",
	"attributes": {
		"group_name": "db",
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

test_postgres_from_world_fails_and_is_named if {
	policy.deny == {"ingress rule `aws_vpc_security_group_ingress_rule.pg` opens PostgreSQL port `5432` to the internet (`0.0.0.0/0`, tcp 5432)"} with input as group([rule("tcp", 5432, 5432, ["0.0.0.0/0"], [], "aws_vpc_security_group_ingress_rule.pg")], [])
}

test_each_database_port_fails if {
	every port in [3306, 5432, 1433, 1521, 6379, 11211, 27017, 9200, 5439] {
		count(policy.deny) == 1 with input as group([rule("tcp", port, port, ["0.0.0.0/0"], [], null)], [])
	}
}

test_redis_from_ipv6_world_fails if {
	count(policy.deny) == 1 with input as group([rule("tcp", 6379, 6379, [], ["::/0"], null)], [])
}

test_range_names_every_covered_port if {
	policy.deny == {"an ingress rule of the group opens MySQL port `3306`, PostgreSQL port `5432`, Redshift port `5439` to the internet (`0.0.0.0/0`, tcp 3000-6000)"} with input as group([rule("tcp", 3000, 6000, ["0.0.0.0/0"], [], null)], [])
}

test_all_traffic_fails if {
	count(policy.deny) == 1 with input as group([rule("-1", 0, 65535, ["0.0.0.0/0"], [], null)], [])
}

test_one_message_per_rule if {
	count(policy.deny) == 2 with input as group(
		[
			rule("tcp", 5432, 5432, ["0.0.0.0/0"], [], "aws_vpc_security_group_ingress_rule.pg_v4"),
			rule("tcp", 5432, 5432, [], ["::/0"], "aws_vpc_security_group_ingress_rule.pg_v6"),
		],
		[],
	)
}

test_database_port_from_private_range_passes if {
	count(policy.deny) == 0 with input as group([rule("tcp", 5432, 5432, ["10.0.0.0/8"], [], null)], [])
}

test_database_port_from_security_group_passes if {
	r := object.union(rule("tcp", 3306, 3306, [], [], null), {"source_groups": ["sg-0123456789abcdef0"]})
	count(policy.deny) == 0 with input as group([r], [])
}

test_https_from_world_passes if {
	count(policy.deny) == 0 with input as group([rule("tcp", 443, 443, ["0.0.0.0/0"], ["::/0"], null)], [])
}

test_neighbouring_port_passes if {
	count(policy.deny) == 0 with input as group([rule("tcp", 5433, 5438, ["0.0.0.0/0"], [], null)], [])
}

test_egress_to_world_passes if {
	count(policy.deny) == 0 with input as group([], [rule("-1", 0, 65535, ["0.0.0.0/0"], [], null)])
}

test_unknown_ports_do_not_fail if {
	count(policy.deny) == 0 with input as group([rule("tcp", null, null, ["0.0.0.0/0"], [], null)], [])
}
