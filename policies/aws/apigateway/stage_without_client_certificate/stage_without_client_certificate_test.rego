package comply.aws.apigateway.stage_without_client_certificate_test

import rego.v1

import data.comply.aws.apigateway.stage_without_client_certificate as policy

stage(certificate, unknown) := {"resource": {
	"kind": "AWS::ApiGateway::Stage",
	"attributes": {"client_certificate": certificate},
	"unknown": unknown,
}}

test_stage_without_certificate_fails if {
	count(policy.deny) == 1 with input as stage(null, [])
}

test_stage_with_certificate_passes if {
	count(policy.deny) == 0 with input as stage("aws_api_gateway_client_certificate.backend", [])
}

test_certificate_known_after_apply_does_not_fail if {
	count(policy.deny) == 0 with input as stage(null, ["attributes.client_certificate"])
}
