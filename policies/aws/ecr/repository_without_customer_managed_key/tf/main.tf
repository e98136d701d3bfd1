# comply.toml beside the policy: cardholder data needs a customer managed KMS key.

resource "aws_kms_key" "cardholder" {
  description         = "ecr-002 customer managed key"
  enable_key_rotation = true
}

# No encryption_configuration: AES256, keys ECR manages.
resource "aws_ecr_repository" "fail_cardholder_aes256" {
  name = "ecr-002-fail-cardholder-aes256"
  tags = {
    DataClassification = "cardholder"
  }
}

# KMS without a key: the AWS managed aws/ecr key.
resource "aws_ecr_repository" "fail_cardholder_aws_managed_key" {
  name = "ecr-002-fail-cardholder-aws-managed-key"
  encryption_configuration {
    encryption_type = "KMS"
  }
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_ecr_repository" "pass_cardholder_customer_key" {
  name = "ecr-002-pass-cardholder-customer-key"
  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.cardholder.arn
  }
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_ecr_repository" "pass_internal_aes256" {
  name = "ecr-002-pass-internal-aes256"
  tags = {
    DataClassification = "internal"
  }
}
