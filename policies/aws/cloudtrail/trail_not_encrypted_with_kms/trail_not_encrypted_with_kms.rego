# METADATA
# title: CloudTrail logs are not encrypted with a KMS key
# description: >-
#   Without a KMS key CloudTrail log files get only SSE-S3, so anyone with read access to the
#   bucket can read the whole account's API history. With SSE-KMS reading a log also needs
#   `kms:Decrypt` on a key whose policy you control, and every use of the key is itself logged.
# custom:
#   id: AWS-CLOUDTRAIL-003
#   severity: medium
#   kinds: ["AWS::CloudTrail::Trail"]
#   themes: [logging-audit, key-management]
#   remediation: >-
#     Set `kms_key_id` on the `aws_cloudtrail` to a customer managed `aws_kms_key` whose key
#     policy lets cloudtrail.amazonaws.com encrypt and only log readers decrypt.
#   controls:
#     pci-dss-4.0: ["10.3.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.15", "A.8.24"]
package comply.aws.cloudtrail.trail_not_encrypted_with_kms

import rego.v1

# `kms_key` is null both when no key is set and when the key is only known after apply; only
# the first is a finding.
deny contains "trail log files are not encrypted with a KMS key (no `kms_key_id`)" if {
	input.resource.attributes.kms_key == null
	not "attributes.kms_key" in input.resource.unknown
}
