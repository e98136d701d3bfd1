# METADATA
# title: EC2 instance has an unencrypted EBS block device
# description: >-
#   The root and attached EBS volumes of an instance hold its operating system, application data,
#   logs and often credentials; unencrypted, they and their snapshots sit in the clear on AWS
#   storage. An instance volume cannot be encrypted in place: it has to be replaced from an
#   encrypted snapshot copy.
# custom:
#   id: AWS-EC2-002
#   severity: high
#   kinds: ["AWS::EC2::Instance"]
#   themes: [encryption-at-rest]
#   remediation: >-
#     Set `encrypted = true` (and a customer managed `kms_key_id`) in the `root_block_device` and
#     every `ebs_block_device` of the `aws_instance`, and turn on `aws_ebs_encryption_by_default`.
#   controls:
#     pci-dss-4.0: ["3.5.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.ec2.instance_block_device_unencrypted

import rego.v1

deny contains msg if {
	some device in input.resource.attributes.block_devices
	device.encryption.at_rest == false
	msg := sprintf("%s is not encrypted (`%s.encrypted` is false)", [device_label(device), block_name(device)])
}

device_label(device) := "root block device" if {
	device.root == true
	not is_string(device.device_name)
}

device_label(device) := sprintf("root block device `%s`", [device.device_name]) if {
	device.root == true
	is_string(device.device_name)
}

device_label(device) := sprintf("block device `%s`", [device.device_name]) if {
	device.root == false
	is_string(device.device_name)
}

device_label(device) := "an EBS block device" if {
	device.root == false
	not is_string(device.device_name)
}

block_name(device) := "root_block_device" if device.root == true

block_name(device) := "ebs_block_device" if device.root == false
