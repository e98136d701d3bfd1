# METADATA
# title: DynamoDB table holding data that needs a customer managed key is not encrypted with one
# description: >-
#   DynamoDB encrypts every table at rest with AES-256, by default with a key AWS owns, which
#   meets encryption at rest by itself. Whether the key must be one the organisation controls
#   (access restricted and revocable through a key policy, every use in CloudTrail) is key
#   management, decided per data classification by `[encryption] customer_managed_key_for` in
#   comply.toml, as for S3 (AWS-S3-001). For those classifications the AWS owned and the AWS
#   managed `aws/dynamodb` keys fail; with no setting nothing fails.
# custom:
#   id: AWS-DYNAMODB-001
#   severity: medium
#   kinds: ["AWS::DynamoDB::Table"]
#   themes: [key-management]
#   remediation: >-
#     Add `server_side_encryption { enabled = true, kms_key_arn = aws_kms_key.<key>.arn }` to
#     the `aws_dynamodb_table` (a customer managed key; each replica takes its own `kms_key_arn`).
#   controls:
#     pci-dss-4.0: ["3.6.1"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.dynamodb.table_no_kms_encryption

import rego.v1

import data.comply.lib

deny contains msg if {
	lib.customer_managed_key_required(input.resource.tags)
	key_type := input.resource.attributes.encryption.key_type
	key_type in {"aws-owned", "aws-managed"}
	msg := sprintf("the data needs a customer managed KMS key, but the table uses the %s key", [key_type])
}
