# METADATA
# title: Database snapshot of regulated data is stored outside its allowed regions
# description: >-
#   A DB snapshot or DB cluster snapshot tagged with a data classification that comply.toml
#   restricts to a list of regions (`[data_residency.allowed_regions]`) is in another region:
#   most often an `aws_db_snapshot_copy` made through a provider of another region, which lands
#   the whole database there. AWS-RES-001 judges the databases themselves; a snapshot is a full
#   copy of one, so it is the same storage of the data, mapped alike: the GDPR Chapter V mapping
#   holds where the allowed regions mark the transfer boundary (the EEA); SOC 2 C1.1 and ISO
#   A.5.34/A.5.31 are a judgement, and PCI DSS sets no residency requirement. A copy is judged
#   by its own tags (`copy_tags` copies the source's only after apply). A region the input does
#   not record is unknown, not a finding.
# custom:
#   id: AWS-RES-006
#   severity: high
#   kinds: ["AWS::RDS::DBSnapshot", "AWS::RDS::DBClusterSnapshot"]
#   themes: [data-residency]
#   remediation: >-
#     Make the snapshot copy through a provider configured for an allowed region (`provider =
#     aws.<alias>`) and delete the copy elsewhere, or correct its classification tag if the
#     database does not hold data of that class.
#   controls:
#     gdpr: ["Art.44", "Art.46"]
#     soc2: ["C1.1"]
#     iso27001-2022: ["A.5.34", "A.5.31"]
package comply.aws.residency.snapshot_outside_allowed_regions

import rego.v1

import data.comply.lib

deny contains msg if {
	classification := lib.classification(input.resource.tags)
	allowed := lib.allowed_regions(classification)
	region := input.resource.region
	is_string(region)
	not region in allowed
	msg := sprintf(
		"%s classified `%s` is stored in `%s`, outside its allowed regions (%s)",
		[what, classification, region, lib.quoted(allowed)],
	)
}

what := "snapshot copy" if is_string(input.resource.attributes.source_snapshot)

what := "snapshot" if not is_string(input.resource.attributes.source_snapshot)
