# Stages of one REST API; only their access logging differs.

resource "aws_api_gateway_rest_api" "api" {
  name = "apigw-001"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_deployment" "api" {
  rest_api_id = aws_api_gateway_rest_api.api.id
}

resource "aws_cloudwatch_log_group" "access" {
  name              = "/aws/apigateway/apigw-001-access"
  retention_in_days = 365
}

resource "aws_api_gateway_stage" "fail_no_access_logs" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "fail"
}

resource "aws_api_gateway_stage" "pass_access_logs" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "pass"
  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.access.arn
    format          = "$context.requestId $context.identity.sourceIp $context.identity.caller $context.httpMethod $context.resourcePath $context.status"
  }
}
