# METADATA
# title: ElastiCache replication group is not encrypted at rest
# description: >-
#   Without encryption at rest, the data a Redis OSS or Valkey replication group writes to disk
#   during synchronisation, swap and backups, and the snapshots it exports to S3, are stored in
#   the clear; caches often hold session tokens and copies of personal or payment data. The
#   setting can only be chosen when the group is created, so a fix means a new group restored
#   from a snapshot.
# custom:
#   id: AWS-ELASTICACHE-001
#   severity: high
#   kinds: ["AWS::ElastiCache::ReplicationGroup"]
#   themes: [encryption-at-rest]
#   remediation: >-
#     Set `at_rest_encryption_enabled = true` and a customer managed `kms_key_id` on the
#     `aws_elasticache_replication_group`; for an existing group, restore a snapshot into a new one.
#   controls:
#     pci-dss-4.0: ["3.5.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.elasticache.replication_group_at_rest_unencrypted

import rego.v1

deny contains "replication group is not encrypted at rest (`at_rest_encryption_enabled` is false)" if {
	input.resource.attributes.encryption.at_rest == false
}
