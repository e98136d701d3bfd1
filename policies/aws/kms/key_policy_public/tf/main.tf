locals {
  account_root = {
    Sid       = "AccountAdministers"
    Effect    = "Allow"
    Principal = { AWS = "arn:aws:iam::123456789012:root" }
    Action    = "kms:*"
    Resource  = "*"
  }
}

data "aws_iam_policy_document" "everyone_decrypts" {
  statement {
    sid       = "AnyoneDecrypts"
    effect    = "Allow"
    actions   = ["kms:Decrypt", "kms:DescribeKey"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

# --- fail -------------------------------------------------------------------------------------

resource "aws_kms_key" "fail_everyone_kms_star" {
  description         = "key anyone can administer"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}

resource "aws_kms_key" "fail_everyone_decrypts" {
  description         = "key anyone can decrypt with"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.everyone_decrypts.json
}

# Through S3 only, but from any account.
resource "aws_kms_key" "fail_via_service_only" {
  description         = "any account, through S3"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      local.account_root,
      {
        Effect    = "Allow"
        Principal = "*"
        Action    = ["kms:Decrypt", "kms:GenerateDataKey*"]
        Resource  = "*"
        Condition = { StringEquals = { "kms:ViaService" = "s3.eu-west-1.amazonaws.com" } }
      },
    ]
  })
}

# --- pass -------------------------------------------------------------------------------------

resource "aws_kms_key" "pass_account_root" {
  description         = "the account's own key"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AccountAdministers"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}

# The pattern of AWS managed keys: any principal, but only of this account and through S3.
resource "aws_kms_key" "pass_caller_account" {
  description         = "this account, through S3"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      local.account_root,
      {
        Effect    = "Allow"
        Principal = { AWS = "*" }
        Action    = ["kms:Decrypt", "kms:GenerateDataKey*"]
        Resource  = "*"
        Condition = {
          StringEquals = {
            "kms:CallerAccount" = "123456789012"
            "kms:ViaService"    = "s3.eu-west-1.amazonaws.com"
          }
        }
      },
    ]
  })
}

resource "aws_kms_key" "pass_service_principal" {
  description         = "CloudTrail log encryption"
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      local.account_root,
      {
        Sid       = "CloudTrailEncrypts"
        Effect    = "Allow"
        Principal = { Service = "cloudtrail.amazonaws.com" }
        Action    = "kms:GenerateDataKey*"
        Resource  = "*"
        Condition = { StringEquals = { "aws:SourceAccount" = "123456789012" } }
      },
    ]
  })
}

# --- unknown ----------------------------------------------------------------------------------

# No policy written: KMS's default, computed at apply.
resource "aws_kms_key" "unknown_default_policy" {
  description         = "default key policy"
  enable_key_rotation = true
}
