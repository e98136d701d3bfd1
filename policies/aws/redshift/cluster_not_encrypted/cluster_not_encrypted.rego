# METADATA
# title: Redshift cluster is not encrypted at rest
# description: >-
#   An unencrypted Redshift cluster stores the warehouse's tables — often the most complete copy
#   of customer and transaction data an organisation has — and its automated and manual
#   snapshots in the clear. Provider v5 of the AWS provider creates clusters with `encrypted =
#   false` unless told otherwise. Encryption with the AWS managed `aws/redshift` key passes;
#   whether a customer managed key is needed is key management. The PCI DSS 3.5.1 mapping holds
#   where the warehouse holds PAN, and is a judgement otherwise.
# custom:
#   id: AWS-REDSHIFT-001
#   severity: high
#   kinds: ["AWS::Redshift::Cluster"]
#   themes: [encryption-at-rest]
#   remediation: >-
#     Set `encrypted = true` and a customer managed `kms_key_id` on the `aws_redshift_cluster`;
#     an existing cluster can be encrypted in place (Redshift migrates the data to encrypted
#     storage), or restored from a snapshot into an encrypted one.
#   controls:
#     pci-dss-4.0: ["3.5.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.redshift.cluster_not_encrypted

import rego.v1

deny contains "the cluster's data and snapshots are not encrypted at rest (`encrypted` is false)" if {
	input.resource.attributes.encryption.at_rest == false
}
