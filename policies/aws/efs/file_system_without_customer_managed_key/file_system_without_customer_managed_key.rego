# METADATA
# title: EFS file system holding data that needs a customer managed key uses the AWS managed key
# description: >-
#   An encrypted EFS file system that names no KMS key (or names the AWS managed
#   `aws/elasticfilesystem` key) is encrypted at rest, which AWS-EFS-001 accepts. Whether the
#   key must be one the organisation controls — access to the files restricted and revocable
#   through its key policy, the key disabled in an incident — is key management decided per
#   data classification by `[encryption] customer_managed_key_for` in comply.toml, as for
#   databases and volumes (AWS-KMS-004). For those classifications the AWS managed key fails;
#   with no setting nothing fails. An unencrypted file system is AWS-EFS-001's finding, and a
#   key known only after apply is not the default key. The key of a file system cannot be
#   changed after creation. The PCI DSS 3.6.1 mapping holds where the data is cardholder data.
#   No GDPR mapping, as for AWS-S3-001: the data is encrypted either way, and who holds the key
#   is key management, which GDPR does not prescribe.
# custom:
#   id: AWS-EFS-003
#   severity: medium
#   kinds: ["AWS::EFS::FileSystem"]
#   themes: [key-management]
#   remediation: >-
#     Set `kms_key_id` on the `aws_efs_file_system` to a customer managed `aws_kms_key`; for an
#     existing file system, create a new one with the key and copy the data (AWS DataSync, or a
#     restore of an AWS Backup recovery point).
#   controls:
#     pci-dss-4.0: ["3.6.1"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.efs.file_system_without_customer_managed_key

import rego.v1

import data.comply.lib

deny contains msg if {
	lib.customer_managed_key_required(input.resource.tags)
	input.resource.attributes.encryption.at_rest == true
	not "attributes.encryption.kms_key" in input.resource.unknown
	lib.aws_managed_key(input.resource.attributes.encryption.kms_key, "elasticfilesystem")
	msg := "the data needs a customer managed KMS key, but the file system is encrypted with the AWS managed `aws/elasticfilesystem` key"
}
