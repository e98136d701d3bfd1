# Stages with a cache cluster; only the encryption of their cached responses differs.

resource "aws_api_gateway_rest_api" "api" {
  name = "apigw-003"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_deployment" "api" {
  rest_api_id = aws_api_gateway_rest_api.api.id
}

resource "aws_api_gateway_stage" "fail_cache_unencrypted" {
  rest_api_id           = aws_api_gateway_rest_api.api.id
  deployment_id         = aws_api_gateway_deployment.api.id
  stage_name            = "fail"
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
}

# cache_data_encrypted left to API Gateway: off.
resource "aws_api_gateway_method_settings" "fail_cache_unencrypted" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.fail_cache_unencrypted.stage_name
  method_path = "*/*"
  settings {
    logging_level   = "ERROR"
    caching_enabled = true
  }
}

resource "aws_api_gateway_stage" "pass_cache_encrypted" {
  rest_api_id           = aws_api_gateway_rest_api.api.id
  deployment_id         = aws_api_gateway_deployment.api.id
  stage_name            = "pass"
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
}

resource "aws_api_gateway_method_settings" "pass_cache_encrypted" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.pass_cache_encrypted.stage_name
  method_path = "*/*"
  settings {
    logging_level        = "ERROR"
    caching_enabled      = true
    cache_data_encrypted = true
  }
}

# No cache cluster: nothing is cached.
resource "aws_api_gateway_stage" "pass_no_cache" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "pass-no-cache"
}
