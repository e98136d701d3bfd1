# Regional, no backup policy: EFS leaves automatic backups off.
resource "aws_efs_file_system" "fail_regional_default" {
  creation_token = "efs-002-fail-regional-default"
  encrypted      = true
}

resource "aws_efs_file_system" "fail_backups_disabled" {
  creation_token = "efs-002-fail-backups-disabled"
  encrypted      = true
}

resource "aws_efs_backup_policy" "fail_backups_disabled" {
  file_system_id = aws_efs_file_system.fail_backups_disabled.id
  backup_policy {
    status = "DISABLED"
  }
}

resource "aws_efs_file_system" "pass_backups_enabled" {
  creation_token = "efs-002-pass-backups-enabled"
  encrypted      = true
}

resource "aws_efs_backup_policy" "pass_backups_enabled" {
  file_system_id = aws_efs_file_system.pass_backups_enabled.id
  backup_policy {
    status = "ENABLED"
  }
}

# One Zone, no backup policy: EFS turns automatic backups on.
resource "aws_efs_file_system" "pass_one_zone_default" {
  creation_token         = "efs-002-pass-one-zone-default"
  encrypted              = true
  availability_zone_name = "eu-west-1b"
}
