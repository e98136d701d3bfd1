# METADATA
# title: RDS DB snapshot is not encrypted
# description: >-
#   A DB snapshot or DB cluster snapshot holds a full copy of the database. An unencrypted
#   snapshot is readable by anyone who can restore or copy it, and the snapshots of an
#   unencrypted database stay unencrypted: the only way to encrypt the data is to copy the
#   snapshot with a KMS key and restore from the copy. A snapshot takes its encryption from its
#   source; in a plan it is known when the source database (or, for a copy, the source
#   snapshot) is in the same plan or the copy names its own key, and unknown otherwise. Mapped
#   as AWS-RDS-001, unencrypted database storage.
# custom:
#   id: AWS-RDS-008
#   severity: high
#   kinds: ["AWS::RDS::DBSnapshot", "AWS::RDS::DBClusterSnapshot"]
#   themes: [encryption-at-rest]
#   remediation: >-
#     Copy the snapshot with `aws_db_snapshot_copy` and a `kms_key_id`, restore the database from
#     the encrypted copy, delete the unencrypted snapshot, and set `storage_encrypted = true` on
#     the source `aws_db_instance` / `aws_rds_cluster` so its future snapshots are encrypted.
#   controls:
#     pci-dss-4.0: ["3.5.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.rds.snapshot_unencrypted

import rego.v1

deny contains msg if {
	input.resource.attributes.encryption.at_rest == false
	msg := sprintf("snapshot `%s` is not encrypted at rest", [name])
}

name := input.resource.attributes.identifier if is_string(input.resource.attributes.identifier)

name := input.resource.id if not is_string(input.resource.attributes.identifier)
