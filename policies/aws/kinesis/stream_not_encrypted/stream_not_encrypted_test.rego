package comply.aws.kinesis.stream_not_encrypted_test

import rego.v1

import data.comply.aws.kinesis.stream_not_encrypted as policy

stream(at_rest, key) := {"resource": {
	"kind": "AWS::Kinesis::Stream",
	"attributes": {
		"name": "clicks",
		"encryption": {"at_rest": at_rest, "kms_key": key},
		"retention_hours": 24,
	},
}}

test_unencrypted_stream_fails if {
	policy.deny == {"records are not encrypted at rest (`encryption_type` is `NONE`)"} with input as stream(false, null)
}

test_aws_managed_key_passes if {
	count(policy.deny) == 0 with input as stream(true, "alias/aws/kinesis")
}

test_customer_key_passes if {
	count(policy.deny) == 0 with input as stream(true, "aws_kms_key.streams")
}

test_unknown_encryption_does_not_fail if {
	count(policy.deny) == 0 with input as stream(null, null)
}
