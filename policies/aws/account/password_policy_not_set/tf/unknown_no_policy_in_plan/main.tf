# The plan declares no password policy: another workspace may manage it.
resource "aws_s3_bucket" "data" {
  bucket = "password-policy-unknown-fixture"
}
