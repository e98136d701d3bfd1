# comply.toml beside this folder requires a customer managed key for `cardholder` data only.

resource "aws_kms_key" "table" {
  description         = "DynamoDB key"
  enable_key_rotation = true
}

# No server_side_encryption block: the AWS owned key.
resource "aws_dynamodb_table" "fail_default_encryption" {
  tags         = { DataClassification = "cardholder" }
  name         = "fail-default"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

# enabled = false is the same AWS owned key, written out.
resource "aws_dynamodb_table" "fail_sse_disabled" {
  tags         = { DataClassification = "cardholder" }
  name         = "fail-sse-disabled"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled = false
  }
}

resource "aws_dynamodb_table" "pass_customer_managed_key" {
  tags         = { DataClassification = "cardholder" }
  name         = "pass-cmk"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.table.arn
  }
}

# Cardholder data under the AWS managed key aws/dynamodb: nobody in the account controls it.
resource "aws_dynamodb_table" "fail_aws_managed_key" {
  tags         = { DataClassification = "cardholder" }
  name         = "pass-aws-managed"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled = true
  }
}

# DynamoDB encrypts every table with AES-256: data no setting classifies passes with the AWS
# owned key.
resource "aws_dynamodb_table" "pass_unclassified_default" {
  name         = "pass-unclassified-default"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}
