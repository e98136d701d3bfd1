resource "aws_s3_bucket" "trail_logs" {
  bucket = "cloudtrail-multi-region-fixture"
}

resource "aws_cloudtrail" "fail_single_region" {
  name                       = "single-region"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  is_multi_region_trail      = false
  enable_log_file_validation = true
}

# is_multi_region_trail defaults to false.
resource "aws_cloudtrail" "fail_region_default" {
  name           = "region-default"
  s3_bucket_name = aws_s3_bucket.trail_logs.id
}

resource "aws_cloudtrail" "pass_multi_region" {
  name                       = "multi-region"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
