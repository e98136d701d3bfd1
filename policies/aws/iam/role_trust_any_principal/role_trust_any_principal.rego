# METADATA
# title: IAM role can be assumed by any AWS principal
# description: >-
#   A trust policy statement that allows `*` (or `{"AWS": "*"}`) to call `sts:AssumeRole`
#   without a condition naming who may do so lets any user or role in any AWS account, an
#   attacker's included, take the role's credentials and everything its policies allow. A
#   condition on the caller (`aws:PrincipalOrgID`, `aws:PrincipalAccount`, `aws:PrincipalArn`,
#   `sts:ExternalId`, ...) keeps the role private; conditions that say nothing of who the
#   caller is (`aws:SecureTransport`, `aws:MultiFactorAuthPresent`, `aws:MultiFactorAuthAge`,
#   `aws:RequestedRegion`, `aws:CurrentTime`, `aws:EpochTime`) do not. A trust policy known only
#   after apply is unknown. Mapping an open trust to PCI 8.2.2 (generic, unattributable access)
#   is a judgement.
# custom:
#   id: AWS-IAM-005
#   severity: critical
#   kinds: ["AWS::IAM::Role"]
#   themes: [identity-mfa, public-access]
#   remediation: >-
#     In the role's `assume_role_policy` name the trusted accounts, roles or services in
#     `Principal` (`arn:aws:iam::ACCOUNT:root`, a role ARN, `ec2.amazonaws.com`), or keep
#     `"*"` only with a condition on `aws:PrincipalOrgID` or `aws:PrincipalAccount`.
#   controls:
#     pci-dss-4.0: ["7.2.1", "7.2.2", "7.3.1", "8.2.2"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.3", "CC6.6"]
#     iso27001-2022: ["A.5.15", "A.8.3"]
package comply.aws.iam.role_trust_any_principal

import rego.v1

import data.comply.lib

deny contains msg if {
	some statement in input.resource.attributes.assume_role_policy.Statement
	statement.Effect == "Allow"
	lib.everyone(statement.Principal)
	some action in statement.Action
	assume_action(action)
	not caller_restricted(statement)
	msg := sprintf("trust policy%s allows any AWS principal (`*`) to `%s` with no condition on who the caller is", [sid(statement), action])
}

# `sts:AssumeRole`, `sts:AssumeRoleWithSAML`, `sts:AssumeRoleWithWebIdentity`, or a wildcard
# that covers one of them (actions are case-insensitive; a pattern with characters no action
# has is not read as a glob).
assume_action(action) if {
	regex.match(`^[a-z0-9:*?]+$`, lower(action))
	some target in ["sts:assumerole", "sts:assumerolewithsaml", "sts:assumerolewithwebidentity"]
	glob.match(lower(action), [], target)
}

# Condition keys that do not narrow who the caller is.
not_about_the_caller := {
	"aws:securetransport", "aws:multifactorauthpresent", "aws:multifactorauthage",
	"aws:requestedregion", "aws:currenttime", "aws:epochtime",
}

caller_restricted(statement) if {
	is_object(statement.Condition)
	some _, conditions in statement.Condition
	is_object(conditions)
	some key, _ in conditions
	not lower(key) in not_about_the_caller
}

sid(statement) := sprintf(" statement `%s`", [statement.Sid]) if is_string(statement.Sid)

else := ""
