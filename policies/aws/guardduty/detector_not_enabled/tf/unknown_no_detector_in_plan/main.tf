# The plan uses eu-west-1 but declares no detector: another workspace may manage it.
resource "aws_s3_bucket" "data" {
  bucket = "guardduty-unknown-fixture"
}
