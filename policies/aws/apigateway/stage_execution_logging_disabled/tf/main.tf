# Stages of one REST API; only their method settings differ.

resource "aws_api_gateway_rest_api" "api" {
  name = "apigw-002"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_deployment" "api" {
  rest_api_id = aws_api_gateway_rest_api.api.id
}

# No method settings: API Gateway's default, logging OFF.
resource "aws_api_gateway_stage" "fail_no_method_settings" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "fail-none"
}

# Stage-wide settings that leave logging_level to API Gateway (OFF).
resource "aws_api_gateway_stage" "fail_metrics_only" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "fail-metrics"
}

resource "aws_api_gateway_method_settings" "fail_metrics_only" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.fail_metrics_only.stage_name
  method_path = "*/*"
  settings {
    metrics_enabled = true
  }
}

# Stage-wide INFO, but one method turned OFF.
resource "aws_api_gateway_stage" "fail_method_off" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "fail-method-off"
}

resource "aws_api_gateway_method_settings" "fail_method_off_all" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.fail_method_off.stage_name
  method_path = "*/*"
  settings {
    logging_level = "INFO"
  }
}

resource "aws_api_gateway_method_settings" "fail_method_off_items" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.fail_method_off.stage_name
  method_path = "items/GET"
  settings {
    logging_level = "OFF"
  }
}

resource "aws_api_gateway_stage" "pass_error_logging" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "pass"
}

resource "aws_api_gateway_method_settings" "pass_error_logging" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.pass_error_logging.stage_name
  method_path = "*/*"
  settings {
    logging_level   = "ERROR"
    metrics_enabled = true
  }
}


# The logging level comes from a variable set at apply time: unknown.
resource "aws_api_gateway_stage" "unknown_level" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "unknown"
}

resource "aws_api_gateway_method_settings" "unknown_level" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.unknown_level.stage_name
  method_path = "*/*"
  settings {
    logging_level = aws_api_gateway_deployment.api.id == "" ? "OFF" : "INFO"
  }
}
