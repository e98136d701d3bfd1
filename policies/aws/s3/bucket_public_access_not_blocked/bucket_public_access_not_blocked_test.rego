package comply.aws.s3.bucket_public_access_not_blocked_test

import rego.v1

import data.comply.aws.s3.bucket_public_access_not_blocked as policy

bucket(block, unknown) := {"resource": {
	"kind": "AWS::S3::Bucket",
	"attributes": {"public_access_block": block},
	"unknown": unknown,
}}

block(acls, public_policy, ignore, restrict) := {
	"configured": true,
	"block_public_acls": acls,
	"block_public_policy": public_policy,
	"ignore_public_acls": ignore,
	"restrict_public_buckets": restrict,
}

not_configured := {
	"configured": false,
	"block_public_acls": null,
	"block_public_policy": null,
	"ignore_public_acls": null,
	"restrict_public_buckets": null,
}

aws_default := {
	"configured": false,
	"block_public_acls": true,
	"block_public_policy": true,
	"ignore_public_acls": true,
	"restrict_public_buckets": true,
	"aws_default": true,
}

test_new_bucket_with_the_aws_default_block_passes if {
	count(policy.deny) == 0 with input as bucket(aws_default, [])
}

test_existing_bucket_of_unknown_block_does_not_fail if {
	count(policy.deny) == 0 with input as bucket(
		{"configured": null, "aws_default": false},
		["attributes.public_access_block"],
	)
}

test_missing_block_fails if {
	count(policy.deny) == 1 with input as bucket(not_configured, [])
}

test_partial_block_fails_naming_the_flags if {
	msgs := policy.deny with input as bucket(block(true, false, true, false), [])
	msgs == {"the public access block leaves `block_public_policy`, `restrict_public_buckets` off"}
}

test_single_flag_off_fails if {
	count(policy.deny) == 1 with input as bucket(block(true, true, false, true), [])
}

test_full_block_passes if {
	count(policy.deny) == 0 with input as bucket(block(true, true, true, true), [])
}

test_unknown_flag_does_not_fail if {
	count(policy.deny) == 0 with input as bucket(
		block(true, null, true, true),
		["attributes.public_access_block.block_public_policy"],
	)
}

test_known_false_flag_fails_beside_unknown_one if {
	msgs := policy.deny with input as bucket(
		block(false, null, true, true),
		["attributes.public_access_block.block_public_policy"],
	)
	msgs == {"the public access block leaves `block_public_acls` off"}
}
