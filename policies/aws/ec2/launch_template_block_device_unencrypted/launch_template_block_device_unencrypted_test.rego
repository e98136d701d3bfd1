package comply.aws.ec2.launch_template_block_device_unencrypted_test

import rego.v1

import data.comply.aws.ec2.launch_template_block_device_unencrypted as policy

template(devices) := {"resource": {
	"kind": "AWS::EC2::LaunchTemplate",
	"attributes": {"block_devices": devices},
}}

device(name, root, at_rest) := {"device_name": name, "root": root, "encryption": {"at_rest": at_rest, "kms_key": null}}

test_unencrypted_mapping_fails_and_is_named if {
	policy.deny == {"block device `/dev/sdf` is not encrypted (`encrypted` is not true), so every instance launched from it gets an unencrypted volume"} with input as template([device("/dev/sdf", false, false)])
}

test_unencrypted_root_fails if {
	policy.deny == {"the root block device is not encrypted (`encrypted` is not true), so every instance launched from it gets an unencrypted volume"} with input as template([device(null, true, false)])
}

test_each_unencrypted_device_is_reported if {
	count(policy.deny) == 2 with input as template([device("/dev/sdf", false, false), device("/dev/sdg", false, false), device("/dev/sdh", false, true)])
}

test_encrypted_or_no_mappings_pass if {
	count(policy.deny) == 0 with input as template([device("/dev/sdf", false, true)])
	count(policy.deny) == 0 with input as template([])
}

test_unknown_encryption_does_not_fail if {
	count(policy.deny) == 0 with input as template([device("/dev/sdf", false, null)])
}
