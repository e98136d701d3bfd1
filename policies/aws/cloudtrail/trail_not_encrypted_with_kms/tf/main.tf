resource "aws_s3_bucket" "trail_logs" {
  bucket = "cloudtrail-kms-fixture"
}

resource "aws_kms_key" "trail" {
  description         = "CloudTrail log encryption"
  enable_key_rotation = true
}

# Only known after apply, through a value the configuration cannot trace to a resource.
locals {
  trail_key_arn = aws_kms_key.trail.arn
}

resource "aws_cloudtrail" "fail_no_kms_key" {
  name                       = "no-kms"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "pass_kms_key_in_plan" {
  name                       = "kms-in-plan"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = aws_kms_key.trail.arn
}

resource "aws_cloudtrail" "pass_kms_key_arn" {
  name                       = "kms-literal"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:123456789012:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
}

resource "aws_cloudtrail" "unknown_kms_key" {
  name                       = "kms-via-local"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = local.trail_key_arn
}
