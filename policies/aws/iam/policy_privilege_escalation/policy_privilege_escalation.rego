# METADATA
# title: IAM policy lets its holder escalate its own privileges
# description: >-
#   Some IAM actions are as good as administrator access when they apply to every identity:
#   `iam:*`, `iam:PassRole` on every role (hand an administrator role to an instance or function
#   the holder controls), and the actions that write permissions or credentials (attach or put
#   a policy on a user, group or role, create or switch a policy version, join a group, rewrite
#   a trust policy, create access keys or console passwords for other users). A statement that
#   allows one of them, by name or wildcard, on `*` or on every role, user, group or policy ARN
#   (`arn:aws:iam::ACCOUNT:role/*`) fails, as does the AWS managed IAMFullAccess; actions on
#   the holder's own user (`${aws:username}`) or on named resources do not. A statement bounded
#   by an `iam:PermissionsBoundary` condition (the delegated-administration pattern) is not
#   reported; other conditions do not change the verdict (`iam:PassedToService` narrows the
#   service, not the role). `*` alone is full admin, reported by AWS-IAM-003. Both the policy
#   and each identity holding it are reported.
# custom:
#   id: AWS-IAM-006
#   severity: high
#   kinds: ["AWS::IAM::Policy", "AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Role"]
#   themes: [identity-mfa]
#   remediation: >-
#     Name the roles `iam:PassRole` may pass (their ARNs, with `iam:PassedToService`), scope
#     permission-writing actions to named identities or require an `iam:PermissionsBoundary`
#     condition, and keep `iam:*` and IAMFullAccess to a break-glass role with MFA and alerting.
#   controls:
#     pci-dss-4.0: ["7.2.1", "7.2.2", "7.2.5"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.3"]
#     iso27001-2022: ["A.5.15", "A.5.18", "A.8.2"]
package comply.aws.iam.policy_privilege_escalation

import rego.v1

# AWS::IAM::Policy: its own document.
deny contains msg if {
	some statement in input.resource.attributes.document.Statement
	some finding in escalations(statement)
	msg := sprintf("policy %s %s", [quoted(input.resource.attributes.policy_name), finding])
}

# Users, groups and roles: inline policies, and managed ones whose document is in the input.
deny contains msg if {
	some p in input.resource.attributes.policies
	some statement in p.document.Statement
	some finding in escalations(statement)
	msg := sprintf("%s policy %s%s %s", [p.attachment, quoted(p.name), origin(p), finding])
}

# The AWS managed IAMFullAccess policy (its document is never in the input).
deny contains msg if {
	some p in input.resource.attributes.policies
	iam_full_access(p.arn)
	msg := sprintf("AWS managed policy `IAMFullAccess`%s allows every IAM action on every resource, so its holder can grant itself any permission", [origin(p)])
}

# What an allowing statement lets its holder escalate through, one message per action.
escalations(statement) := full_iam(statement) | partial_iam(statement)

full_iam(statement) := {msg |
	statement.Effect == "Allow"
	not bounded(statement)
	some action in statement.Action
	every_iam_action_everywhere(statement, action)
	msg := sprintf("allows every IAM action (`%s`) on every resource, so its holder can grant itself any permission", [action])
}

partial_iam(statement) := {msg |
	statement.Effect == "Allow"
	not bounded(statement)
	some action in statement.Action
	startswith(lower(action), "iam:")
	not every_iam_action_everywhere(statement, action)
	matched := granted(statement, action)
	count(matched) > 0
	msg := sprintf("allows `%s`%s on %s, so %s", [action, expansion(action, matched), resources_text(statement), consequence(matched)])
}

every_iam_action_everywhere(statement, action) if {
	lower(action) == "iam:*"
	some resource in statement.Resource
	all_of_type(resource, "*")
}

# The escalation actions the statement's action (a name or a wildcard) allows on resources it
# covers entirely.
granted(statement, action) := sort({name |
	some resource in statement.Resource
	some kind, names in writers
	all_of_type(resource, kind)
	some name in names
	covers(action, name)
})

# An action pattern (`iam:Put*`, `iam:PassRole`) covers a named action; IAM actions are
# case-insensitive. Patterns with characters no action has are not read as globs.
covers(pattern, name) if {
	regex.match(`^[a-z0-9:*?]+$`, lower(pattern))
	glob.match(lower(pattern), [], lower(name))
}

expansion(action, matched) := "" if {
	count(matched) == 1
	lower(matched[0]) == lower(action)
} else := sprintf(" (%s)", [concat(", ", matched)])

resources_text(statement) := "every resource (`*`)" if {
	"*" in statement.Resource
} else := concat(", ", sort({sprintf("`%s`", [resource]) |
	some resource in statement.Resource
	some kind, _ in writers
	all_of_type(resource, kind)
}))

consequence(matched) := "its holder can give any role, an administrator's included, to a service it controls" if {
	matched == ["iam:PassRole"]
} else := "its holder can grant itself more permissions or take over other identities"

# `*`, every IAM resource, or every resource of this type, in any or one account.
all_of_type(resource, _) if resource == "*"

all_of_type(resource, _) if regex.match(`^arn:aws[a-z-]*:iam::(\*|[0-9]{12})?:\*$`, resource)

all_of_type(resource, kind) if {
	kind != "*"
	regex.match(sprintf(`^arn:aws[a-z-]*:iam::(\*|[0-9]{12})?:%s/\*$`, [kind]), resource)
}

# Actions that write permissions or credentials, by the type of resource they act on.
writers := {
	"user": [
		"iam:AttachUserPolicy", "iam:PutUserPolicy", "iam:AddUserToGroup", "iam:CreateAccessKey",
		"iam:CreateLoginProfile", "iam:UpdateLoginProfile",
	],
	"group": ["iam:AttachGroupPolicy", "iam:PutGroupPolicy", "iam:AddUserToGroup"],
	"role": ["iam:AttachRolePolicy", "iam:PutRolePolicy", "iam:UpdateAssumeRolePolicy", "iam:PassRole"],
	"policy": ["iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion"],
}

# The delegated-administration pattern: what may be attached must carry a permissions boundary
# (an `...IfExists` operator would let requests without one through).
bounded(statement) if {
	is_object(statement.Condition)
	some operator, conditions in statement.Condition
	not endswith(lower(operator), "ifexists")
	is_object(conditions)
	some key, _ in conditions
	lower(key) == "iam:permissionsboundary"
}

iam_full_access(arn) if {
	is_string(arn)
	regex.match(`^arn:aws[a-z-]*:iam::aws:policy/IAMFullAccess$`, arn)
}

quoted(name) := sprintf("`%s`", [name]) if is_string(name)

else := "(unnamed)"

origin(p) := sprintf(" (attached by `%s`)", [p.defined_by]) if {
	p.attachment == "managed"
	is_string(p.defined_by)
} else := sprintf(" (defined in `%s`)", [p.defined_by]) if {
	is_string(p.defined_by)
} else := ""
