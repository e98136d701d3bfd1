package comply.aws.iam.password_policy_weak_test

import rego.v1

import data.comply.aws.iam.password_policy_weak as policy

strong := {
	"minimum_password_length": 14,
	"require_symbols": true,
	"require_numbers": true,
	"require_uppercase_characters": true,
	"require_lowercase_characters": true,
	"allow_users_to_change_password": true,
	"password_reuse_prevention": 24,
	"max_password_age": 90,
	"hard_expiry": false,
}

password_policy(changes) := {"resource": {
	"kind": "AWS::IAM::AccountPasswordPolicy",
	"attributes": object.union(strong, changes),
}}

test_strong_policy_passes if {
	count(policy.deny) == 0 with input as password_policy({})
}

test_short_minimum_length_fails if {
	policy.deny == {"minimum password length is `11`, below 12 (`[thresholds] password_minimum_length`)"} with input as password_policy({"minimum_password_length": 11})
}

test_the_length_threshold_is_a_setting if {
	policy.deny == {"minimum password length is `12`, below 14 (`[thresholds] password_minimum_length`)"} with input as password_policy({"minimum_password_length": 12})
		with data.comply.settings.thresholds.password_minimum_length as 14
}

test_each_missing_character_class_fails if {
	count(policy.deny) == 4 with input as password_policy({
		"require_symbols": false,
		"require_numbers": false,
		"require_uppercase_characters": false,
		"require_lowercase_characters": false,
	})
}

test_short_reuse_history_fails if {
	policy.deny == {"password history keeps only `3`, fewer than the last 4 passwords that must be blocked from reuse (`[thresholds] password_reuse_prevention`)"} with input as password_policy({"password_reuse_prevention": 3})
}

test_no_reuse_prevention_fails if {
	policy.deny == {"previous passwords can be reused (`password_reuse_prevention` is not set)"} with input as password_policy({"password_reuse_prevention": 0})
}

test_never_expiring_passwords_pass_by_default if {
	count(policy.deny) == 0 with input as password_policy({"max_password_age": 0})
}

test_never_expiring_passwords_fail_where_expiry_is_required if {
	policy.deny == {"passwords never expire (`max_password_age` is 0; `[thresholds] password_expiry_required`)"} with input as password_policy({"max_password_age": 0})
		with data.comply.settings.thresholds.password_expiry_required as true
}

test_long_expiry_fails_where_expiry_is_required if {
	policy.deny == {"passwords expire only after `180` days, more than 90 (`[thresholds] password_max_age_days`)"} with input as password_policy({"max_password_age": 180})
		with data.comply.settings.thresholds.password_expiry_required as true
}

test_provider_defaults_fail_on_every_count if {
	count(policy.deny) == 6 with input as password_policy({
		"minimum_password_length": 6,
		"require_symbols": false,
		"require_numbers": false,
		"require_uppercase_characters": false,
		"require_lowercase_characters": false,
		"password_reuse_prevention": 0,
		"max_password_age": 0,
	})
}

test_unknown_values_do_not_fail if {
	count(policy.deny) == 0 with input as password_policy({
		"minimum_password_length": null,
		"require_symbols": null,
		"require_numbers": null,
		"require_uppercase_characters": null,
		"require_lowercase_characters": null,
		"password_reuse_prevention": null,
		"max_password_age": null,
	})
}
