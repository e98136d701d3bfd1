# METADATA
# title: API Gateway stage sends no access logs
# description: >-
#   Without access logging a REST API stage keeps no record of who called which method, from
#   which address and with what result: requests that probe, abuse or exfiltrate through the
#   API leave no trace to investigate, and the audit trail of access to the data behind it has
#   a gap. Access logs go to a CloudWatch Logs group or a Firehose stream named in the stage's
#   `access_log_settings`. Execution logging (AWS-APIGATEWAY-002) is a separate, diagnostic log.
# custom:
#   id: AWS-APIGATEWAY-001
#   severity: medium
#   kinds: ["AWS::ApiGateway::Stage"]
#   themes: [logging-audit]
#   remediation: >-
#     Add `access_log_settings { destination_arn = aws_cloudwatch_log_group.x.arn, format = ... }`
#     to the `aws_api_gateway_stage`, with a format that records at least `$context.requestId`,
#     `$context.identity.sourceIp`, `$context.identity.caller`, `$context.httpMethod`,
#     `$context.resourcePath` and `$context.status` (the account's `aws_api_gateway_account`
#     needs a CloudWatch role).
#   controls:
#     pci-dss-4.0: ["10.2.1"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC7.2"]
#     iso27001-2022: ["A.8.15"]
package comply.aws.apigateway.stage_access_logging_disabled

import rego.v1

deny contains "the stage sends no access logs (`access_log_settings`): who called the API, from where and with what result is not recorded" if {
	input.resource.attributes.access_logging == false
}
