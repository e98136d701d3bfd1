# METADATA
# title: EKS cluster does not send its audit and authentication logs to CloudWatch
# description: >-
#   EKS keeps no control plane logs unless asked: without the `audit` log there is no record of
#   who read a Kubernetes secret, exec'd into a pod or changed RBAC; without `authenticator`,
#   none of which IAM identity each request was mapped to, or of failed logins; without `api`,
#   none of the API server's own activity. The three are required here; `controllerManager` and
#   `scheduler` are operational logs and are not. Mapping to GDPR Art.32(1)(b) (ongoing
#   confidentiality and integrity) is a judgement.
# custom:
#   id: AWS-EKS-002
#   severity: medium
#   kinds: ["AWS::EKS::Cluster"]
#   themes: [logging-audit]
#   remediation: >-
#     Set `enabled_cluster_log_types = ["api", "audit", "authenticator"]` (or all five types) on
#     the `aws_eks_cluster`, with an `aws_cloudwatch_log_group` named
#     `/aws/eks/<cluster>/cluster` that keeps them for a year.
#   controls:
#     pci-dss-4.0: ["10.2.1", "10.2.1.2", "10.2.1.4"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC7.2"]
#     iso27001-2022: ["A.8.15"]
package comply.aws.eks.control_plane_audit_logging_disabled

import rego.v1

audit_log_types := {"api", "audit", "authenticator"}

# An unknown list reads as empty: only a known one is judged.
deny contains msg if {
	not "attributes.enabled_log_types" in input.resource.unknown
	enabled := {t | some t in input.resource.attributes.enabled_log_types}
	missing := audit_log_types - enabled
	count(missing) > 0
	msg := sprintf(
		"control plane log type(s) `%s` are not enabled (`enabled_cluster_log_types`)",
		[concat("`, `", sort(missing))],
	)
}
