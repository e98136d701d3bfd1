package comply.aws.cloudtrail.trail_management_events_incomplete_test

import rego.v1

import data.comply.aws.cloudtrail.trail_management_events_incomplete as policy

trail(multi_region, management) := {"resource": {
	"kind": "AWS::CloudTrail::Trail",
	"attributes": {
		"trail_name": "audit",
		"is_multi_region_trail": multi_region,
		"is_logging": true,
		"management_events": management,
		"s3_data_events": false,
	},
}}

test_write_only_multi_region_trail_fails if {
	count(policy.deny) == 1 with input as trail(true, "WriteOnly")
}

test_read_only_multi_region_trail_fails if {
	count(policy.deny) == 1 with input as trail(true, "ReadOnly")
}

test_all_management_events_pass if {
	count(policy.deny) == 0 with input as trail(true, "All")
}

test_data_only_trail_is_not_judged if {
	count(policy.deny) == 0 with input as trail(true, "None")
}

test_single_region_trail_is_not_judged if {
	count(policy.deny) == 0 with input as trail(false, "WriteOnly")
}

test_unknown_management_events_do_not_fail if {
	count(policy.deny) == 0 with input as trail(true, null)
}
