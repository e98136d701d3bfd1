# METADATA
# title: IAM user has policies attached directly
# description: >-
#   Permissions granted straight to a user, inline or by attaching a managed policy, bypass the
#   groups and roles that tie access to a job function, so they are easy to overlook in access
#   reviews and tend to linger after the person changes role or leaves. Granting only through
#   groups or roles keeps least privilege reviewable.
# custom:
#   id: AWS-IAM-004
#   severity: low
#   kinds: ["AWS::IAM::User"]
#   themes: [identity-mfa]
#   remediation: >-
#     Move the user's `aws_iam_user_policy` / `aws_iam_user_policy_attachment` (or the user in
#     an `aws_iam_policy_attachment`) to an `aws_iam_group` the user joins, or to a role the user
#     assumes.
#   controls:
#     pci-dss-4.0: ["7.2.1", "7.2.2", "7.3.2"]
#     soc2: ["CC6.3"]
#     iso27001-2022: ["A.5.15", "A.5.18"]
package comply.aws.iam.user_direct_policy

import rego.v1

deny contains msg if {
	some p in input.resource.attributes.policies
	msg := sprintf("%s policy %s is attached directly to the user%s instead of through a group or role", [p.attachment, quoted(p.name), origin(p)])
}

quoted(name) := sprintf("`%s`", [name]) if is_string(name)

else := "(unnamed)"

origin(p) := sprintf(" (by `%s`)", [p.defined_by]) if is_string(p.defined_by)

else := ""
