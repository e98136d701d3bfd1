package comply.aws.cloudtrail.trail_not_encrypted_with_kms_test

import rego.v1

import data.comply.aws.cloudtrail.trail_not_encrypted_with_kms as policy

trail(key, unknown) := {"resource": {
	"kind": "AWS::CloudTrail::Trail",
	"attributes": {"trail_name": "audit", "kms_key": key},
	"unknown": unknown,
}}

test_trail_without_key_fails if {
	count(policy.deny) == 1 with input as trail(null, [])
}

test_trail_with_key_arn_passes if {
	count(policy.deny) == 0 with input as trail("arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b", [])
}

test_trail_with_key_in_plan_passes if {
	count(policy.deny) == 0 with input as trail("aws_kms_key.trail", [])
}

test_unknown_key_does_not_fail if {
	count(policy.deny) == 0 with input as trail(null, ["attributes.kms_key"])
}

test_other_unknowns_do_not_hide_a_missing_key if {
	count(policy.deny) == 1 with input as trail(null, ["attributes.cloudwatch_logs_log_group"])
}
