package comply.aws.residency.backup_copied_outside_allowed_regions_test

import rego.v1

import data.comply.aws.residency.backup_copied_outside_allowed_regions as policy

settings := {"data_residency": {
	"tag_key": "DataClassification",
	"allowed_regions": {"personal": ["eu-west-1", "eu-central-1"]},
}}

personal := {"DataClassification": "personal"}

plan(tags, region) := {"resource": {
	"kind": "AWS::Backup::BackupPlan",
	"region": "eu-west-1",
	"tags": tags,
	"attributes": {"name": "daily", "rules": [{
		"rule_name": "daily",
		"target_vault": "main",
		"delete_after_days": 35,
		"copy_actions": [{"destination_vault": "arn:aws:backup:us-east-1:123456789012:backup-vault:dr", "destination_region": region, "delete_after_days": 35}],
	}]},
	"unknown": [r | region == null; r := "attributes.rules"],
}}

test_copy_to_us_fails if {
	msgs := policy.deny with input as plan(personal, "us-east-1")
		with data.comply.settings as settings
	msgs == {"backups classified `personal` are copied by rule `daily` to `arn:aws:backup:us-east-1:123456789012:backup-vault:dr` in `us-east-1`, outside their allowed regions (`eu-west-1`, `eu-central-1`)"}
}

test_copy_in_eu_passes if {
	count(policy.deny) == 0 with input as plan(personal, "eu-central-1")
		with data.comply.settings as settings
}

test_unclassified_plan_passes if {
	count(policy.deny) == 0 with input as plan({}, "us-east-1")
		with data.comply.settings as settings
}

test_classification_without_entry_passes if {
	count(policy.deny) == 0 with input as plan({"DataClassification": "public"}, "us-east-1")
		with data.comply.settings as settings
}

test_tag_values_match_case_insensitively if {
	count(policy.deny) == 1 with input as plan({"DataClassification": "Personal"}, "us-east-1")
		with data.comply.settings as settings
}

test_unknown_destination_region_does_not_fail if {
	count(policy.deny) == 0 with input as plan(personal, null)
		with data.comply.settings as settings
}
