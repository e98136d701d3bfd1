package comply.aws.ec2.security_group_cleartext_admin_protocols_test

import rego.v1

import data.comply.aws.ec2.security_group_cleartext_admin_protocols as policy

group(ingress) := {"resource": {
	"kind": "AWS::EC2::SecurityGroup",
	"attributes": {"group_name": "app", "vpc_id": "vpc-1", "is_default": false, "ingress": ingress, "egress": []},
}}

rule(protocol, from, to, v4, groups) := {
	"protocol": protocol, "from_port": from, "to_port": to,
	"ipv4_ranges": v4, "ipv6_ranges": [], "source_groups": groups, "prefix_lists": [],
	"description": null, "defined_by": null,
}

test_telnet_from_private_range_fails if {
	policy.deny == {"an ingress rule of the group admits Telnet (tcp 23) from `10.0.0.0/8`: administrative sessions cross the network in clear text"} with input as group([rule("tcp", 23, 23, ["10.0.0.0/8"], [])])
}

test_rsh_from_group_fails if {
	policy.deny == {"an ingress rule of the group admits rexec/rlogin/rsh (tcp 512-514) from `sg-0abc`: administrative sessions cross the network in clear text"} with input as group([rule("tcp", 512, 514, [], ["sg-0abc"])])
}

test_ssh_passes if {
	count(policy.deny) == 0 with input as group([rule("tcp", 22, 22, ["10.0.0.0/8"], [])])
}

test_wide_ranges_are_left_to_other_policies if {
	count(policy.deny) == 0 with input as group([rule("tcp", 0, 65535, ["10.0.0.0/8"], []), rule("-1", 0, 0, ["10.0.0.0/8"], [])])
}

test_unknown_ports_do_not_fail if {
	count(policy.deny) == 0 with input as group([rule("tcp", null, null, ["10.0.0.0/8"], [])])
}

test_udp_on_port_23_passes if {
	count(policy.deny) == 0 with input as group([rule("udp", 23, 23, ["10.0.0.0/8"], [])])
}
