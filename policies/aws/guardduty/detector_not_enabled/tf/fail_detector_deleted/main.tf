# The plan deletes the region's only detector (terraform.tfstate holds it): GuardDuty goes off
# in eu-west-1. Deleting it is definite; no other workspace can keep a second detector there.
resource "aws_s3_bucket" "data" {
  bucket = "guardduty-deleted-fixture"
}
