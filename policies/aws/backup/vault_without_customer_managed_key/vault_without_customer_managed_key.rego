# METADATA
# title: Backup vault holding data that needs a customer managed key uses the AWS managed key
# description: >-
#   AWS Backup encrypts every recovery point in a vault with the vault's KMS key; a vault that
#   names none uses the AWS managed `aws/backup` key. The backups are encrypted either way, but
#   with the AWS managed key the organisation cannot restrict or revoke use of the key through
#   its key policy, nor copy the recovery points to another account. Whether the key must be one
#   the organisation controls is key management decided per data classification by
#   `[encryption] customer_managed_key_for` in comply.toml, as for S3, DynamoDB and RDS
#   (AWS-S3-001, AWS-DYNAMODB-001, AWS-KMS-004): for those classifications the AWS managed key
#   fails, and with no setting nothing fails. A key whose manager the input does not show is
#   unknown. The PCI DSS 3.6.1 mapping holds where the backups hold cardholder data; no GDPR
#   mapping, as for AWS-KMS-004.
# custom:
#   id: AWS-BACKUP-001
#   severity: medium
#   kinds: ["AWS::Backup::BackupVault"]
#   themes: [key-management]
#   remediation: >-
#     Set `kms_key_arn` on the `aws_backup_vault` to a customer managed `aws_kms_key`. The key of
#     an existing vault cannot be changed: create a new vault with the key and point the backup
#     plans' rules at it.
#   controls:
#     pci-dss-4.0: ["3.6.1"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.backup.vault_without_customer_managed_key

import rego.v1

import data.comply.lib

deny contains msg if {
	lib.customer_managed_key_required(input.resource.tags)
	input.resource.attributes.customer_managed_key == false
	msg := "the backups need a customer managed KMS key, but the vault encrypts them with the AWS managed `aws/backup` key"
}
