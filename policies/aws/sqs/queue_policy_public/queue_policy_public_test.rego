package comply.aws.sqs.queue_policy_public_test

import rego.v1

import data.comply.aws.sqs.queue_policy_public as policy

queue(statements) := {"resource": {
	"kind": "AWS::SQS::Queue",
	"attributes": {
		"name": "orders",
		"encryption": {"at_rest": true, "kms_key": null, "sqs_managed": true},
		"policy": {"Version": "2012-10-17", "Statement": statements},
	},
}}

statement(sid, effect, principal, actions, condition) := {
	"Sid": sid, "Effect": effect, "Principal": principal, "Action": actions, "NotAction": [],
	"Resource": ["arn:aws:sqs:eu-west-1:123456789012:orders"], "NotResource": [],
	"Condition": condition,
}

source_arn := {"ArnEquals": {"aws:SourceArn": "arn:aws:sns:eu-west-1:123456789012:orders"}}

test_star_principal_fails if {
	msgs := policy.deny with input as queue([statement("Public", "Allow", "*", ["sqs:SendMessage"], null)])
	msgs == {"policy statement `Public` allows everyone `sqs:SendMessage` with no condition narrowing the caller"}
}

test_any_aws_principal_fails if {
	msgs := policy.deny with input as queue([statement(null, "Allow", {"AWS": "*"}, ["sqs:*"], null)])
	msgs == {"policy statement #1 allows everyone `sqs:*` with no condition narrowing the caller"}
}

test_any_aws_principal_in_a_list_fails if {
	count(policy.deny) == 1 with input as queue([statement(null, "Allow", {"AWS": ["*"]}, ["sqs:ReceiveMessage"], null)])
}

test_not_action_grant_fails if {
	s := object.union(statement(null, "Allow", "*", [], null), {"NotAction": ["sqs:DeleteQueue"]})
	msgs := policy.deny with input as queue([s])
	msgs == {"policy statement #1 allows everyone every action but `sqs:DeleteQueue` with no condition narrowing the caller"}
}

test_condition_that_does_not_narrow_the_caller_fails if {
	tls_only := {"Bool": {"aws:SecureTransport": "true"}}
	count(policy.deny) == 1 with input as queue([statement(null, "Allow", "*", ["sqs:SendMessage"], tls_only)])
}

test_negated_condition_fails if {
	others := {"StringNotEquals": {"aws:SourceAccount": "123456789012"}}
	count(policy.deny) == 1 with input as queue([statement(null, "Allow", "*", ["sqs:SendMessage"], others)])
}

test_if_exists_condition_fails if {
	absent_passes := {"ArnEqualsIfExists": {"aws:SourceArn": "arn:aws:sns:eu-west-1:123456789012:orders"}}
	count(policy.deny) == 1 with input as queue([statement(null, "Allow", "*", ["sqs:SendMessage"], absent_passes)])
}

test_source_arn_condition_passes if {
	count(policy.deny) == 0 with input as queue([statement(null, "Allow", "*", ["sqs:SendMessage"], source_arn)])
}

test_condition_keys_are_case_insensitive if {
	org := {"StringEquals": {"AWS:PrincipalOrgID": "o-a1b2c3d4e5"}}
	count(policy.deny) == 0 with input as queue([statement(null, "Allow", "*", ["sqs:SendMessage"], org)])
}

test_named_principal_passes if {
	count(policy.deny) == 0 with input as queue([statement(null, "Allow", {"AWS": "arn:aws:iam::123456789012:root"}, ["sqs:*"], null)])
}

test_service_principal_passes if {
	count(policy.deny) == 0 with input as queue([statement(null, "Allow", {"Service": "sns.amazonaws.com"}, ["sqs:SendMessage"], source_arn)])
}

test_deny_to_everyone_passes if {
	count(policy.deny) == 0 with input as queue([statement(null, "Deny", "*", ["sqs:*"], {"Bool": {"aws:SecureTransport": "false"}})])
}

test_each_public_statement_is_reported if {
	count(policy.deny) == 2 with input as queue([
		statement("A", "Allow", "*", ["sqs:SendMessage"], null),
		statement("B", "Allow", {"AWS": "*"}, ["sqs:ReceiveMessage"], null),
	])
}

test_no_policy_passes if {
	count(policy.deny) == 0 with input as {"resource": {"kind": "AWS::SQS::Queue", "attributes": {"name": "orders", "policy": null}}}
}

test_unknown_policy_does_not_fail if {
	count(policy.deny) == 0 with input as {"resource": {
		"kind": "AWS::SQS::Queue",
		"attributes": {"name": "orders", "policy": null},
		"unknown": ["attributes.policy"],
	}}
}
