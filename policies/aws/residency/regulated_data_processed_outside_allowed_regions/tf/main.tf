# comply.toml beside the policy: personal data may live in eu-west-1 and eu-central-1. The
# default provider is eu-west-1; aws.us is us-east-1, aws.eu_central is eu-central-1.

locals {
  role = "arn:aws:iam::123456789012:role/lambda-exec"
}

resource "aws_lambda_function" "fail_personal_function_us" {
  provider      = aws.us
  function_name = "res-010-fail-profile-export"
  role          = local.role
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_lambda_function" "pass_personal_function_frankfurt" {
  provider      = aws.eu_central
  function_name = "res-010-pass-profile-export"
  role          = local.role
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_ecs_task_definition" "fail_personal_tasks_us" {
  provider = aws.us
  family   = "res-010-fail-billing"
  container_definitions = jsonencode([{
    name      = "billing"
    image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/billing:1.4.2"
    essential = true
  }])
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_api_gateway_rest_api" "pass_unclassified_api_us" {
  provider = aws.us
  name     = "res-010-pass-status"
}
