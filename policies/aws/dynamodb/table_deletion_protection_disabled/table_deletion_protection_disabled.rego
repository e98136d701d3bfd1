# METADATA
# title: DynamoDB table does not have deletion protection enabled
# description: >-
#   Without deletion protection one `DeleteTable` call (a mistaken `terraform destroy`, a script
#   pointed at the wrong account, an attacker with write access) drops the table and its data.
#   Point-in-time recovery (AWS-DYNAMODB-002) restores the data afterwards into a new table;
#   deletion protection keeps the table from going in the first place. The mappings
#   (availability and recovery of data: SOC 2 A1.2 and CC8.1, ISO 27001 A.8.32 change
#   management, GDPR Art.32(1)(b) resilience) are judgements, as for the RDS and load balancer
#   deletion-protection policies; no PCI DSS requirement asks for it.
# custom:
#   id: AWS-DYNAMODB-003
#   severity: medium
#   kinds: ["AWS::DynamoDB::Table"]
#   themes: [backup-recovery]
#   remediation: >-
#     Set `deletion_protection_enabled = true` on the `aws_dynamodb_table`; turn it off on purpose
#     in the change that removes the table.
#   controls:
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["A1.2", "CC8.1"]
#     iso27001-2022: ["A.8.32"]
package comply.aws.dynamodb.table_deletion_protection_disabled

import rego.v1

deny contains "the table can be deleted in one call (`deletion_protection_enabled` is false)" if {
	input.resource.attributes.deletion_protection == false
}
