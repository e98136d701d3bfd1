# METADATA
# title: RDS DB instance is not deployed across multiple Availability Zones
# description: >-
#   A single-AZ instance has no standby: a zone outage, a host failure or storage loss takes the
#   database offline until it is restored from a backup, losing writes since the last restorable
#   time. A Multi-AZ deployment keeps a synchronous standby in another zone and fails over in
#   minutes. Severity is low because a single zone may be a deliberate choice for development
#   and test databases; production databases should be Multi-AZ. Aurora members (whose cluster
#   storage already spans three zones) and read replicas (copies of a source judged on its own)
#   are out of scope. The mappings are a judgement: redundancy for availability and resilience
#   (GDPR Art.32(1)(b), SOC 2 A1.2, ISO 27001 A.8.14); PCI DSS asks for no redundancy, so none is
#   mapped.
# custom:
#   id: AWS-RDS-007
#   severity: low
#   kinds: ["AWS::RDS::DBInstance"]
#   themes: [backup-recovery]
#   remediation: >-
#     Set `multi_az = true` on the `aws_db_instance` (applied without downtime; a standby in
#     another zone roughly doubles the instance cost).
#   controls:
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["A1.2"]
#     iso27001-2022: ["A.8.14"]
package comply.aws.rds.instance_not_multi_az

import rego.v1

# A standalone primary: not an Aurora member, not a read replica.
deny contains "the instance runs in a single Availability Zone (`multi_az` is false)" if {
	input.resource.attributes.cluster == null
	input.resource.attributes.replicate_source_db == null
	input.resource.attributes.multi_az == false
}
