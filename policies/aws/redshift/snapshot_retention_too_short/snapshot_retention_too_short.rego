# METADATA
# title: Redshift automated snapshots are disabled or kept for less than 7 days
# description: >-
#   Automated snapshots are how a Redshift cluster is restored after a dropped table, a bad
#   load or a deleted cluster, and they only reach back as far as the retention period: with 0
#   days there are none, and with provider v5's default of 1 day a mistake noticed after a
#   weekend cannot be undone. The minimum is `[thresholds] backup_retention_days` in
#   comply.toml (7 by default), the one the RDS backup policy (AWS-RDS-004) applies. PCI DSS
#   asks for backups of audit logs (10.3.3), not of data, so none is mapped.
# custom:
#   id: AWS-REDSHIFT-004
#   severity: medium
#   kinds: ["AWS::Redshift::Cluster"]
#   themes: [backup-recovery]
#   remediation: >-
#     Set `automated_snapshot_retention_period` to 7 or more (up to 35) on the
#     `aws_redshift_cluster`; use manual snapshots or AWS Backup for longer retention.
#   controls:
#     gdpr: ["Art.32(1)(c)"]
#     soc2: ["A1.2", "CC7.5"]
#     iso27001-2022: ["A.8.13"]
package comply.aws.redshift.snapshot_retention_too_short

import rego.v1

# comply.toml's `[thresholds] backup_retention_days`.
minimum_days := data.comply.settings.thresholds.backup_retention_days

deny contains "automated snapshots are disabled (`automated_snapshot_retention_period` is `0`)" if {
	input.resource.attributes.automated_snapshot_retention_period == 0
}

deny contains msg if {
	days := input.resource.attributes.automated_snapshot_retention_period
	is_number(days)
	days > 0
	days < minimum_days
	msg := sprintf(
		"automated snapshots are kept for only `%d` day(s) (`automated_snapshot_retention_period` is below %d, `[thresholds] backup_retention_days`)",
		[days, minimum_days],
	)
}
