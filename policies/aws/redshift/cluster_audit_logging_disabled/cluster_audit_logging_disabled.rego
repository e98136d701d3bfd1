# METADATA
# title: Redshift cluster audit logging is disabled
# description: >-
#   Without audit logging Redshift keeps no connection log (who connected from where, and the
#   failed authentication attempts) and no user log (users created, dropped and given rights)
#   beyond the few days its system tables hold, so an intrusion or a misuse of a warehouse
#   account cannot be reconstructed. Logs go to S3 or CloudWatch Logs through an
#   `aws_redshift_logging`; the user activity log (each query) also needs
#   `enable_user_activity_logging` in the parameter group, which this does not judge. Mapping
#   to GDPR Art.32(1)(b) (ongoing confidentiality and integrity) is a judgement.
# custom:
#   id: AWS-REDSHIFT-003
#   severity: medium
#   kinds: ["AWS::Redshift::Cluster"]
#   themes: [logging-audit]
#   remediation: >-
#     Add an `aws_redshift_logging` for the cluster with `log_destination_type = "s3"` and a
#     `bucket_name` (or `"cloudwatch"` with `log_exports = ["connectionlog", "userlog",
#     "useractivitylog"]`), and set `enable_user_activity_logging = true` in its parameter group.
#   controls:
#     pci-dss-4.0: ["10.2.1", "10.2.1.4", "10.2.1.5"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC7.2"]
#     iso27001-2022: ["A.8.15"]
package comply.aws.redshift.cluster_audit_logging_disabled

import rego.v1

deny contains "audit logging is disabled (no `aws_redshift_logging` for the cluster)" if {
	input.resource.attributes.audit_logging == false
}
