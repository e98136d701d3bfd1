# METADATA
# title: SNS topic policy lets anyone use the topic
# description: >-
#   An `Allow` statement whose principal is everyone (`"*"` or `{"AWS": "*"}`) with no condition
#   that narrows the caller lets any AWS account in the world publish to the topic (forged
#   alerts or events that its subscribers act on, or spam to its e-mail and SMS subscribers),
#   subscribe its own endpoints (and so receive every message, the data they carry), or change
#   and delete the topic. A statement counts as narrowed when a condition ties the request to a
#   source or principal (`aws:SourceArn`, `aws:SourceAccount`, `aws:SourceOwner`,
#   `aws:PrincipalOrgID`, ...) without a negated or `IfExists` operator, which the caller could
#   satisfy by leaving the key out; SNS's default policy (`AWS:SourceOwner` is the owner
#   account) passes. Mapped as the SQS queue policy is (AWS-SQS-002): PCI DSS 7.2.1 (need to
#   know) and GDPR Art.25(2) (no access by default) are a judgement.
# custom:
#   id: AWS-SNS-002
#   severity: high
#   kinds: ["AWS::SNS::Topic"]
#   themes: [public-access]
#   remediation: >-
#     In the `aws_sns_topic_policy` (or the topic's `policy`), name the principals that need the
#     topic (account or role ARNs, or a service such as `s3.amazonaws.com`), or keep
#     `Principal = "*"` only with a condition such as `ArnLike` on `aws:SourceArn` or
#     `StringEquals` on `aws:SourceAccount` or `aws:PrincipalOrgID`.
#   controls:
#     pci-dss-4.0: ["7.2.1"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.5.15", "A.8.3"]
package comply.aws.sns.topic_policy_public

import data.comply.lib
import rego.v1

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
		"policy statement %s allows everyone %s with no condition narrowing the caller",
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
