package comply.aws.ec2.security_group_high_risk_ports_open_test

import rego.v1

import data.comply.aws.ec2.security_group_high_risk_ports_open as policy

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

test_telnet_from_world_fails if {
	policy.deny == {"an ingress rule of the group opens Telnet (tcp 23) to the internet (`0.0.0.0/0`, tcp 23)"} with input as group([rule("tcp", 23, 23, ["0.0.0.0/0"], [], null)], [])
}

test_rule_resource_is_named if {
	policy.deny == {"ingress rule `aws_vpc_security_group_ingress_rule.smb` opens SMB (tcp 445) to the internet (`::/0`, tcp 445)"} with input as group([rule("tcp", 445, 445, [], ["::/0"], "aws_vpc_security_group_ingress_rule.smb")], [])
}

test_each_service_fails_on_its_own_protocol if {
	every s in policy.high_risk {
		[_, protocol, first, _] := s
		count(policy.deny) == 1 with input as group([rule(protocol, first, first, ["0.0.0.0/0"], [], null)], [])
	}
}

test_one_port_of_a_service_range_fails if {
	policy.deny == {"an ingress rule of the group opens WinRM (tcp 5985-5986) to the internet (`0.0.0.0/0`, tcp 5986)"} with input as group([rule("tcp", 5986, 5986, ["0.0.0.0/0"], [], null)], [])
}

test_range_names_every_covered_service if {
	policy.deny == {"an ingress rule of the group opens NFS (tcp 2049), ZooKeeper (tcp 2181), Docker daemon (tcp 2375-2376), etcd (tcp 2379-2380) to the internet (`0.0.0.0/0`, tcp 2000-2999)"} with input as group([rule("tcp", 2000, 2999, ["0.0.0.0/0"], [], null)], [])
}

test_all_traffic_lists_six_and_counts_the_rest if {
	policy.deny == {"an ingress rule of the group opens FTP (tcp 20-21), Telnet (tcp 23), TFTP (udp 69), RPC portmapper (tcp 111), RPC portmapper (udp 111), MS RPC (tcp 135) and 25 more high-risk services to the internet (`0.0.0.0/0`, all traffic)"} with input as group([rule("-1", 0, 65535, ["0.0.0.0/0"], [], null)], [])
}

test_udp_memcached_fails if {
	count(policy.deny) == 1 with input as group([rule("udp", 11211, 11211, ["0.0.0.0/0"], [], null)], [])
}

test_tcp_memcached_is_left_to_the_database_policy if {
	count(policy.deny) == 0 with input as group([rule("tcp", 11211, 11211, ["0.0.0.0/0"], [], null)], [])
}

test_ssh_and_rdp_are_left_to_the_admin_policy if {
	count(policy.deny) == 0 with input as group([rule("tcp", 22, 22, ["0.0.0.0/0"], [], null), rule("tcp", 3389, 3389, ["0.0.0.0/0"], [], null)], [])
}

test_udp_smb_passes if {
	count(policy.deny) == 0 with input as group([rule("udp", 445, 445, ["0.0.0.0/0"], [], null)], [])
}

test_tcp_netbios_name_service_passes if {
	count(policy.deny) == 0 with input as group([rule("tcp", 137, 138, ["0.0.0.0/0"], [], null)], [])
}

test_high_risk_port_from_private_range_passes if {
	count(policy.deny) == 0 with input as group([rule("tcp", 445, 445, ["10.0.0.0/8"], [], null)], [])
}

test_high_risk_port_from_security_group_passes if {
	r := object.union(rule("tcp", 9092, 9092, [], [], null), {"source_groups": ["sg-0123456789abcdef0"]})
	count(policy.deny) == 0 with input as group([r], [])
}

test_neighbouring_ports_pass if {
	count(policy.deny) == 0 with input as group([rule("tcp", 24, 110, ["0.0.0.0/0"], [], null), rule("tcp", 5987, 7198, ["0.0.0.0/0"], [], null)], [])
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
