package comply.aws.rds.cluster_storage_unencrypted_test

import rego.v1

import data.comply.aws.rds.cluster_storage_unencrypted as policy

cluster(at_rest, kms_key) := {"resource": {
	"kind": "AWS::RDS::DBCluster",
	"attributes": {
		"identifier": "orders",
		"engine": "aurora-postgresql",
		"engine_version": "16.2",
		"encryption": {"at_rest": at_rest, "kms_key": kms_key},
		"backup_retention_period": 7,
		"deletion_protection": false,
		"iam_database_authentication_enabled": false,
		"publicly_accessible": null,
	},
}}

test_unencrypted_cluster_fails if {
	count(policy.deny) == 1 with input as cluster(false, null)
}

test_encrypted_cluster_with_cmk_passes if {
	count(policy.deny) == 0 with input as cluster(true, "aws_kms_key.db")
}

test_encrypted_cluster_with_default_key_passes if {
	count(policy.deny) == 0 with input as cluster(true, null)
}

test_unknown_encryption_does_not_fail if {
	count(policy.deny) == 0 with input as cluster(null, null)
}
