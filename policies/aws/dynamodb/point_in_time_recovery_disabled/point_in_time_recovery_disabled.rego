# METADATA
# title: DynamoDB table does not have point-in-time recovery enabled
# description: >-
#   Without point-in-time recovery a table can only be restored from on-demand backups someone
#   remembered to take, so an accidental delete or a bad bulk write is lost for good. With it,
#   the table can be restored to any second of the last 35 days. PCI DSS has no requirement for
#   data backups, so none is mapped.
# custom:
#   id: AWS-DYNAMODB-002
#   severity: medium
#   kinds: ["AWS::DynamoDB::Table"]
#   themes: [backup-recovery]
#   remediation: >-
#     Add `point_in_time_recovery { enabled = true }` to the `aws_dynamodb_table` (and
#     `point_in_time_recovery = true` on each `replica`).
#   controls:
#     gdpr: ["Art.32(1)(c)"]
#     soc2: ["A1.2", "CC7.5"]
#     iso27001-2022: ["A.8.13"]
package comply.aws.dynamodb.point_in_time_recovery_disabled

import rego.v1

deny contains "point-in-time recovery is not enabled (`point_in_time_recovery.enabled` is false)" if {
	input.resource.attributes.point_in_time_recovery == false
}
