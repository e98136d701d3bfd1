resource "aws_kms_key" "table" {
  description         = "DynamoDB key"
  enable_key_rotation = true
}

# No server_side_encryption block: the AWS owned key.
resource "aws_dynamodb_table" "fail_default_encryption" {
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

# enabled without a key: the AWS managed key aws/dynamodb, a KMS key whose use is logged.
resource "aws_dynamodb_table" "pass_aws_managed_key" {
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
