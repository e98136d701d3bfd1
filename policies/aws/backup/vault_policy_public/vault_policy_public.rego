# METADATA
# title: Backup vault access policy lets anyone use the vault
# description: >-
#   An `Allow` statement in a backup vault's access policy whose principal is everyone (`"*"` or
#   `{"AWS": "*"}`) with no condition that narrows the caller lets any AWS account act on the
#   vault: copy its recovery points into their own account (the backed-up data itself), or
#   delete them and change their lifecycle. A statement counts as narrowed when a condition ties
#   the request to a source or principal (`aws:PrincipalOrgID`, `aws:PrincipalArn`,
#   `aws:SourceAccount`, ...) without a negated or `IfExists` operator, as for SQS queue policies
#   (AWS-SQS-002), whose mapping this copies. Deny statements, such as the usual one protecting
#   recovery points from deletion, pass. AWS Config's vault item does not record the access
#   policy, so from AWS Config alone it is unknown.
# custom:
#   id: AWS-BACKUP-003
#   severity: high
#   kinds: ["AWS::Backup::BackupVault"]
#   themes: [public-access]
#   remediation: >-
#     In the `aws_backup_vault_policy`, name the principals that need the vault (account or role
#     ARNs), or keep `Principal = "*"` only with a condition such as `StringEquals` on
#     `aws:PrincipalOrgID`.
#   controls:
#     pci-dss-4.0: ["7.2.1"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.5.15", "A.8.3"]
package comply.aws.backup.vault_policy_public

import rego.v1

import data.comply.lib

# Condition keys that tie a request to a known source or principal (compared lower-case, as
# condition keys are case-insensitive).
narrowing_keys := {
	"aws:sourcearn", "aws:sourceaccount", "aws:sourceowner", "aws:sourceorgid",
	"aws:sourceorgpaths", "aws:principalarn", "aws:principalaccount", "aws:principalorgid",
	"aws:principalorgpaths", "aws:sourcevpce", "aws:sourcevpc", "aws:sourceip",
}

deny contains msg if {
	some i, statement in input.resource.attributes.policy.Statement
	statement.Effect == "Allow"
	lib.everyone(statement.Principal)
	not narrowed(statement)
	msg := sprintf(
		"vault access policy statement %s allows everyone %s with no condition narrowing the caller",
		[label(statement, i), granted(statement)],
	)
}

narrowed(statement) if {
	is_object(statement.Condition)
	some operator, conditions in statement.Condition
	is_object(conditions)
	not contains(lower(operator), "not")
	not endswith(lower(operator), "ifexists")
	some key, _ in conditions
	lower(key) in narrowing_keys
}

label(statement, _) := sprintf("`%s`", [statement.Sid]) if is_string(statement.Sid)

label(statement, i) := sprintf("#%d", [i + 1]) if not is_string(statement.Sid)

granted(statement) := sprintf("`%s`", [concat("`, `", statement.Action)]) if count(statement.Action) > 0

granted(statement) := sprintf("every action but `%s`", [concat("`, `", statement.NotAction)]) if {
	count(statement.Action) == 0
}
