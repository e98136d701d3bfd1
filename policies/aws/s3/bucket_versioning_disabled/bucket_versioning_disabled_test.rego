package comply.aws.s3.bucket_versioning_disabled_test

import rego.v1

import data.comply.aws.s3.bucket_versioning_disabled as policy

bucket(enabled, unknown) := {"resource": {
	"kind": "AWS::S3::Bucket",
	"attributes": {"versioning": {"enabled": enabled, "mfa_delete": false}},
	"unknown": unknown,
}}

test_versioning_disabled_fails if {
	count(policy.deny) == 1 with input as bucket(false, [])
}

test_versioning_enabled_passes if {
	count(policy.deny) == 0 with input as bucket(true, [])
}

test_unknown_versioning_does_not_fail if {
	count(policy.deny) == 0 with input as bucket(null, ["attributes.versioning.enabled"])
}
