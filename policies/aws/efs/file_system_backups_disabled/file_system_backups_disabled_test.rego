package comply.aws.efs.file_system_backups_disabled_test

import rego.v1

import data.comply.aws.efs.file_system_backups_disabled as policy

file_system(backups) := {"resource": {
	"kind": "AWS::EFS::FileSystem",
	"attributes": {
		"encryption": {"at_rest": true, "kms_key": null},
		"one_zone": false,
		"automatic_backups": backups,
		"policy": null,
	},
}}

test_backups_off_fails if {
	policy.deny == {"automatic backups are off (the file system's backup policy is not `ENABLED`)"} with input as file_system(false)
}

test_backups_on_passes if {
	count(policy.deny) == 0 with input as file_system(true)
}

test_unknown_backups_do_not_fail if {
	count(policy.deny) == 0 with input as file_system(null)
}
