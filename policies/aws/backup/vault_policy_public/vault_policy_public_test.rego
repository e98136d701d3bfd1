package comply.aws.backup.vault_policy_public_test

import rego.v1

import data.comply.aws.backup.vault_policy_public as policy

vault(statements) := {"resource": {
	"kind": "AWS::Backup::BackupVault",
	"attributes": {"name": "payments", "policy": {"Version": "2012-10-17", "Statement": statements}},
}}

statement(effect, principal, actions, condition) := {
	"Sid": "S1",
	"Effect": effect,
	"Principal": principal,
	"Action": actions,
	"NotAction": [],
	"Resource": ["*"],
	"NotResource": [],
	"Condition": condition,
}

test_allow_everyone_fails if {
	policy.deny == {"vault access policy statement `S1` allows everyone `backup:CopyIntoBackupVault`, `backup:DeleteRecoveryPoint` with no condition narrowing the caller"} with input as vault([statement("Allow", "*", ["backup:CopyIntoBackupVault", "backup:DeleteRecoveryPoint"], null)])
}

test_allow_aws_star_fails if {
	count(policy.deny) == 1 with input as vault([statement("Allow", {"AWS": ["*"]}, ["backup:*"], null)])
}

test_organization_condition_passes if {
	count(policy.deny) == 0 with input as vault([statement("Allow", "*", ["backup:CopyIntoBackupVault"], {"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}})])
}

test_if_exists_condition_does_not_narrow if {
	count(policy.deny) == 1 with input as vault([statement("Allow", "*", ["backup:CopyIntoBackupVault"], {"StringEqualsIfExists": {"aws:PrincipalOrgID": "o-abc123"}})])
}

test_deny_deletion_passes if {
	count(policy.deny) == 0 with input as vault([statement("Deny", "*", ["backup:DeleteRecoveryPoint"], null)])
}

test_named_account_passes if {
	count(policy.deny) == 0 with input as vault([statement("Allow", {"AWS": ["arn:aws:iam::210987654321:root"]}, ["backup:CopyIntoBackupVault"], null)])
}

test_no_policy_passes if {
	count(policy.deny) == 0 with input as {"resource": {"kind": "AWS::Backup::BackupVault", "attributes": {"name": "payments", "policy": null}}}
}
