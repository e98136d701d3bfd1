# METADATA
# title: KMS key policy allows any AWS principal to use or manage the key
# description: >-
#   A key policy statement that allows `*` (or `{"AWS": "*"}`) without a condition naming who
#   may call lets any user or role in any AWS account use the key as its policy says: decrypt
#   whatever it protects wherever the ciphertext leaks, re-encrypt, create grants, or, with
#   `kms:*`, change the policy and schedule the key's deletion. A condition on the caller
#   (`kms:CallerAccount`, `aws:PrincipalAccount`, `aws:PrincipalOrgID`, `aws:PrincipalArn`, ...),
#   as in the policies of AWS managed keys, keeps the key private; conditions that say nothing
#   of who calls (`kms:ViaService` alone, `aws:SecureTransport`, `aws:MultiFactorAuthPresent`,
#   `aws:MultiFactorAuthAge`, `aws:RequestedRegion`, `aws:CurrentTime`, `aws:EpochTime`) do
#   not. A key whose policy the plan leaves to KMS's default (the account only) or sets in a
#   separate `aws_kms_key_policy` is unknown: the model reads only the key's own `policy`.
# custom:
#   id: AWS-KMS-002
#   severity: critical
#   kinds: ["AWS::KMS::Key"]
#   themes: [key-management, public-access]
#   remediation: >-
#     In the key's `policy` name the accounts, roles or services that use the key in
#     `Principal`, or keep `"*"` only with a `kms:CallerAccount` (or `aws:PrincipalOrgID`)
#     condition; give administration (`kms:*`, `kms:PutKeyPolicy`) to the account root or a
#     named key administrator role only.
#   controls:
#     pci-dss-4.0: ["3.6.1", "3.6.1.3", "7.2.1"]
#     gdpr: ["Art.32(1)(a)", "Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.8.24", "A.5.15"]
package comply.aws.kms.key_policy_public

import rego.v1

import data.comply.lib

deny contains msg if {
	some statement in input.resource.attributes.policy.Statement
	statement.Effect == "Allow"
	lib.everyone(statement.Principal)
	not caller_restricted(statement)
	msg := sprintf("key policy%s allows %s to any AWS principal (`*`) with no condition on who the caller is", [sid(statement), what(statement)])
}

what(statement) := sprintf("every action but %s", [listed(statement.NotAction)]) if {
	count(statement.NotAction) > 0
} else := listed(statement.Action)

listed(xs) := concat(", ", [sprintf("`%s`", [x]) | some x in xs])

# Condition keys that do not narrow who the caller is.
not_about_the_caller := {
	"kms:viaservice", "aws:securetransport", "aws:multifactorauthpresent",
	"aws:multifactorauthage", "aws:requestedregion", "aws:currenttime", "aws:epochtime",
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
