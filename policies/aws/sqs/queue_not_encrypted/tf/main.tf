resource "aws_kms_key" "queue" {
  description         = "SQS payments queue key"
  enable_key_rotation = true
}

# SSE-SQS turned off and no KMS key: messages are stored in the clear.
resource "aws_sqs_queue" "fail_sse_disabled" {
  name                    = "fail-sse-disabled"
  sqs_managed_sse_enabled = false
}

# Nothing set on a new queue: SQS encrypts it with SSE-SQS.
resource "aws_sqs_queue" "pass_default_sse_sqs" {
  name = "pass-default-sse-sqs"
}

resource "aws_sqs_queue" "pass_sse_sqs" {
  name                    = "pass-sse-sqs"
  sqs_managed_sse_enabled = true
}

resource "aws_sqs_queue" "pass_sse_kms" {
  name                              = "pass-sse-kms.fifo"
  fifo_queue                        = true
  kms_master_key_id                 = aws_kms_key.queue.arn
  kms_data_key_reuse_period_seconds = 300
}

resource "aws_sqs_queue" "pass_aws_managed_key" {
  name              = "pass-aws-managed-key"
  kms_master_key_id = "alias/aws/sqs"
}
