resource "aws_kms_key" "streams" {
  description         = "Kinesis clickstream key"
  enable_key_rotation = true
}

# Nothing set: Kinesis stores records unencrypted.
resource "aws_kinesis_stream" "fail_default" {
  name        = "kinesis-001-fail-default"
  shard_count = 1
}

resource "aws_kinesis_stream" "fail_encryption_none" {
  name            = "kinesis-001-fail-encryption-none"
  encryption_type = "NONE"
  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}

resource "aws_kinesis_stream" "pass_aws_managed_key" {
  name            = "kinesis-001-pass-aws-managed-key"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
}

resource "aws_kinesis_stream" "pass_customer_key" {
  name            = "kinesis-001-pass-customer-key"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = aws_kms_key.streams.arn
}
