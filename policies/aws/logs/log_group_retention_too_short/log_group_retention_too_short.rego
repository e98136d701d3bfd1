# METADATA
# title: CloudWatch log group keeps events for less than a year
# description: >-
#   CloudWatch Logs deletes events once they are older than the log group's retention, so a
#   group kept for weeks or months cannot show what happened a year ago: PCI DSS 10.5.1 asks
#   for 12 months of audit log history, and an incident found late cannot be traced without it.
#   `0` (never expire) passes. Every Standard and Infrequent Access group is judged, as the
#   check cannot tell an audit log from a debug log: waive groups that hold no audit trail, or
#   whose events are exported to a store kept for a year (a subscription or export to S3 is not
#   seen here). Delivery class groups are out of scope: they keep events one day by design and
#   hand them to S3 or Firehose. The SOC 2 mapping is a judgement (monitoring needs history); no
#   GDPR article sets a minimum retention, and its storage limitation argues for a bounded one
#   where logs hold personal data.
# custom:
#   id: AWS-LOGS-001
#   severity: medium
#   kinds: ["AWS::Logs::LogGroup"]
#   themes: [logging-audit]
#   remediation: >-
#     Set `retention_in_days` to 365 or more (400, 545, 731, ... up to 3653) on the
#     `aws_cloudwatch_log_group`, or export its events to a store that keeps them for a year.
#   controls:
#     pci-dss-4.0: ["10.5.1"]
#     soc2: ["CC7.2"]
#     iso27001-2022: ["A.8.15"]
package comply.aws.logs.log_group_retention_too_short

import rego.v1

# comply.toml's `[thresholds] log_retention_days` (365 by default, PCI DSS 10.5.1).
minimum_days := data.comply.settings.thresholds.log_retention_days

deny contains msg if {
	input.resource.attributes.log_group_class in {"STANDARD", "INFREQUENT_ACCESS"}
	days := input.resource.attributes.retention_in_days
	is_number(days)
	days > 0
	days < minimum_days
	msg := sprintf(
		"log events are deleted after `%d` day(s) (`retention_in_days` is below %d, `[thresholds] log_retention_days`)",
		[days, minimum_days],
	)
}
