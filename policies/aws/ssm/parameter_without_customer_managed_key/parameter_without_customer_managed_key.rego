# METADATA
# title: SecureString parameter holding data that needs a customer managed key is not encrypted with one
# description: >-
#   A `SecureString` without `key_id` is encrypted with the AWS managed `aws/ssm` key, whose key
#   policy the organisation cannot change: access to the parameter's value cannot be restricted,
#   audited or revoked through the key, nor the key disabled in an incident. Whether the key must
#   be customer managed is key management decided per data classification by `[encryption]
#   customer_managed_key_for` in comply.toml, as for queues, secrets and log groups
#   (AWS-KMS-003): for those classifications the AWS managed key fails; with no setting nothing
#   fails. Plain `String` parameters are AWS-SSM-001's concern, and a key known only after apply
#   is not the default key. The PCI DSS 3.6.1 mapping holds where the data is cardholder data. No
#   GDPR mapping, as for AWS-KMS-003: the data is encrypted either way, and who holds the key is
#   key management, which GDPR does not prescribe.
# custom:
#   id: AWS-SSM-002
#   severity: medium
#   kinds: ["AWS::SSM::Parameter"]
#   themes: [key-management]
#   remediation: >-
#     Set `key_id` on the `aws_ssm_parameter` to a customer managed `aws_kms_key` (its ARN, id or
#     alias).
#   controls:
#     pci-dss-4.0: ["3.6.1"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.ssm.parameter_without_customer_managed_key

import rego.v1

import data.comply.lib

deny contains "the data needs a customer managed KMS key, but the SecureString parameter uses the AWS managed `aws/ssm` key" if {
	lib.customer_managed_key_required(input.resource.tags)
	input.resource.attributes.type == "SecureString"
	input.resource.attributes.customer_managed_key == false
}
