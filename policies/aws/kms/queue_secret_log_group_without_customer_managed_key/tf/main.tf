# comply.toml beside the policy: cardholder data needs a customer managed KMS key.

resource "aws_kms_key" "cardholder" {
  description         = "kms-003 customer managed key"
  enable_key_rotation = true
}

# --- SQS -----------------------------------------------------------------------------------

# SSE-SQS: keys SQS manages, not a key the organisation controls.
resource "aws_sqs_queue" "fail_cardholder_queue_sse_sqs" {
  name                    = "kms-003-fail-cardholder-queue-sse-sqs"
  sqs_managed_sse_enabled = true
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_sqs_queue" "fail_cardholder_queue_aws_managed_key" {
  name              = "kms-003-fail-cardholder-queue-aws-managed-key"
  kms_master_key_id = "alias/aws/sqs"
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_sqs_queue" "pass_cardholder_queue_customer_key" {
  name              = "kms-003-pass-cardholder-queue-customer-key"
  kms_master_key_id = aws_kms_key.cardholder.arn
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_sqs_queue" "pass_cardholder_queue_customer_alias" {
  name              = "kms-003-pass-cardholder-queue-customer-alias"
  kms_master_key_id = "alias/payments-queue"
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_sqs_queue" "pass_personal_queue_sse_sqs" {
  name                    = "kms-003-pass-personal-queue-sse-sqs"
  sqs_managed_sse_enabled = true
  tags = {
    DataClassification = "personal"
  }
}

# --- Secrets Manager -------------------------------------------------------------------------

# No kms_key_id: the AWS managed aws/secretsmanager key.
resource "aws_secretsmanager_secret" "fail_cardholder_secret_default_key" {
  name = "kms-003-fail-cardholder-secret-default-key"
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_secretsmanager_secret" "pass_cardholder_secret_customer_key" {
  name       = "kms-003-pass-cardholder-secret-customer-key"
  kms_key_id = aws_kms_key.cardholder.arn
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_secretsmanager_secret" "pass_unclassified_secret_default_key" {
  name = "kms-003-pass-unclassified-secret-default-key"
}

# --- CloudWatch Logs -------------------------------------------------------------------------

resource "aws_cloudwatch_log_group" "fail_cardholder_log_group_no_key" {
  name              = "/kms-003/fail-cardholder-log-group-no-key"
  retention_in_days = 365
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_cloudwatch_log_group" "pass_cardholder_log_group_customer_key" {
  name              = "/kms-003/pass-cardholder-log-group-customer-key"
  retention_in_days = 365
  kms_key_id        = aws_kms_key.cardholder.arn
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_cloudwatch_log_group" "pass_public_log_group_no_key" {
  name              = "/kms-003/pass-public-log-group-no-key"
  retention_in_days = 365
  tags = {
    DataClassification = "public"
  }
}

# --- Secrets Manager, named AWS managed key --------------------------------------------------

resource "aws_secretsmanager_secret" "fail_cardholder_secret_aws_managed_alias" {
  name       = "kms-003-fail-cardholder-secret-aws-managed-alias"
  kms_key_id = "alias/aws/secretsmanager"
  tags = {
    DataClassification = "cardholder"
  }
}
