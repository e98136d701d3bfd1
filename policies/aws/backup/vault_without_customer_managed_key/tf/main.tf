resource "aws_kms_key" "backup" {
  description         = "Backup vault key"
  enable_key_rotation = true
}

# Cardholder data backed up with the AWS managed `aws/backup` key.
resource "aws_backup_vault" "fail_cardholder_default_key" {
  name = "fail-cardholder-default-key"
  tags = { DataClassification = "cardholder" }
}

resource "aws_backup_vault" "pass_cardholder_customer_key" {
  name        = "pass-cardholder-customer-key"
  kms_key_arn = aws_kms_key.backup.arn
  tags        = { DataClassification = "cardholder" }
}

# Not data comply.toml requires a customer managed key for.
resource "aws_backup_vault" "pass_internal_default_key" {
  name = "pass-internal-default-key"
  tags = { DataClassification = "internal" }
}
