# comply.toml beside the policy: cardholder data needs a customer managed KMS key.

resource "aws_kms_key" "cardholder" {
  description         = "ssm-002 customer managed key"
  enable_key_rotation = true
}

# No key_id: the AWS managed aws/ssm key.
resource "aws_ssm_parameter" "fail_cardholder_default_key" {
  name  = "/ssm-002/cardholder/tokenization_key"
  type  = "SecureString"
  value = "fixture-placeholder"
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_ssm_parameter" "fail_cardholder_aws_managed_alias" {
  name   = "/ssm-002/cardholder/db_password"
  type   = "SecureString"
  key_id = "alias/aws/ssm"
  value  = "fixture-placeholder"
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_ssm_parameter" "pass_cardholder_customer_key" {
  name   = "/ssm-002/cardholder/api_token"
  type   = "SecureString"
  key_id = aws_kms_key.cardholder.arn
  value  = "fixture-placeholder"
  tags = {
    DataClassification = "cardholder"
  }
}

# Not cardholder data: the AWS managed key is enough.
resource "aws_ssm_parameter" "pass_internal_default_key" {
  name  = "/ssm-002/internal/api_token"
  type  = "SecureString"
  value = "fixture-placeholder"
  tags = {
    DataClassification = "internal"
  }
}
