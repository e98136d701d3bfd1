package comply.aws.redshift.cluster_publicly_accessible_test

import rego.v1

import data.comply.aws.redshift.cluster_publicly_accessible as policy

cluster(public) := {"resource": {
	"kind": "AWS::Redshift::Cluster",
	"attributes": {
		"identifier": "warehouse",
		"encryption": {"at_rest": true, "kms_key": null},
		"publicly_accessible": public,
		"audit_logging": true,
		"automated_snapshot_retention_period": 7,
	},
}}

test_public_cluster_fails if {
	policy.deny == {"cluster is publicly accessible (`publicly_accessible` is true)"} with input as cluster(true)
}

test_private_cluster_passes if {
	count(policy.deny) == 0 with input as cluster(false)
}

test_unknown_accessibility_does_not_fail if {
	count(policy.deny) == 0 with input as cluster(null)
}
