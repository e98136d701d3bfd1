# Access-log target (neutral helper).
resource "aws_s3_bucket" "logs" {
  bucket = "s3-005-access-logs"
}

resource "aws_s3_bucket" "fail_no_logging" {
  bucket = "s3-005-fail-no-logging"
}

# v4+ aws_s3_bucket_logging.
resource "aws_s3_bucket" "pass_logging" {
  bucket = "s3-005-pass-logging"
}

resource "aws_s3_bucket_logging" "logging" {
  bucket        = aws_s3_bucket.pass_logging.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "pass-logging/"
}

# Joined by name, logging to a bucket outside this configuration.
resource "aws_s3_bucket" "pass_logging_by_name" {
  bucket = "s3-005-pass-logging-by-name"
}

resource "aws_s3_bucket_logging" "logging_by_name" {
  bucket        = aws_s3_bucket.pass_logging_by_name.bucket
  target_bucket = "central-access-logs-123456789012"
  target_prefix = "pass-logging-by-name/"
}

# Deprecated inline `logging` block.
resource "aws_s3_bucket" "pass_inline_logging" {
  bucket = "s3-005-pass-inline-logging"
  logging {
    target_bucket = "central-access-logs-123456789012"
    target_prefix = "pass-inline-logging/"
  }
}
