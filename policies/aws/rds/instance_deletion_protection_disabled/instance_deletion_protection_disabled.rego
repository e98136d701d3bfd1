# METADATA
# title: RDS DB instance does not have deletion protection enabled
# description: >-
#   Without deletion protection a single API call, console click or `terraform destroy` removes
#   the instance, and with `skip_final_snapshot` its data is gone save for retained automated
#   backups. Deletion protection makes the deletion a deliberate two-step change. Aurora members
#   are judged on their cluster, which holds the setting. The mappings are a judgement: deletion
#   protection guards availability and the recoverability of data (GDPR Art.32(1)(b), SOC 2
#   A1.2) and forces deletions through a managed change (SOC 2 CC8.1, ISO 27001 A.8.32); no PCI
#   DSS requirement asks for it, so none is mapped.
# custom:
#   id: AWS-RDS-005
#   severity: medium
#   kinds: ["AWS::RDS::DBInstance"]
#   themes: [backup-recovery]
#   remediation: >-
#     Set `deletion_protection = true` on the `aws_db_instance` (it must be turned off again,
#     in a separate apply, before the instance can be deleted).
#   controls:
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["A1.2", "CC8.1"]
#     iso27001-2022: ["A.8.32"]
package comply.aws.rds.instance_deletion_protection_disabled

import rego.v1

# A standalone instance or a read replica: an Aurora member's cluster holds the setting.
deny contains "deletion protection is not enabled (`deletion_protection` is false)" if {
	input.resource.attributes.cluster == null
	input.resource.attributes.deletion_protection == false
}
