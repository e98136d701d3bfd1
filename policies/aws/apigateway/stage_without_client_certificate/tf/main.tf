# Stages of one REST API; only their client certificate differs.

resource "aws_api_gateway_rest_api" "api" {
  name = "apigw-005"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_deployment" "api" {
  rest_api_id = aws_api_gateway_rest_api.api.id
}

resource "aws_api_gateway_client_certificate" "backend" {
  description = "apigw-005 backend mTLS"
}

resource "aws_api_gateway_stage" "fail_no_client_certificate" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "fail"
}

resource "aws_api_gateway_stage" "pass_client_certificate" {
  rest_api_id           = aws_api_gateway_rest_api.api.id
  deployment_id         = aws_api_gateway_deployment.api.id
  stage_name            = "pass"
  client_certificate_id = aws_api_gateway_client_certificate.backend.id
}
