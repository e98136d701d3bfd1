# METADATA
# title: KMS customer managed key does not rotate its key material
# description: >-
#   Without automatic rotation a customer managed key encrypts with the same key material for
#   as long as it exists, so any exposure of that material stays useful indefinitely and the
#   key outlives any defined cryptoperiod. AWS rotates symmetric encryption keys yearly (or on
#   the period you set) once rotation is on; asymmetric, HMAC and AWS managed keys are out of
#   scope because KMS cannot or already does rotate them.
# custom:
#   id: AWS-KMS-001
#   severity: medium
#   kinds: ["AWS::KMS::Key"]
#   themes: [key-management]
#   remediation: >-
#     Set `enable_key_rotation = true` on the `aws_kms_key` (optionally with
#     `rotation_period_in_days`, 90–2560).
#   controls:
#     pci-dss-4.0: ["3.7.4"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.kms.key_rotation_disabled

import rego.v1

deny contains "automatic key rotation is disabled on this customer managed symmetric encryption key (`enable_key_rotation` is false)" if {
	input.resource.attributes.key_manager == "CUSTOMER"
	input.resource.attributes.key_spec == "SYMMETRIC_DEFAULT"
	input.resource.attributes.key_usage == "ENCRYPT_DECRYPT"
	# KMS rotates only key material it generated, in a key that is in use: imported material
	# and custom key stores are rotated by hand, a disabled or deleted key not at all.
	input.resource.attributes.origin == "AWS_KMS"
	input.resource.attributes.key_state == "Enabled"
	input.resource.attributes.rotation_enabled == false
}
