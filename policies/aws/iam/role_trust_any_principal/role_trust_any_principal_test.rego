package comply.aws.iam.role_trust_any_principal_test

import rego.v1

import data.comply.aws.iam.role_trust_any_principal as policy

statement(principal, actions, condition) := {
	"Sid": null,
	"Effect": "Allow",
	"Action": actions,
	"NotAction": [],
	"Resource": [],
	"NotResource": [],
	"Principal": principal,
	"Condition": condition,
}

role(statements) := {"resource": {
	"kind": "AWS::IAM::Role",
	"attributes": {
		"role_name": "shared",
		"assume_role_policy": {"Version": "2012-10-17", "Statement": statements},
		"policies": [],
		"max_session_duration": 3600,
	},
}}

test_star_principal_fails if {
	policy.deny == {"trust policy allows any AWS principal (`*`) to `sts:AssumeRole` with no condition on who the caller is"} with input as role([statement("*", ["sts:AssumeRole"], null)])
}

test_aws_star_principal_fails if {
	count(policy.deny) == 1 with input as role([statement({"AWS": "*"}, ["sts:AssumeRole"], null)])
}

test_aws_star_in_list_fails if {
	count(policy.deny) == 1 with input as role([statement({"AWS": ["arn:aws:iam::123456789012:root", "*"]}, ["sts:AssumeRole"], null)])
}

test_sts_wildcard_fails if {
	count(policy.deny) == 1 with input as role([statement("*", ["sts:*"], null)])
}

test_sid_is_named if {
	s := object.union(statement("*", ["sts:AssumeRole"], null), {"Sid": "Anyone"})
	policy.deny == {"trust policy statement `Anyone` allows any AWS principal (`*`) to `sts:AssumeRole` with no condition on who the caller is"} with input as role([s])
}

test_condition_not_about_the_caller_fails if {
	c := {"Bool": {"aws:SecureTransport": "true", "aws:MultiFactorAuthPresent": "true"}}
	count(policy.deny) == 1 with input as role([statement({"AWS": "*"}, ["sts:AssumeRole"], c)])
}

test_empty_condition_fails if {
	count(policy.deny) == 1 with input as role([statement({"AWS": "*"}, ["sts:AssumeRole"], {})])
}

test_organisation_condition_passes if {
	c := {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}
	count(policy.deny) == 0 with input as role([statement({"AWS": "*"}, ["sts:AssumeRole"], c)])
}

test_external_id_condition_passes if {
	c := {"StringEquals": {"sts:ExternalId": "4b2c1f9e"}}
	count(policy.deny) == 0 with input as role([statement({"AWS": "*"}, ["sts:AssumeRole"], c)])
}

test_named_account_passes if {
	count(policy.deny) == 0 with input as role([statement({"AWS": "arn:aws:iam::123456789012:root"}, ["sts:AssumeRole"], null)])
}

test_service_principal_passes if {
	count(policy.deny) == 0 with input as role([statement({"Service": "ec2.amazonaws.com"}, ["sts:AssumeRole"], null)])
}

test_odd_action_is_not_an_error if {
	count(policy.deny) == 0 with input as role([statement("*", ["sts:Assume{Role"], null)])
}

test_tag_session_alone_passes if {
	count(policy.deny) == 0 with input as role([statement("*", ["sts:TagSession"], null)])
}

test_deny_passes if {
	s := object.union(statement("*", ["sts:AssumeRole"], null), {"Effect": "Deny"})
	count(policy.deny) == 0 with input as role([s])
}

test_unknown_trust_policy_does_not_fail if {
	r := {"resource": {
		"kind": "AWS::IAM::Role",
		"attributes": {"role_name": "later", "assume_role_policy": null, "policies": [], "max_session_duration": 3600},
	}}
	count(policy.deny) == 0 with input as r
}
