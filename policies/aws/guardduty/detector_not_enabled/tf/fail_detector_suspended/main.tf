# The region's only detector, suspended: a detector exists but produces no findings.
resource "aws_guardduty_detector" "main" {
  enable = false
}
