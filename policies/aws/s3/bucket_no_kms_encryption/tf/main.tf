resource "aws_kms_key" "s3" {
  description         = "S3 default encryption key"
  enable_key_rotation = true
}

# No default encryption configured: S3 applies SSE-S3.
resource "aws_s3_bucket" "fail_no_configuration" {
  bucket = "s3-001-fail-no-configuration"
}

# v4+ standalone configuration with SSE-S3.
resource "aws_s3_bucket" "fail_sse_s3" {
  bucket = "s3-001-fail-sse-s3"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "sse_s3" {
  bucket = aws_s3_bucket.fail_sse_s3.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

# Deprecated inline block with SSE-S3.
resource "aws_s3_bucket" "fail_inline_sse_s3" {
  bucket = "s3-001-fail-inline-sse-s3"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
}

resource "aws_s3_bucket" "pass_sse_kms" {
  bucket = "s3-001-pass-sse-kms"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "sse_kms" {
  bucket = aws_s3_bucket.pass_sse_kms.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.s3.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket" "pass_dsse_kms" {
  bucket = "s3-001-pass-dsse-kms"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "dsse_kms" {
  bucket = aws_s3_bucket.pass_dsse_kms.bucket
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms:dsse"
      kms_master_key_id = aws_kms_key.s3.arn
    }
  }
}

# Deprecated inline block with SSE-KMS.
resource "aws_s3_bucket" "pass_inline_sse_kms" {
  bucket = "s3-001-pass-inline-sse-kms"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.s3.arn
      }
    }
  }
}

# The algorithm depends on a value only known after apply.
resource "aws_s3_bucket" "unknown_algorithm" {
  bucket = "s3-001-unknown-algorithm"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "algorithm" {
  bucket = aws_s3_bucket.unknown_algorithm.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = aws_kms_key.s3.key_id != "" ? "aws:kms" : "AES256"
    }
  }
}
