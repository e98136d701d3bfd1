# METADATA
# title: RDS database instance storage is not encrypted
# description: >-
#   An unencrypted RDS instance stores its data, automated backups, read replicas and snapshots
#   in the clear on AWS storage. Encryption cannot be turned on later: the instance has to be
#   restored from an encrypted copy of a snapshot, so it must be right at creation.
# custom:
#   id: AWS-RDS-001
#   severity: high
#   kinds: ["AWS::RDS::DBInstance"]
#   themes: [encryption-at-rest]
#   remediation: >-
#     Set `storage_encrypted = true` and a customer managed `kms_key_id`. For an existing
#     instance, restore from an encrypted snapshot copy.
#   controls:
#     pci-dss-4.0: ["3.5.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.rds.instance_storage_unencrypted

import rego.v1

deny contains "storage is not encrypted (`storage_encrypted` is false)" if {
	# Aurora instances keep no storage of their own: the cluster is judged instead.
	input.resource.attributes.cluster == null
	input.resource.attributes.encryption.at_rest == false
}
