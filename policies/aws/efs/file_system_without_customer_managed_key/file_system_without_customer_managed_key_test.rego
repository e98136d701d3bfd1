package comply.aws.efs.file_system_without_customer_managed_key_test

import rego.v1

import data.comply.aws.efs.file_system_without_customer_managed_key as policy

cardholder_settings := {"encryption": {"customer_managed_key_for": ["cardholder"]}, "data_residency": {"tag_key": "DataClassification"}}

every_store := {"encryption": {"customer_managed_key_for": ["*"]}, "data_residency": {"tag_key": "DataClassification"}}

cardholder := {"DataClassification": "cardholder"}

file_system(tags, at_rest, key, unknown) := {"resource": {
	"kind": "AWS::EFS::FileSystem",
	"region": "eu-west-1",
	"tags": tags,
	"attributes": {
		"encryption": {"at_rest": at_rest, "kms_key": key},
		"one_zone": false,
		"automatic_backups": true,
		"policy": null,
	},
	"unknown": unknown,
}}

msg := "the data needs a customer managed KMS key, but the file system is encrypted with the AWS managed `aws/elasticfilesystem` key"

test_default_key_fails if {
	policy.deny == {msg} with input as file_system(cardholder, true, null, [])
		with data.comply.settings as cardholder_settings
}

test_named_aws_managed_key_fails if {
	policy.deny == {msg} with input as file_system(cardholder, true, "arn:aws:kms:eu-west-1:123456789012:alias/aws/elasticfilesystem", [])
		with data.comply.settings as cardholder_settings
}

test_customer_key_passes if {
	count(policy.deny) == 0 with input as file_system(cardholder, true, "aws_kms_key.files", [])
		with data.comply.settings as cardholder_settings
}

test_unlisted_classification_passes if {
	count(policy.deny) == 0 with input as file_system({"DataClassification": "internal"}, true, null, [])
		with data.comply.settings as cardholder_settings
}

test_no_setting_passes if {
	count(policy.deny) == 0 with input as file_system(cardholder, true, null, [])
}

test_every_store_setting_applies_to_unclassified_file_system if {
	count(policy.deny) == 1 with input as file_system({}, true, null, [])
		with data.comply.settings as every_store
}

test_unencrypted_file_system_is_left_to_efs_001 if {
	count(policy.deny) == 0 with input as file_system(cardholder, false, null, [])
		with data.comply.settings as cardholder_settings
}

test_key_known_after_apply_does_not_fail if {
	count(policy.deny) == 0 with input as file_system(cardholder, true, null, ["attributes.encryption.kms_key"])
		with data.comply.settings as cardholder_settings
}

test_unknown_encryption_does_not_fail if {
	count(policy.deny) == 0 with input as file_system(cardholder, null, null, ["attributes.encryption.at_rest"])
		with data.comply.settings as cardholder_settings
}
