package comply.aws.rds.instance_not_multi_az_test

import rego.v1

import data.comply.aws.rds.instance_not_multi_az as policy

instance(multi_az, cluster, source) := {"resource": {
	"kind": "AWS::RDS::DBInstance",
	"attributes": {
		"identifier": "app",
		"engine": "postgres",
		"engine_version": "16.3",
		"instance_class": "db.t3.micro",
		"encryption": {"at_rest": true, "kms_key": null},
		"publicly_accessible": false,
		"backup_retention_period": 7,
		"multi_az": multi_az,
		"deletion_protection": true,
		"iam_database_authentication_enabled": false,
		"cluster": cluster,
		"replicate_source_db": source,
	},
}}

test_single_az_instance_fails if {
	policy.deny == {"the instance runs in a single Availability Zone (`multi_az` is false)"} with input as instance(false, null, null)
}

test_multi_az_instance_passes if {
	count(policy.deny) == 0 with input as instance(true, null, null)
}

test_unknown_multi_az_does_not_fail if {
	count(policy.deny) == 0 with input as instance(null, null, null)
}

test_aurora_member_is_out_of_scope if {
	count(policy.deny) == 0 with input as instance(null, "aws_rds_cluster.orders", null)
}

test_single_az_read_replica_is_out_of_scope if {
	count(policy.deny) == 0 with input as instance(false, null, "primary")
}
