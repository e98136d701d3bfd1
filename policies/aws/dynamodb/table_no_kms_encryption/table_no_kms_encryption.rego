# METADATA
# title: DynamoDB table is encrypted with an AWS owned key, not a KMS key
# description: >-
#   DynamoDB always encrypts tables at rest, but by default with a key AWS owns and operates in
#   its own accounts: nobody in the account can restrict who may use it, revoke it, or see its
#   use in CloudTrail. A KMS key (customer managed, or at least the AWS managed aws/dynamodb key)
#   puts access to the key under IAM and key policies and logs every use. As the data is
#   encrypted either way, the key-management mappings (PCI DSS 3.6.1, ISO A.8.24) are a
#   judgement and no GDPR article is mapped.
# custom:
#   id: AWS-DYNAMODB-001
#   severity: medium
#   kinds: ["AWS::DynamoDB::Table"]
#   themes: [encryption-at-rest, key-management]
#   remediation: >-
#     Add `server_side_encryption { enabled = true, kms_key_arn = aws_kms_key.<key>.arn }` to
#     the `aws_dynamodb_table` (a customer managed key; each replica takes its own `kms_key_arn`).
#   controls:
#     pci-dss-4.0: ["3.6.1"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.dynamodb.table_no_kms_encryption

import rego.v1

deny contains "table is encrypted with an AWS owned key, not a KMS key (`server_side_encryption` is not enabled)" if {
	input.resource.attributes.encryption.key_type == "aws-owned"
}
