# METADATA
# title: EBS volume is not encrypted
# description: >-
#   An unencrypted EBS volume keeps its data, and every snapshot taken of it, in the clear on
#   AWS storage, and snapshots shared or copied out of the account stay readable. Encryption
#   cannot be switched on for an existing volume: it has to be replaced by a volume made from an
#   encrypted snapshot copy.
# custom:
#   id: AWS-EC2-001
#   severity: high
#   kinds: ["AWS::EC2::Volume"]
#   themes: [encryption-at-rest]
#   remediation: >-
#     Set `encrypted = true` and a customer managed `kms_key_id` on the `aws_ebs_volume`, and turn
#     on `aws_ebs_encryption_by_default` in every region.
#   controls:
#     pci-dss-4.0: ["3.5.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.ec2.volume_unencrypted

import rego.v1

deny contains "volume is not encrypted (`encrypted` is false)" if {
	input.resource.attributes.encryption.at_rest == false
}
