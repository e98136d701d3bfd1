# Not set: the provider's default is off.
resource "aws_dynamodb_table" "fail_protection_not_set" {
  name         = "fail-protection-not-set"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "fail_protection_disabled" {
  name                        = "fail-protection-disabled"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "id"
  deletion_protection_enabled = false

  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "pass_protected" {
  name                        = "pass-protected"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "id"
  deletion_protection_enabled = true

  attribute {
    name = "id"
    type = "S"
  }
}
