resource "aws_kms_key" "ebs" {
  description         = "EBS key"
  enable_key_rotation = true
}

resource "aws_ebs_volume" "fail_unencrypted" {
  availability_zone = "eu-west-1a"
  size              = 20
  type              = "gp3"
  encrypted         = false
}

resource "aws_ebs_volume" "pass_encrypted_cmk" {
  availability_zone = "eu-west-1a"
  size              = 20
  type              = "gp3"
  encrypted         = true
  kms_key_id        = aws_kms_key.ebs.arn
}

# Encrypted with the AWS managed key (aws/ebs).
resource "aws_ebs_volume" "pass_encrypted_default_key" {
  availability_zone = "eu-west-1b"
  size              = 20
  encrypted         = true
}
