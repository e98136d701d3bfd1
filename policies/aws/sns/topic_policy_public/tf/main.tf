resource "aws_sns_topic" "fail_public_publish" {
  name = "sns-002-fail-public-publish"
}

resource "aws_sns_topic_policy" "fail_public_publish" {
  arn = aws_sns_topic.fail_public_publish.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AnyonePublishes"
      Effect    = "Allow"
      Principal = "*"
      Action    = "sns:Publish"
      Resource  = "arn:aws:sns:eu-west-1:123456789012:sns-002-fail-public-publish"
    }]
  })
}

# Written inline: any AWS account may subscribe.
resource "aws_sns_topic" "fail_inline_public_subscribe" {
  name = "sns-002-fail-inline-public-subscribe"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["sns:Subscribe", "sns:Receive"]
      Resource  = "arn:aws:sns:eu-west-1:123456789012:sns-002-fail-inline-public-subscribe"
    }]
  })
}

# S3 event notifications from one bucket only.
resource "aws_sns_topic" "pass_bucket_notifications" {
  name = "sns-002-pass-bucket-notifications"
}

resource "aws_sns_topic_policy" "pass_bucket_notifications" {
  arn = aws_sns_topic.pass_bucket_notifications.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "s3.amazonaws.com" }
      Action    = "sns:Publish"
      Resource  = "arn:aws:sns:eu-west-1:123456789012:sns-002-pass-bucket-notifications"
      Condition = { ArnLike = { "aws:SourceArn" = "arn:aws:s3:::sns-002-uploads" } }
    }]
  })
}

# Everyone, but only from the organisation.
resource "aws_sns_topic" "pass_organisation_only" {
  name = "sns-002-pass-organisation-only"
}

resource "aws_sns_topic_policy" "pass_organisation_only" {
  arn = aws_sns_topic.pass_organisation_only.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sns:Publish"
      Resource  = "arn:aws:sns:eu-west-1:123456789012:sns-002-pass-organisation-only"
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}

# SNS's default policy: the owner account only.
resource "aws_sns_topic" "pass_default_policy" {
  name = "sns-002-pass-default-policy"
}
