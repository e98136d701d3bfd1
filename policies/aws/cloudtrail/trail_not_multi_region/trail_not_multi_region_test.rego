package comply.aws.cloudtrail.trail_not_multi_region_test

import rego.v1

import data.comply.aws.cloudtrail.trail_not_multi_region as policy

trail(multi_region) := {"resource": {
	"kind": "AWS::CloudTrail::Trail",
	"attributes": {"trail_name": "audit", "is_multi_region_trail": multi_region, "is_logging": true},
}}

test_single_region_trail_fails if {
	count(policy.deny) == 1 with input as trail(false)
}

test_multi_region_trail_passes if {
	count(policy.deny) == 0 with input as trail(true)
}

test_unknown_multi_region_does_not_fail if {
	count(policy.deny) == 0 with input as trail(null)
}
