package comply.aws.ecr.repository_policy_public_test

import rego.v1

import data.comply.aws.ecr.repository_policy_public as policy

repository(statements) := {"resource": {
	"kind": "AWS::ECR::Repository",
	"attributes": {
		"name": "orders",
		"image_tag_mutability": "IMMUTABLE",
		"scan_on_push": true,
		"encryption_type": "AES256",
		"encryption": {"at_rest": true, "kms_key": null},
		"policy": {"Version": "2012-10-17", "Statement": statements},
	},
}}

statement(sid, effect, principal, actions, condition) := {
	"Sid": sid, "Effect": effect, "Principal": principal, "Action": actions, "NotAction": [],
	"Resource": ["arn:aws:ecr:eu-west-1:123456789012:repository/orders"], "NotResource": [],
	"Condition": condition,
}

source_arn := {"StringLike": {"aws:SourceArn": "arn:aws:lambda:eu-west-1:123456789012:function:*"}}

test_star_principal_fails if {
	msgs := policy.deny with input as repository([statement("Public", "Allow", "*", ["ecr:BatchGetImage"], null)])
	msgs == {"policy statement `Public` allows everyone `ecr:BatchGetImage` with no condition narrowing the caller"}
}

test_any_aws_principal_fails if {
	msgs := policy.deny with input as repository([statement(null, "Allow", {"AWS": "*"}, ["ecr:*"], null)])
	msgs == {"policy statement #1 allows everyone `ecr:*` with no condition narrowing the caller"}
}

test_any_aws_principal_in_a_list_fails if {
	count(policy.deny) == 1 with input as repository([statement(null, "Allow", {"AWS": ["*"]}, ["ecr:PutImage"], null)])
}

test_not_action_grant_fails if {
	s := object.union(statement(null, "Allow", "*", [], null), {"NotAction": ["ecr:DeleteRepository"]})
	msgs := policy.deny with input as repository([s])
	msgs == {"policy statement #1 allows everyone every action but `ecr:DeleteRepository` with no condition narrowing the caller"}
}

test_condition_that_does_not_narrow_the_caller_fails if {
	tls_only := {"Bool": {"aws:SecureTransport": "true"}}
	count(policy.deny) == 1 with input as repository([statement(null, "Allow", "*", ["ecr:BatchGetImage"], tls_only)])
}

test_negated_condition_fails if {
	others := {"StringNotEquals": {"aws:SourceAccount": "123456789012"}}
	count(policy.deny) == 1 with input as repository([statement(null, "Allow", "*", ["ecr:BatchGetImage"], others)])
}

test_if_exists_condition_fails if {
	absent_passes := {"StringLikeIfExists": {"aws:SourceArn": "arn:aws:lambda:eu-west-1:123456789012:function:*"}}
	count(policy.deny) == 1 with input as repository([statement(null, "Allow", "*", ["ecr:BatchGetImage"], absent_passes)])
}

test_source_arn_condition_passes if {
	count(policy.deny) == 0 with input as repository([statement(null, "Allow", "*", ["ecr:BatchGetImage"], source_arn)])
}

test_condition_keys_are_case_insensitive if {
	org := {"StringEquals": {"AWS:PrincipalOrgID": "o-a1b2c3d4e5"}}
	count(policy.deny) == 0 with input as repository([statement(null, "Allow", "*", ["ecr:BatchGetImage"], org)])
}

test_named_principal_passes if {
	count(policy.deny) == 0 with input as repository([statement(null, "Allow", {"AWS": "arn:aws:iam::123456789012:root"}, ["ecr:*"], null)])
}

test_service_principal_passes if {
	count(policy.deny) == 0 with input as repository([statement(null, "Allow", {"Service": "lambda.amazonaws.com"}, ["ecr:BatchGetImage"], source_arn)])
}

test_deny_to_everyone_passes if {
	count(policy.deny) == 0 with input as repository([statement(null, "Deny", "*", ["ecr:*"], {"Bool": {"aws:SecureTransport": "false"}})])
}

test_each_public_statement_is_reported if {
	count(policy.deny) == 2 with input as repository([
		statement("A", "Allow", "*", ["ecr:BatchGetImage"], null),
		statement("B", "Allow", {"AWS": "*"}, ["ecr:PutImage"], null),
	])
}

test_no_policy_passes if {
	count(policy.deny) == 0 with input as {"resource": {"kind": "AWS::ECR::Repository", "attributes": {"name": "orders", "policy": null}}}
}

test_unknown_policy_does_not_fail if {
	count(policy.deny) == 0 with input as {"resource": {
		"kind": "AWS::ECR::Repository",
		"attributes": {"name": "orders", "policy": null},
		"unknown": ["attributes.policy"],
	}}
}
