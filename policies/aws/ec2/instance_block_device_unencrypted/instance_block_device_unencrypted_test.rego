package comply.aws.ec2.instance_block_device_unencrypted_test

import rego.v1

import data.comply.aws.ec2.instance_block_device_unencrypted as policy

instance(devices) := {"resource": {
	"kind": "AWS::EC2::Instance",
	"attributes": {
		"instance_type": "t3.micro",
		"image_id": "ami-0123456789abcdef0",
		"subnet_id": "subnet-0123456789abcdef0",
		"associate_public_ip_address": false,
		"block_devices": devices,
		"metadata_options": {"http_tokens": "required", "http_endpoint": "enabled"},
		"iam_instance_profile": null,
	},
}}

root(at_rest) := {"device_name": null, "root": true, "encryption": {"at_rest": at_rest, "kms_key": null}}

ebs(name, at_rest) := {"device_name": name, "root": false, "encryption": {"at_rest": at_rest, "kms_key": null}}

test_unencrypted_root_fails if {
	policy.deny == {"root block device is not encrypted (`root_block_device.encrypted` is false)"} with input as instance([root(false)])
}

test_unencrypted_data_volume_fails_and_is_named if {
	policy.deny == {"block device `/dev/sdf` is not encrypted (`ebs_block_device.encrypted` is false)"} with input as instance([root(true), ebs("/dev/sdf", false)])
}

test_each_unencrypted_device_is_reported if {
	count(policy.deny) == 3 with input as instance([root(false), ebs("/dev/sdf", false), ebs("/dev/sdg", false)])
}

test_all_encrypted_passes if {
	count(policy.deny) == 0 with input as instance([root(true), ebs("/dev/sdf", true)])
}

test_unknown_encryption_does_not_fail if {
	count(policy.deny) == 0 with input as instance([root(null), ebs("/dev/sdf", null)])
}

test_known_failure_beside_unknown_device_fails if {
	count(policy.deny) == 1 with input as instance([root(null), ebs("/dev/sdf", false)])
}
