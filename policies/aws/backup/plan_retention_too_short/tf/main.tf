resource "aws_backup_vault" "main" {
  name = "main"
}

resource "aws_backup_plan" "fail_three_days" {
  name = "fail-three-days"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 3 * * ? *)"
    lifecycle {
      delete_after = 3
    }
  }
}

resource "aws_backup_plan" "fail_short_copy" {
  name = "fail-short-copy"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 3 * * ? *)"
    lifecycle {
      delete_after = 35
    }
    copy_action {
      destination_vault_arn = "arn:aws:backup:eu-central-1:123456789012:backup-vault:dr"
      lifecycle {
        delete_after = 2
      }
    }
  }
}

resource "aws_backup_plan" "pass_thirty_five_days" {
  name = "pass-thirty-five-days"
  rule {
    rule_name         = "daily"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 3 * * ? *)"
    lifecycle {
      delete_after = 35
    }
  }
}

# No lifecycle: recovery points are kept until deleted by hand.
resource "aws_backup_plan" "pass_kept" {
  name = "pass-kept"
  rule {
    rule_name         = "weekly"
    target_vault_name = aws_backup_vault.main.name
    schedule          = "cron(0 5 ? * SUN *)"
  }
}
