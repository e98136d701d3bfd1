package comply.aws.rds.snapshot_public_test

import rego.v1

import data.comply.aws.rds.snapshot_public as policy

snapshot(kind, shared) := {"resource": {
	"kind": kind,
	"attributes": {
		"identifier": "nightly",
		"encryption": {"at_rest": false, "kms_key": null},
		"shared_accounts": shared,
	},
}}

test_public_snapshot_fails if {
	policy.deny == {"the snapshot is shared with `all`: any AWS account can restore it"} with input as snapshot("AWS::RDS::DBSnapshot", ["all"])
}

test_public_cluster_snapshot_fails if {
	count(policy.deny) == 1 with input as snapshot("AWS::RDS::DBClusterSnapshot", ["210987654321", "all"])
}

test_named_account_passes if {
	count(policy.deny) == 0 with input as snapshot("AWS::RDS::DBSnapshot", ["210987654321"])
}

test_not_shared_passes if {
	count(policy.deny) == 0 with input as snapshot("AWS::RDS::DBSnapshot", [])
}
