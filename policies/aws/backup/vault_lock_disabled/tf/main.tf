resource "aws_backup_vault" "fail_no_lock" {
  name = "fail-no-lock"
}

resource "aws_backup_vault" "pass_locked" {
  name = "pass-locked"
}

resource "aws_backup_vault_lock_configuration" "pass_locked" {
  backup_vault_name   = aws_backup_vault.pass_locked.name
  min_retention_days  = 7
  max_retention_days  = 365
  changeable_for_days = 3
}
