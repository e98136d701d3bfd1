resource "aws_s3_bucket" "fail_never_versioned" {
  bucket = "s3-006-fail-never-versioned"
}

# v4+ aws_s3_bucket_versioning, suspended.
resource "aws_s3_bucket" "fail_suspended" {
  bucket = "s3-006-fail-suspended"
}

resource "aws_s3_bucket_versioning" "suspended" {
  bucket = aws_s3_bucket.fail_suspended.id
  versioning_configuration {
    status = "Suspended"
  }
}

# Deprecated inline `versioning` block, disabled.
resource "aws_s3_bucket" "fail_inline_disabled" {
  bucket = "s3-006-fail-inline-disabled"
  versioning {
    enabled = false
  }
}

resource "aws_s3_bucket" "pass_enabled" {
  bucket = "s3-006-pass-enabled"
}

resource "aws_s3_bucket_versioning" "enabled" {
  bucket = aws_s3_bucket.pass_enabled.id
  versioning_configuration {
    status = "Enabled"
  }
}

# Deprecated inline `versioning` block, enabled.
resource "aws_s3_bucket" "pass_inline_enabled" {
  bucket = "s3-006-pass-inline-enabled"
  versioning {
    enabled = true
  }
}

resource "aws_kms_key" "helper" {
  description = "only here to make the status unknown until apply"
}

# The status depends on a value only known after apply.
resource "aws_s3_bucket" "unknown_status" {
  bucket = "s3-006-unknown-status"
}

resource "aws_s3_bucket_versioning" "status" {
  bucket = aws_s3_bucket.unknown_status.id
  versioning_configuration {
    status = aws_kms_key.helper.key_id != "" ? "Enabled" : "Suspended"
  }
}
