# METADATA
# title: Regulated data is stored outside its allowed regions
# description: >-
#   A data store (S3 bucket, RDS database, EBS volume, EC2 instance, DynamoDB table, ElastiCache
#   group, EFS file system, Redshift cluster) tagged with a data classification that comply.toml restricts to a list of regions
#   (`[data_residency.allowed_regions]`) is created in another region. Storing personal data
#   outside the EEA is a transfer under GDPR Chapter V, lawful only with an adequacy decision or
#   safeguards such as standard contractual clauses. Mapping to SOC 2 C1.1 and ISO A.5.34/A.5.31
#   (privacy and legal requirements) is a judgement; PCI DSS sets no residency requirement.
# custom:
#   id: AWS-RES-001
#   severity: high
#   kinds:
#     - "AWS::S3::Bucket"
#     - "AWS::RDS::DBInstance"
#     - "AWS::RDS::DBCluster"
#     - "AWS::EC2::Volume"
#     - "AWS::EC2::Instance"
#     - "AWS::DynamoDB::Table"
#     - "AWS::ElastiCache::ReplicationGroup"
#     - "AWS::EFS::FileSystem"
#     - "AWS::Redshift::Cluster"
#   themes: [data-residency]
#   remediation: >-
#     Create the resource through a provider configured for an allowed region (`provider =
#     aws.<alias>`), or correct its classification tag if the data is not of that class.
#   controls:
#     gdpr: ["Art.44", "Art.46"]
#     soc2: ["C1.1"]
#     iso27001-2022: ["A.5.34", "A.5.31"]
package comply.aws.residency.regulated_data_outside_allowed_regions

import rego.v1

import data.comply.lib

deny contains msg if {
	classification := lib.classification(input.resource.tags)
	allowed := lib.allowed_regions(classification)
	region := input.resource.region
	is_string(region)
	not region in allowed
	msg := sprintf(
		"data classified `%s` is stored in `%s`, outside its allowed regions (%s)",
		[classification, region, lib.quoted(allowed)],
	)
}
