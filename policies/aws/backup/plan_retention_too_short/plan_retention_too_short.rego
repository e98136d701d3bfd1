# METADATA
# title: Backup plan keeps recovery points for fewer days than required
# description: >-
#   A backup plan rule (or one of its copy actions) whose lifecycle deletes recovery points
#   after fewer days than `[thresholds] backup_retention_days` (default 7) only lets the
#   organisation go back that far: a corruption, deletion or encryption by ransomware noticed
#   after a long weekend may already be past every backup. A rule without `delete_after` keeps
#   its recovery points until they are deleted by hand and passes. Mapped as AWS-RDS-004,
#   automated database backups kept too briefly.
# custom:
#   id: AWS-BACKUP-004
#   severity: medium
#   kinds: ["AWS::Backup::BackupPlan"]
#   themes: [backup-recovery]
#   remediation: >-
#     Raise `lifecycle.delete_after` in the `aws_backup_plan`'s `rule` (and in its `copy_action`
#     blocks) to at least the required number of days.
#   controls:
#     gdpr: ["Art.32(1)(c)"]
#     soc2: ["A1.2", "CC7.5"]
#     iso27001-2022: ["A.8.13"]
package comply.aws.backup.plan_retention_too_short

import rego.v1

# comply.toml's `[thresholds] backup_retention_days`.
minimum_days := data.comply.settings.thresholds.backup_retention_days

deny contains msg if {
	some rule in input.resource.attributes.rules
	days := rule.delete_after_days
	is_number(days)
	days < minimum_days
	msg := sprintf(
		"rule `%s` deletes recovery points after `%d` day(s), below %d (`[thresholds] backup_retention_days`)",
		[rule.rule_name, days, minimum_days],
	)
}

deny contains msg if {
	some rule in input.resource.attributes.rules
	some copy in rule.copy_actions
	days := copy.delete_after_days
	is_number(days)
	days < minimum_days
	msg := sprintf(
		"rule `%s` deletes its copies in `%s` after `%d` day(s), below %d (`[thresholds] backup_retention_days`)",
		[rule.rule_name, copy.destination_vault, days, minimum_days],
	)
}
