# comply.toml beside the policy: cardholder data needs a customer managed KMS key.

resource "aws_kms_key" "cardholder" {
  description         = "efs-003 customer managed key"
  enable_key_rotation = true
}

# Encrypted, no kms_key_id: the AWS managed aws/elasticfilesystem key.
resource "aws_efs_file_system" "fail_cardholder_default_key" {
  creation_token = "efs-003-fail-cardholder-default-key"
  encrypted      = true
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_efs_file_system" "fail_cardholder_aws_managed_alias" {
  creation_token = "efs-003-fail-cardholder-aws-managed-alias"
  encrypted      = true
  kms_key_id     = "arn:aws:kms:eu-west-1:123456789012:alias/aws/elasticfilesystem"
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_efs_file_system" "pass_cardholder_customer_key" {
  creation_token = "efs-003-pass-cardholder-customer-key"
  encrypted      = true
  kms_key_id     = aws_kms_key.cardholder.arn
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_efs_file_system" "pass_personal_default_key" {
  creation_token = "efs-003-pass-personal-default-key"
  encrypted      = true
  tags = {
    DataClassification = "personal"
  }
}
