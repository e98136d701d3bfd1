package comply.aws.rds.instance_publicly_accessible_test

import rego.v1

import data.comply.aws.rds.instance_publicly_accessible as policy

instance(public, cluster) := {"resource": {
	"kind": "AWS::RDS::DBInstance",
	"attributes": {
		"identifier": "app",
		"engine": "postgres",
		"engine_version": "16.3",
		"instance_class": "db.t3.micro",
		"encryption": {"at_rest": true, "kms_key": null},
		"publicly_accessible": public,
		"backup_retention_period": 7,
		"multi_az": false,
		"deletion_protection": false,
		"iam_database_authentication_enabled": false,
		"cluster": cluster,
		"replicate_source_db": null,
	},
}}

test_public_instance_fails if {
	count(policy.deny) == 1 with input as instance(true, null)
}

test_public_aurora_member_fails if {
	count(policy.deny) == 1 with input as instance(true, "aws_rds_cluster.main")
}

test_private_instance_passes if {
	count(policy.deny) == 0 with input as instance(false, null)
}

test_unknown_accessibility_does_not_fail if {
	count(policy.deny) == 0 with input as instance(null, null)
}
