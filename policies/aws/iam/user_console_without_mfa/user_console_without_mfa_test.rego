package comply.aws.iam.user_console_without_mfa_test

import rego.v1

import data.comply.aws.iam.user_console_without_mfa as policy

force_mfa := {"Version": "2012-10-17", "Statement": [{
	"Sid": "DenyAllExceptListedIfNoMFA",
	"Effect": "Deny",
	"Action": [],
	"NotAction": ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "sts:GetSessionToken"],
	"Resource": ["*"],
	"NotResource": [],
	"Principal": null,
	"Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}},
}]}

read_only := {"Version": "2012-10-17", "Statement": [{
	"Sid": null,
	"Effect": "Allow",
	"Action": ["s3:GetObject"],
	"NotAction": [],
	"Resource": ["arn:aws:s3:::reports/*"],
	"NotResource": [],
	"Principal": null,
	"Condition": null,
}]}

attached(name, arn, kind, document) := {
	"name": name,
	"arn": arn,
	"attachment": kind,
	"document": document,
	"defined_by": "aws_iam_user_policy_attachment.x",
}

user(console, policies, group_policies) := {"resource": {
	"kind": "AWS::IAM::User",
	"attributes": {
		"user_name": "jdoe",
		"path": "/",
		"console_access": console,
		"policies": policies,
		"groups": [],
		"group_policies": group_policies,
		"permissions_boundary": null,
	},
}}

test_console_user_without_policies_fails if {
	count(policy.deny) == 1 with input as user(true, [], [])
}

test_console_user_with_non_mfa_policies_fails if {
	count(policy.deny) == 1 with input as user(true, [attached("read", "aws_iam_policy.read", "managed", read_only)], [attached("read", null, "inline", read_only)])
}

test_aws_managed_policy_without_document_does_not_hide_the_gap if {
	count(policy.deny) == 1 with input as user(true, [attached("ReadOnlyAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess", "managed", null)], [])
}

test_mfa_policy_on_user_passes if {
	count(policy.deny) == 0 with input as user(true, [attached("require-mfa", "aws_iam_policy.mfa", "managed", force_mfa)], [])
}

test_mfa_policy_through_group_passes if {
	count(policy.deny) == 0 with input as user(true, [], [attached("require-mfa", null, "inline", force_mfa)])
}

test_bool_operator_with_boolean_value_passes if {
	doc := {"Version": "2012-10-17", "Statement": [object.union(force_mfa.Statement[0], {"Condition": {"Bool": {"aws:MultiFactorAuthPresent": false}}})]}
	count(policy.deny) == 0 with input as user(true, [], [attached("require-mfa", null, "inline", doc)])
}

test_user_without_console_passes if {
	count(policy.deny) == 0 with input as user(false, [], [])
}

test_unknown_console_access_does_not_fail if {
	count(policy.deny) == 0 with input as user(null, [], [])
}

test_unknown_document_does_not_fail if {
	count(policy.deny) == 0 with input as user(true, [attached("inline", null, "inline", null)], [])
}

test_customer_policy_from_outside_the_plan_does_not_fail if {
	count(policy.deny) == 0 with input as user(true, [], [attached("force-mfa", "arn:aws:iam::123456789012:policy/force-mfa", "managed", null)])
}

deny_without_mfa(action, resource, condition) := {"Version": "2012-10-17", "Statement": [object.union(
	force_mfa.Statement[0],
	{"Action": action, "NotAction": [], "Resource": resource, "Condition": condition},
)]}

# A narrow MFA-conditioned deny leaves everything else open without MFA.
test_narrow_mfa_deny_does_not_enforce_mfa if {
	doc := deny_without_mfa(["s3:DeleteBucket"], ["*"], {"Bool": {"aws:MultiFactorAuthPresent": "false"}})
	count(policy.deny) == 1 with input as user(true, [attached("narrow", null, "inline", doc)], [])
}

test_deny_on_one_resource_does_not_enforce_mfa if {
	doc := deny_without_mfa(["*"], ["arn:aws:s3:::reports"], {"Bool": {"aws:MultiFactorAuthPresent": "false"}})
	count(policy.deny) == 1 with input as user(true, [attached("narrow", null, "inline", doc)], [])
}

test_not_action_exempting_iam_does_not_enforce_mfa if {
	doc := {"Version": "2012-10-17", "Statement": [object.union(force_mfa.Statement[0], {"NotAction": ["iam:*", "sts:GetSessionToken"]})]}
	count(policy.deny) == 1 with input as user(true, [attached("loose", null, "inline", doc)], [])
}

# Condition keys are case-insensitive in IAM.
test_lower_case_condition_key_enforces_mfa if {
	doc := deny_without_mfa(["*"], ["*"], {"BoolIfExists": {"aws:multifactorauthpresent": "false"}})
	count(policy.deny) == 0 with input as user(true, [attached("force", null, "inline", doc)], [])
}
