# METADATA
# title: Database, volume or search domain holding data that needs a customer managed key uses the AWS managed key
# description: >-
#   An encrypted RDS instance or cluster, EBS volume or OpenSearch domain that names no KMS key
#   (or names the AWS managed `aws/rds`, `aws/ebs` or `aws/es` key) is encrypted at rest, which
#   AWS-RDS-001/002, AWS-EC2-001 and AWS-OPENSEARCH-002 accept. Whether the key must be one the
#   organisation controls — access restricted and revocable through its key policy, snapshots
#   shareable across accounts only with it, the key disabled in an incident — is key management
#   decided per data classification by `[encryption] customer_managed_key_for` in comply.toml,
#   as for S3 (AWS-S3-001) and DynamoDB (AWS-DYNAMODB-001). For those classifications the AWS
#   managed key fails; with no setting nothing fails. Unencrypted storage is left to the
#   encryption-at-rest policies, an Aurora instance to its cluster, and a key known only after
#   apply is not the default key. The PCI DSS 3.6.1 mapping holds where the data is cardholder
#   data. No GDPR mapping, as for AWS-S3-001: the data is encrypted either way, and who holds
#   the key is key management, which GDPR does not prescribe.
# custom:
#   id: AWS-KMS-004
#   severity: medium
#   kinds:
#     - "AWS::RDS::DBInstance"
#     - "AWS::RDS::DBCluster"
#     - "AWS::EC2::Volume"
#     - "AWS::OpenSearch::Domain"
#   themes: [key-management]
#   remediation: >-
#     Set `kms_key_id` to a customer managed `aws_kms_key` on the `aws_db_instance`,
#     `aws_rds_cluster` or `aws_ebs_volume`, or in the `encrypt_at_rest` block of the
#     `aws_opensearch_domain`. The key of existing RDS storage and EBS volumes cannot be changed:
#     restore from, or create the volume from, a snapshot copied with the new key.
#   controls:
#     pci-dss-4.0: ["3.6.1"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.kms.storage_without_customer_managed_key

import rego.v1

import data.comply.lib

# The AWS managed key alias of each kind's service.
service := {
	"AWS::RDS::DBInstance": "rds",
	"AWS::RDS::DBCluster": "rds",
	"AWS::EC2::Volume": "ebs",
	"AWS::OpenSearch::Domain": "es",
}

deny contains msg if {
	name := service[input.resource.kind]
	lib.customer_managed_key_required(input.resource.tags)
	not aurora_instance
	input.resource.attributes.encryption.at_rest == true
	not "attributes.encryption.kms_key" in input.resource.unknown
	lib.aws_managed_key(input.resource.attributes.encryption.kms_key, name)
	msg := sprintf("the data needs a customer managed KMS key, but storage is encrypted with the AWS managed `aws/%s` key", [name])
}

# An Aurora instance's storage is its cluster's.
aurora_instance if {
	input.resource.kind == "AWS::RDS::DBInstance"
	input.resource.attributes.cluster != null
}
