# METADATA
# title: Regulated data is replicated outside its allowed regions
# description: >-
#   A resource whose data classification comply.toml restricts to a list of regions replicates
#   its data to another region: an S3 replication rule whose destination bucket is elsewhere, or
#   a DynamoDB global table replica. The copy is a transfer of the data even when the source
#   stays in an allowed region. Mapping to SOC 2 C1.1/CC6.7 and ISO A.5.34/A.5.14 (privacy,
#   information transfer) is a judgement; the backlog's availability mappings (A1.2, A.8.14)
#   are about replication as redundancy, not residency, and PCI DSS sets no residency rule.
# custom:
#   id: AWS-RES-002
#   severity: high
#   kinds: ["AWS::S3::Bucket", "AWS::DynamoDB::Table"]
#   themes: [data-residency]
#   remediation: >-
#     Point `aws_s3_bucket_replication_configuration` rules at a destination bucket in an allowed
#     region, and keep `aws_dynamodb_table` `replica` blocks to allowed `region_name`s.
#   controls:
#     gdpr: ["Art.44", "Art.46"]
#     soc2: ["C1.1", "CC6.7"]
#     iso27001-2022: ["A.5.34", "A.5.14"]
package comply.aws.residency.replication_outside_allowed_regions

import rego.v1

import data.comply.lib

# S3 replication rules; a destination outside the plan has no known region (null): no finding.
deny contains msg if {
	classification := lib.classification(input.resource.tags)
	allowed := lib.allowed_regions(classification)
	some rule in input.resource.attributes.replication
	rule.status == "Enabled"
	region := rule.destination_region
	is_string(region)
	not region in allowed
	msg := sprintf(
		"data classified `%s` is replicated to `%s` in `%s`, outside its allowed regions (%s)",
		[classification, rule.destination_bucket, region, lib.quoted(allowed)],
	)
}

# DynamoDB global table replicas.
deny contains msg if {
	classification := lib.classification(input.resource.tags)
	allowed := lib.allowed_regions(classification)
	some replica in input.resource.attributes.replicas
	region := replica.region
	is_string(region)
	not region in allowed
	msg := sprintf(
		"data classified `%s` has a global table replica in `%s`, outside its allowed regions (%s)",
		[classification, region, lib.quoted(allowed)],
	)
}
