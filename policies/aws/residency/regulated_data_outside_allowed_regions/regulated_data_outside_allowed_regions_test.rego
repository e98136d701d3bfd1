package comply.aws.residency.regulated_data_outside_allowed_regions_test

import rego.v1

import data.comply.aws.residency.regulated_data_outside_allowed_regions as policy

settings := {"data_residency": {
	"tag_key": "DataClassification",
	"allowed_regions": {"personal": ["eu-west-1", "eu-central-1"]},
}}

resource(kind, region, tags) := {"resource": {
	"kind": kind,
	"region": region,
	"tags": tags,
	"attributes": {},
	"unknown": [r | region == null; r := "region"],
}}

personal := {"DataClassification": "personal"}

test_personal_bucket_in_us_fails if {
	msgs := policy.deny with input as resource("AWS::S3::Bucket", "us-east-1", personal)
		with data.comply.settings as settings
	msgs == {"data classified `personal` is stored in `us-east-1`, outside its allowed regions (`eu-west-1`, `eu-central-1`)"}
}

test_personal_database_in_us_fails if {
	count(policy.deny) == 1 with input as resource("AWS::RDS::DBInstance", "us-west-2", personal)
		with data.comply.settings as settings
}

test_personal_data_in_allowed_region_passes if {
	count(policy.deny) == 0 with input as resource("AWS::DynamoDB::Table", "eu-central-1", personal)
		with data.comply.settings as settings
}

test_unclassified_data_passes if {
	count(policy.deny) == 0 with input as resource("AWS::S3::Bucket", "us-east-1", {"Team": "payments"})
		with data.comply.settings as settings
}

test_classification_without_entry_passes if {
	count(policy.deny) == 0 with input as resource("AWS::S3::Bucket", "us-east-1", {"DataClassification": "public"})
		with data.comply.settings as settings
}

test_other_tag_key_is_used if {
	count(policy.deny) == 1 with input as resource("AWS::EC2::Volume", "us-east-1", {"classification": "personal"})
		with data.comply.settings as {"data_residency": {
			"tag_key": "classification",
			"allowed_regions": {"personal": ["eu-west-1"]},
		}}
}

test_no_settings_restrict_nothing if {
	count(policy.deny) == 0 with input as resource("AWS::S3::Bucket", "us-east-1", personal)
		with data.comply.settings as {"data_residency": {"tag_key": "DataClassification", "allowed_regions": {}}}
}

test_unknown_region_does_not_fail if {
	count(policy.deny) == 0 with input as resource("AWS::S3::Bucket", null, personal)
		with data.comply.settings as settings
}

test_tag_values_match_case_insensitively if {
	count(policy.deny) == 1 with input as resource("AWS::S3::Bucket", "us-east-1", {"DataClassification": "Personal"})
		with data.comply.settings as settings
}
