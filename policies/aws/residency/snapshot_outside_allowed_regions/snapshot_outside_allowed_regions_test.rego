package comply.aws.residency.snapshot_outside_allowed_regions_test

import rego.v1

import data.comply.aws.residency.snapshot_outside_allowed_regions as policy

settings := {"data_residency": {
	"tag_key": "DataClassification",
	"allowed_regions": {"personal": ["eu-west-1", "eu-central-1"]},
}}

personal := {"DataClassification": "personal"}

snapshot(kind, region, tags, source) := {"resource": {
	"kind": kind,
	"region": region,
	"tags": tags,
	"attributes": {"identifier": "orders", "source_snapshot": source},
	"unknown": [r | region == null; r := "region"],
}}

test_copy_in_us_fails if {
	msgs := policy.deny with input as snapshot("AWS::RDS::DBSnapshot", "us-east-1", personal, "aws_db_snapshot.orders")
		with data.comply.settings as settings
	msgs == {"snapshot copy classified `personal` is stored in `us-east-1`, outside its allowed regions (`eu-west-1`, `eu-central-1`)"}
}

test_cluster_snapshot_in_us_fails if {
	msgs := policy.deny with input as snapshot("AWS::RDS::DBClusterSnapshot", "us-west-2", personal, null)
		with data.comply.settings as settings
	msgs == {"snapshot classified `personal` is stored in `us-west-2`, outside its allowed regions (`eu-west-1`, `eu-central-1`)"}
}

test_snapshot_in_allowed_region_passes if {
	count(policy.deny) == 0 with input as snapshot("AWS::RDS::DBSnapshot", "eu-central-1", personal, "aws_db_snapshot.orders")
		with data.comply.settings as settings
}

test_unclassified_snapshot_passes if {
	count(policy.deny) == 0 with input as snapshot("AWS::RDS::DBSnapshot", "us-east-1", {}, null)
		with data.comply.settings as settings
}

test_tag_values_match_case_insensitively if {
	count(policy.deny) == 1 with input as snapshot("AWS::RDS::DBSnapshot", "us-east-1", {"DataClassification": "PERSONAL"}, null)
		with data.comply.settings as settings
}

test_unknown_region_does_not_fail if {
	count(policy.deny) == 0 with input as snapshot("AWS::RDS::DBSnapshot", null, personal, null)
		with data.comply.settings as settings
}
