# The region's setting, turned off.
resource "aws_ebs_encryption_by_default" "main" {
  enabled = false
}
