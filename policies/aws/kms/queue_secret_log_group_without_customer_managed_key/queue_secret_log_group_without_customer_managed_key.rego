# METADATA
# title: Queue, secret or log group holding data that needs a customer managed key is not encrypted with one
# description: >-
#   SQS (SSE-SQS), Secrets Manager (the AWS managed `aws/secretsmanager` key) and CloudWatch Logs
#   (its own service keys) encrypt at rest without a key the organisation controls. Whether the
#   key must be customer managed — so that access to messages, secrets and log events can be
#   restricted, audited and revoked through a key policy, and the key disabled in an incident —
#   is key management decided per data classification by `[encryption]
#   customer_managed_key_for` in comply.toml, as for S3 (AWS-S3-001) and DynamoDB
#   (AWS-DYNAMODB-001). For those classifications SSE-SQS, the AWS managed `aws/sqs` and
#   `aws/secretsmanager` keys, and a log group without `kms_key_id` fail; with no setting
#   nothing fails. A queue with no encryption at all is AWS-SQS-001's finding, and a key known
#   only after apply is not the default key. The PCI DSS 3.6.1 mapping holds where the data is
#   cardholder data. No GDPR mapping, as for AWS-S3-001: the data is encrypted either way, and
#   who holds the key is key management, which GDPR does not prescribe.
# custom:
#   id: AWS-KMS-003
#   severity: medium
#   kinds: ["AWS::SQS::Queue", "AWS::SecretsManager::Secret", "AWS::Logs::LogGroup"]
#   themes: [key-management]
#   remediation: >-
#     Set `kms_master_key_id` on the `aws_sqs_queue`, `kms_key_id` on the
#     `aws_secretsmanager_secret` and `kms_key_id` on the `aws_cloudwatch_log_group` to a customer
#     managed `aws_kms_key` whose key policy lets the service use it (for CloudWatch Logs,
#     `logs.<region>.amazonaws.com`).
#   controls:
#     pci-dss-4.0: ["3.6.1"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.kms.queue_secret_log_group_without_customer_managed_key

import rego.v1

import data.comply.lib

deny contains msg if {
	input.resource.kind == "AWS::SQS::Queue"
	lib.customer_managed_key_required(input.resource.tags)
	input.resource.attributes.encryption.sqs_managed == true
	msg := "the data needs a customer managed KMS key, but the queue uses SSE-SQS (keys SQS manages)"
}

deny contains msg if {
	input.resource.kind == "AWS::SQS::Queue"
	lib.customer_managed_key_required(input.resource.tags)
	input.resource.attributes.encryption.at_rest == true
	is_string(input.resource.attributes.encryption.kms_key)
	lib.aws_managed_key(input.resource.attributes.encryption.kms_key, "sqs")
	msg := "the data needs a customer managed KMS key, but the queue uses the AWS managed `aws/sqs` key"
}

deny contains msg if {
	input.resource.kind == "AWS::SecretsManager::Secret"
	lib.customer_managed_key_required(input.resource.tags)
	input.resource.attributes.customer_managed_key == false
	msg := "the data needs a customer managed KMS key, but the secret uses the AWS managed `aws/secretsmanager` key"
}

deny contains msg if {
	input.resource.kind == "AWS::Logs::LogGroup"
	lib.customer_managed_key_required(input.resource.tags)
	input.resource.attributes.kms_key == null
	# A key known only after apply is not the default encryption.
	not "attributes.kms_key" in input.resource.unknown
	msg := "the data needs a customer managed KMS key, but the log group has no `kms_key_id` (CloudWatch Logs' own encryption)"
}
