locals {
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:123456789012:function:secrets-rotation"
}

# No aws_secretsmanager_secret_rotation for it: never rotated.
resource "aws_secretsmanager_secret" "fail_never_rotated" {
  name = "payments/api-key"
}

# Rotated, but only twice a year.
resource "aws_secretsmanager_secret" "fail_rotated_twice_a_year" {
  name = "payments/db-readonly"
}

resource "aws_secretsmanager_secret_rotation" "fail_rotated_twice_a_year" {
  secret_id           = aws_secretsmanager_secret.fail_rotated_twice_a_year.id
  rotation_lambda_arn = local.rotation_lambda_arn
  rotation_rules {
    automatically_after_days = 180
  }
}

resource "aws_secretsmanager_secret" "pass_rotated_monthly" {
  name = "payments/db-admin"
}

resource "aws_secretsmanager_secret_rotation" "pass_rotated_monthly" {
  secret_id           = aws_secretsmanager_secret.pass_rotated_monthly.id
  rotation_lambda_arn = local.rotation_lambda_arn
  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_secretsmanager_secret" "pass_rate_schedule" {
  name = "payments/smtp"
}

resource "aws_secretsmanager_secret_rotation" "pass_rate_schedule" {
  secret_id           = aws_secretsmanager_secret.pass_rate_schedule.id
  rotation_lambda_arn = local.rotation_lambda_arn
  rotation_rules {
    schedule_expression = "rate(90 days)"
  }
}
