package comply.aws.residency.secret_replicated_outside_allowed_regions_test

import rego.v1

import data.comply.aws.residency.secret_replicated_outside_allowed_regions as policy

settings := {"data_residency": {
	"tag_key": "DataClassification",
	"allowed_regions": {"personal": ["eu-west-1", "eu-central-1"]},
}}

personal := {"DataClassification": "personal"}

secret(tags, regions, unknown) := {"resource": {
	"kind": "AWS::SecretsManager::Secret",
	"region": "eu-west-1",
	"tags": tags,
	"attributes": {
		"name": "db-credentials",
		"customer_managed_key": false,
		"kms_key": null,
		"replica_regions": regions,
	},
	"unknown": unknown,
}}

test_replica_in_us_fails if {
	msgs := policy.deny with input as secret(personal, ["eu-central-1", "us-east-1"], [])
		with data.comply.settings as settings
	msgs == {"secret classified `personal` is replicated to `us-east-1`, outside its allowed regions (`eu-west-1`, `eu-central-1`)"}
}

test_each_replica_outside_fails if {
	count(policy.deny) == 2 with input as secret(personal, ["us-east-1", "ap-southeast-2"], [])
		with data.comply.settings as settings
}

test_replica_in_eu_passes if {
	count(policy.deny) == 0 with input as secret(personal, ["eu-central-1"], [])
		with data.comply.settings as settings
}

test_no_replicas_passes if {
	count(policy.deny) == 0 with input as secret(personal, [], [])
		with data.comply.settings as settings
}

test_unclassified_secret_passes if {
	count(policy.deny) == 0 with input as secret({}, ["us-east-1"], [])
		with data.comply.settings as settings
}

test_classification_without_entry_passes if {
	count(policy.deny) == 0 with input as secret({"DataClassification": "public"}, ["us-east-1"], [])
		with data.comply.settings as settings
}

test_tag_values_match_case_insensitively if {
	count(policy.deny) == 1 with input as secret({"DataClassification": "Personal"}, ["us-east-1"], [])
		with data.comply.settings as settings
}

test_unknown_replica_region_does_not_fail if {
	count(policy.deny) == 0 with input as secret(personal, [null], ["attributes.replica_regions"])
		with data.comply.settings as settings
}

test_unknown_replicas_do_not_fail if {
	count(policy.deny) == 0 with input as secret(personal, [], ["attributes.replica_regions"])
		with data.comply.settings as settings
}
