resource "aws_s3_bucket" "trail_logs" {
  bucket = "cloudtrail-validation-fixture"
}

resource "aws_cloudtrail" "fail_validation_disabled" {
  name                       = "validation-off"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  is_multi_region_trail      = true
  enable_log_file_validation = false
}

# enable_log_file_validation defaults to false.
resource "aws_cloudtrail" "fail_validation_default" {
  name                  = "validation-default"
  s3_bucket_name        = aws_s3_bucket.trail_logs.id
  is_multi_region_trail = true
}

resource "aws_cloudtrail" "pass_validation_enabled" {
  name                       = "validation-on"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
