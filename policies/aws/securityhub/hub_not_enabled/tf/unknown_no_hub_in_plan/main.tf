# The plan uses eu-west-1 but declares no hub: another workspace or the organisation's
# delegated administrator may have enabled it.
resource "aws_s3_bucket" "data" {
  bucket = "securityhub-unknown-fixture"
}
