package comply.aws.ec2.security_group_unrestricted_egress_test

import rego.v1

import data.comply.aws.ec2.security_group_unrestricted_egress as policy

group(ingress, egress) := {"resource": {
	"kind": "AWS::EC2::SecurityGroup",
	"tags": {"DataClassification": "cardholder"},
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

test_all_traffic_out_fails if {
	policy.deny == {"an egress rule of the group allows all traffic out to the internet (`0.0.0.0/0`)"} with data.comply.settings.segmentation.cardholder as ["cardholder"] with input as group([], [rule("-1", 0, 65535, ["0.0.0.0/0"], [], null)])
}

test_rule_resource_is_named if {
	policy.deny == {"egress rule `aws_vpc_security_group_egress_rule.all_v6` allows every TCP port out to the internet (`::/0`)"} with data.comply.settings.segmentation.cardholder as ["cardholder"] with input as group([], [rule("tcp", 0, 65535, [], ["::/0"], "aws_vpc_security_group_egress_rule.all_v6")])
}

test_every_udp_port_fails if {
	count(policy.deny) == 1 with data.comply.settings.segmentation.cardholder as ["cardholder"] with input as group([], [rule("udp", 1, 65535, ["0.0.0.0/0"], [], null)])
}

test_https_out_passes if {
	count(policy.deny) == 0 with data.comply.settings.segmentation.cardholder as ["cardholder"] with input as group([], [rule("tcp", 443, 443, ["0.0.0.0/0"], ["::/0"], null)])
}

test_all_traffic_to_vpc_passes if {
	count(policy.deny) == 0 with data.comply.settings.segmentation.cardholder as ["cardholder"] with input as group([], [rule("-1", 0, 65535, ["10.0.0.0/16"], [], null)])
}

test_all_traffic_to_prefix_list_passes if {
	r := object.union(rule("-1", 0, 65535, [], [], null), {"prefix_lists": ["pl-6da54004"]})
	count(policy.deny) == 0 with data.comply.settings.segmentation.cardholder as ["cardholder"] with input as group([], [r])
}

test_wide_but_partial_range_passes if {
	count(policy.deny) == 0 with data.comply.settings.segmentation.cardholder as ["cardholder"] with input as group([], [rule("tcp", 1024, 65535, ["0.0.0.0/0"], [], null)])
}

test_ingress_from_world_passes if {
	count(policy.deny) == 0 with data.comply.settings.segmentation.cardholder as ["cardholder"] with input as group([rule("-1", 0, 65535, ["0.0.0.0/0"], [], null)], [])
}

test_no_egress_passes if {
	count(policy.deny) == 0 with data.comply.settings.segmentation.cardholder as ["cardholder"] with input as group([], [])
}

test_unknown_ports_do_not_fail if {
	count(policy.deny) == 0 with data.comply.settings.segmentation.cardholder as ["cardholder"] with input as group([], [rule("tcp", null, null, ["0.0.0.0/0"], [], null)])
}

test_groups_outside_the_cardholder_environment_are_not_judged if {
	not policy.applies with input as group([], [rule("-1", 0, 65535, ["0.0.0.0/0"], [], null)])
}
