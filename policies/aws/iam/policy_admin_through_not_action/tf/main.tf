locals {
  ec2_trust = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ec2.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
  almost_admin = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      NotAction = ["iam:*", "organizations:*", "account:*"]
      Resource  = "*"
    }]
  })
}

data "aws_iam_policy_document" "everything_but_billing" {
  statement {
    effect      = "Allow"
    not_actions = ["aws-portal:*", "budgets:*"]
    resources   = ["*"]
  }
}

# --- AWS::IAM::Policy -------------------------------------------------------------------------

resource "aws_iam_policy" "fail_not_action_jsonencode" {
  name = "not-action-fixture-power-user"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      NotAction = ["iam:*", "organizations:*", "account:*"]
      Resource  = "*"
    }]
  })
}

resource "aws_iam_policy" "fail_not_action_policy_document" {
  name   = "not-action-fixture-no-billing"
  policy = data.aws_iam_policy_document.everything_but_billing.json
}

# Every action on everything but the audit log bucket.
resource "aws_iam_policy" "fail_not_resource" {
  name = "not-action-fixture-not-resource"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect      = "Allow"
      Action      = "*"
      NotResource = ["arn:aws:s3:::not-action-fixture-audit", "arn:aws:s3:::not-action-fixture-audit/*"]
    }]
  })
}

# Everything but deleting, on one bucket only.
resource "aws_iam_policy" "pass_not_action_on_one_bucket" {
  name = "not-action-fixture-bucket-editor"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      NotAction = ["s3:DeleteBucket", "s3:DeleteBucketPolicy"]
      Resource  = ["arn:aws:s3:::not-action-fixture-reports", "arn:aws:s3:::not-action-fixture-reports/*"]
    }]
  })
}

# The usual guard rail: deny all but MFA setup without MFA.
resource "aws_iam_policy" "pass_deny_not_action" {
  name = "not-action-fixture-force-mfa"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      NotAction = ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "sts:GetSessionToken"]
      Resource  = "*"
      Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } }
    }]
  })
}

resource "aws_iam_policy" "pass_action_list" {
  name = "not-action-fixture-reader"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:ListBucket"]
      Resource = ["arn:aws:s3:::not-action-fixture-reports", "arn:aws:s3:::not-action-fixture-reports/*"]
    }]
  })
}

# --- roles, users and groups ------------------------------------------------------------------

resource "aws_iam_role" "fail_role_inline_not_action" {
  name               = "not-action-fixture-ops"
  assume_role_policy = local.ec2_trust

  inline_policy {
    name   = "almost-everything"
    policy = local.almost_admin
  }
}

resource "aws_iam_role" "fail_role_power_user_access" {
  name               = "not-action-fixture-developer"
  assume_role_policy = local.ec2_trust
}

resource "aws_iam_role_policy_attachment" "developer" {
  role       = aws_iam_role.fail_role_power_user_access.name
  policy_arn = "arn:aws:iam::aws:policy/PowerUserAccess"
}

resource "aws_iam_role" "pass_role_reader" {
  name               = "not-action-fixture-reporting"
  assume_role_policy = local.ec2_trust
}

resource "aws_iam_role_policy_attachment" "reporting" {
  role       = aws_iam_role.pass_role_reader.name
  policy_arn = aws_iam_policy.pass_action_list.arn
}

resource "aws_iam_user" "fail_user_not_action" {
  name = "not-action-fixture-jdoe"
}

resource "aws_iam_user_policy" "jdoe" {
  name   = "almost-everything"
  user   = aws_iam_user.fail_user_not_action.name
  policy = data.aws_iam_policy_document.everything_but_billing.json
}

resource "aws_iam_user" "pass_user_force_mfa" {
  name = "not-action-fixture-asmith"
}

resource "aws_iam_user_policy_attachment" "asmith" {
  user       = aws_iam_user.pass_user_force_mfa.name
  policy_arn = aws_iam_policy.pass_deny_not_action.arn
}

resource "aws_iam_group" "fail_group_not_action_attached" {
  name = "not-action-fixture-platform"
}

resource "aws_iam_group_policy_attachment" "platform" {
  group      = aws_iam_group.fail_group_not_action_attached.name
  policy_arn = aws_iam_policy.fail_not_action_jsonencode.arn
}

resource "aws_iam_group" "pass_group_reader" {
  name = "not-action-fixture-analysts"
}

resource "aws_iam_group_policy_attachment" "analysts" {
  group      = aws_iam_group.pass_group_reader.name
  policy_arn = aws_iam_policy.pass_action_list.arn
}

# --- unknown ----------------------------------------------------------------------------------

resource "aws_s3_bucket" "exports" {
  bucket = "not-action-fixture-exports"
}

# The excepted resource is an ARN only known after apply.
resource "aws_iam_policy" "unknown_document_after_apply" {
  name = "not-action-fixture-exports"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect      = "Allow"
      Action      = "*"
      NotResource = "${aws_s3_bucket.exports.arn}/*"
    }]
  })
}
