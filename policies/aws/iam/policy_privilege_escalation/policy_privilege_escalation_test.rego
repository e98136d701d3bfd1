package comply.aws.iam.policy_privilege_escalation_test

import rego.v1

import data.comply.aws.iam.policy_privilege_escalation as policy

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
	"attributes": {"role_name": "ci", "assume_role_policy": null, "policies": policies, "max_session_duration": 3600},
}}

user(policies) := {"resource": {
	"kind": "AWS::IAM::User",
	"attributes": {"user_name": "jdoe", "policies": policies, "groups": [], "group_policies": [], "console_access": false},
}}

group(policies) := {"resource": {
	"kind": "AWS::IAM::Group",
	"attributes": {"group_name": "ops", "policies": policies},
}}

one(actions, resources) := managed_policy("p", doc([statement("Allow", actions, resources)]))

test_pass_role_on_everything_fails if {
	policy.deny == {"policy `p` allows `iam:PassRole` on every resource (`*`), so its holder can give any role, an administrator's included, to a service it controls"} with input as one(["iam:PassRole"], ["*"])
}

test_pass_role_on_every_role_of_the_account_fails if {
	policy.deny == {"policy `p` allows `iam:PassRole` on `arn:aws:iam::123456789012:role/*`, so its holder can give any role, an administrator's included, to a service it controls"} with input as one(["iam:PassRole"], ["arn:aws:iam::123456789012:role/*"])
}

test_iam_star_fails if {
	policy.deny == {"policy `p` allows every IAM action (`iam:*`) on every resource, so its holder can grant itself any permission"} with input as one(["iam:*"], ["*"])
}

test_wildcard_action_is_expanded if {
	policy.deny == {"policy `p` allows `iam:Attach*` (iam:AttachGroupPolicy, iam:AttachRolePolicy, iam:AttachUserPolicy) on every resource (`*`), so its holder can grant itself more permissions or take over other identities"} with input as one(["iam:Attach*"], ["*"])
}

test_action_case_is_ignored if {
	count(policy.deny) == 1 with input as one(["IAM:createpolicyversion"], ["*"])
}

test_iam_star_on_every_role_fails if {
	count(policy.deny) == 1 with input as one(["iam:*"], ["arn:aws:iam::*:role/*"])
}

test_each_escalating_action_is_reported if {
	count(policy.deny) == 2 with input as one(["iam:CreateAccessKey", "iam:PutRolePolicy", "iam:GetRole"], ["*"])
}

test_pass_role_on_named_role_passes if {
	count(policy.deny) == 0 with input as one(["iam:PassRole"], ["arn:aws:iam::123456789012:role/app-runtime"])
}

test_pass_role_on_a_path_passes if {
	count(policy.deny) == 0 with input as one(["iam:PassRole"], ["arn:aws:iam::123456789012:role/service/app-*"])
}

test_own_access_keys_pass if {
	count(policy.deny) == 0 with input as one(["iam:CreateAccessKey"], ["arn:aws:iam::*:user/${aws:username}"])
}

test_pass_role_on_users_passes if {
	count(policy.deny) == 0 with input as one(["iam:PassRole"], ["arn:aws:iam::123456789012:user/*"])
}

test_read_only_iam_passes if {
	count(policy.deny) == 0 with input as one(["iam:Get*", "iam:List*"], ["*"])
}

test_full_admin_is_left_to_iam_003 if {
	count(policy.deny) == 0 with input as one(["*"], ["*"])
}

test_deny_passes if {
	count(policy.deny) == 0 with input as managed_policy("p", doc([statement("Deny", ["iam:PassRole"], ["*"])]))
}

test_permissions_boundary_condition_passes if {
	s := object.union(statement("Allow", ["iam:AttachRolePolicy", "iam:PutRolePolicy"], ["*"]), {"Condition": {"StringEquals": {"iam:PermissionsBoundary": "arn:aws:iam::123456789012:policy/boundary"}}})
	count(policy.deny) == 0 with input as managed_policy("p", doc([s]))
}

test_permissions_boundary_if_exists_fails if {
	s := object.union(statement("Allow", ["iam:AttachRolePolicy"], ["*"]), {"Condition": {"StringEqualsIfExists": {"iam:PermissionsBoundary": "arn:aws:iam::123456789012:policy/boundary"}}})
	count(policy.deny) == 1 with input as managed_policy("p", doc([s]))
}

test_passed_to_service_condition_still_fails if {
	s := object.union(statement("Allow", ["iam:PassRole"], ["*"]), {"Condition": {"StringEquals": {"iam:PassedToService": "ec2.amazonaws.com"}}})
	count(policy.deny) == 1 with input as managed_policy("p", doc([s]))
}

test_odd_action_is_not_an_error if {
	count(policy.deny) == 0 with input as one(["iam:Get[", "iam:{x}"], ["*"])
}

test_unknown_document_does_not_fail if {
	count(policy.deny) == 0 with input as managed_policy("later", null)
}

test_inline_role_policy_fails if {
	d := doc([statement("Allow", ["iam:PassRole", "ec2:RunInstances"], ["*"])])
	policy.deny == {"inline policy `launch` (defined in `aws_iam_role_policy.launch`) allows `iam:PassRole` on every resource (`*`), so its holder can give any role, an administrator's included, to a service it controls"} with input as role([attached("launch", null, "inline", d, "aws_iam_role_policy.launch")])
}

test_user_inline_policy_fails if {
	d := doc([statement("Allow", ["iam:CreateLoginProfile"], ["arn:aws:iam::123456789012:user/*"])])
	count(policy.deny) == 1 with input as user([attached("helpdesk", null, "inline", d, "aws_iam_user_policy.helpdesk")])
}

test_iam_full_access_on_group_fails if {
	policy.deny == {"AWS managed policy `IAMFullAccess` (attached by `aws_iam_group_policy_attachment.ops`) allows every IAM action on every resource, so its holder can grant itself any permission"} with input as group([attached("IAMFullAccess", "arn:aws:iam::aws:policy/IAMFullAccess", "managed", null, "aws_iam_group_policy_attachment.ops")])
}

test_other_aws_managed_policy_passes if {
	count(policy.deny) == 0 with input as group([attached("IAMReadOnlyAccess", "arn:aws:iam::aws:policy/IAMReadOnlyAccess", "managed", null, null)])
}

test_unknown_inline_document_does_not_fail if {
	count(policy.deny) == 0 with input as role([attached("later", null, "inline", null, "aws_iam_role_policy.later")])
}
