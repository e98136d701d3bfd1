# METADATA
# title: IAM policy grants near-administrative access through NotAction or NotResource
# description: >-
#   `"Effect": "Allow"` with `NotAction` allows every action of every AWS service except the
#   few listed, today's and any added later; on `"Resource": "*"` that is administrator access
#   with a hole in it, and it usually still leaves the way to full admin open (a list without
#   `iam:*` lets the holder grant itself the rest). Allowing `*` with `NotResource` is the same
#   on the resource side. Such statements slip past checks for `"Action": "*"` (AWS-IAM-003)
#   and past reviewers reading the action list as a limit. The AWS managed PowerUserAccess
#   (every action but IAM, Organizations and Account management, through `NotAction`) is
#   reported too: reporting it is a judgement, since it is meant for developers, but in an
#   audited account it is standing access to every workload's data. `Deny` with `NotAction`
#   (the usual guard rail) passes. Both the policy and each identity holding it are reported.
# custom:
#   id: AWS-IAM-007
#   severity: high
#   kinds: ["AWS::IAM::Policy", "AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Role"]
#   themes: [identity-mfa]
#   remediation: >-
#     Replace `Allow` + `NotAction` (or `NotResource`) with an `Action` list of what the job
#     needs on named resources; express exceptions as a separate `Deny` statement, and replace
#     PowerUserAccess with job-function policies.
#   controls:
#     pci-dss-4.0: ["7.2.1", "7.2.2", "7.2.5"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.3"]
#     iso27001-2022: ["A.5.15", "A.5.18", "A.8.2"]
package comply.aws.iam.policy_admin_through_not_action

import rego.v1

# AWS::IAM::Policy: its own document.
deny contains msg if {
	some statement in input.resource.attributes.document.Statement
	some finding in broad(statement)
	msg := sprintf("policy %s %s", [quoted(input.resource.attributes.policy_name), finding])
}

# Users, groups and roles: inline policies, and managed ones whose document is in the input.
deny contains msg if {
	some p in input.resource.attributes.policies
	some statement in p.document.Statement
	some finding in broad(statement)
	msg := sprintf("%s policy %s%s %s", [p.attachment, quoted(p.name), origin(p), finding])
}

# The AWS managed PowerUserAccess policy (its document is never in the input).
deny contains msg if {
	some p in input.resource.attributes.policies
	power_user_access(p.arn)
	msg := sprintf("AWS managed policy `PowerUserAccess`%s allows every action but IAM, Organizations and Account management on every resource (`NotAction`)", [origin(p)])
}

broad(statement) := not_action(statement) | not_resource(statement)

not_action(statement) := {msg |
	statement.Effect == "Allow"
	count(statement.NotAction) > 0
	"*" in statement.Resource
	msg := sprintf("allows every action except %s on every resource (`Allow` with `NotAction`)", [listed(statement.NotAction)])
}

not_resource(statement) := {msg |
	statement.Effect == "Allow"
	some action in statement.Action
	action in {"*", "*:*"}
	count(statement.NotResource) > 0
	msg := sprintf("allows every action (`%s`) on every resource except %s (`Allow` with `NotResource`)", [action, listed(statement.NotResource)])
}

listed(xs) := concat(", ", [sprintf("`%s`", [x]) | some x in xs])

power_user_access(arn) if {
	is_string(arn)
	regex.match(`^arn:aws[a-z-]*:iam::aws:policy/PowerUserAccess$`, arn)
}

quoted(name) := sprintf("`%s`", [name]) if is_string(name)

else := "(unnamed)"

origin(p) := sprintf(" (attached by `%s`)", [p.defined_by]) if {
	p.attachment == "managed"
	is_string(p.defined_by)
} else := sprintf(" (defined in `%s`)", [p.defined_by]) if {
	is_string(p.defined_by)
} else := ""
