package comply.aws.s3.bucket_no_kms_encryption_test

import rego.v1

import data.comply.aws.s3.bucket_no_kms_encryption as policy

bucket(encryption) := bucket_with_unknown(encryption, [])

bucket_with_unknown(encryption, unknown) := {"resource": {
	"kind": "AWS::S3::Bucket",
	"attributes": {"encryption": encryption},
	"unknown": unknown,
}}

test_sse_s3_fails if {
	count(policy.deny) == 1 with input as bucket({"at_rest": true, "algorithm": "AES256", "kms_key": null, "aws_default": false})
}

test_s3_default_encryption_fails if {
	msgs := policy.deny with input as bucket({"at_rest": true, "algorithm": "AES256", "kms_key": null, "aws_default": true})
	count(msgs) == 1
	some msg in msgs
	contains(msg, "S3 default SSE-S3")
}

test_sse_s3_message_names_the_algorithm if {
	some msg in policy.deny with input as bucket({"at_rest": true, "algorithm": "AES256", "kms_key": null, "aws_default": false})
	contains(msg, "`AES256`")
}

test_sse_kms_passes if {
	count(policy.deny) == 0 with input as bucket({"at_rest": true, "algorithm": "aws:kms", "kms_key": "aws_kms_key.s3", "aws_default": false})
}

test_sse_kms_with_aws_managed_key_passes if {
	count(policy.deny) == 0 with input as bucket({"at_rest": true, "algorithm": "aws:kms", "kms_key": null, "aws_default": false})
}

test_dsse_kms_passes if {
	count(policy.deny) == 0 with input as bucket({"at_rest": true, "algorithm": "aws:kms:dsse", "kms_key": "aws_kms_key.s3", "aws_default": false})
}

test_unknown_algorithm_does_not_fail if {
	count(policy.deny) == 0 with input as bucket_with_unknown(
		{"at_rest": null, "algorithm": null, "kms_key": null, "aws_default": false},
		["attributes.encryption.algorithm"],
	)
}
