package comply.aws.iam.policy_admin_through_not_action_test

import rego.v1

import data.comply.aws.iam.policy_admin_through_not_action as policy

statement(effect, actions, not_actions, resources, not_resources) := {
	"Sid": null,
	"Effect": effect,
	"Action": actions,
	"NotAction": not_actions,
	"Resource": resources,
	"NotResource": not_resources,
	"Principal": null,
	"Condition": null,
}

doc(statements) := {"Version": "2012-10-17", "Statement": statements}

managed_policy(name, document) := {"resource": {
	"kind": "AWS::IAM::Policy",
	"attributes": {"policy_name": name, "arn": null, "document": document, "attachment_count": null},
}}

attached(name, arn, kind, document, defined_by) := {
	"name": name,
	"arn": arn,
	"attachment": kind,
	"document": document,
	"defined_by": defined_by,
}

role(policies) := {"resource": {
	"kind": "AWS::IAM::Role",
	"attributes": {"role_name": "ops", "assume_role_policy": null, "policies": policies, "max_session_duration": 3600},
}}

user(policies) := {"resource": {
	"kind": "AWS::IAM::User",
	"attributes": {"user_name": "jdoe", "policies": policies, "groups": [], "group_policies": [], "console_access": false},
}}

group(policies) := {"resource": {
	"kind": "AWS::IAM::Group",
	"attributes": {"group_name": "ops", "policies": policies},
}}

not_action_doc := doc([statement("Allow", [], ["iam:*", "organizations:*"], ["*"], [])])

test_allow_not_action_on_everything_fails if {
	policy.deny == {"policy `almost-admin` allows every action except `iam:*`, `organizations:*` on every resource (`Allow` with `NotAction`)"} with input as managed_policy("almost-admin", not_action_doc)
}

test_allow_everything_but_some_resources_fails if {
	d := doc([statement("Allow", ["*"], [], [], ["arn:aws:s3:::audit-logs", "arn:aws:s3:::audit-logs/*"])])
	policy.deny == {"policy `p` allows every action (`*`) on every resource except `arn:aws:s3:::audit-logs`, `arn:aws:s3:::audit-logs/*` (`Allow` with `NotResource`)"} with input as managed_policy("p", d)
}

test_not_action_on_named_resources_passes if {
	d := doc([statement("Allow", [], ["s3:DeleteBucket"], ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"], [])])
	count(policy.deny) == 0 with input as managed_policy("p", d)
}

test_deny_not_action_passes if {
	d := doc([statement("Deny", [], ["iam:ChangePassword", "sts:GetSessionToken"], ["*"], [])])
	count(policy.deny) == 0 with input as managed_policy("p", d)
}

test_narrow_action_with_not_resource_passes if {
	d := doc([statement("Allow", ["s3:GetObject"], [], [], ["arn:aws:s3:::secrets/*"])])
	count(policy.deny) == 0 with input as managed_policy("p", d)
}

test_full_admin_is_left_to_iam_003 if {
	count(policy.deny) == 0 with input as managed_policy("p", doc([statement("Allow", ["*"], [], ["*"], [])]))
}

test_unknown_document_does_not_fail if {
	count(policy.deny) == 0 with input as managed_policy("later", null)
}

test_inline_role_policy_fails if {
	policy.deny == {"inline policy `ops` (defined in `aws_iam_role_policy.ops`) allows every action except `iam:*`, `organizations:*` on every resource (`Allow` with `NotAction`)"} with input as role([attached("ops", null, "inline", not_action_doc, "aws_iam_role_policy.ops")])
}

test_user_managed_policy_fails if {
	count(policy.deny) == 1 with input as user([attached("almost-admin", "aws_iam_policy.almost", "managed", not_action_doc, "aws_iam_user_policy_attachment.jdoe")])
}

test_power_user_access_fails if {
	policy.deny == {"AWS managed policy `PowerUserAccess` (attached by `aws_iam_group_policy_attachment.developers`) allows every action but IAM, Organizations and Account management on every resource (`NotAction`)"} with input as group([attached("PowerUserAccess", "arn:aws:iam::aws:policy/PowerUserAccess", "managed", null, "aws_iam_group_policy_attachment.developers")])
}

test_other_aws_managed_policy_passes if {
	count(policy.deny) == 0 with input as group([attached("ReadOnlyAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess", "managed", null, null)])
}

test_unknown_inline_document_does_not_fail if {
	count(policy.deny) == 0 with input as role([attached("later", null, "inline", null, "aws_iam_role_policy.later")])
}
