package comply.aws.iam.policy_full_admin_test

import rego.v1

import data.comply.aws.iam.policy_full_admin as policy

statement(effect, actions, resources) := {
	"Sid": null,
	"Effect": effect,
	"Action": actions,
	"NotAction": [],
	"Resource": resources,
	"NotResource": [],
	"Principal": null,
	"Condition": null,
}

doc(statements) := {"Version": "2012-10-17", "Statement": statements}

admin_doc := doc([statement("Allow", ["*"], ["*"])])

read_doc := doc([statement("Allow", ["s3:GetObject", "s3:ListBucket"], ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"])])

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
	"attributes": {
		"role_name": "ops",
		"assume_role_policy": null,
		"policies": policies,
		"max_session_duration": 3600,
	},
}}

group(policies) := {"resource": {
	"kind": "AWS::IAM::Group",
	"attributes": {"group_name": "admins", "policies": policies},
}}

test_admin_policy_fails if {
	policy.deny == {"policy `break-glass` allows every action (`*`) on every resource (`*`)"} with input as managed_policy("break-glass", admin_doc)
}

test_admin_statement_among_others_fails if {
	d := doc([statement("Allow", ["s3:GetObject"], ["*"]), statement("Allow", ["*"], ["*"])])
	count(policy.deny) == 1 with input as managed_policy("mixed", d)
}

test_star_colon_star_fails if {
	count(policy.deny) == 1 with input as managed_policy("svc", doc([statement("Allow", ["*:*"], ["*"])]))
}

test_least_privilege_policy_passes if {
	count(policy.deny) == 0 with input as managed_policy("read", read_doc)
}

test_all_actions_on_one_resource_passes if {
	count(policy.deny) == 0 with input as managed_policy("bucket-admin", doc([statement("Allow", ["*"], ["arn:aws:s3:::reports/*"])]))
}

test_deny_everything_passes if {
	count(policy.deny) == 0 with input as managed_policy("deny", doc([statement("Deny", ["*"], ["*"])]))
}

test_unknown_document_does_not_fail if {
	count(policy.deny) == 0 with input as managed_policy("later", null)
}

test_inline_role_policy_fails if {
	policy.deny == {"inline policy `everything` (defined in `aws_iam_role_policy.ops`) allows every action (`*`) on every resource (`*`)"} with input as role([attached("everything", null, "inline", admin_doc, "aws_iam_role_policy.ops")])
}

test_managed_admin_document_on_group_fails if {
	count(policy.deny) == 1 with input as group([attached("break-glass", "aws_iam_policy.admin", "managed", admin_doc, "aws_iam_group_policy_attachment.admins")])
}

test_aws_administrator_access_fails if {
	policy.deny == {"AWS managed policy `AdministratorAccess` (attached by `aws_iam_role_policy_attachment.ops`) allows every action on every resource"} with input as role([attached("AdministratorAccess", "arn:aws:iam::aws:policy/AdministratorAccess", "managed", null, "aws_iam_role_policy_attachment.ops")])
}

test_administrator_access_in_govcloud_fails if {
	count(policy.deny) == 1 with input as role([attached("AdministratorAccess", "arn:aws-us-gov:iam::aws:policy/AdministratorAccess", "managed", null, null)])
}

test_other_aws_managed_policy_passes if {
	count(policy.deny) == 0 with input as role([attached("ReadOnlyAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess", "managed", null, "aws_iam_role_policy_attachment.ops")])
}

test_least_privilege_role_passes if {
	count(policy.deny) == 0 with input as role([attached("read", null, "inline", read_doc, "aws_iam_role_policy.read")])
}

test_unknown_inline_document_does_not_fail if {
	count(policy.deny) == 0 with input as role([attached("later", null, "inline", null, "aws_iam_role_policy.later")])
}
