locals {
  ec2_trust = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ec2.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
  admin_document = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*"
      Resource = "*"
    }]
  })
}

data "aws_iam_policy_document" "admin" {
  statement {
    sid       = "Everything"
    effect    = "Allow"
    actions   = ["*"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "read_reports" {
  statement {
    effect    = "Allow"
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = ["arn:aws:s3:::admin-fixture-reports", "arn:aws:s3:::admin-fixture-reports/*"]
  }
}

# --- AWS::IAM::Policy -------------------------------------------------------------------------

resource "aws_iam_policy" "fail_admin_jsonencode" {
  name   = "admin-fixture-break-glass"
  policy = local.admin_document
}

resource "aws_iam_policy" "fail_admin_policy_document" {
  name   = "admin-fixture-everything"
  policy = data.aws_iam_policy_document.admin.json
}

# One admin statement among narrower ones.
resource "aws_iam_policy" "fail_admin_among_statements" {
  name = "admin-fixture-mixed"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject"]
        Resource = ["arn:aws:s3:::admin-fixture-reports/*"]
      },
      {
        Effect   = "Allow"
        Action   = ["*"]
        Resource = ["*"]
      },
    ]
  })
}

resource "aws_iam_policy" "pass_least_privilege" {
  name   = "admin-fixture-read-reports"
  policy = data.aws_iam_policy_document.read_reports.json
}

# Every action, but on one bucket only: broad, yet not full admin.
resource "aws_iam_policy" "pass_scoped_wildcard" {
  name = "admin-fixture-bucket-owner"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "s3:*"
      Resource = ["arn:aws:s3:::admin-fixture-reports", "arn:aws:s3:::admin-fixture-reports/*"]
    }]
  })
}

resource "aws_iam_policy" "pass_deny_everything" {
  name = "admin-fixture-quarantine"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Deny"
      Action   = "*"
      Resource = "*"
    }]
  })
}

# --- roles ------------------------------------------------------------------------------------

# Inline aws_iam_role_policy.
resource "aws_iam_role" "fail_inline_role_policy" {
  name               = "admin-fixture-ops"
  assume_role_policy = local.ec2_trust
}

resource "aws_iam_role_policy" "ops_everything" {
  name = "everything"
  role = aws_iam_role.fail_inline_role_policy.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["*"]
      Resource = ["*"]
    }]
  })
}

# The role's own inline_policy block.
resource "aws_iam_role" "fail_inline_policy_block" {
  name               = "admin-fixture-deployer"
  assume_role_policy = local.ec2_trust

  inline_policy {
    name   = "deploy-anything"
    policy = local.admin_document
  }
}

# The AWS managed AdministratorAccess policy through aws_iam_role_policy_attachment.
resource "aws_iam_role" "fail_aws_administrator_access" {
  name               = "admin-fixture-aws-admin"
  assume_role_policy = local.ec2_trust
}

resource "aws_iam_role_policy_attachment" "aws_admin" {
  role       = aws_iam_role.fail_aws_administrator_access.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

# AdministratorAccess through the role's managed_policy_arns.
resource "aws_iam_role" "fail_managed_policy_arns" {
  name                = "admin-fixture-legacy-admin"
  assume_role_policy  = local.ec2_trust
  managed_policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"]
}

# A customer managed admin policy of this plan attached to a role: the policy
# (fail_admin_jsonencode) and the role are both reported.
resource "aws_iam_role" "fail_customer_admin_attached" {
  name               = "admin-fixture-break-glass"
  assume_role_policy = local.ec2_trust
}

resource "aws_iam_role_policy_attachment" "break_glass" {
  role       = aws_iam_role.fail_customer_admin_attached.name
  policy_arn = aws_iam_policy.fail_admin_jsonencode.arn
}

resource "aws_iam_role" "pass_least_privilege_role" {
  name               = "admin-fixture-reporting"
  assume_role_policy = local.ec2_trust

  inline_policy {
    name   = "read-reports"
    policy = data.aws_iam_policy_document.read_reports.json
  }
}

resource "aws_iam_role_policy_attachment" "reporting_read" {
  role       = aws_iam_role.pass_least_privilege_role.name
  policy_arn = aws_iam_policy.pass_least_privilege.arn
}

resource "aws_iam_role_policy_attachment" "reporting_readonly" {
  role       = aws_iam_role.pass_least_privilege_role.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

# --- users and groups -------------------------------------------------------------------------

resource "aws_iam_user" "fail_user_inline_admin" {
  name = "admin-fixture-jdoe"
}

resource "aws_iam_user_policy" "jdoe_everything" {
  name   = "everything"
  user   = aws_iam_user.fail_user_inline_admin.name
  policy = local.admin_document
}

resource "aws_iam_user" "pass_user_least_privilege" {
  name = "admin-fixture-report-bot"
}

resource "aws_iam_user_policy" "report_bot_read" {
  name   = "read-reports"
  user   = aws_iam_user.pass_user_least_privilege.name
  policy = data.aws_iam_policy_document.read_reports.json
}

resource "aws_iam_group" "fail_group_inline_admin" {
  name = "admin-fixture-admins"
}

resource "aws_iam_group_policy" "admins_everything" {
  name   = "everything"
  group  = aws_iam_group.fail_group_inline_admin.name
  policy = data.aws_iam_policy_document.admin.json
}

# Holds admin through the group only: reported on the group, not on each member.
resource "aws_iam_user" "admin_group_member" {
  name = "admin-fixture-asmith"
}

resource "aws_iam_user_group_membership" "asmith" {
  user   = aws_iam_user.admin_group_member.name
  groups = [aws_iam_group.fail_group_inline_admin.name]
}

resource "aws_iam_group" "pass_group_least_privilege" {
  name = "admin-fixture-analysts"
}

resource "aws_iam_group_policy_attachment" "analysts_read" {
  group      = aws_iam_group.pass_group_least_privilege.name
  policy_arn = aws_iam_policy.pass_least_privilege.arn
}

# --- unknown ----------------------------------------------------------------------------------

resource "aws_s3_bucket" "exports" {
  bucket = "admin-fixture-exports"
}

# The document names a bucket ARN that is only known after apply.
resource "aws_iam_policy" "unknown_document_after_apply" {
  name = "admin-fixture-exports"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "s3:GetObject"
      Resource = "${aws_s3_bucket.exports.arn}/*"
    }]
  })
}
