package comply.aws.residency.regulated_service_data_outside_allowed_regions_test

import rego.v1

import data.comply.aws.residency.regulated_service_data_outside_allowed_regions as policy

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

test_personal_queue_in_us_fails if {
	msgs := policy.deny with input as resource("AWS::SQS::Queue", "us-east-1", personal)
		with data.comply.settings as settings
	msgs == {"data classified `personal` is held in `us-east-1`, outside its allowed regions (`eu-west-1`, `eu-central-1`)"}
}

test_personal_data_outside_fails_for_every_kind if {
	every kind in ["AWS::SecretsManager::Secret", "AWS::Logs::LogGroup", "AWS::OpenSearch::Domain", "AWS::EKS::Cluster"] {
		count(policy.deny) == 1 with input as resource(kind, "ap-southeast-2", personal)
			with data.comply.settings as settings
	}
}

test_personal_data_in_allowed_region_passes if {
	count(policy.deny) == 0 with input as resource("AWS::Logs::LogGroup", "eu-central-1", personal)
		with data.comply.settings as settings
}

test_unclassified_data_passes if {
	count(policy.deny) == 0 with input as resource("AWS::SQS::Queue", "us-east-1", {"Team": "payments"})
		with data.comply.settings as settings
}

test_classification_without_entry_passes if {
	count(policy.deny) == 0 with input as resource("AWS::EKS::Cluster", "us-east-1", {"DataClassification": "public"})
		with data.comply.settings as settings
}

test_no_settings_restrict_nothing if {
	count(policy.deny) == 0 with input as resource("AWS::SecretsManager::Secret", "us-east-1", personal)
		with data.comply.settings as {"data_residency": {"tag_key": "DataClassification", "allowed_regions": {}}}
}

test_unknown_region_does_not_fail if {
	count(policy.deny) == 0 with input as resource("AWS::OpenSearch::Domain", null, personal)
		with data.comply.settings as settings
}

test_tag_values_match_case_insensitively if {
	count(policy.deny) == 1 with input as resource("AWS::SQS::Queue", "us-east-1", {"DataClassification": "PERSONAL"})
		with data.comply.settings as settings
}
