# The usual "force MFA" policy: allow MFA self-service, deny everything else without MFA.
resource "aws_iam_policy" "require_mfa" {
  name        = "require-mfa"
  description = "Deny everything but MFA self-service until the user signs in with MFA"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "AllowManageOwnMFA"
        Effect = "Allow"
        Action = [
          "iam:CreateVirtualMFADevice",
          "iam:EnableMFADevice",
          "iam:ListMFADevices",
          "iam:ResyncMFADevice",
        ]
        Resource = [
          "arn:aws:iam::123456789012:mfa/$${aws:username}",
          "arn:aws:iam::123456789012:user/$${aws:username}",
        ]
      },
      {
        Sid    = "DenyAllExceptListedIfNoMFA"
        Effect = "Deny"
        NotAction = [
          "iam:CreateVirtualMFADevice",
          "iam:EnableMFADevice",
          "iam:GetUser",
          "iam:ListMFADevices",
          "iam:ListVirtualMFADevices",
          "iam:ResyncMFADevice",
          "iam:ChangePassword",
          "sts:GetSessionToken",
        ]
        Resource  = "*"
        Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } }
      },
    ]
  })
}

# Least privilege, but says nothing about MFA.
resource "aws_iam_policy" "read_reports" {
  name = "read-reports"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:ListBucket"]
      Resource = ["arn:aws:s3:::mfa-fixture-reports", "arn:aws:s3:::mfa-fixture-reports/*"]
    }]
  })
}

# The same MFA statement built with the policy document data source (evaluated offline).
data "aws_iam_policy_document" "require_mfa_inline" {
  statement {
    sid       = "DenyAllWithoutMFA"
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
    condition {
      test     = "Bool"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket" "exports" {
  bucket = "mfa-fixture-exports"
}

# --- fail -----------------------------------------------------------------------------------

resource "aws_iam_user" "fail_console_no_policies" {
  name = "mfa-fixture-jdoe"
}

resource "aws_iam_user_login_profile" "jdoe" {
  user                    = aws_iam_user.fail_console_no_policies.name
  password_reset_required = true
}

# Policies through its group and on itself, none of which enforces MFA.
resource "aws_iam_user" "fail_console_policies_without_mfa" {
  name = "mfa-fixture-rroe"
}

resource "aws_iam_user_login_profile" "rroe" {
  user                    = aws_iam_user.fail_console_policies_without_mfa.name
  password_reset_required = true
}

resource "aws_iam_user_policy_attachment" "rroe_readonly" {
  user       = aws_iam_user.fail_console_policies_without_mfa.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_group" "analysts" {
  name = "mfa-fixture-analysts"
}

resource "aws_iam_group_policy_attachment" "analysts_reports" {
  group      = aws_iam_group.analysts.name
  policy_arn = aws_iam_policy.read_reports.arn
}

resource "aws_iam_user_group_membership" "rroe" {
  user   = aws_iam_user.fail_console_policies_without_mfa.name
  groups = [aws_iam_group.analysts.name]
}

# --- pass -----------------------------------------------------------------------------------

# MFA policy attached to the user directly.
resource "aws_iam_user" "pass_mfa_attached_to_user" {
  name = "mfa-fixture-asmith"
}

resource "aws_iam_user_login_profile" "asmith" {
  user                    = aws_iam_user.pass_mfa_attached_to_user.name
  password_reset_required = true
}

resource "aws_iam_user_policy_attachment" "asmith_mfa" {
  user       = aws_iam_user.pass_mfa_attached_to_user.name
  policy_arn = aws_iam_policy.require_mfa.arn
}

# MFA policy attached to a group (aws_iam_group_policy_attachment) the user joins through
# aws_iam_user_group_membership.
resource "aws_iam_group" "console_users" {
  name = "mfa-fixture-console-users"
}

resource "aws_iam_group_policy_attachment" "console_users_mfa" {
  group      = aws_iam_group.console_users.name
  policy_arn = aws_iam_policy.require_mfa.arn
}

resource "aws_iam_user" "pass_mfa_via_user_group_membership" {
  name = "mfa-fixture-bsmith"
}

resource "aws_iam_user_login_profile" "bsmith" {
  user                    = aws_iam_user.pass_mfa_via_user_group_membership.name
  password_reset_required = true
}

resource "aws_iam_user_group_membership" "bsmith" {
  user   = aws_iam_user.pass_mfa_via_user_group_membership.name
  groups = [aws_iam_group.console_users.name, aws_iam_group.analysts.name]
}

# Same group, joined through the group's aws_iam_group_membership.
resource "aws_iam_user" "pass_mfa_via_group_membership" {
  name = "mfa-fixture-cops"
}

resource "aws_iam_user_login_profile" "cops" {
  user                    = aws_iam_user.pass_mfa_via_group_membership.name
  password_reset_required = true
}

resource "aws_iam_group_membership" "console_users" {
  name  = "mfa-fixture-console-users-membership"
  group = aws_iam_group.console_users.name
  users = [aws_iam_user.pass_mfa_via_group_membership.name]
}

# An inline group policy (aws_iam_group_policy) that enforces MFA.
resource "aws_iam_group" "operators" {
  name = "mfa-fixture-operators"
}

resource "aws_iam_group_policy" "operators_mfa" {
  name   = "require-mfa"
  group  = aws_iam_group.operators.name
  policy = data.aws_iam_policy_document.require_mfa_inline.json
}

resource "aws_iam_user" "pass_mfa_inline_group_policy" {
  name = "mfa-fixture-dops"
}

resource "aws_iam_user_login_profile" "dops" {
  user                    = aws_iam_user.pass_mfa_inline_group_policy.name
  password_reset_required = true
}

resource "aws_iam_user_group_membership" "dops" {
  user   = aws_iam_user.pass_mfa_inline_group_policy.name
  groups = [aws_iam_group.operators.name]
}

# No login profile: programmatic access only, out of scope.
resource "aws_iam_user" "pass_no_console" {
  name = "mfa-fixture-report-bot"
}

# --- unknown --------------------------------------------------------------------------------

# Console user whose only policy is known after apply (it names a bucket ARN): it might enforce MFA.
resource "aws_iam_user" "unknown_inline_policy_after_apply" {
  name = "mfa-fixture-eops"
}

resource "aws_iam_user_login_profile" "eops" {
  user                    = aws_iam_user.unknown_inline_policy_after_apply.name
  password_reset_required = true
}

resource "aws_iam_user_policy" "eops_exports" {
  name = "read-exports"
  user = aws_iam_user.unknown_inline_policy_after_apply.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "s3:GetObject"
      Resource = "${aws_s3_bucket.exports.arn}/*"
    }]
  })
}
