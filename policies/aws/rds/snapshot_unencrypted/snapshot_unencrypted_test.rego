package comply.aws.rds.snapshot_unencrypted_test

import rego.v1

import data.comply.aws.rds.snapshot_unencrypted as policy

snapshot(kind, at_rest) := {"resource": {
	"id": "aws_db_snapshot.nightly",
	"kind": kind,
	"attributes": {
		"identifier": "nightly",
		"source_db": "orders",
		"encryption": {"at_rest": at_rest, "kms_key": null},
		"shared_accounts": [],
	},
}}

test_unencrypted_snapshot_fails if {
	policy.deny == {"snapshot `nightly` is not encrypted at rest"} with input as snapshot("AWS::RDS::DBSnapshot", false)
}

test_unencrypted_cluster_snapshot_fails if {
	count(policy.deny) == 1 with input as snapshot("AWS::RDS::DBClusterSnapshot", false)
}

test_encrypted_snapshot_passes if {
	count(policy.deny) == 0 with input as snapshot("AWS::RDS::DBSnapshot", true)
}

test_unknown_encryption_does_not_fail if {
	count(policy.deny) == 0 with input as snapshot("AWS::RDS::DBSnapshot", null)
}
