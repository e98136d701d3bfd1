package comply.aws.redshift.snapshot_retention_too_short_test

import rego.v1

import data.comply.aws.redshift.snapshot_retention_too_short as policy

cluster(days) := {"resource": {
	"kind": "AWS::Redshift::Cluster",
	"attributes": {
		"identifier": "warehouse",
		"encryption": {"at_rest": true, "kms_key": null},
		"publicly_accessible": false,
		"audit_logging": true,
		"automated_snapshot_retention_period": days,
	},
}}

test_snapshots_disabled_fails if {
	policy.deny == {"automated snapshots are disabled (`automated_snapshot_retention_period` is `0`)"} with input as cluster(0)
}

test_one_day_fails if {
	policy.deny == {"automated snapshots are kept for only `1` day(s) (`automated_snapshot_retention_period` is below 7, `[thresholds] backup_retention_days`)"} with input as cluster(1)
}

test_six_days_fails if {
	count(policy.deny) == 1 with input as cluster(6)
}

test_seven_days_passes if {
	count(policy.deny) == 0 with input as cluster(7)
}

test_threshold_comes_from_settings if {
	count(policy.deny) == 1 with input as cluster(7)
		with data.comply.settings.thresholds.backup_retention_days as 14
}

test_unknown_retention_does_not_fail if {
	count(policy.deny) == 0 with input as cluster(null)
}
