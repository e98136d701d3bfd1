# METADATA
# title: API Gateway method can be called by anyone, without authorization or an API key
# description: >-
#   A method with `authorization = "NONE"` and no API key required runs its integration — a
#   Lambda function, an HTTP backend, an AWS service action — for any caller on the internet.
#   Unless the API is meant to be public, that is unauthenticated access to the backend and its
#   data. `OPTIONS` methods are left out (a CORS preflight must be open), and so are private APIs
#   (endpoint type `PRIVATE`), reachable only through VPC endpoints. A resource policy that
#   restricts callers (by source IP or VPC) is not taken into account: such a method still
#   fails, and the finding may be accepted. A method requiring an API key passes, although a key
#   identifies a client rather than authorizing it. AWS Config does not record methods, so from
#   Config this policy is unknown.
# custom:
#   id: AWS-APIGATEWAY-004
#   severity: high
#   kinds: ["AWS::ApiGateway::RestApi"]
#   themes: [identity-mfa, public-access]
#   remediation: >-
#     Set `authorization` on the `aws_api_gateway_method` to `AWS_IAM`, `COGNITO_USER_POOLS`
#     (with `authorizer_id`) or `CUSTOM` (a Lambda authorizer), or make the API `PRIVATE`.
#   controls:
#     pci-dss-4.0: ["7.2.1", "8.3.1"]
#     gdpr: ["Art.25(2)", "Art.32(1)(b)"]
#     soc2: ["CC6.1", "CC6.6"]
#     iso27001-2022: ["A.5.15", "A.8.3", "A.8.5"]
package comply.aws.apigateway.method_without_authorization

import rego.v1

deny contains msg if {
	types := input.resource.attributes.endpoint_types
	is_array(types)
	not "PRIVATE" in types
	some m in input.resource.attributes.methods
	m.authorization == "NONE"
	m.api_key_required == false
	m.http_method != "OPTIONS"
	msg := sprintf("method `%s` on `%s` needs no authorization (`authorization` is `NONE`) and no API key: anyone can call it", [m.http_method, m.resource])
}
