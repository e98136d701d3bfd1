package comply.aws.efs.file_system_not_encrypted_test

import rego.v1

import data.comply.aws.efs.file_system_not_encrypted as policy

file_system(at_rest, key) := {"resource": {
	"kind": "AWS::EFS::FileSystem",
	"attributes": {
		"encryption": {"at_rest": at_rest, "kms_key": key},
		"one_zone": false,
		"automatic_backups": true,
		"policy": null,
	},
}}

test_unencrypted_file_system_fails if {
	policy.deny == {"files are not encrypted at rest (`encrypted` is false)"} with input as file_system(false, null)
}

test_aws_managed_key_passes if {
	count(policy.deny) == 0 with input as file_system(true, null)
}

test_customer_key_passes if {
	count(policy.deny) == 0 with input as file_system(true, "aws_kms_key.files")
}

test_unknown_encryption_does_not_fail if {
	count(policy.deny) == 0 with input as file_system(null, null)
}
