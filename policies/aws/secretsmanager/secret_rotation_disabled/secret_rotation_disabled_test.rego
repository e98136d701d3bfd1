package comply.aws.secretsmanager.secret_rotation_disabled_test

import rego.v1

import data.comply.aws.secretsmanager.secret_rotation_disabled as policy

secret(enabled, days, schedule) := {"resource": {
	"kind": "AWS::SecretsManager::Secret",
	"attributes": {
		"name": "payments/db",
		"kms_key": null,
		"customer_managed_key": false,
		"rotation_enabled": enabled,
		"rotation_days": days,
		"rotation_schedule": schedule,
		"replica_regions": [],
	},
}}

test_rotation_off_fails if {
	policy.deny == {"automatic rotation is not enabled for the secret"} with input as secret(false, 0, null)
}

test_rotation_every_180_days_fails if {
	policy.deny == {"the secret rotates only every `180` days (more than 90, `[thresholds] secret_rotation_days`)"} with input as secret(true, 180, null)
}

test_rotation_every_91_days_fails if {
	count(policy.deny) == 1 with input as secret(true, 91, "rate(91 days)")
}

test_rotation_every_30_days_passes if {
	count(policy.deny) == 0 with input as secret(true, 30, null)
}

test_rotation_every_90_days_passes if {
	count(policy.deny) == 0 with input as secret(true, 90, "rate(90 days)")
}

test_cron_schedule_passes if {
	count(policy.deny) == 0 with input as secret(true, 0, "cron(0 16 1,15 * ? *)")
}

test_unknown_rotation_does_not_fail if {
	count(policy.deny) == 0 with input as secret(null, null, null)
}

test_unknown_interval_does_not_fail if {
	count(policy.deny) == 0 with input as secret(true, null, null)
}
