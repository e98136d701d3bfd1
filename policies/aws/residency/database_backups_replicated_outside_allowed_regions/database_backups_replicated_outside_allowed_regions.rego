# METADATA
# title: Backups of a regulated database are replicated outside its allowed regions
# description: >-
#   An RDS instance tagged with a data classification that comply.toml restricts to a list of
#   regions (`[data_residency.allowed_regions]`) replicates its automated backups (snapshots and
#   transaction logs) to another region, where a full copy of the data can be restored. The
#   instance itself stays inside, so a check of where databases live misses it: disaster
#   recovery copies are where residency is most often broken. The GDPR Chapter V mapping holds
#   where the allowed regions mark the transfer boundary; SOC 2 C1.1 and ISO A.5.34 are
#   judgements, and PCI DSS sets no residency requirement. A replication whose region the plan
#   does not record is unknown, not a finding.
# custom:
#   id: AWS-RES-009
#   severity: high
#   kinds: ["AWS::RDS::DBInstance"]
#   themes: [data-residency, backup-recovery]
#   remediation: >-
#     Create the `aws_db_instance_automated_backups_replication` through a provider of an
#     allowed region (a second EU region for EU data), or remove it and copy snapshots to an
#     allowed region instead.
#   controls:
#     gdpr: ["Art.44", "Art.46"]
#     soc2: ["C1.1"]
#     iso27001-2022: ["A.5.34", "A.5.31"]
package comply.aws.residency.database_backups_replicated_outside_allowed_regions

import rego.v1

import data.comply.lib

deny contains msg if {
	classification := lib.classification(input.resource.tags)
	allowed := lib.allowed_regions(classification)
	some region in input.resource.attributes.backup_replication_regions
	not region in allowed
	msg := sprintf("automated backups of data classified `%s` are replicated to `%s`, outside its allowed regions (%s)", [
		classification, region, lib.quoted(allowed),
	])
}
