resource "aws_s3_bucket" "unlogged" {
  bucket = "cloudtrail-unlogged-fixture"
}

resource "aws_s3_bucket" "logged" {
  bucket = "cloudtrail-logged-fixture"
}

resource "aws_s3_bucket" "access_logs" {
  bucket = "cloudtrail-access-logs-fixture"
}

resource "aws_s3_bucket_logging" "logged" {
  bucket        = aws_s3_bucket.logged.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "cloudtrail/"
}

resource "aws_cloudtrail" "fail_bucket_unlogged" {
  name                       = "unlogged"
  s3_bucket_name             = aws_s3_bucket.unlogged.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

resource "aws_cloudtrail" "pass_bucket_logged" {
  name                       = "logged"
  s3_bucket_name             = aws_s3_bucket.logged.id
  is_multi_region_trail      = true
  enable_log_file_validation = true
}

# Every S3 object read and write is recorded by the trail itself.
resource "aws_cloudtrail" "pass_s3_data_events" {
  name                       = "data-events"
  s3_bucket_name             = aws_s3_bucket.unlogged.id
  is_multi_region_trail      = true
  enable_log_file_validation = true

  event_selector {
    read_write_type           = "All"
    include_management_events = true

    data_resource {
      type   = "AWS::S3::Object"
      values = ["arn:aws:s3"]
    }
  }
}

# A central log archive bucket this plan does not hold: unknown.
resource "aws_cloudtrail" "unknown_archive_bucket" {
  name                       = "archive"
  s3_bucket_name             = "org-log-archive-123456789012"
  is_multi_region_trail      = true
  enable_log_file_validation = true
}
