# METADATA
# title: Kinesis data stream does not encrypt records at rest
# description: >-
#   Kinesis Data Streams does not encrypt unless asked: with `encryption_type = "NONE"` (the
#   default) every record — clickstreams, application events, change data captured from
#   databases — is stored unencrypted for the whole retention period, from a day up to a year,
#   and can be replayed by any consumer. Server-side encryption with KMS, the AWS managed
#   `aws/kinesis` key included, passes; whether a customer managed key is needed is key
#   management. The PCI DSS 3.5.1 mapping holds where records carry PAN, and is a judgement
#   otherwise.
# custom:
#   id: AWS-KINESIS-001
#   severity: medium
#   kinds: ["AWS::Kinesis::Stream"]
#   themes: [encryption-at-rest]
#   remediation: >-
#     Set `encryption_type = "KMS"` and `kms_key_id` (`alias/aws/kinesis`, or a customer managed
#     `aws_kms_key`) on the `aws_kinesis_stream`; an existing stream can be encrypted in place,
#     records already written stay unencrypted until they expire.
#   controls:
#     pci-dss-4.0: ["3.5.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.kinesis.stream_not_encrypted

import rego.v1

deny contains "records are not encrypted at rest (`encryption_type` is `NONE`)" if {
	input.resource.attributes.encryption.at_rest == false
}
