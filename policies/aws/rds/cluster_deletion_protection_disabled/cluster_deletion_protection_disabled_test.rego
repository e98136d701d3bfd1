package comply.aws.rds.cluster_deletion_protection_disabled_test

import rego.v1

import data.comply.aws.rds.cluster_deletion_protection_disabled as policy

cluster(protection) := {"resource": {
	"kind": "AWS::RDS::DBCluster",
	"attributes": {
		"identifier": "orders",
		"engine": "aurora-postgresql",
		"engine_version": "16.2",
		"encryption": {"at_rest": true, "kms_key": null},
		"backup_retention_period": 7,
		"deletion_protection": protection,
		"iam_database_authentication_enabled": false,
		"publicly_accessible": null,
	},
}}

test_cluster_without_deletion_protection_fails if {
	policy.deny == {"deletion protection is not enabled (`deletion_protection` is false)"} with input as cluster(false)
}

test_cluster_with_deletion_protection_passes if {
	count(policy.deny) == 0 with input as cluster(true)
}

test_unknown_deletion_protection_does_not_fail if {
	count(policy.deny) == 0 with input as cluster(null)
}
