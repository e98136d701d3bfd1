# METADATA
# title: Launch template or launch configuration maps an unencrypted EBS volume
# description: >-
#   Every instance an Auto Scaling group or a user launches from the template gets the volumes
#   it maps; a mapping that does not set `encrypted` creates volumes, and snapshots of them, in
#   the clear (unless an encrypted snapshot or the account's EBS encryption by default,
#   AWS-EC2-010, encrypts them anyway). The fix is in one place, but volumes already launched
#   stay unencrypted until their instances are replaced. Devices the template does not map
#   follow the AMI's snapshots and are not judged here.
# custom:
#   id: AWS-EC2-012
#   severity: high
#   kinds: ["AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration"]
#   themes: [encryption-at-rest]
#   remediation: >-
#     Set `encrypted = true` (and a customer managed `kms_key_id`) in every
#     `block_device_mappings { ebs { ... } }` of the `aws_launch_template`, or in the
#     `root_block_device` and every `ebs_block_device` of the `aws_launch_configuration`; then
#     refresh the group's instances. Turn on `aws_ebs_encryption_by_default` as well.
#   controls:
#     pci-dss-4.0: ["3.5.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.ec2.launch_template_block_device_unencrypted

import rego.v1

deny contains msg if {
	some device in input.resource.attributes.block_devices
	device.encryption.at_rest == false
	msg := sprintf("%s is not encrypted (`encrypted` is not true), so every instance launched from it gets an unencrypted volume", [device_label(device)])
}

device_label(device) := "the root block device" if {
	device.root == true
} else := sprintf("block device `%s`", [device.device_name]) if {
	is_string(device.device_name)
} else := "an EBS block device"
