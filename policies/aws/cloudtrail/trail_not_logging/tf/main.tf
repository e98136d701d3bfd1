resource "aws_s3_bucket" "trail_logs" {
  bucket = "cloudtrail-not-logging-fixture"
}

resource "aws_cloudtrail" "fail_stopped" {
  name                  = "stopped"
  s3_bucket_name        = aws_s3_bucket.trail_logs.id
  is_multi_region_trail = true
  enable_logging        = false
}

# enable_logging defaults to true.
resource "aws_cloudtrail" "pass_logging_default" {
  name                  = "logging-default"
  s3_bucket_name        = aws_s3_bucket.trail_logs.id
  is_multi_region_trail = true
}

resource "aws_cloudtrail" "pass_logging" {
  name                  = "logging"
  s3_bucket_name        = aws_s3_bucket.trail_logs.id
  is_multi_region_trail = true
  enable_logging        = true
}

# Depends on a value known only after apply.
resource "aws_cloudtrail" "unknown_logging" {
  name                  = "computed-logging"
  s3_bucket_name        = aws_s3_bucket.trail_logs.id
  is_multi_region_trail = true
  enable_logging        = aws_s3_bucket.trail_logs.bucket_domain_name != ""
}
