package comply.aws.ec2.volume_unencrypted_test

import rego.v1

import data.comply.aws.ec2.volume_unencrypted as policy

volume(at_rest, kms_key) := {"resource": {
	"kind": "AWS::EC2::Volume",
	"attributes": {
		"encryption": {"at_rest": at_rest, "kms_key": kms_key},
		"size_gib": 20,
		"volume_type": "gp3",
		"availability_zone": "eu-west-1a",
	},
}}

test_unencrypted_volume_fails if {
	count(policy.deny) == 1 with input as volume(false, null)
}

test_volume_with_cmk_passes if {
	count(policy.deny) == 0 with input as volume(true, "aws_kms_key.ebs")
}

test_volume_with_default_key_passes if {
	count(policy.deny) == 0 with input as volume(true, null)
}

test_unknown_encryption_does_not_fail if {
	count(policy.deny) == 0 with input as volume(null, null)
}
