# REST APIs and their root methods; only authorization and endpoint types differ.

resource "aws_api_gateway_rest_api" "fail_open_get" {
  name = "apigw-004-fail-open-get"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_method" "fail_open_get" {
  rest_api_id   = aws_api_gateway_rest_api.fail_open_get.id
  resource_id   = aws_api_gateway_rest_api.fail_open_get.root_resource_id
  http_method   = "GET"
  authorization = "NONE"
}

# Edge-optimized by default.
resource "aws_api_gateway_rest_api" "fail_open_post_edge" {
  name = "apigw-004-fail-open-post-edge"
}

resource "aws_api_gateway_resource" "orders" {
  rest_api_id = aws_api_gateway_rest_api.fail_open_post_edge.id
  parent_id   = aws_api_gateway_rest_api.fail_open_post_edge.root_resource_id
  path_part   = "orders"
}

resource "aws_api_gateway_method" "fail_open_post_edge" {
  rest_api_id   = aws_api_gateway_rest_api.fail_open_post_edge.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = "POST"
  authorization = "NONE"
}

resource "aws_api_gateway_rest_api" "pass_iam_and_preflight" {
  name = "apigw-004-pass-iam-and-preflight"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_method" "pass_iam" {
  rest_api_id   = aws_api_gateway_rest_api.pass_iam_and_preflight.id
  resource_id   = aws_api_gateway_rest_api.pass_iam_and_preflight.root_resource_id
  http_method   = "GET"
  authorization = "AWS_IAM"
}

resource "aws_api_gateway_method" "pass_preflight" {
  rest_api_id   = aws_api_gateway_rest_api.pass_iam_and_preflight.id
  resource_id   = aws_api_gateway_rest_api.pass_iam_and_preflight.root_resource_id
  http_method   = "OPTIONS"
  authorization = "NONE"
}

resource "aws_api_gateway_rest_api" "pass_api_key" {
  name = "apigw-004-pass-api-key"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_method" "pass_api_key" {
  rest_api_id      = aws_api_gateway_rest_api.pass_api_key.id
  resource_id      = aws_api_gateway_rest_api.pass_api_key.root_resource_id
  http_method      = "GET"
  authorization    = "NONE"
  api_key_required = true
}

resource "aws_api_gateway_rest_api" "pass_private" {
  name = "apigw-004-pass-private"
  endpoint_configuration {
    types            = ["PRIVATE"]
    vpc_endpoint_ids = ["vpce-0a1b2c3d4e5f67890"]
  }
}

resource "aws_api_gateway_method" "pass_private" {
  rest_api_id   = aws_api_gateway_rest_api.pass_private.id
  resource_id   = aws_api_gateway_rest_api.pass_private.root_resource_id
  http_method   = "ANY"
  authorization = "NONE"
}

# Defined by an OpenAPI body: its methods are not resources of the plan.
resource "aws_api_gateway_rest_api" "unknown_openapi_body" {
  name = "apigw-004-unknown-openapi-body"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
  body = jsonencode({
    openapi = "3.0.1"
    info    = { title = "apigw-004", version = "1" }
    paths = {
      "/" = {
        get = {
          "x-amazon-apigateway-integration" = { type = "MOCK", requestTemplates = { "application/json" = "{\"statusCode\": 200}" } }
        }
      }
    }
  })
}
