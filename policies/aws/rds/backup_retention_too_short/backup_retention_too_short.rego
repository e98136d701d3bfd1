# METADATA
# title: RDS automated backups are disabled or kept for less than 7 days
# description: >-
#   Automated backups and point-in-time restore only reach back as far as the retention period:
#   with 0 days there are no automated backups at all, and with a day or two a corruption or
#   deletion noticed after a weekend cannot be undone. Aurora members are judged on their cluster
#   and read replicas on their source. The 7-day minimum is a judgement (common benchmarks use
#   it), and no PCI DSS requirement is mapped, as PCI DSS asks for backups of audit logs
#   (10.3.3), not of data.
# custom:
#   id: AWS-RDS-004
#   severity: medium
#   kinds: ["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"]
#   themes: [backup-recovery]
#   remediation: >-
#     Set `backup_retention_period` to 7 or more (up to 35) on the `aws_db_instance` or
#     `aws_rds_cluster`; use AWS Backup for longer retention.
#   controls:
#     gdpr: ["Art.32(1)(c)"]
#     soc2: ["A1.2", "CC7.5"]
#     iso27001-2022: ["A.8.13"]
package comply.aws.rds.backup_retention_too_short

import rego.v1

# comply.toml's `[thresholds] backup_retention_days`.
minimum_days := data.comply.settings.thresholds.backup_retention_days

# A standalone instance: not an Aurora member (its cluster keeps the backups), not a read
# replica (its source does).
deny contains msg if {
	input.resource.kind == "AWS::RDS::DBInstance"
	input.resource.attributes.cluster == null
	input.resource.attributes.replicate_source_db == null
	msg := retention_message(input.resource.attributes.backup_retention_period)
}

deny contains msg if {
	input.resource.kind == "AWS::RDS::DBCluster"
	msg := retention_message(input.resource.attributes.backup_retention_period)
}

retention_message(days) := "automated backups are disabled (`backup_retention_period` is `0`)" if {
	is_number(days)
	days == 0
}

retention_message(days) := msg if {
	is_number(days)
	days > 0
	days < minimum_days
	msg := sprintf(
		"automated backups are kept for only `%d` day(s) (`backup_retention_period` is below %d, `[thresholds] backup_retention_days`)",
		[days, minimum_days],
	)
}
