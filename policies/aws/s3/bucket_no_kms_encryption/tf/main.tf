# comply.toml beside this folder requires a customer managed key for `cardholder` data only.

resource "aws_kms_key" "s3" {
  description         = "S3 default encryption key"
  enable_key_rotation = true
}

# Cardholder data with no configuration: S3 applies SSE-S3, which the settings do not accept.
resource "aws_s3_bucket" "fail_cardholder_no_configuration" {
  bucket = "s3-001-fail-cardholder-default"
  tags   = { DataClassification = "cardholder" }
}

# Cardholder data with an explicit SSE-S3 configuration.
resource "aws_s3_bucket" "fail_cardholder_sse_s3" {
  bucket = "s3-001-fail-cardholder-sse-s3"
  tags   = { DataClassification = "cardholder" }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "cardholder_sse_s3" {
  bucket = aws_s3_bucket.fail_cardholder_sse_s3.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

# Cardholder data under the AWS managed `aws/s3` key: nobody in the account controls it.
resource "aws_s3_bucket" "fail_cardholder_aws_managed_key" {
  bucket = "s3-001-fail-cardholder-aws-managed"
  tags   = { DataClassification = "cardholder" }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "cardholder_aws_managed" {
  bucket = aws_s3_bucket.fail_cardholder_aws_managed_key.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}

# SSE-S3 is AES-256 encryption at rest: data no setting classifies passes.
resource "aws_s3_bucket" "pass_sse_s3_unclassified" {
  bucket = "s3-001-pass-sse-s3"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "sse_s3" {
  bucket = aws_s3_bucket.pass_sse_s3_unclassified.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

# Personal data is not in `customer_managed_key_for`: S3's default encryption is enough.
resource "aws_s3_bucket" "pass_personal_default" {
  bucket = "s3-001-pass-personal-default"
  tags   = { DataClassification = "personal" }
}

resource "aws_s3_bucket" "pass_cardholder_sse_kms" {
  bucket = "s3-001-pass-cardholder-sse-kms"
  tags   = { DataClassification = "cardholder" }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "cardholder_sse_kms" {
  bucket = aws_s3_bucket.pass_cardholder_sse_kms.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.s3.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket" "pass_cardholder_dsse_kms" {
  bucket = "s3-001-pass-cardholder-dsse-kms"
  tags   = { DataClassification = "cardholder" }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "cardholder_dsse_kms" {
  bucket = aws_s3_bucket.pass_cardholder_dsse_kms.bucket
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms:dsse"
      kms_master_key_id = aws_kms_key.s3.arn
    }
  }
}
