# METADATA
# title: Regulated data in queues, topics, streams, secrets, logs, search, backups or Kubernetes is held outside its allowed regions
# description: >-
#   An SQS queue, SNS topic, Kinesis stream, Secrets Manager secret, SSM parameter, CloudWatch
#   log group, OpenSearch domain, AWS Backup vault or EKS cluster tagged with a data
#   classification that comply.toml restricts to a list of regions
#   (`[data_residency.allowed_regions]`) is created in another region. AWS-RES-001 checks the
#   primary data stores (S3, RDS, EBS, EC2, DynamoDB, ElastiCache, EFS, Redshift); these
#   services hold the same data too: messages in flight, credentials and keys, application and
#   audit logs, search indexes, recovery points, and the Kubernetes secrets and workload data of
#   a cluster. The GDPR Chapter
#   V mapping holds where the allowed regions mark the transfer boundary (the EEA); mapping to
#   SOC 2 C1.1 and ISO A.5.34/A.5.31 (privacy and legal requirements) is a judgement, and PCI
#   DSS sets no residency requirement. A region the plan does not record is unknown, not a
#   finding.
# custom:
#   id: AWS-RES-004
#   severity: high
#   kinds:
#     - "AWS::SQS::Queue"
#     - "AWS::SecretsManager::Secret"
#     - "AWS::Logs::LogGroup"
#     - "AWS::OpenSearch::Domain"
#     - "AWS::EKS::Cluster"
#     - "AWS::SNS::Topic"
#     - "AWS::Kinesis::Stream"
#     - "AWS::Backup::BackupVault"
#     - "AWS::SSM::Parameter"
#   themes: [data-residency]
#   remediation: >-
#     Create the queue, secret, log group, domain or cluster through a provider configured for
#     an allowed region (`provider = aws.<alias>`), or correct its classification tag if the data
#     is not of that class.
#   controls:
#     gdpr: ["Art.44", "Art.46"]
#     soc2: ["C1.1"]
#     iso27001-2022: ["A.5.34", "A.5.31"]
package comply.aws.residency.regulated_service_data_outside_allowed_regions

import rego.v1

import data.comply.lib

deny contains msg if {
	classification := lib.classification(input.resource.tags)
	allowed := lib.allowed_regions(classification)
	region := input.resource.region
	is_string(region)
	not region in allowed
	msg := sprintf(
		"data classified `%s` is held in `%s`, outside its allowed regions (%s)",
		[classification, region, lib.quoted(allowed)],
	)
}
