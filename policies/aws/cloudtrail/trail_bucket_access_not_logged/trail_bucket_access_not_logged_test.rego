package comply.aws.cloudtrail.trail_bucket_access_not_logged_test

import rego.v1

import data.comply.aws.cloudtrail.trail_bucket_access_not_logged as policy

trail(logging, data_events) := {"resource": {
	"kind": "AWS::CloudTrail::Trail",
	"attributes": {"s3_bucket": "audit-logs", "s3_bucket_access_logging": logging, "s3_data_events": data_events},
}}

test_bucket_without_access_logging_fails if {
	policy.deny == {"the trail's bucket `audit-logs` has no server access logging and the trail records no S3 data events: reads of the audit logs leave no record"} with input as trail(false, false)
}

test_bucket_with_access_logging_passes if {
	count(policy.deny) == 0 with input as trail(true, false)
}

test_s3_data_events_pass if {
	count(policy.deny) == 0 with input as trail(false, true)
}

test_bucket_outside_the_input_does_not_fail if {
	count(policy.deny) == 0 with input as trail(null, false)
}

test_unknown_data_events_do_not_fail if {
	count(policy.deny) == 0 with input as trail(false, null)
}
