# No bucket policy at all.
resource "aws_s3_bucket" "fail_no_policy" {
  bucket = "s3-003-fail-no-policy"
}

# v4+ aws_s3_bucket_policy that grants read access but never denies plain HTTP.
resource "aws_s3_bucket" "fail_policy_without_tls_deny" {
  bucket = "s3-003-fail-policy-without-tls-deny"
}

resource "aws_s3_bucket_policy" "policy_without_tls_deny" {
  bucket = aws_s3_bucket.fail_policy_without_tls_deny.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "ReportingRead"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/reporting" }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::s3-003-fail-policy-without-tls-deny/*"
    }]
  })
}

# Denies plain HTTP for GetObject only: writes and listing still work without TLS.
resource "aws_s3_bucket" "fail_tls_deny_partial" {
  bucket = "s3-003-fail-tls-deny-partial"
}

resource "aws_s3_bucket_policy" "tls_deny_partial" {
  bucket = aws_s3_bucket.fail_tls_deny_partial.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::s3-003-fail-tls-deny-partial/*"
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

# Deprecated inline `policy` argument without a TLS deny.
resource "aws_s3_bucket" "fail_inline_policy_without_tls_deny" {
  bucket = "s3-003-fail-inline-policy-without-tls-deny"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/reporting" }
      Action    = ["s3:GetObject", "s3:ListBucket"]
      Resource = [
        "arn:aws:s3:::s3-003-fail-inline-policy-without-tls-deny",
        "arn:aws:s3:::s3-003-fail-inline-policy-without-tls-deny/*",
      ]
    }]
  })
}

resource "aws_s3_bucket" "pass_tls_deny" {
  bucket = "s3-003-pass-tls-deny"
}

resource "aws_s3_bucket_policy" "tls_deny" {
  bucket = aws_s3_bucket.pass_tls_deny.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource = [
        "arn:aws:s3:::${aws_s3_bucket.pass_tls_deny.bucket}",
        "arn:aws:s3:::${aws_s3_bucket.pass_tls_deny.bucket}/*",
      ]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

# Built with aws_iam_policy_document: the condition value is a list, the action `*`.
data "aws_iam_policy_document" "tls_deny_document" {
  statement {
    sid    = "ReportingRead"
    effect = "Allow"
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:role/reporting"]
    }
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::s3-003-pass-tls-deny-document/*"]
  }
  statement {
    sid    = "DenyInsecureTransport"
    effect = "Deny"
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    actions = ["*"]
    resources = [
      "arn:aws:s3:::s3-003-pass-tls-deny-document",
      "arn:aws:s3:::s3-003-pass-tls-deny-document/*",
    ]
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket" "pass_tls_deny_document" {
  bucket = "s3-003-pass-tls-deny-document"
}

resource "aws_s3_bucket_policy" "tls_deny_document" {
  bucket = aws_s3_bucket.pass_tls_deny_document.id
  policy = data.aws_iam_policy_document.tls_deny_document.json
}

# Deprecated inline `policy` argument with the TLS deny.
resource "aws_s3_bucket" "pass_inline_tls_deny" {
  bucket = "s3-003-pass-inline-tls-deny"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource = [
        "arn:aws:s3:::s3-003-pass-inline-tls-deny",
        "arn:aws:s3:::s3-003-pass-inline-tls-deny/*",
      ]
      Condition = { Bool = { "aws:SecureTransport" = false } }
    }]
  })
}

# The document uses the bucket's ARN, only known after apply.
resource "aws_s3_bucket" "unknown_policy" {
  bucket = "s3-003-unknown-policy"
}

resource "aws_s3_bucket_policy" "unknown_policy" {
  bucket = aws_s3_bucket.unknown_policy.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyInsecureTransport"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.unknown_policy.arn, "${aws_s3_bucket.unknown_policy.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
