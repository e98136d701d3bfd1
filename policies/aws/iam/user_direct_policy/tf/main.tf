resource "aws_iam_policy" "read_reports" {
  name = "direct-fixture-read-reports"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:ListBucket"]
      Resource = ["arn:aws:s3:::direct-fixture-reports", "arn:aws:s3:::direct-fixture-reports/*"]
    }]
  })
}

# --- fail -------------------------------------------------------------------------------------

# Managed policy through aws_iam_user_policy_attachment.
resource "aws_iam_user" "fail_managed_attachment" {
  name = "direct-fixture-report-bot"
}

resource "aws_iam_user_policy_attachment" "report_bot" {
  user       = aws_iam_user.fail_managed_attachment.name
  policy_arn = aws_iam_policy.read_reports.arn
}

# AWS managed policy attached to the user.
resource "aws_iam_user" "fail_aws_managed_attachment" {
  name = "direct-fixture-auditor"
}

resource "aws_iam_user_policy_attachment" "auditor" {
  user       = aws_iam_user.fail_aws_managed_attachment.name
  policy_arn = "arn:aws:iam::aws:policy/SecurityAudit"
}

# Inline aws_iam_user_policy.
resource "aws_iam_user" "fail_inline_policy" {
  name = "direct-fixture-export-bot"
}

resource "aws_iam_user_policy" "export_bot" {
  name = "read-exports"
  user = aws_iam_user.fail_inline_policy.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "s3:GetObject"
      Resource = "arn:aws:s3:::direct-fixture-exports/*"
    }]
  })
}

# aws_iam_policy_attachment naming the user.
resource "aws_iam_user" "fail_exclusive_attachment" {
  name = "direct-fixture-etl-bot"
}

resource "aws_iam_policy_attachment" "read_reports" {
  name       = "direct-fixture-read-reports"
  policy_arn = aws_iam_policy.read_reports.arn
  users      = [aws_iam_user.fail_exclusive_attachment.name]
  groups     = [aws_iam_group.reporting.name]
}

# --- pass -------------------------------------------------------------------------------------

resource "aws_iam_group" "reporting" {
  name = "direct-fixture-reporting"
}

resource "aws_iam_group_policy_attachment" "reporting" {
  group      = aws_iam_group.reporting.name
  policy_arn = aws_iam_policy.read_reports.arn
}

resource "aws_iam_group_policy" "reporting_exports" {
  name  = "read-exports"
  group = aws_iam_group.reporting.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "s3:GetObject"
      Resource = "arn:aws:s3:::direct-fixture-exports/*"
    }]
  })
}

resource "aws_iam_user" "pass_via_user_group_membership" {
  name = "direct-fixture-asmith"
}

resource "aws_iam_user_group_membership" "asmith" {
  user   = aws_iam_user.pass_via_user_group_membership.name
  groups = [aws_iam_group.reporting.name]
}

resource "aws_iam_user" "pass_via_group_membership" {
  name = "direct-fixture-bops"
}

resource "aws_iam_group_membership" "reporting" {
  name  = "direct-fixture-reporting-membership"
  group = aws_iam_group.reporting.name
  users = [aws_iam_user.pass_via_group_membership.name]
}

resource "aws_iam_user" "pass_no_policies" {
  name = "direct-fixture-new-hire"
}
