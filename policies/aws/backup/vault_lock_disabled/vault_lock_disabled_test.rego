package comply.aws.backup.vault_lock_disabled_test

import rego.v1

import data.comply.aws.backup.vault_lock_disabled as policy

vault(enabled, min_days) := {"resource": {
	"kind": "AWS::Backup::BackupVault",
	"attributes": {
		"name": "payments",
		"lock": {"enabled": enabled, "min_retention_days": min_days, "max_retention_days": null, "changeable_for_days": null},
	},
}}

test_vault_without_lock_fails if {
	policy.deny == {"the vault has no vault lock: its recovery points can be deleted or their retention shortened by anyone allowed to manage it"} with input as vault(false, null)
}

test_locked_vault_passes if {
	count(policy.deny) == 0 with input as vault(true, 7)
}

test_unknown_lock_does_not_fail if {
	count(policy.deny) == 0 with input as vault(null, null)
}
