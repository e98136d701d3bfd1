package comply.aws.residency.replication_outside_allowed_regions_test

import rego.v1

import data.comply.aws.residency.replication_outside_allowed_regions as policy

settings := {"data_residency": {
	"tag_key": "DataClassification",
	"allowed_regions": {"personal": ["eu-west-1", "eu-central-1"]},
}}

personal := {"DataClassification": "personal"}

bucket(tags, rules, unknown) := {"resource": {
	"kind": "AWS::S3::Bucket",
	"region": "eu-west-1",
	"tags": tags,
	"attributes": {"replication": rules},
	"unknown": unknown,
}}

rule(status, region) := {
	"rule_id": "all",
	"status": status,
	"destination_bucket": "aws_s3_bucket.replica",
	"destination_region": region,
}

table(tags, regions) := {"resource": {
	"kind": "AWS::DynamoDB::Table",
	"region": "eu-west-1",
	"tags": tags,
	"attributes": {"replicas": [{"region": r, "kms_key": null} | some r in regions]},
	"unknown": [],
}}

test_bucket_replicated_to_us_fails if {
	msgs := policy.deny with input as bucket(personal, [rule("Enabled", "us-east-1")], [])
		with data.comply.settings as settings
	msgs == {"data classified `personal` is replicated to `aws_s3_bucket.replica` in `us-east-1`, outside its allowed regions (`eu-west-1`, `eu-central-1`)"}
}

test_bucket_replicated_in_eu_passes if {
	count(policy.deny) == 0 with input as bucket(personal, [rule("Enabled", "eu-central-1")], [])
		with data.comply.settings as settings
}

test_disabled_rule_passes if {
	count(policy.deny) == 0 with input as bucket(personal, [rule("Disabled", "us-east-1")], [])
		with data.comply.settings as settings
}

test_unclassified_bucket_passes if {
	count(policy.deny) == 0 with input as bucket({}, [rule("Enabled", "us-east-1")], [])
		with data.comply.settings as settings
}

test_classification_without_entry_passes if {
	count(policy.deny) == 0 with input as bucket({"DataClassification": "public"}, [rule("Enabled", "us-east-1")], [])
		with data.comply.settings as settings
}

test_destination_region_not_known_does_not_fail if {
	count(policy.deny) == 0 with input as bucket(personal, [rule("Enabled", null)], [])
		with data.comply.settings as settings
}

test_unknown_rule_status_does_not_fail if {
	count(policy.deny) == 0 with input as bucket(personal, [rule(null, "us-east-1")], [])
		with data.comply.settings as settings
}

test_unknown_replication_does_not_fail if {
	count(policy.deny) == 0 with input as bucket(personal, [], ["attributes.replication"])
		with data.comply.settings as settings
}

test_table_replica_in_us_fails if {
	msgs := policy.deny with input as table(personal, ["eu-central-1", "us-east-1"])
		with data.comply.settings as settings
	msgs == {"data classified `personal` has a global table replica in `us-east-1`, outside its allowed regions (`eu-west-1`, `eu-central-1`)"}
}

test_table_replicas_in_eu_pass if {
	count(policy.deny) == 0 with input as table(personal, ["eu-central-1"])
		with data.comply.settings as settings
}

test_unclassified_table_passes if {
	count(policy.deny) == 0 with input as table({}, ["us-east-1"])
		with data.comply.settings as settings
}

test_table_replica_region_not_known_does_not_fail if {
	count(policy.deny) == 0 with input as table(personal, [null])
		with data.comply.settings as settings
}
