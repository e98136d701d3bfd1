# Custom domains; only their security policies differ.

resource "aws_api_gateway_domain_name" "fail_tls_1_0" {
  domain_name     = "legacy.apigw-006.example.com"
  certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/1b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e"
  security_policy = "TLS_1_0"
}

resource "aws_api_gateway_domain_name" "pass_tls_1_2" {
  domain_name              = "api.apigw-006.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
  security_policy          = "TLS_1_2"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

# Left to API Gateway: the plan does not show the policy.
resource "aws_api_gateway_domain_name" "unknown_default_policy" {
  domain_name              = "default.apigw-006.example.com"
  regional_certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}
