package comply.aws.rds.instance_deletion_protection_disabled_test

import rego.v1

import data.comply.aws.rds.instance_deletion_protection_disabled as policy

instance(protection, cluster) := {"resource": {
	"kind": "AWS::RDS::DBInstance",
	"attributes": {
		"identifier": "app",
		"engine": "postgres",
		"engine_version": "16.3",
		"instance_class": "db.t3.micro",
		"encryption": {"at_rest": true, "kms_key": null},
		"publicly_accessible": false,
		"backup_retention_period": 7,
		"multi_az": false,
		"deletion_protection": protection,
		"iam_database_authentication_enabled": false,
		"cluster": cluster,
		"replicate_source_db": null,
	},
}}

test_instance_without_deletion_protection_fails if {
	policy.deny == {"deletion protection is not enabled (`deletion_protection` is false)"} with input as instance(false, null)
}

test_instance_with_deletion_protection_passes if {
	count(policy.deny) == 0 with input as instance(true, null)
}

test_unknown_deletion_protection_does_not_fail if {
	count(policy.deny) == 0 with input as instance(null, null)
}

test_aurora_member_is_left_to_its_cluster if {
	count(policy.deny) == 0 with input as instance(false, "aws_rds_cluster.orders")
}

test_aurora_member_with_unknown_setting_does_not_fail if {
	count(policy.deny) == 0 with input as instance(null, "aws_rds_cluster.orders")
}
