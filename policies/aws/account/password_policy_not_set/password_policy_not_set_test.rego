package comply.aws.account.password_policy_not_set_test

import rego.v1

import data.comply.aws.account.password_policy_not_set as policy

account(password_policy) := {"resource": {
	"kind": "AWS::::Account",
	"attributes": {"regions": ["eu-west-1"], "multi_region_trails": [], "password_policy": password_policy},
}}

test_account_without_password_policy_fails if {
	count(policy.deny) == 1 with input as account(false)
}

test_account_with_password_policy_passes if {
	count(policy.deny) == 0 with input as account(true)
}

test_unknown_does_not_fail if {
	count(policy.deny) == 0 with input as account(null)
}
