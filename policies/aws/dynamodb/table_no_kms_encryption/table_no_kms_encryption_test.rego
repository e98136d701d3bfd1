package comply.aws.dynamodb.table_no_kms_encryption_test

import rego.v1

import data.comply.aws.dynamodb.table_no_kms_encryption as policy

cardholder := {"encryption": {"customer_managed_key_for": ["cardholder"]}, "data_residency": {"tag_key": "DataClassification"}}

table(key_type, kms_key, tags) := {"resource": {
	"kind": "AWS::DynamoDB::Table",
	"tags": tags,
	"attributes": {
		"table_name": "sessions",
		"encryption": {"at_rest": true, "key_type": key_type, "kms_key": kms_key},
		"point_in_time_recovery": true,
		"deletion_protection": false,
		"replicas": [],
	},
}}

# DynamoDB's own AES-256 encryption is encryption at rest: no failure without a setting.
test_aws_owned_key_passes_without_settings if {
	count(policy.deny) == 0 with input as table("aws-owned", null, {"DataClassification": "cardholder"})
}

test_aws_owned_key_fails_for_listed_data if {
	count(policy.deny) == 1 with input as table("aws-owned", null, {"DataClassification": "cardholder"})
		with data.comply.settings as cardholder
}

test_aws_managed_key_fails_for_listed_data if {
	count(policy.deny) == 1 with input as table("aws-managed", null, {"DataClassification": "cardholder"})
		with data.comply.settings as cardholder
}

test_unlisted_data_passes if {
	count(policy.deny) == 0 with input as table("aws-owned", null, {"DataClassification": "personal"})
		with data.comply.settings as cardholder
}

test_customer_managed_key_passes if {
	count(policy.deny) == 0 with input as table("customer-managed", "aws_kms_key.table", {"DataClassification": "cardholder"})
		with data.comply.settings as cardholder
}

test_unknown_key_type_does_not_fail if {
	count(policy.deny) == 0 with input as table(null, null, {"DataClassification": "cardholder"})
		with data.comply.settings as cardholder
}
