package comply.aws.residency.key_material_outside_allowed_regions_test

import rego.v1

import data.comply.aws.residency.key_material_outside_allowed_regions as policy

settings := {"data_residency": {
	"tag_key": "DataClassification",
	"allowed_regions": {"personal": ["eu-west-1", "eu-central-1"]},
}}

key(region, tags, primary) := {"resource": {
	"kind": "AWS::KMS::Key",
	"region": region,
	"tags": tags,
	"attributes": {"primary_key": primary},
}}

personal := {"DataClassification": "personal"}

test_replica_outside_fails if {
	msgs := policy.deny with input as key("us-east-1", personal, "aws_kms_key.primary") with data.comply.settings as settings
	msgs == {"a multi-Region replica of `aws_kms_key.primary` for data classified `personal` is in `us-east-1`, outside its allowed regions (`eu-west-1`, `eu-central-1`)"}
}

test_single_region_key_outside_fails if {
	msgs := policy.deny with input as key("us-east-1", personal, null) with data.comply.settings as settings
	msgs == {"key material for data classified `personal` is in `us-east-1`, outside its allowed regions (`eu-west-1`, `eu-central-1`)"}
}

test_inside_passes if {
	count(policy.deny) == 0 with input as key("eu-central-1", personal, "aws_kms_key.primary") with data.comply.settings as settings
}

test_class_matches_case_insensitively if {
	count(policy.deny) == 1 with input as key("us-east-1", {"DataClassification": "Personal"}, null) with data.comply.settings as settings
}

test_unclassified_passes if {
	count(policy.deny) == 0 with input as key("us-east-1", {}, null) with data.comply.settings as settings
}

test_unknown_region_does_not_fail if {
	count(policy.deny) == 0 with input as key(null, personal, null) with data.comply.settings as settings
}
