package comply.aws.rds.instance_storage_unencrypted_test

import rego.v1

import data.comply.aws.rds.instance_storage_unencrypted as policy

instance(at_rest, cluster) := {"resource": {
	"kind": "AWS::RDS::DBInstance",
	"attributes": {"encryption": {"at_rest": at_rest, "kms_key": null}, "cluster": cluster},
}}

test_unencrypted_instance_fails if {
	count(policy.deny) == 1 with input as instance(false, null)
}

test_encrypted_instance_passes if {
	count(policy.deny) == 0 with input as instance(true, null)
}

test_unknown_encryption_does_not_fail if {
	count(policy.deny) == 0 with input as instance(null, null)
}

test_aurora_member_is_left_to_its_cluster if {
	count(policy.deny) == 0 with input as instance(false, "aws_rds_cluster.main")
}
