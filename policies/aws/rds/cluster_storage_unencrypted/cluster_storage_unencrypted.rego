# METADATA
# title: RDS database cluster storage is not encrypted
# description: >-
#   An unencrypted Aurora or Multi-AZ DB cluster keeps its shared cluster volume, automated
#   backups and snapshots in the clear on AWS storage, and every instance of the cluster serves
#   that data. Encryption cannot be switched on later: the cluster has to be restored from an
#   encrypted copy of a snapshot, so it must be right at creation.
# custom:
#   id: AWS-RDS-002
#   severity: high
#   kinds: ["AWS::RDS::DBCluster"]
#   themes: [encryption-at-rest]
#   remediation: >-
#     Set `storage_encrypted = true` and a customer managed `kms_key_id` on the `aws_rds_cluster`.
#     For an existing cluster, restore it from an encrypted snapshot copy.
#   controls:
#     pci-dss-4.0: ["3.5.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.rds.cluster_storage_unencrypted

import rego.v1

deny contains "cluster storage is not encrypted (`storage_encrypted` is false)" if {
	input.resource.attributes.encryption.at_rest == false
}
