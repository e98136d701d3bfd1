package comply.aws.config.recorder_not_recording_all_test

import rego.v1

import data.comply.aws.config.recorder_not_recording_all as policy

region(recording_all) := {"resource": {
	"kind": "AWS::::Region",
	"attributes": {"region": "eu-west-1", "config_recording_all": recording_all},
}}

test_region_not_recording_everything_fails if {
	policy.deny == {"no AWS Config recorder is recording every supported resource type in `eu-west-1` (none, stopped, or limited to chosen types)"} with input as region(false)
}

test_region_recording_everything_passes if {
	count(policy.deny) == 0 with input as region(true)
}

test_unknown_region_does_not_fail if {
	count(policy.deny) == 0 with input as region(null)
}
