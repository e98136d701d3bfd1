package comply.aws.s3.bucket_access_logging_disabled_test

import rego.v1

import data.comply.aws.s3.bucket_access_logging_disabled as policy

bucket(enabled, target, unknown) := {"resource": {
	"kind": "AWS::S3::Bucket",
	"attributes": {"logging": {"enabled": enabled, "target_bucket": target}},
	"unknown": unknown,
}}

test_logging_disabled_fails if {
	count(policy.deny) == 1 with input as bucket(false, null, [])
}

test_logging_enabled_passes if {
	count(policy.deny) == 0 with input as bucket(true, "aws_s3_bucket.logs", [])
}

test_logging_to_unknown_target_passes if {
	count(policy.deny) == 0 with input as bucket(true, null, ["attributes.logging.target_bucket"])
}

test_unknown_logging_does_not_fail if {
	count(policy.deny) == 0 with input as bucket(null, null, ["attributes.logging.enabled"])
}
