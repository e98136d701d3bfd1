# A single-region trail beside a multi-region trail that logs all management events: the
# account is covered, whatever the regional trail records.
resource "aws_s3_bucket" "trail_logs" {
  bucket = "cloudtrail-multi-region-fixture"
}

resource "aws_cloudtrail" "regional" {
  name                       = "regional"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "organisation" {
  name                       = "organisation"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
