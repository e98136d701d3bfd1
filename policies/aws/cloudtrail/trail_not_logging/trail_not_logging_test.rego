package comply.aws.cloudtrail.trail_not_logging_test

import rego.v1

import data.comply.aws.cloudtrail.trail_not_logging as policy

trail(logging) := {"resource": {
	"kind": "AWS::CloudTrail::Trail",
	"attributes": {"trail_name": "audit", "is_multi_region_trail": true, "is_logging": logging},
}}

test_stopped_trail_fails if {
	count(policy.deny) == 1 with input as trail(false)
}

test_logging_trail_passes if {
	count(policy.deny) == 0 with input as trail(true)
}

test_unknown_logging_status_does_not_fail if {
	count(policy.deny) == 0 with input as trail(null)
}
