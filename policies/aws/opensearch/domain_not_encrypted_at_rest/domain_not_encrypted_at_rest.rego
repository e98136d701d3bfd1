# METADATA
# title: OpenSearch domain does not encrypt data at rest
# description: >-
#   Without encryption at rest the domain's indices, automated snapshots, logs and swap files
#   are stored unencrypted, and search clusters often hold copies of customer records, orders
#   and application logs gathered from many systems. Encryption can be turned on for an
#   existing domain but never off again. The PCI DSS 3.5.1 mapping holds where indexed
#   documents carry PAN, and is a judgement otherwise.
# custom:
#   id: AWS-OPENSEARCH-001
#   severity: high
#   kinds: ["AWS::OpenSearch::Domain"]
#   themes: [encryption-at-rest]
#   remediation: >-
#     Set `encrypt_at_rest { enabled = true }` on the `aws_opensearch_domain`, with a customer
#     managed `kms_key_id` where only chosen principals may decrypt.
#   controls:
#     pci-dss-4.0: ["3.5.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.opensearch.domain_not_encrypted_at_rest

import rego.v1

deny contains "domain data is not encrypted at rest (`encrypt_at_rest` is not enabled)" if {
	input.resource.attributes.encryption.at_rest == false
}
