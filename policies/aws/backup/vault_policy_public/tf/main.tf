resource "aws_backup_vault" "fail_open_policy" {
  name = "fail-open-policy"
}

resource "aws_backup_vault_policy" "fail_open_policy" {
  backup_vault_name = aws_backup_vault.fail_open_policy.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AllowCopy"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["backup:CopyIntoBackupVault", "backup:DeleteRecoveryPoint"]
      Resource  = "*"
    }]
  })
}

resource "aws_backup_vault" "pass_organization_only" {
  name = "pass-organization-only"
}

resource "aws_backup_vault_policy" "pass_organization_only" {
  backup_vault_name = aws_backup_vault.pass_organization_only.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AllowCopyFromOrganization"
        Effect    = "Allow"
        Principal = "*"
        Action    = "backup:CopyIntoBackupVault"
        Resource  = "*"
        Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
      },
      {
        Sid       = "DenyRecoveryPointDeletion"
        Effect    = "Deny"
        Principal = "*"
        Action    = ["backup:DeleteRecoveryPoint", "backup:UpdateRecoveryPointLifecycle"]
        Resource  = "*"
      },
    ]
  })
}

resource "aws_backup_vault" "pass_no_policy" {
  name = "pass-no-policy"
}
