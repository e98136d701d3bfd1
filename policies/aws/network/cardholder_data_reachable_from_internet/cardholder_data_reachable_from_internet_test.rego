package comply.aws.network.cardholder_data_reachable_from_internet_test

import rego.v1

import data.comply.aws.network.cardholder_data_reachable_from_internet as policy

settings := {
	"data_residency": {"tag_key": "DataClassification", "allowed_regions": {}},
	"segmentation": {"cardholder": ["cardholder"]},
}

rule := {
	"protocol": "tcp", "from_port": 443, "to_port": 443, "ipv4_ranges": ["0.0.0.0/0"],
	"ipv6_ranges": [], "source_groups": [], "prefix_lists": [],
}

db(class, public, routable, ingress) := {"resource": {
	"kind": "AWS::RDS::DBInstance",
	"tags": {"DataClassification": class},
	"attributes": {
		"publicly_accessible": public,
		"network": {"internet_routable": routable, "internet_ingress": ingress},
	},
}}

instance(public) := {"resource": {
	"kind": "AWS::EC2::Instance",
	"tags": {"DataClassification": "cardholder"},
	"attributes": {
		"associate_public_ip_address": public,
		"network": {"internet_routable": true, "internet_ingress": [rule]},
	},
}}

test_exposed_cardholder_database_fails if {
	policy.deny == {"cardholder data (`cardholder`) is reachable from the internet: a public address, a subnet routed to an internet gateway, and a rule admitting 0.0.0.0/0 on tcp 443"} with input as db("cardholder", true, true, [rule])
		with data.comply.settings as settings
}

test_exposed_cardholder_instance_fails if {
	count(policy.deny) == 1 with input as instance(true) with data.comply.settings as settings
}

test_instance_without_public_address_passes if {
	count(policy.deny) == 0 with input as instance(false) with data.comply.settings as settings
}

test_other_data_is_not_judged_here if {
	not policy.applies with input as db("public", true, true, [rule])
		with data.comply.settings as settings
	count(policy.deny) == 0 with input as db("public", true, true, [rule])
		with data.comply.settings as settings
}

test_cardholder_data_is_judged if {
	policy.applies with input as db("cardholder", false, null, null) with data.comply.settings as settings
}

test_private_subnets_pass if {
	count(policy.deny) == 0 with input as db("cardholder", true, false, [rule])
		with data.comply.settings as settings
}

test_unknown_rules_do_not_fail if {
	count(policy.deny) == 0 with input as db("cardholder", true, true, null)
		with data.comply.settings as settings
}
