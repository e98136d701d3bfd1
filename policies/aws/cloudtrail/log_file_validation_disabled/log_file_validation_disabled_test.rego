package comply.aws.cloudtrail.log_file_validation_disabled_test

import rego.v1

import data.comply.aws.cloudtrail.log_file_validation_disabled as policy

trail(validation) := {"resource": {
	"kind": "AWS::CloudTrail::Trail",
	"attributes": {"trail_name": "audit", "log_file_validation_enabled": validation},
}}

test_validation_disabled_fails if {
	count(policy.deny) == 1 with input as trail(false)
}

test_validation_enabled_passes if {
	count(policy.deny) == 0 with input as trail(true)
}

test_unknown_validation_does_not_fail if {
	count(policy.deny) == 0 with input as trail(null)
}
