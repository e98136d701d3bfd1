package comply.aws.kms.queue_secret_log_group_without_customer_managed_key_test

import rego.v1

import data.comply.aws.kms.queue_secret_log_group_without_customer_managed_key as policy

cardholder_settings := {"encryption": {"customer_managed_key_for": ["cardholder"]}, "data_residency": {"tag_key": "DataClassification"}}

every_store := {"encryption": {"customer_managed_key_for": ["*"]}, "data_residency": {"tag_key": "DataClassification"}}

cardholder := {"DataClassification": "cardholder"}

resource(kind, tags, attributes, unknown) := {"resource": {
	"kind": kind,
	"region": "eu-west-1",
	"tags": tags,
	"attributes": attributes,
	"unknown": unknown,
}}

queue(tags, encryption) := resource("AWS::SQS::Queue", tags, {"encryption": encryption}, [])

secret(tags, customer_managed, key) := resource("AWS::SecretsManager::Secret", tags, {"customer_managed_key": customer_managed, "kms_key": key, "replica_regions": []}, [])

log_group(tags, key, unknown) := resource("AWS::Logs::LogGroup", tags, {"kms_key": key}, unknown)

sse_sqs := {"at_rest": true, "kms_key": null, "sqs_managed": true}

# SQS

test_sse_sqs_queue_fails if {
	policy.deny == {"the data needs a customer managed KMS key, but the queue uses SSE-SQS (keys SQS manages)"} with input as queue(cardholder, sse_sqs)
		with data.comply.settings as cardholder_settings
}

test_aws_managed_sqs_key_fails if {
	policy.deny == {"the data needs a customer managed KMS key, but the queue uses the AWS managed `aws/sqs` key"} with input as queue(cardholder, {"at_rest": true, "kms_key": "alias/aws/sqs", "sqs_managed": false})
		with data.comply.settings as cardholder_settings
}

test_aws_managed_sqs_key_arn_fails if {
	count(policy.deny) == 1 with input as queue(cardholder, {"at_rest": true, "kms_key": "arn:aws:kms:eu-west-1:123456789012:alias/aws/sqs", "sqs_managed": false})
		with data.comply.settings as cardholder_settings
}

test_customer_key_queue_passes if {
	count(policy.deny) == 0 with input as queue(cardholder, {"at_rest": true, "kms_key": "aws_kms_key.queue", "sqs_managed": false})
		with data.comply.settings as cardholder_settings
}

test_sse_sqs_passes_for_unlisted_data if {
	count(policy.deny) == 0 with input as queue({"DataClassification": "personal"}, sse_sqs)
		with data.comply.settings as cardholder_settings
}

test_sse_sqs_passes_without_settings if {
	count(policy.deny) == 0 with input as queue(cardholder, sse_sqs)
}

test_unencrypted_queue_is_left_to_sqs_001 if {
	count(policy.deny) == 0 with input as queue(cardholder, {"at_rest": false, "kms_key": null, "sqs_managed": false})
		with data.comply.settings as cardholder_settings
}

test_unknown_queue_encryption_does_not_fail if {
	count(policy.deny) == 0 with input as queue(cardholder, {"at_rest": null, "kms_key": null, "sqs_managed": null})
		with data.comply.settings as cardholder_settings
}

# Secrets Manager

test_secret_with_aws_managed_key_fails if {
	policy.deny == {"the data needs a customer managed KMS key, but the secret uses the AWS managed `aws/secretsmanager` key"} with input as secret(cardholder, false, null)
		with data.comply.settings as cardholder_settings
}

test_secret_with_customer_key_passes if {
	count(policy.deny) == 0 with input as secret(cardholder, true, "aws_kms_key.secrets")
		with data.comply.settings as cardholder_settings
}

test_unknown_secret_key_does_not_fail if {
	count(policy.deny) == 0 with input as secret(cardholder, null, null)
		with data.comply.settings as cardholder_settings
}

test_every_store_setting_applies_to_unclassified_secret if {
	count(policy.deny) == 1 with input as secret({}, false, null)
		with data.comply.settings as every_store
}

# CloudWatch Logs

test_log_group_without_key_fails if {
	policy.deny == {"the data needs a customer managed KMS key, but the log group has no `kms_key_id` (CloudWatch Logs' own encryption)"} with input as log_group(cardholder, null, [])
		with data.comply.settings as cardholder_settings
}

test_log_group_with_customer_key_passes if {
	count(policy.deny) == 0 with input as log_group(cardholder, "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", [])
		with data.comply.settings as cardholder_settings
}

test_log_group_key_known_after_apply_does_not_fail if {
	count(policy.deny) == 0 with input as log_group(cardholder, null, ["attributes.kms_key"])
		with data.comply.settings as cardholder_settings
}

test_unclassified_log_group_passes if {
	count(policy.deny) == 0 with input as log_group({}, null, [])
		with data.comply.settings as cardholder_settings
}
