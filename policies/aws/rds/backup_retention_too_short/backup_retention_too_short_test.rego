package comply.aws.rds.backup_retention_too_short_test

import rego.v1

import data.comply.aws.rds.backup_retention_too_short as policy

instance(days, cluster, source) := {"resource": {
	"kind": "AWS::RDS::DBInstance",
	"attributes": {
		"identifier": "app",
		"engine": "postgres",
		"engine_version": "16.3",
		"instance_class": "db.t3.micro",
		"encryption": {"at_rest": true, "kms_key": null},
		"publicly_accessible": false,
		"backup_retention_period": days,
		"multi_az": false,
		"deletion_protection": false,
		"iam_database_authentication_enabled": false,
		"cluster": cluster,
		"replicate_source_db": source,
	},
}}

cluster(days) := {"resource": {
	"kind": "AWS::RDS::DBCluster",
	"attributes": {
		"identifier": "orders",
		"engine": "aurora-postgresql",
		"engine_version": "16.2",
		"encryption": {"at_rest": true, "kms_key": null},
		"backup_retention_period": days,
		"deletion_protection": false,
		"iam_database_authentication_enabled": false,
		"publicly_accessible": null,
	},
}}

test_instance_with_backups_disabled_fails if {
	count(policy.deny) == 1 with input as instance(0, null, null)
	policy.deny == {"automated backups are disabled (`backup_retention_period` is `0`)"} with input as instance(0, null, null)
}

test_instance_with_one_day_fails if {
	policy.deny == {"automated backups are kept for only `1` day(s) (`backup_retention_period` is below 7, `[thresholds] backup_retention_days`)"} with input as instance(1, null, null)
}

test_instance_with_six_days_fails if {
	count(policy.deny) == 1 with input as instance(6, null, null)
}

test_instance_with_seven_days_passes if {
	count(policy.deny) == 0 with input as instance(7, null, null)
}

test_instance_with_35_days_passes if {
	count(policy.deny) == 0 with input as instance(35, null, null)
}

test_unknown_instance_retention_does_not_fail if {
	count(policy.deny) == 0 with input as instance(null, null, null)
}

test_aurora_member_is_left_to_its_cluster if {
	count(policy.deny) == 0 with input as instance(null, "aws_rds_cluster.orders", null)
}

test_read_replica_is_left_to_its_source if {
	count(policy.deny) == 0 with input as instance(0, null, "primary")
}

test_cluster_with_one_day_fails if {
	count(policy.deny) == 1 with input as cluster(1)
}

test_cluster_with_seven_days_passes if {
	count(policy.deny) == 0 with input as cluster(7)
}

test_unknown_cluster_retention_does_not_fail if {
	count(policy.deny) == 0 with input as cluster(null)
}
