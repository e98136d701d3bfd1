package comply.aws.kms.key_policy_public_test

import rego.v1

import data.comply.aws.kms.key_policy_public as policy

statement(principal, actions, condition) := {
	"Sid": null,
	"Effect": "Allow",
	"Action": actions,
	"NotAction": [],
	"Resource": ["*"],
	"NotResource": [],
	"Principal": principal,
	"Condition": condition,
}

root := statement({"AWS": "arn:aws:iam::123456789012:root"}, ["kms:*"], null)

key(statements) := {"resource": {
	"kind": "AWS::KMS::Key",
	"attributes": {
		"key_manager": "CUSTOMER",
		"policy": {"Version": "2012-10-17", "Statement": statements},
	},
}}

test_everyone_kms_star_fails if {
	policy.deny == {"key policy allows `kms:*` to any AWS principal (`*`) with no condition on who the caller is"} with input as key([statement({"AWS": "*"}, ["kms:*"], null)])
}

test_everyone_decrypt_beside_root_fails if {
	s := object.union(statement("*", ["kms:Decrypt", "kms:DescribeKey"], null), {"Sid": "Anyone"})
	policy.deny == {"key policy statement `Anyone` allows `kms:Decrypt`, `kms:DescribeKey` to any AWS principal (`*`) with no condition on who the caller is"} with input as key([root, s])
}

test_everyone_not_action_fails if {
	s := object.union(statement({"AWS": ["*"]}, [], null), {"NotAction": ["kms:ScheduleKeyDeletion"]})
	policy.deny == {"key policy allows every action but `kms:ScheduleKeyDeletion` to any AWS principal (`*`) with no condition on who the caller is"} with input as key([s])
}

test_via_service_alone_fails if {
	c := {"StringEquals": {"kms:ViaService": "s3.eu-west-1.amazonaws.com"}}
	count(policy.deny) == 1 with input as key([statement({"AWS": "*"}, ["kms:Decrypt"], c)])
}

test_caller_account_condition_passes if {
	c := {"StringEquals": {"kms:CallerAccount": "123456789012", "kms:ViaService": "s3.eu-west-1.amazonaws.com"}}
	count(policy.deny) == 0 with input as key([root, statement({"AWS": "*"}, ["kms:Decrypt", "kms:GenerateDataKey*"], c)])
}

test_organisation_condition_passes if {
	c := {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}
	count(policy.deny) == 0 with input as key([statement("*", ["kms:Decrypt"], c)])
}

test_account_root_passes if {
	count(policy.deny) == 0 with input as key([root])
}

test_service_principal_passes if {
	count(policy.deny) == 0 with input as key([statement({"Service": "cloudtrail.amazonaws.com"}, ["kms:GenerateDataKey*"], null)])
}

test_deny_everyone_passes if {
	s := object.union(statement("*", ["kms:*"], {"Bool": {"aws:SecureTransport": "false"}}), {"Effect": "Deny"})
	count(policy.deny) == 0 with input as key([root, s])
}

test_unknown_policy_does_not_fail if {
	count(policy.deny) == 0 with input as {"resource": {"kind": "AWS::KMS::Key", "attributes": {"key_manager": "CUSTOMER", "policy": null}}}
}
