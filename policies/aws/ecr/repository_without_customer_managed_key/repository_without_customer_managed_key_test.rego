package comply.aws.ecr.repository_without_customer_managed_key_test

import rego.v1

import data.comply.aws.ecr.repository_without_customer_managed_key as policy

cardholder_settings := {"encryption": {"customer_managed_key_for": ["cardholder"]}, "data_residency": {"tag_key": "DataClassification"}}

every_store := {"encryption": {"customer_managed_key_for": ["*"]}, "data_residency": {"tag_key": "DataClassification"}}

cardholder := {"DataClassification": "cardholder"}

repository(tags, type, key, unknown) := {"resource": {
	"kind": "AWS::ECR::Repository",
	"region": "eu-west-1",
	"tags": tags,
	"attributes": {
		"name": "payments-api",
		"encryption_type": type,
		"encryption": {"at_rest": true, "kms_key": key},
	},
	"unknown": unknown,
}}

test_aes256_fails if {
	policy.deny == {"the data needs a customer managed KMS key, but the repository is encrypted with `AES256` (keys ECR manages)"} with input as repository(cardholder, "AES256", null, [])
		with data.comply.settings as cardholder_settings
}

test_kms_without_key_fails if {
	policy.deny == {"the data needs a customer managed KMS key, but the repository uses the AWS managed `aws/ecr` key"} with input as repository(cardholder, "KMS", null, [])
		with data.comply.settings as cardholder_settings
}

test_named_aws_managed_key_fails if {
	count(policy.deny) == 1 with input as repository(cardholder, "KMS_DSSE", "arn:aws:kms:eu-west-1:123456789012:alias/aws/ecr", [])
		with data.comply.settings as cardholder_settings
}

test_customer_key_passes if {
	count(policy.deny) == 0 with input as repository(cardholder, "KMS", "aws_kms_key.images", [])
		with data.comply.settings as cardholder_settings
}

test_unlisted_classification_passes if {
	count(policy.deny) == 0 with input as repository({"DataClassification": "public"}, "AES256", null, [])
		with data.comply.settings as cardholder_settings
}

test_no_setting_passes if {
	count(policy.deny) == 0 with input as repository(cardholder, "AES256", null, [])
}

test_every_store_setting_applies_to_unclassified_repository if {
	count(policy.deny) == 1 with input as repository({}, "AES256", null, [])
		with data.comply.settings as every_store
}

test_key_known_after_apply_does_not_fail if {
	count(policy.deny) == 0 with input as repository(cardholder, "KMS", null, ["attributes.encryption.kms_key"])
		with data.comply.settings as cardholder_settings
}

test_unknown_encryption_type_does_not_fail if {
	count(policy.deny) == 0 with input as repository(cardholder, null, null, ["attributes.encryption_type"])
		with data.comply.settings as cardholder_settings
}
