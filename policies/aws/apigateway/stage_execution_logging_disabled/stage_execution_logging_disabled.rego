# METADATA
# title: API Gateway stage does not log execution for all its methods
# description: >-
#   Execution logging (a method setting, `logging_level` `ERROR` or `INFO`) records in CloudWatch
#   Logs how API Gateway handled each request: authorizer decisions, throttling, integration
#   errors. It is off by default, and what the managed Config rule
#   API_GW_EXECUTION_LOGGING_ENABLED and Security Hub's APIGateway.1 require on every method. A
#   stage fails when its stage-wide `*/*` method settings do not turn it on, or when settings
#   for one method turn it `OFF`. Method settings known only after apply are not judged.
# custom:
#   id: AWS-APIGATEWAY-002
#   severity: medium
#   kinds: ["AWS::ApiGateway::Stage"]
#   themes: [logging-audit]
#   remediation: >-
#     Add an `aws_api_gateway_method_settings` with `method_path = "*/*"` and
#     `settings { logging_level = "ERROR" }` (or `"INFO"`) for the stage, and remove
#     `logging_level = "OFF"` from per-method settings.
#   controls:
#     pci-dss-4.0: ["10.2.1"]
#     gdpr: ["Art.32(1)(b)"]
#     soc2: ["CC7.2"]
#     iso27001-2022: ["A.8.15"]
package comply.aws.apigateway.stage_execution_logging_disabled

import rego.v1

logging_levels := {"ERROR", "INFO"}

deny contains "execution logging is off for the stage's methods: no `*/*` method settings with `logging_level` `ERROR` or `INFO`" if {
	not "attributes.method_settings" in input.resource.unknown
	not stage_wide_logging
}

deny contains msg if {
	some s in input.resource.attributes.method_settings
	s.method_path != "*/*"
	s.logging_level == "OFF"
	msg := sprintf("method settings `%s` turn execution logging `OFF`", [s.method_path])
}

stage_wide_logging if {
	some s in input.resource.attributes.method_settings
	s.method_path == "*/*"
	s.logging_level in logging_levels
}
