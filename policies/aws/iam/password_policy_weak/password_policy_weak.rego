# METADATA
# title: IAM account password policy is weak
# description: >-
#   The account password policy governs every IAM user's console password; short, simple,
#   reusable or never-expiring passwords are the easiest credentials to guess, spray or reuse
#   after a breach. The minimum length asked is 14 (CIS AWS Foundations), above PCI DSS 8.3.6's
#   12; reuse must be blocked for at least the last 4 passwords (8.3.7) and passwords must
#   expire within 90 days (8.3.9, which applies where a password is the only factor).
# custom:
#   id: AWS-IAM-002
#   severity: medium
#   kinds: ["AWS::IAM::AccountPasswordPolicy"]
#   themes: [identity-mfa]
#   remediation: >-
#     In `aws_iam_account_password_policy` set `minimum_password_length = 14` or more, all four
#     `require_*` flags to true, `password_reuse_prevention = 24` and `max_password_age = 90`
#     or less.
#   controls:
#     pci-dss-4.0: ["8.3.6", "8.3.7", "8.3.9"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.5.17", "A.8.5"]
package comply.aws.iam.password_policy_weak

import rego.v1

minimum_length := 14

minimum_history := 4

maximum_age_days := 90

deny contains msg if {
	length := input.resource.attributes.minimum_password_length
	is_number(length)
	length < minimum_length
	msg := sprintf("minimum password length is `%d`, below %d (CIS asks 14; PCI DSS 8.3.6 requires at least 12)", [length, minimum_length])
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
	history < minimum_history
	msg := reuse_message(history)
}

deny contains "passwords never expire (`max_password_age` is 0)" if {
	input.resource.attributes.max_password_age == 0
}

deny contains msg if {
	age := input.resource.attributes.max_password_age
	is_number(age)
	age > maximum_age_days
	msg := sprintf("passwords expire only after `%d` days, more than %d", [age, maximum_age_days])
}

reuse_message(0) := "previous passwords can be reused (`password_reuse_prevention` is not set)"

reuse_message(n) := sprintf("password history keeps only `%d`, fewer than the last %d passwords that must be blocked from reuse", [n, minimum_history]) if n > 0
