resource "aws_kms_key" "ebs" {
  description         = "EBS default key"
  enable_key_rotation = true
}

resource "aws_ebs_encryption_by_default" "main" {
  enabled = true
}

resource "aws_ebs_default_kms_key" "main" {
  key_arn = aws_kms_key.ebs.arn
}
