package comply.aws.account.s3_public_access_block_off_test

import rego.v1

import data.comply.aws.account.s3_public_access_block_off as policy

account(blocked) := {"resource": {
	"kind": "AWS::::Account",
	"attributes": {"regions": ["eu-west-1"], "multi_region_trails": [], "s3_public_access_blocked": blocked},
}}

test_account_without_full_block_fails if {
	count(policy.deny) == 1 with input as account(false)
}

test_account_with_full_block_passes if {
	count(policy.deny) == 0 with input as account(true)
}

test_unknown_does_not_fail if {
	count(policy.deny) == 0 with input as account(null)
}
