# A workspace with its own regional trail: the account's multi-region trail, if any, is managed
# elsewhere, so this plan cannot say.
resource "aws_s3_bucket" "trail_logs" {
  bucket = "cloudtrail-workspace-fixture"
}

resource "aws_cloudtrail" "workspace" {
  name                       = "workspace"
  s3_bucket_name             = aws_s3_bucket.trail_logs.id
  enable_log_file_validation = true
}
