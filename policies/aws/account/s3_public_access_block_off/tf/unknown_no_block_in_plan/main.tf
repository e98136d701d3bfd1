# The plan declares no account-level block: another workspace may manage it.
resource "aws_s3_bucket" "data" {
  bucket = "s3-account-block-unknown-fixture"
}
