package comply.aws.sns.topic_policy_public_test

import rego.v1

import data.comply.aws.sns.topic_policy_public as policy

topic(statements) := {"resource": {
	"kind": "AWS::SNS::Topic",
	"attributes": {
		"name": "orders",
		"fifo": false,
		"encryption": {"at_rest": true, "kms_key": "alias/aws/sns"},
		"policy": {"Version": "2012-10-17", "Statement": statements},
	},
}}

statement(sid, effect, principal, actions, condition) := {
	"Sid": sid, "Effect": effect, "Principal": principal, "Action": actions, "NotAction": [],
	"Resource": ["arn:aws:sns:eu-west-1:123456789012:orders"], "NotResource": [],
	"Condition": condition,
}

source_arn := {"ArnLike": {"aws:SourceArn": "arn:aws:s3:::orders-uploads"}}

test_star_principal_fails if {
	msgs := policy.deny with input as topic([statement("Public", "Allow", "*", ["sns:Publish"], null)])
	msgs == {"policy statement `Public` allows everyone `sns:Publish` with no condition narrowing the caller"}
}

test_any_aws_principal_fails if {
	msgs := policy.deny with input as topic([statement(null, "Allow", {"AWS": "*"}, ["sns:*"], null)])
	msgs == {"policy statement #1 allows everyone `sns:*` with no condition narrowing the caller"}
}

test_any_aws_principal_in_a_list_fails if {
	count(policy.deny) == 1 with input as topic([statement(null, "Allow", {"AWS": ["*"]}, ["sns:Subscribe"], null)])
}

test_not_action_grant_fails if {
	s := object.union(statement(null, "Allow", "*", [], null), {"NotAction": ["sns:DeleteTopic"]})
	msgs := policy.deny with input as topic([s])
	msgs == {"policy statement #1 allows everyone every action but `sns:DeleteTopic` with no condition narrowing the caller"}
}

test_condition_that_does_not_narrow_the_caller_fails if {
	tls_only := {"Bool": {"aws:SecureTransport": "true"}}
	count(policy.deny) == 1 with input as topic([statement(null, "Allow", "*", ["sns:Publish"], tls_only)])
}

test_negated_condition_fails if {
	others := {"StringNotEquals": {"aws:SourceAccount": "123456789012"}}
	count(policy.deny) == 1 with input as topic([statement(null, "Allow", "*", ["sns:Publish"], others)])
}

test_if_exists_condition_fails if {
	absent_passes := {"ArnLikeIfExists": {"aws:SourceArn": "arn:aws:s3:::orders-uploads"}}
	count(policy.deny) == 1 with input as topic([statement(null, "Allow", "*", ["sns:Publish"], absent_passes)])
}

test_source_arn_condition_passes if {
	count(policy.deny) == 0 with input as topic([statement(null, "Allow", "*", ["sns:Publish"], source_arn)])
}

test_condition_keys_are_case_insensitive if {
	org := {"StringEquals": {"AWS:PrincipalOrgID": "o-a1b2c3d4e5"}}
	count(policy.deny) == 0 with input as topic([statement(null, "Allow", "*", ["sns:Publish"], org)])
}

test_named_principal_passes if {
	count(policy.deny) == 0 with input as topic([statement(null, "Allow", {"AWS": "arn:aws:iam::123456789012:root"}, ["sns:*"], null)])
}

test_service_principal_passes if {
	count(policy.deny) == 0 with input as topic([statement(null, "Allow", {"Service": "s3.amazonaws.com"}, ["sns:Publish"], source_arn)])
}

test_deny_to_everyone_passes if {
	count(policy.deny) == 0 with input as topic([statement(null, "Deny", "*", ["sns:*"], {"Bool": {"aws:SecureTransport": "false"}})])
}

test_each_public_statement_is_reported if {
	count(policy.deny) == 2 with input as topic([
		statement("A", "Allow", "*", ["sns:Publish"], null),
		statement("B", "Allow", {"AWS": "*"}, ["sns:Subscribe"], null),
	])
}

test_no_policy_passes if {
	count(policy.deny) == 0 with input as {"resource": {"kind": "AWS::SNS::Topic", "attributes": {"name": "orders", "policy": null}}}
}

test_unknown_policy_does_not_fail if {
	count(policy.deny) == 0 with input as {"resource": {
		"kind": "AWS::SNS::Topic",
		"attributes": {"name": "orders", "policy": null},
		"unknown": ["attributes.policy"],
	}}
}

test_sns_default_policy_passes if {
	owner_only := {"StringEquals": {"AWS:SourceOwner": "123456789012"}}
	actions := ["SNS:GetTopicAttributes", "SNS:Publish", "SNS:Subscribe"]
	count(policy.deny) == 0 with input as topic([statement("__default_statement_ID", "Allow", {"AWS": "*"}, actions, owner_only)])
}
