# METADATA
# title: IAM policy grants full administrative access
# description: >-
#   A statement that allows every action on every resource (or the AWS managed
#   AdministratorAccess policy) gives its holder unrestricted control of the account, including
#   reading all data, disabling logging and creating new credentials, which is the opposite of
#   least privilege. Both the policy that grants it and each identity it is attached to are
#   reported: the first shows the over-broad document, the second who holds full admin.
# custom:
#   id: AWS-IAM-003
#   severity: high
#   kinds: ["AWS::IAM::Policy", "AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Role"]
#   themes: [identity-mfa]
#   remediation: >-
#     Replace `"Action": "*"` on `"Resource": "*"` with the actions and resources the job needs
#     (in `aws_iam_policy`, `aws_iam_*_policy` or the role's `inline_policy`), and detach
#     AdministratorAccess; keep break-glass admin in a role with MFA and alerting.
#   controls:
#     pci-dss-4.0: ["7.2.1", "7.2.2", "7.2.5"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.3"]
#     iso27001-2022: ["A.5.15", "A.5.18", "A.8.2"]
package comply.aws.iam.policy_full_admin

import rego.v1

import data.comply.lib

# AWS::IAM::Policy: its own document.
deny contains msg if {
	some statement in input.resource.attributes.document.Statement
	lib.allows_everything(statement)
	msg := sprintf("policy %s allows every action (`*`) on every resource (`*`)", [quoted(input.resource.attributes.policy_name)])
}

# Users, groups and roles: inline policies, and managed ones whose document is in the input.
deny contains msg if {
	some p in input.resource.attributes.policies
	some statement in p.document.Statement
	lib.allows_everything(statement)
	msg := sprintf("%s policy %s%s allows every action (`*`) on every resource (`*`)", [p.attachment, quoted(p.name), origin(p)])
}

# The AWS managed AdministratorAccess policy (its document is never in the input).
deny contains msg if {
	some p in input.resource.attributes.policies
	administrator_access(p.arn)
	msg := sprintf("AWS managed policy `AdministratorAccess`%s allows every action on every resource", [origin(p)])
}

administrator_access(arn) if {
	is_string(arn)
	regex.match(`^arn:aws[a-z-]*:iam::aws:policy/AdministratorAccess$`, arn)
}

quoted(name) := sprintf("`%s`", [name]) if is_string(name)

else := "(unnamed)"

origin(p) := sprintf(" (attached by `%s`)", [p.defined_by]) if {
	p.attachment == "managed"
	is_string(p.defined_by)
} else := sprintf(" (defined in `%s`)", [p.defined_by]) if {
	is_string(p.defined_by)
} else := ""
