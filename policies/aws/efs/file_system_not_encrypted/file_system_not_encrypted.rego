# METADATA
# title: EFS file system is not encrypted at rest
# description: >-
#   An unencrypted EFS file system stores its files, and the backups and replicas made of it,
#   in the clear, and encryption can only be chosen when the file system is created: fixing it
#   means copying the data to a new file system. EFS creates file systems unencrypted when the
#   API call (and so Terraform's `encrypted`, unless set) does not ask for encryption. The PCI
#   DSS 3.5.1 mapping holds where the files hold PAN, and is a judgement otherwise.
# custom:
#   id: AWS-EFS-001
#   severity: high
#   kinds: ["AWS::EFS::FileSystem"]
#   themes: [encryption-at-rest]
#   remediation: >-
#     Set `encrypted = true` (and a customer managed `kms_key_id`) on the `aws_efs_file_system`;
#     for an existing file system, create an encrypted one and copy the data (AWS DataSync, or
#     a restore of an AWS Backup recovery point into a new encrypted file system).
#   controls:
#     pci-dss-4.0: ["3.5.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.efs.file_system_not_encrypted

import rego.v1

deny contains "files are not encrypted at rest (`encrypted` is false)" if {
	input.resource.attributes.encryption.at_rest == false
}
