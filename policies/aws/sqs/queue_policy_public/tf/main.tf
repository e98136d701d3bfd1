resource "aws_sns_topic" "orders" {
  name = "orders"
}

# A queue policy resource granting everyone SendMessage, with no condition.
resource "aws_sqs_queue" "fail_anyone_can_send" {
  name = "fail-anyone-can-send"
}

resource "aws_sqs_queue_policy" "fail_anyone_can_send" {
  queue_url = aws_sqs_queue.fail_anyone_can_send.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Everyone"
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = "*"
    }]
  })
}

# An inline policy granting every AWS principal everything on the queue.
resource "aws_sqs_queue" "fail_any_aws_principal" {
  name = "fail-any-aws-principal"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["sqs:*"]
      Resource  = "arn:aws:sqs:eu-west-1:123456789012:fail-any-aws-principal"
    }]
  })
}

# Principal "*" is narrowed to one SNS topic by aws:SourceArn: the usual SNS subscription.
resource "aws_sqs_queue" "pass_source_arn_condition" {
  name = "pass-source-arn-condition"
}

resource "aws_sqs_queue_policy" "pass_source_arn_condition" {
  queue_url = aws_sqs_queue.pass_source_arn_condition.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = "arn:aws:sqs:eu-west-1:123456789012:pass-source-arn-condition"
      Condition = { ArnEquals = { "aws:SourceArn" = "arn:aws:sns:eu-west-1:123456789012:orders" } }
    }]
  })
}

# Grants go to one account's principals, and a deny to everyone enforces TLS.
resource "aws_sqs_queue" "pass_account_principal" {
  name = "pass-account-principal"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::123456789012:root" }
        Action    = ["sqs:SendMessage", "sqs:ReceiveMessage"]
        Resource  = "arn:aws:sqs:eu-west-1:123456789012:pass-account-principal"
      },
      {
        Effect    = "Deny"
        Principal = "*"
        Action    = "sqs:*"
        Resource  = "arn:aws:sqs:eu-west-1:123456789012:pass-account-principal"
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
    ]
  })
}

resource "aws_sqs_queue" "pass_no_policy" {
  name = "pass-no-policy"
}

# The policy names the queue's ARN, which exists only after apply: the document is unknown.
resource "aws_sqs_queue" "unknown_policy_after_apply" {
  name = "unknown-policy-after-apply"
}

data "aws_iam_policy_document" "unknown_policy_after_apply" {
  statement {
    effect    = "Allow"
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.unknown_policy_after_apply.arn]
    principals {
      type        = "Service"
      identifiers = ["sns.amazonaws.com"]
    }
    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = [aws_sns_topic.orders.arn]
    }
  }
}

resource "aws_sqs_queue_policy" "unknown_policy_after_apply" {
  queue_url = aws_sqs_queue.unknown_policy_after_apply.id
  policy    = data.aws_iam_policy_document.unknown_policy_after_apply.json
}
