package comply.aws.s3.bucket_allows_insecure_transport_test

import rego.v1

import data.comply.aws.s3.bucket_allows_insecure_transport as policy

bucket(document, unknown) := {"resource": {
	"kind": "AWS::S3::Bucket",
	"attributes": {"policy": document},
	"unknown": unknown,
}}

statement(effect, actions, condition) := {
	"Sid": null,
	"Effect": effect,
	"Action": actions,
	"NotAction": [],
	"Resource": ["arn:aws:s3:::example", "arn:aws:s3:::example/*"],
	"NotResource": [],
	"Principal": "*",
	"Condition": condition,
}

document(statements) := {"Version": "2012-10-17", "Statement": statements}

insecure_transport(value) := {"Bool": {"aws:SecureTransport": value}}

read_only := statement("Allow", ["s3:GetObject"], null)

test_no_policy_fails if {
	count(policy.deny) == 1 with input as bucket(null, [])
}

test_unknown_policy_does_not_fail if {
	count(policy.deny) == 0 with input as bucket(null, ["attributes.policy"])
}

test_policy_without_tls_deny_fails if {
	count(policy.deny) == 1 with input as bucket(document([read_only]), [])
}

test_empty_policy_fails if {
	count(policy.deny) == 1 with input as bucket(document([]), [])
}

test_deny_on_some_actions_only_fails if {
	count(policy.deny) == 1 with input as bucket(
		document([statement("Deny", ["s3:GetObject"], insecure_transport("false"))]),
		[],
	)
}

test_allow_with_tls_condition_fails if {
	count(policy.deny) == 1 with input as bucket(
		document([statement("Allow", ["s3:*"], insecure_transport("false"))]),
		[],
	)
}

test_deny_when_secure_transport_true_fails if {
	count(policy.deny) == 1 with input as bucket(
		document([statement("Deny", ["s3:*"], insecure_transport("true"))]),
		[],
	)
}

test_tls_deny_passes if {
	count(policy.deny) == 0 with input as bucket(
		document([read_only, statement("Deny", ["s3:*"], insecure_transport("false"))]),
		[],
	)
}

test_tls_deny_with_boolean_and_all_actions_passes if {
	count(policy.deny) == 0 with input as bucket(
		document([statement("Deny", ["*"], insecure_transport(false))]),
		[],
	)
}

test_tls_deny_with_value_list_passes if {
	count(policy.deny) == 0 with input as bucket(
		document([statement("Deny", ["s3:*"], insecure_transport(["false"]))]),
		[],
	)
}

tls_deny_with(changes) := document([object.union(statement("Deny", ["s3:*"], insecure_transport("false")), changes)])

# A deny for one principal leaves everyone else free to use plain HTTP.
test_deny_for_one_principal_fails if {
	count(policy.deny) == 1 with input as bucket(
		tls_deny_with({"Principal": {"AWS": ["arn:aws:iam::123456789012:role/app"]}}),
		[],
	)
}

test_deny_for_everyone_as_aws_star_passes if {
	count(policy.deny) == 0 with input as bucket(tls_deny_with({"Principal": {"AWS": "*"}}), [])
	count(policy.deny) == 0 with input as bucket(tls_deny_with({"Principal": {"AWS": ["*"]}}), [])
}

# The deny must cover the objects, not only the bucket.
test_deny_on_the_bucket_only_fails if {
	count(policy.deny) == 1 with input as bucket(tls_deny_with({"Resource": ["arn:aws:s3:::example"]}), [])
}

test_bool_if_exists_and_lower_case_key_pass if {
	count(policy.deny) == 0 with input as bucket(
		tls_deny_with({"Condition": {"BoolIfExists": {"aws:securetransport": "false"}}}),
		[],
	)
}
