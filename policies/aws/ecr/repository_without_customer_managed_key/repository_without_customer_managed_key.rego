# METADATA
# title: ECR repository holding data that needs a customer managed key is not encrypted with one
# description: >-
#   ECR encrypts every image at rest, with AES256 keys S3 manages unless the repository chooses
#   KMS, and with the AWS managed `aws/ecr` key when KMS names no key. Neither is a key the
#   organisation controls: access to the images cannot be restricted, audited and revoked
#   through a key policy, nor the key disabled in an incident. Whether the key must be customer
#   managed is key management decided per data classification by `[encryption]
#   customer_managed_key_for` in comply.toml, as for S3 (AWS-S3-001), queues and secrets
#   (AWS-KMS-003); with no setting nothing fails. A key known only after apply is not the
#   default key. The encryption of a repository cannot be changed after creation. The PCI DSS
#   3.6.1 mapping holds where the images hold cardholder data. No GDPR mapping, as for
#   AWS-S3-001: the data is encrypted either way, and who holds the key is key management,
#   which GDPR does not prescribe.
# custom:
#   id: AWS-ECR-002
#   severity: medium
#   kinds: ["AWS::ECR::Repository"]
#   themes: [key-management]
#   remediation: >-
#     Give the `aws_ecr_repository` an `encryption_configuration` with `encryption_type = "KMS"`
#     and `kms_key` a customer managed `aws_kms_key`; an existing repository must be recreated
#     and its images pushed again.
#   controls:
#     pci-dss-4.0: ["3.6.1"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.ecr.repository_without_customer_managed_key

import rego.v1

import data.comply.lib

deny contains msg if {
	lib.customer_managed_key_required(input.resource.tags)
	input.resource.attributes.encryption_type == "AES256"
	msg := "the data needs a customer managed KMS key, but the repository is encrypted with `AES256` (keys ECR manages)"
}

deny contains msg if {
	lib.customer_managed_key_required(input.resource.tags)
	input.resource.attributes.encryption_type in {"KMS", "KMS_DSSE"}
	not "attributes.encryption.kms_key" in input.resource.unknown
	lib.aws_managed_key(input.resource.attributes.encryption.kms_key, "ecr")
	msg := "the data needs a customer managed KMS key, but the repository uses the AWS managed `aws/ecr` key"
}
