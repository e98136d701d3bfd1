# METADATA
# title: SNS topic does not encrypt messages at rest
# description: >-
#   SNS has no encryption of its own: without a KMS key (`kms_master_key_id`) a topic stores the
#   messages it has not yet delivered, and those it retries for minutes to days to unavailable
#   subscribers, unencrypted. Topics carry what their publishers send — alerts, order and
#   payment events, customer records — so an auditor expects server-side encryption, as for SQS
#   queues (AWS-SQS-001). The AWS managed `aws/sns` key is encryption at rest and passes. The
#   PCI DSS 3.5.1 mapping holds where messages carry PAN, and is a judgement otherwise.
# custom:
#   id: AWS-SNS-001
#   severity: medium
#   kinds: ["AWS::SNS::Topic"]
#   themes: [encryption-at-rest]
#   remediation: >-
#     Set `kms_master_key_id` on the `aws_sns_topic`: `alias/aws/sns`, or better a customer
#     managed `aws_kms_key` whose key policy lets the publishing services use it (an AWS managed
#     key cannot be used by CloudWatch alarms, S3 event notifications or EventBridge).
#   controls:
#     pci-dss-4.0: ["3.5.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.sns.topic_not_encrypted

import rego.v1

deny contains "messages are not encrypted at rest (no `kms_master_key_id` is set)" if {
	input.resource.attributes.encryption.at_rest == false
}
