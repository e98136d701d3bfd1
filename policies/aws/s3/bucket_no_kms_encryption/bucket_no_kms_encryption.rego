# METADATA
# title: S3 bucket holding data that needs a customer managed key is not encrypted with one
# description: >-
#   S3 encrypts every object at rest with AES-256 (SSE-S3 is S3's default since January 2023),
#   which meets PCI DSS 3.5.1 and the platform's encryption-at-rest standard by itself. Whether
#   the key must be one the organisation controls — so that access to the data can be
#   restricted, audited and revoked through a key policy, and the key disabled in an incident —
#   is key management, decided per data classification: `[encryption]
#   customer_managed_key_for` in comply.toml lists the classifications (or `"*"`). SSE-S3 and
#   the AWS managed `aws/s3` key fail for those classifications only; with no setting nothing
#   fails.
# custom:
#   id: AWS-S3-001
#   severity: medium
#   kinds: ["AWS::S3::Bucket"]
#   themes: [key-management]
#   remediation: >-
#     Add an `aws_s3_bucket_server_side_encryption_configuration` whose rule sets
#     `sse_algorithm = "aws:kms"` and a customer managed `kms_master_key_id` (with
#     `bucket_key_enabled = true` to limit KMS requests).
#   controls:
#     pci-dss-4.0: ["3.6.1"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.s3.bucket_no_kms_encryption

import rego.v1

import data.comply.lib

kms_algorithms := {"aws:kms", "aws:kms:dsse"}

deny contains msg if {
	lib.customer_managed_key_required(input.resource.tags)
	input.resource.attributes.encryption.aws_default == true
	msg := "the data needs a customer managed KMS key, but no default encryption is configured (S3 applies SSE-S3, `AES256`)"
}

deny contains msg if {
	lib.customer_managed_key_required(input.resource.tags)
	input.resource.attributes.encryption.aws_default == false
	algorithm := input.resource.attributes.encryption.algorithm
	is_string(algorithm)
	not algorithm in kms_algorithms
	msg := sprintf("the data needs a customer managed KMS key, but default encryption uses `%s` (SSE-S3)", [algorithm])
}

deny contains msg if {
	lib.customer_managed_key_required(input.resource.tags)
	input.resource.attributes.encryption.algorithm in kms_algorithms
	# A key known only after apply is not the default key.
	not "attributes.encryption.kms_key" in input.resource.unknown
	lib.aws_managed_key(input.resource.attributes.encryption.kms_key, "s3")
	msg := "the data needs a customer managed KMS key, but the bucket uses the AWS managed `aws/s3` key"
}
