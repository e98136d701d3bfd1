# With `[scope] plan_covers_account = true` (fail_single_region_only.comply.toml) this plan is
# the whole account, and its only trail records one region.
resource "aws_s3_bucket" "trail_logs" {
  bucket = "cloudtrail-single-region-fixture"
}

resource "aws_cloudtrail" "regional" {
  name                       = "regional"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  is_multi_region_trail      = false
  enable_log_file_validation = true
}
