resource "aws_backup_vault" "main" {
  name = "main"
}

# A vault in the same plan, in us-east-1: its region comes from the plan.
resource "aws_backup_vault" "us" {
  provider = aws.us
  name     = "dr-us"
}

resource "aws_backup_plan" "fail_personal_copied_to_us" {
  name = "fail-personal-copied-to-us"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 3 * * ? *)"
    copy_action {
      destination_vault_arn = aws_backup_vault.us.arn
    }
  }
  tags = { DataClassification = "personal" }
}

resource "aws_backup_plan" "fail_personal_copied_by_arn" {
  name = "fail-personal-copied-by-arn"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 3 * * ? *)"
    copy_action {
      destination_vault_arn = "arn:aws:backup:ap-southeast-2:123456789012:backup-vault:dr-sydney"
    }
  }
  tags = { DataClassification = "personal" }
}

resource "aws_backup_plan" "pass_personal_copied_in_eu" {
  name = "pass-personal-copied-in-eu"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 3 * * ? *)"
    copy_action {
      destination_vault_arn = "arn:aws:backup:eu-central-1:123456789012:backup-vault:dr-frankfurt"
    }
  }
  tags = { DataClassification = "personal" }
}

resource "aws_backup_plan" "pass_internal_copied_to_us" {
  name = "pass-internal-copied-to-us"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 3 * * ? *)"
    copy_action {
      destination_vault_arn = aws_backup_vault.us.arn
    }
  }
  tags = { DataClassification = "internal" }
}
