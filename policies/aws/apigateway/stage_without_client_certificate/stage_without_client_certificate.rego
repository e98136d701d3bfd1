# METADATA
# title: API Gateway stage presents no client certificate to its backend
# description: >-
#   A stage's client certificate lets an HTTP backend authenticate API Gateway with mutual TLS
#   and refuse requests that did not come through the API (and its authorization, throttling
#   and logging). Without one the backend must be reachable by, and trust, any caller that finds
#   it. This is Security Hub's APIGateway.2 and the managed Config rule API_GW_SSL_ENABLED,
#   which judge every stage; for a stage whose integrations are only Lambda functions or AWS
#   services the certificate is not used, and the finding may be accepted as such.
# custom:
#   id: AWS-APIGATEWAY-005
#   severity: medium
#   kinds: ["AWS::ApiGateway::Stage"]
#   themes: [encryption-in-transit]
#   remediation: >-
#     Create an `aws_api_gateway_client_certificate`, set `client_certificate_id` on the
#     `aws_api_gateway_stage` to its id, and make the backend require that certificate.
#   controls:
#     pci-dss-4.0: ["4.2.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.7"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.apigateway.stage_without_client_certificate

import rego.v1

deny contains "the stage presents no client certificate to its backend (`client_certificate_id`): the backend cannot tell API Gateway's requests from anyone else's" if {
	input.resource.attributes.client_certificate == null
	# A certificate known only after apply is a certificate.
	not "attributes.client_certificate" in input.resource.unknown
}
