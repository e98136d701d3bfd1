locals {
  ec2_trust = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ec2.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

data "aws_iam_policy_document" "pass_any_role" {
  statement {
    effect    = "Allow"
    actions   = ["iam:PassRole", "ec2:RunInstances"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "read_iam" {
  statement {
    effect    = "Allow"
    actions   = ["iam:Get*", "iam:List*"]
    resources = ["*"]
  }
}

# --- AWS::IAM::Policy -------------------------------------------------------------------------

resource "aws_iam_policy" "fail_pass_any_role" {
  name = "escalation-fixture-launcher"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["iam:PassRole", "ec2:RunInstances"]
      Resource = "*"
    }]
  })
}

resource "aws_iam_policy" "fail_pass_any_role_policy_document" {
  name   = "escalation-fixture-launcher-document"
  policy = data.aws_iam_policy_document.pass_any_role.json
}

resource "aws_iam_policy" "fail_iam_star" {
  name = "escalation-fixture-iam-admin"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "iam:*"
      Resource = "*"
    }]
  })
}

# Every role of the account is as good as `*`.
resource "aws_iam_policy" "fail_pass_every_role_of_account" {
  name = "escalation-fixture-deployer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "iam:PassRole"
      Resource = "arn:aws:iam::123456789012:role/*"
    }]
  })
}

# A wildcard that covers the attach actions.
resource "aws_iam_policy" "fail_attach_wildcard" {
  name = "escalation-fixture-attach"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["iam:Attach*", "iam:Get*"]
      Resource = "*"
    }]
  })
}

resource "aws_iam_policy" "fail_policy_versions" {
  name = "escalation-fixture-policy-editor"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["iam:CreatePolicyVersion", "iam:SetDefaultPolicyVersion"]
      Resource = "arn:aws:iam::123456789012:policy/*"
    }]
  })
}

resource "aws_iam_policy" "pass_pass_named_role" {
  name = "escalation-fixture-app-launcher"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "iam:PassRole"
      Resource  = "arn:aws:iam::123456789012:role/app-runtime"
      Condition = { StringEquals = { "iam:PassedToService" = "ec2.amazonaws.com" } }
    }]
  })
}

# Users manage their own access keys only.
resource "aws_iam_policy" "pass_own_access_keys" {
  name = "escalation-fixture-self-service"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["iam:CreateAccessKey", "iam:DeleteAccessKey", "iam:ListAccessKeys"]
      Resource = "arn:aws:iam::*:user/$${aws:username}"
    }]
  })
}

resource "aws_iam_policy" "pass_read_only_iam" {
  name   = "escalation-fixture-iam-reader"
  policy = data.aws_iam_policy_document.read_iam.json
}

# Delegated administration: roles may be given policies only under the set boundary.
resource "aws_iam_policy" "pass_permissions_boundary" {
  name = "escalation-fixture-delegated-admin"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = ["iam:AttachRolePolicy", "iam:PutRolePolicy", "iam:CreateRole"]
      Resource  = "*"
      Condition = { StringEquals = { "iam:PermissionsBoundary" = "arn:aws:iam::123456789012:policy/workload-boundary" } }
    }]
  })
}

resource "aws_iam_policy" "pass_deny_pass_role" {
  name = "escalation-fixture-guard"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Deny"
      Action   = ["iam:PassRole", "iam:Attach*", "iam:Put*"]
      Resource = "*"
    }]
  })
}

# --- roles, users and groups ------------------------------------------------------------------

resource "aws_iam_role" "fail_role_inline_put_policy" {
  name               = "escalation-fixture-ci"
  assume_role_policy = local.ec2_trust

  inline_policy {
    name = "write-policies"
    policy = jsonencode({
      Version = "2012-10-17"
      Statement = [{
        Effect   = "Allow"
        Action   = ["iam:PutRolePolicy", "iam:UpdateAssumeRolePolicy"]
        Resource = "*"
      }]
    })
  }
}

# A customer managed policy of this plan attached to a role: the policy (fail_pass_any_role)
# and the role are both reported.
resource "aws_iam_role" "fail_role_attached_pass_any_role" {
  name               = "escalation-fixture-launch"
  assume_role_policy = local.ec2_trust
}

resource "aws_iam_role_policy_attachment" "launch" {
  role       = aws_iam_role.fail_role_attached_pass_any_role.name
  policy_arn = aws_iam_policy.fail_pass_any_role.arn
}

resource "aws_iam_role" "pass_role_read_only_iam" {
  name               = "escalation-fixture-audit"
  assume_role_policy = local.ec2_trust
}

resource "aws_iam_role_policy_attachment" "audit" {
  role       = aws_iam_role.pass_role_read_only_iam.name
  policy_arn = "arn:aws:iam::aws:policy/IAMReadOnlyAccess"
}

resource "aws_iam_user" "fail_user_create_access_key" {
  name = "escalation-fixture-helpdesk"
}

resource "aws_iam_user_policy" "helpdesk" {
  name = "reset-credentials"
  user = aws_iam_user.fail_user_create_access_key.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["iam:CreateAccessKey", "iam:UpdateLoginProfile"]
      Resource = "arn:aws:iam::123456789012:user/*"
    }]
  })
}

resource "aws_iam_user" "pass_user_own_keys" {
  name = "escalation-fixture-developer"
}

resource "aws_iam_user_policy_attachment" "developer" {
  user       = aws_iam_user.pass_user_own_keys.name
  policy_arn = aws_iam_policy.pass_own_access_keys.arn
}

resource "aws_iam_group" "fail_group_iam_full_access" {
  name = "escalation-fixture-identity-team"
}

resource "aws_iam_group_policy_attachment" "identity_team" {
  group      = aws_iam_group.fail_group_iam_full_access.name
  policy_arn = "arn:aws:iam::aws:policy/IAMFullAccess"
}

resource "aws_iam_group" "pass_group_read_only_iam" {
  name = "escalation-fixture-auditors"
}

resource "aws_iam_group_policy_attachment" "auditors" {
  group      = aws_iam_group.pass_group_read_only_iam.name
  policy_arn = aws_iam_policy.pass_read_only_iam.arn
}

# --- unknown ----------------------------------------------------------------------------------

resource "aws_iam_role" "app" {
  name               = "escalation-fixture-app"
  assume_role_policy = local.ec2_trust
}

# The role it may pass is an ARN only known after apply.
resource "aws_iam_policy" "unknown_pass_role_after_apply" {
  name = "escalation-fixture-pass-app"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "iam:PassRole"
      Resource = aws_iam_role.app.arn
    }]
  })
}

resource "aws_iam_role" "unknown_inline_after_apply" {
  name               = "escalation-fixture-runner"
  assume_role_policy = local.ec2_trust
}

resource "aws_iam_role_policy" "runner" {
  name = "pass-app"
  role = aws_iam_role.unknown_inline_after_apply.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "iam:PassRole"
      Resource = aws_iam_role.app.arn
    }]
  })
}
