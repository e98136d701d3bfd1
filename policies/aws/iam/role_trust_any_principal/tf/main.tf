data "aws_iam_policy_document" "anyone" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

data "aws_iam_policy_document" "organisation" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-a1b2c3d4e5"]
    }
  }
}

# --- fail -------------------------------------------------------------------------------------

resource "aws_iam_role" "fail_any_aws_principal" {
  name = "trust-fixture-any-aws"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role" "fail_star_principal" {
  name = "trust-fixture-star"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Anyone"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["sts:AssumeRole", "sts:TagSession"]
    }]
  })
}

resource "aws_iam_role" "fail_policy_document_any_principal" {
  name               = "trust-fixture-document"
  assume_role_policy = data.aws_iam_policy_document.anyone.json
}

# Requiring TLS and MFA says nothing of whose account the caller is in.
resource "aws_iam_role" "fail_condition_not_about_caller" {
  name = "trust-fixture-mfa-only"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sts:AssumeRole"
      Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }
    }]
  })
}

# An open statement beside a narrow one.
resource "aws_iam_role" "fail_open_among_statements" {
  name = "trust-fixture-mixed"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { Service = "ec2.amazonaws.com" }
        Action    = "sts:AssumeRole"
      },
      {
        Effect    = "Allow"
        Principal = { AWS = ["arn:aws:iam::123456789012:root", "*"] }
        Action    = "sts:*"
      },
    ]
  })
}

# --- pass -------------------------------------------------------------------------------------

resource "aws_iam_role" "pass_service_principal" {
  name = "trust-fixture-ec2"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ec2.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role" "pass_named_account" {
  name = "trust-fixture-audit"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action    = "sts:AssumeRole"
      Condition = { Bool = { "aws:MultiFactorAuthPresent" = "true" } }
    }]
  })
}

resource "aws_iam_role" "pass_any_principal_in_organisation" {
  name               = "trust-fixture-organisation"
  assume_role_policy = data.aws_iam_policy_document.organisation.json
}

# A third party that must present the agreed external id.
resource "aws_iam_role" "pass_external_id" {
  name = "trust-fixture-vendor"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "sts:AssumeRole"
      Condition = { StringEquals = { "sts:ExternalId" = "4b2c1f9e-vendor" } }
    }]
  })
}

# --- unknown ----------------------------------------------------------------------------------

resource "aws_iam_user" "deployer" {
  name = "trust-fixture-deployer"
}

# The trusted principal is an ARN only known after apply.
resource "aws_iam_role" "unknown_trust_after_apply" {
  name = "trust-fixture-deploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = aws_iam_user.deployer.arn }
      Action    = "sts:AssumeRole"
    }]
  })
}
