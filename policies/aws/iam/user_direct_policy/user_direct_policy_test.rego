package comply.aws.iam.user_direct_policy_test

import rego.v1

import data.comply.aws.iam.user_direct_policy as policy

attached(name, arn, kind, defined_by) := {
	"name": name,
	"arn": arn,
	"attachment": kind,
	"document": null,
	"defined_by": defined_by,
}

user(policies, groups, group_policies) := {"resource": {
	"kind": "AWS::IAM::User",
	"attributes": {
		"user_name": "report-bot",
		"path": "/",
		"console_access": false,
		"policies": policies,
		"groups": groups,
		"group_policies": group_policies,
		"permissions_boundary": null,
	},
}}

test_managed_policy_on_user_fails if {
	policy.deny == {"managed policy `ReadOnlyAccess` is attached directly to the user (by `aws_iam_user_policy_attachment.bot`) instead of through a group or role"} with input as user([attached("ReadOnlyAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess", "managed", "aws_iam_user_policy_attachment.bot")], [], [])
}

test_inline_policy_on_user_fails if {
	count(policy.deny) == 1 with input as user([attached("read-exports", null, "inline", "aws_iam_user_policy.bot")], [], [])
}

test_each_direct_policy_is_reported if {
	count(policy.deny) == 2 with input as user(
		[
			attached("read-exports", null, "inline", "aws_iam_user_policy.bot"),
			attached("read-reports", "aws_iam_policy.read", "managed", "aws_iam_user_policy_attachment.bot"),
		],
		[], [],
	)
}

test_unknown_inline_document_still_fails if {
	# The document may be unknown; that the policy is attached to the user is not.
	count(policy.deny) == 1 with input as user([attached(null, null, "inline", null)], [], [])
}

test_policies_through_groups_pass if {
	count(policy.deny) == 0 with input as user([], ["reporting"], [attached("read-reports", "aws_iam_policy.read", "managed", "aws_iam_group_policy_attachment.reporting")])
}

test_user_without_policies_passes if {
	count(policy.deny) == 0 with input as user([], [], [])
}
