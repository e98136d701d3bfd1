package comply.aws.s3.bucket_public_acl_test

import rego.v1

import data.comply.aws.s3.bucket_public_acl as policy

bucket(acl, grants, unknown) := {"resource": {
	"kind": "AWS::S3::Bucket",
	"attributes": {"acl": acl, "public_grants": grants},
	"unknown": unknown,
}}

test_public_read_fails if {
	msgs := policy.deny with input as bucket("public-read", [], [])
	msgs == {"canned ACL `public-read`: anyone on the internet can list and read objects"}
}

test_public_read_write_fails if {
	count(policy.deny) == 1 with input as bucket("public-read-write", [], [])
}

test_authenticated_read_fails if {
	count(policy.deny) == 1 with input as bucket("authenticated-read", [], [])
}

test_all_users_grant_fails if {
	msgs := policy.deny with input as bucket("private", ["AllUsers"], [])
	msgs == {"an ACL grant to the `AllUsers` group gives access to anyone on the internet"}
}

test_both_groups_fail_twice if {
	count(policy.deny) == 2 with input as bucket("private", ["AllUsers", "AuthenticatedUsers"], [])
}

test_private_passes if {
	count(policy.deny) == 0 with input as bucket("private", [], [])
}

test_log_delivery_write_passes if {
	count(policy.deny) == 0 with input as bucket("log-delivery-write", [], [])
}

test_unknown_acl_does_not_fail if {
	count(policy.deny) == 0 with input as bucket(null, [], ["attributes.acl"])
}
