# METADATA
# title: EFS file system has no automatic backups
# description: >-
#   With its backup policy `DISABLED`, AWS Backup takes no daily backups of the file system, so
#   files deleted or overwritten by mistake, or encrypted by ransomware, can only be recovered
#   from backups someone remembered to set up elsewhere. EFS turns automatic backups on by
#   default only for One Zone file systems created through the API; a Regional file system that
#   Terraform creates without an `aws_efs_backup_policy` has none. A file system covered by a
#   backup plan of its own (an `aws_backup_selection`) is not seen here and would need a waiver.
#   PCI DSS has no requirement for data backups, so none is mapped.
# custom:
#   id: AWS-EFS-002
#   severity: medium
#   kinds: ["AWS::EFS::FileSystem"]
#   themes: [backup-recovery]
#   remediation: >-
#     Add an `aws_efs_backup_policy` for the file system with `backup_policy { status =
#     "ENABLED" }`, or cover it by an AWS Backup plan with the retention the data needs.
#   controls:
#     gdpr: ["Art.32(1)(c)"]
#     soc2: ["A1.2", "CC7.5"]
#     iso27001-2022: ["A.8.13"]
package comply.aws.efs.file_system_backups_disabled

import rego.v1

deny contains "automatic backups are off (the file system's backup policy is not `ENABLED`)" if {
	input.resource.attributes.automatic_backups == false
}
