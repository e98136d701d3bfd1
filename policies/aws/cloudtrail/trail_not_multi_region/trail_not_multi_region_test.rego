package comply.aws.cloudtrail.trail_not_multi_region_test

import rego.v1

import data.comply.aws.cloudtrail.trail_not_multi_region as policy

account(multi_region_trail) := {"resource": {
	"kind": "AWS::::Account",
	"attributes": {"regions": ["eu-west-1"], "multi_region_trail": multi_region_trail, "multi_region_trails": []},
}}

test_account_without_multi_region_trail_fails if {
	count(policy.deny) == 1 with input as account(false)
}

test_account_with_multi_region_trail_passes if {
	count(policy.deny) == 0 with input as account(true)
}

test_unknown_does_not_fail if {
	count(policy.deny) == 0 with input as account(null)
}
