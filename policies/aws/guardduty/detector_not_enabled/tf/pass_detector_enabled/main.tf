resource "aws_guardduty_detector" "main" {
  enable = true
}

resource "aws_s3_bucket" "data" {
  bucket = "guardduty-pass-fixture"
}
