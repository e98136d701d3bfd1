# METADATA
# title: ElastiCache replication group does not encrypt data in transit
# description: >-
#   Without in-transit encryption, clients and replicas talk to the replication group in
#   plaintext, so anyone able to observe network traffic reads the cached data and any
#   credentials sent to it, and no AUTH token can be set. PCI DSS 4.2.1 strictly covers open,
#   public networks; mapping it to traffic inside a VPC is a judgement.
# custom:
#   id: AWS-ELASTICACHE-002
#   severity: high
#   kinds: ["AWS::ElastiCache::ReplicationGroup"]
#   themes: [encryption-in-transit]
#   remediation: >-
#     Set `transit_encryption_enabled = true` on the `aws_elasticache_replication_group` (with
#     `transit_encryption_mode = "required"` once clients use TLS) and connect with TLS.
#   controls:
#     pci-dss-4.0: ["4.2.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.7"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.elasticache.replication_group_transit_unencrypted

import rego.v1

deny contains "replication group does not encrypt traffic in transit (`transit_encryption_enabled` is false)" if {
	input.resource.attributes.transit_encryption_enabled == false
}

deny contains "replication group still accepts plaintext clients (`transit_encryption_mode` is `preferred`; set it to `required`)" if {
	input.resource.attributes.transit_encryption_enabled == true
	input.resource.attributes.transit_encryption_mode == "preferred"
}
