package comply.aws.redshift.cluster_audit_logging_disabled_test

import rego.v1

import data.comply.aws.redshift.cluster_audit_logging_disabled as policy

cluster(logging) := {"resource": {
	"kind": "AWS::Redshift::Cluster",
	"attributes": {
		"identifier": "warehouse",
		"encryption": {"at_rest": true, "kms_key": null},
		"publicly_accessible": false,
		"audit_logging": logging,
		"automated_snapshot_retention_period": 7,
	},
}}

test_logging_off_fails if {
	policy.deny == {"audit logging is disabled (no `aws_redshift_logging` for the cluster)"} with input as cluster(false)
}

test_logging_on_passes if {
	count(policy.deny) == 0 with input as cluster(true)
}

test_unknown_logging_does_not_fail if {
	count(policy.deny) == 0 with input as cluster(null)
}
