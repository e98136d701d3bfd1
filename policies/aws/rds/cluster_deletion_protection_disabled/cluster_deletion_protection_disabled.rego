# METADATA
# title: RDS DB cluster does not have deletion protection enabled
# description: >-
#   Without deletion protection a single API call, console click or `terraform destroy` removes
#   the cluster and its shared storage, and with `skip_final_snapshot` its data is gone save for
#   retained automated backups. Deletion protection makes the deletion a deliberate two-step
#   change; RDS creates clusters without it unless asked. The mappings are a judgement:
#   deletion protection guards availability and the recoverability of data (GDPR Art.32(1)(b),
#   SOC 2 A1.2) and forces deletions through a managed change (SOC 2 CC8.1, ISO 27001 A.8.32);
#   no PCI DSS requirement asks for it, so none is mapped.
# custom:
#   id: AWS-RDS-006
#   severity: medium
#   kinds: ["AWS::RDS::DBCluster"]
#   themes: [backup-recovery]
#   remediation: >-
#     Set `deletion_protection = true` on the `aws_rds_cluster` (it must be turned off again,
#     in a separate apply, before the cluster can be deleted).
#   controls:
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["A1.2", "CC8.1"]
#     iso27001-2022: ["A.8.32"]
package comply.aws.rds.cluster_deletion_protection_disabled

import rego.v1

deny contains "deletion protection is not enabled (`deletion_protection` is false)" if {
	input.resource.attributes.deletion_protection == false
}
