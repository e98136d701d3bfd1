# METADATA
# title: SQS queue does not encrypt messages at rest
# description: >-
#   With neither SSE-SQS nor SSE-KMS, message bodies (orders, payment events, customer records)
#   are stored unencrypted while they wait in the queue and its dead-letter queue, for up to 14
#   days. SQS turns SSE-SQS on for new queues that set no KMS key, so this is a queue where it
#   was turned off, or an older queue that never had it. The PCI DSS 3.5.1 mapping holds where
#   messages carry PAN, and is a judgement otherwise.
# custom:
#   id: AWS-SQS-001
#   severity: medium
#   kinds: ["AWS::SQS::Queue"]
#   themes: [encryption-at-rest]
#   remediation: >-
#     Set `sqs_managed_sse_enabled = true` on the `aws_sqs_queue`, or better a customer managed
#     `kms_master_key_id` when only chosen principals may read the messages.
#   controls:
#     pci-dss-4.0: ["3.5.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.sqs.queue_not_encrypted

import rego.v1

deny contains "messages are not encrypted at rest (SSE-SQS is off and no `kms_master_key_id` is set)" if {
	input.resource.attributes.encryption.at_rest == false
}
