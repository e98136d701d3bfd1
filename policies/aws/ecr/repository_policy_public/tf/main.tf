resource "aws_ecr_repository" "fail_public_pull" {
  name = "ecr-001-fail-public-pull"
}

resource "aws_ecr_repository_policy" "fail_public_pull" {
  repository = aws_ecr_repository.fail_public_pull.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AnyonePulls"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer", "ecr:BatchCheckLayerAvailability"]
    }]
  })
}

resource "aws_ecr_repository" "fail_public_push" {
  name = "ecr-001-fail-public-push"
}

resource "aws_ecr_repository_policy" "fail_public_push" {
  repository = aws_ecr_repository.fail_public_push.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["ecr:PutImage", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart", "ecr:CompleteLayerUpload"]
    }]
  })
}

resource "aws_ecr_repository" "pass_other_account" {
  name = "ecr-001-pass-other-account"
}

resource "aws_ecr_repository_policy" "pass_other_account" {
  repository = aws_ecr_repository.pass_other_account.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::210987654321:root" }
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    }]
  })
}

resource "aws_ecr_repository" "pass_organisation_only" {
  name = "ecr-001-pass-organisation-only"
}

resource "aws_ecr_repository_policy" "pass_organisation_only" {
  repository = aws_ecr_repository.pass_organisation_only.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}

resource "aws_ecr_repository" "pass_no_policy" {
  name = "ecr-001-pass-no-policy"
}
