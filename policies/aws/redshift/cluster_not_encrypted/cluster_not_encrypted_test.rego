package comply.aws.redshift.cluster_not_encrypted_test

import rego.v1

import data.comply.aws.redshift.cluster_not_encrypted as policy

cluster(at_rest, key) := {"resource": {
	"kind": "AWS::Redshift::Cluster",
	"attributes": {
		"identifier": "warehouse",
		"encryption": {"at_rest": at_rest, "kms_key": key},
		"publicly_accessible": false,
		"audit_logging": true,
		"automated_snapshot_retention_period": 7,
	},
}}

test_unencrypted_cluster_fails if {
	policy.deny == {"the cluster's data and snapshots are not encrypted at rest (`encrypted` is false)"} with input as cluster(false, null)
}

test_default_key_passes if {
	count(policy.deny) == 0 with input as cluster(true, null)
}

test_customer_key_passes if {
	count(policy.deny) == 0 with input as cluster(true, "aws_kms_key.warehouse")
}

test_unknown_encryption_does_not_fail if {
	count(policy.deny) == 0 with input as cluster(null, null)
}
