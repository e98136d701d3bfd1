package comply.aws.residency.database_backups_replicated_outside_allowed_regions_test

import rego.v1

import data.comply.aws.residency.database_backups_replicated_outside_allowed_regions as policy

settings := {"data_residency": {
	"tag_key": "DataClassification",
	"allowed_regions": {"personal": ["eu-west-1", "eu-central-1"]},
}}

db(tags, regions) := {"resource": {
	"kind": "AWS::RDS::DBInstance",
	"region": "eu-west-1",
	"tags": tags,
	"attributes": {"identifier": "customers", "backup_replication_regions": regions},
}}

personal := {"DataClassification": "personal"}

test_backups_to_us_fail if {
	msgs := policy.deny with input as db(personal, ["us-east-1"]) with data.comply.settings as settings
	msgs == {"automated backups of data classified `personal` are replicated to `us-east-1`, outside its allowed regions (`eu-west-1`, `eu-central-1`)"}
}

test_backups_inside_pass if {
	count(policy.deny) == 0 with input as db(personal, ["eu-central-1"]) with data.comply.settings as settings
}

test_no_replication_passes if {
	count(policy.deny) == 0 with input as db(personal, []) with data.comply.settings as settings
}

test_unclassified_passes if {
	count(policy.deny) == 0 with input as db({}, ["us-east-1"]) with data.comply.settings as settings
}
