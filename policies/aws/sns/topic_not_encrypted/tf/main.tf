resource "aws_kms_key" "topics" {
  description         = "SNS order events key"
  enable_key_rotation = true
}

# No kms_master_key_id: SNS stores messages unencrypted.
resource "aws_sns_topic" "fail_no_key" {
  name = "sns-001-fail-no-key"
}

resource "aws_sns_topic" "fail_fifo_no_key" {
  name       = "sns-001-fail-fifo-no-key.fifo"
  fifo_topic = true
}

resource "aws_sns_topic" "pass_aws_managed_key" {
  name              = "sns-001-pass-aws-managed-key"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic" "pass_customer_key" {
  name              = "sns-001-pass-customer-key"
  kms_master_key_id = aws_kms_key.topics.arn
}
