# The plan uses eu-west-1 but declares no recorder: another workspace may manage it.
resource "aws_s3_bucket" "data" {
  bucket = "config-unknown-fixture"
}
