# The plan uses eu-west-1 but does not declare the setting: another workspace may manage it.
resource "aws_s3_bucket" "data" {
  bucket = "ebs-default-unknown-fixture"
}
