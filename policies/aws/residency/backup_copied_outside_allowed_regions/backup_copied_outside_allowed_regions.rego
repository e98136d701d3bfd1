# METADATA
# title: Backups of regulated data are copied outside their allowed regions
# description: >-
#   A backup plan tagged with a data classification that comply.toml restricts to a list of
#   regions (`[data_residency.allowed_regions]`) has a rule copying its recovery points to a
#   vault in another region (the region of the copy action's destination vault ARN, or of the
#   destination vault in the same plan). The copy holds the full data of every backed-up
#   resource, so the data leaves the allowed regions even though the resources and the primary
#   vault stay in one. AWS-RES-002 covers replication of buckets and tables; this is the same
#   transfer for AWS Backup, and maps alike: the GDPR Chapter V mapping holds where the allowed
#   regions mark the transfer boundary (the EEA); SOC 2 C1.1/CC6.7 and ISO A.5.34/A.5.14
#   (privacy, information transfer) are a judgement, and PCI DSS sets no residency requirement.
#   A destination whose region the input does not show is unknown, not a finding.
# custom:
#   id: AWS-RES-005
#   severity: high
#   kinds: ["AWS::Backup::BackupPlan"]
#   themes: [data-residency]
#   remediation: >-
#     Point the `copy_action`'s `destination_vault_arn` at a vault in an allowed region, or
#     remove the copy action, or correct the plan's classification tag if the backups do not
#     hold data of that class.
#   controls:
#     gdpr: ["Art.44", "Art.46"]
#     soc2: ["C1.1", "CC6.7"]
#     iso27001-2022: ["A.5.34", "A.5.14"]
package comply.aws.residency.backup_copied_outside_allowed_regions

import rego.v1

import data.comply.lib

deny contains msg if {
	classification := lib.classification(input.resource.tags)
	allowed := lib.allowed_regions(classification)
	some rule in input.resource.attributes.rules
	some copy in rule.copy_actions
	region := copy.destination_region
	is_string(region)
	not region in allowed
	msg := sprintf(
		"backups classified `%s` are copied by rule `%s` to `%s` in `%s`, outside their allowed regions (%s)",
		[classification, rule.rule_name, copy.destination_vault, region, lib.quoted(allowed)],
	)
}
