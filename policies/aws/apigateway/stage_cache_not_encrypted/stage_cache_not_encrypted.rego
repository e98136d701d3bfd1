# METADATA
# title: API Gateway stage caches responses unencrypted
# description: >-
#   With a cache cluster on the stage and caching turned on in its method settings, API Gateway
#   keeps copies of backend responses — often personal or cardholder data — in the cache for
#   their time to live. Unless `cache_data_encrypted` is set those copies are stored
#   unencrypted at rest, outside whatever encryption protects the backend's own store (Security
#   Hub's APIGateway.5, the managed Config rule API_GW_CACHE_ENABLED_AND_ENCRYPTED).
# custom:
#   id: AWS-APIGATEWAY-003
#   severity: medium
#   kinds: ["AWS::ApiGateway::Stage"]
#   themes: [encryption-at-rest]
#   remediation: >-
#     Set `cache_data_encrypted = true` in the `settings` of every
#     `aws_api_gateway_method_settings` that sets `caching_enabled = true` for the stage.
#   controls:
#     pci-dss-4.0: ["3.5.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.1"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.apigateway.stage_cache_not_encrypted

import rego.v1

deny contains msg if {
	input.resource.attributes.cache_cluster_enabled == true
	some s in input.resource.attributes.method_settings
	s.caching_enabled == true
	s.cache_data_encrypted == false
	msg := sprintf("method settings `%s` cache responses in the stage's cache cluster unencrypted (`cache_data_encrypted` is false)", [s.method_path])
}
