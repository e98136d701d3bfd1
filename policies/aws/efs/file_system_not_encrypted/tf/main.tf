resource "aws_kms_key" "files" {
  description         = "EFS shared files key"
  enable_key_rotation = true
}

# Nothing set: EFS creates the file system unencrypted.
resource "aws_efs_file_system" "fail_default_unencrypted" {
  creation_token = "efs-001-fail-default-unencrypted"
}

resource "aws_efs_file_system" "fail_encryption_off" {
  creation_token = "efs-001-fail-encryption-off"
  encrypted      = false
}

# Encrypted with the AWS managed aws/elasticfilesystem key.
resource "aws_efs_file_system" "pass_aws_managed_key" {
  creation_token = "efs-001-pass-aws-managed-key"
  encrypted      = true
}

resource "aws_efs_file_system" "pass_customer_key" {
  creation_token = "efs-001-pass-customer-key"
  encrypted      = true
  kms_key_id     = aws_kms_key.files.arn
}
