# METADATA
# title: Backup vault has no vault lock
# description: >-
#   Without AWS Backup Vault Lock anyone allowed to manage the vault, and an attacker or
#   ransomware holding such credentials, can delete its recovery points or shorten their
#   retention, which removes the backups exactly when they are needed. A lock (an
#   `aws_backup_vault_lock_configuration`) makes recovery points immutable for the retention
#   bounds it sets; in compliance mode (`changeable_for_days`) not even the root user can lift
#   it once the grace period ends. Backups an attacker cannot destroy are what SOC 2 A1.2 and
#   ISO A.8.13 expect of recovery infrastructure; mapped as the other backup policies are.
#   AWS Config's vault item does not record the lock, so from AWS Config alone it is unknown.
# custom:
#   id: AWS-BACKUP-002
#   severity: medium
#   kinds: ["AWS::Backup::BackupVault"]
#   themes: [backup-recovery]
#   remediation: >-
#     Add an `aws_backup_vault_lock_configuration` for the vault with `min_retention_days` (and
#     `changeable_for_days` for compliance mode once the settings are proven).
#   controls:
#     gdpr: ["Art.32(1)(c)"]
#     soc2: ["A1.2", "CC7.5"]
#     iso27001-2022: ["A.8.13"]
package comply.aws.backup.vault_lock_disabled

import rego.v1

deny contains msg if {
	input.resource.attributes.lock.enabled == false
	msg := "the vault has no vault lock: its recovery points can be deleted or their retention shortened by anyone allowed to manage it"
}
