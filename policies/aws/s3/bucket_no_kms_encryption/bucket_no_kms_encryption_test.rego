package comply.aws.s3.bucket_no_kms_encryption_test

import rego.v1

import data.comply.aws.s3.bucket_no_kms_encryption as policy

cardholder := {"encryption": {"customer_managed_key_for": ["cardholder"]}, "data_residency": {"tag_key": "DataClassification"}}

bucket(encryption, tags) := {"resource": {
	"kind": "AWS::S3::Bucket",
	"tags": tags,
	"attributes": {"encryption": encryption},
	"unknown": [],
}}

sse_s3 := {"at_rest": true, "algorithm": "AES256", "kms_key": null, "aws_default": false}

s3_default := {"at_rest": true, "algorithm": "AES256", "kms_key": null, "aws_default": true}

# Defect: SSE-S3 is AES-256 encryption at rest and must not fail without a setting asking more.
test_sse_s3_passes_without_settings if {
	count(policy.deny) == 0 with input as bucket(sse_s3, {"DataClassification": "cardholder"})
}

test_s3_default_passes_for_unlisted_data if {
	count(policy.deny) == 0 with input as bucket(s3_default, {"DataClassification": "personal"})
		with data.comply.settings as cardholder
}

test_sse_s3_fails_for_listed_data if {
	some msg in policy.deny with input as bucket(sse_s3, {"DataClassification": "cardholder"})
		with data.comply.settings as cardholder
	contains(msg, "`AES256`")
}

test_s3_default_fails_for_listed_data if {
	some msg in policy.deny with input as bucket(s3_default, {"DataClassification": "cardholder"})
		with data.comply.settings as cardholder
	contains(msg, "no default encryption is configured")
}

test_star_requires_it_of_every_bucket if {
	count(policy.deny) == 1 with input as bucket(sse_s3, {})
		with data.comply.settings as {"encryption": {"customer_managed_key_for": ["*"]}}
}

test_aws_managed_key_fails_for_listed_data if {
	count(policy.deny) == 1 with input as bucket(
		{"at_rest": true, "algorithm": "aws:kms", "kms_key": null, "aws_default": false},
		{"DataClassification": "cardholder"},
	)
		with data.comply.settings as cardholder
	count(policy.deny) == 1 with input as bucket(
		{"at_rest": true, "algorithm": "aws:kms", "kms_key": "arn:aws:kms:eu-west-1:123456789012:alias/aws/s3", "aws_default": false},
		{"DataClassification": "cardholder"},
	)
		with data.comply.settings as cardholder
}

test_customer_managed_key_passes if {
	count(policy.deny) == 0 with input as bucket(
		{"at_rest": true, "algorithm": "aws:kms:dsse", "kms_key": "aws_kms_key.s3", "aws_default": false},
		{"DataClassification": "cardholder"},
	)
		with data.comply.settings as cardholder
}
