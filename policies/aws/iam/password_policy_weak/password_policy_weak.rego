# METADATA
# title: IAM account password policy is weak
# description: >-
#   The account password policy governs every IAM user's console password; short, simple,
#   reusable or never-expiring passwords are the easiest credentials to guess, spray or reuse
#   after a breach. The thresholds are comply.toml's `[thresholds]`, PCI DSS v4.0.1's by
#   default: at least 12 characters (8.3.6; CIS AWS Foundations asks 14), reuse blocked for at
#   least the last 4 passwords (8.3.7), and expiry within 90 days only where
#   `password_expiry_required` is set (8.3.9 applies where a password is the only factor; with
#   MFA enforced, AWS-IAM-001, forced expiry is not required and NIST SP 800-63B advises
#   against it).
# custom:
#   id: AWS-IAM-002
#   severity: medium
#   kinds: ["AWS::IAM::AccountPasswordPolicy"]
#   themes: [identity-mfa]
#   remediation: >-
#     In `aws_iam_account_password_policy` set `minimum_password_length` to the threshold (12 by
#     default) or more, all four `require_*` flags to true, `password_reuse_prevention` to 4 or
#     more, and, where passwords must expire, `max_password_age = 90` or less.
#   controls:
#     pci-dss-4.0: ["8.3.6", "8.3.7", "8.3.9"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.5.17", "A.8.5"]
package comply.aws.iam.password_policy_weak

import rego.v1

# The thresholds are comply.toml's `[thresholds]` (PCI DSS v4.0.1 by default).
thresholds := data.comply.settings.thresholds

deny contains msg if {
	length := input.resource.attributes.minimum_password_length
	is_number(length)
	length < thresholds.password_minimum_length
	msg := sprintf(
		"minimum password length is `%d`, below %d (`[thresholds] password_minimum_length`)",
		[length, thresholds.password_minimum_length],
	)
}

deny contains "passwords need not contain symbols (`require_symbols` is false)" if {
	input.resource.attributes.require_symbols == false
}

deny contains "passwords need not contain numbers (`require_numbers` is false)" if {
	input.resource.attributes.require_numbers == false
}

deny contains "passwords need not contain uppercase letters (`require_uppercase_characters` is false)" if {
	input.resource.attributes.require_uppercase_characters == false
}

deny contains "passwords need not contain lowercase letters (`require_lowercase_characters` is false)" if {
	input.resource.attributes.require_lowercase_characters == false
}

deny contains msg if {
	history := input.resource.attributes.password_reuse_prevention
	is_number(history)
	history < thresholds.password_reuse_prevention
	msg := reuse_message(history)
}

# Only where comply.toml says passwords must expire (PCI DSS 8.3.9: when a password is the only
# factor).
deny contains "passwords never expire (`max_password_age` is 0; `[thresholds] password_expiry_required`)" if {
	thresholds.password_expiry_required
	input.resource.attributes.max_password_age == 0
}

deny contains msg if {
	thresholds.password_expiry_required
	age := input.resource.attributes.max_password_age
	is_number(age)
	age > thresholds.password_max_age_days
	msg := sprintf(
		"passwords expire only after `%d` days, more than %d (`[thresholds] password_max_age_days`)",
		[age, thresholds.password_max_age_days],
	)
}

reuse_message(0) := "previous passwords can be reused (`password_reuse_prevention` is not set)"

reuse_message(n) := sprintf(
	"password history keeps only `%d`, fewer than the last %d passwords that must be blocked from reuse (`[thresholds] password_reuse_prevention`)",
	[n, thresholds.password_reuse_prevention],
) if n > 0
