package comply.aws.backup.plan_retention_too_short_test

import rego.v1

import data.comply.aws.backup.plan_retention_too_short as policy

settings := {"thresholds": {"backup_retention_days": 7}}

plan(days, copy_days) := {"resource": {
	"kind": "AWS::Backup::BackupPlan",
	"attributes": {"name": "daily", "rules": [{
		"rule_name": "daily",
		"target_vault": "main",
		"schedule": "cron(0 3 * * ? *)",
		"delete_after_days": days,
		"continuous_backup": false,
		"copy_actions": [{
			"destination_vault": "arn:aws:backup:eu-central-1:123456789012:backup-vault:dr",
			"destination_region": "eu-central-1",
			"delete_after_days": copy_days,
		}],
	}]},
}}

test_short_rule_fails if {
	policy.deny == {"rule `daily` deletes recovery points after `3` day(s), below 7 (`[thresholds] backup_retention_days`)"} with input as plan(3, 35)
		with data.comply.settings as settings
}

test_short_copy_fails if {
	policy.deny == {"rule `daily` deletes its copies in `arn:aws:backup:eu-central-1:123456789012:backup-vault:dr` after `1` day(s), below 7 (`[thresholds] backup_retention_days`)"} with input as plan(35, 1)
		with data.comply.settings as settings
}

test_long_enough_passes if {
	count(policy.deny) == 0 with input as plan(7, 35)
		with data.comply.settings as settings
}

test_kept_until_deleted_passes if {
	count(policy.deny) == 0 with input as plan(null, null)
		with data.comply.settings as {"thresholds": {"backup_retention_days": 30}}
}

test_threshold_is_read_from_settings if {
	count(policy.deny) == 1 with input as plan(14, null)
		with data.comply.settings as {"thresholds": {"backup_retention_days": 30}}
}
