# comply.toml beside the policy: personal data may live in eu-west-1 and eu-central-1.

resource "aws_cloudwatch_log_group" "fail_personal_streamed_to_us" {
  name              = "/app/checkout"
  retention_in_days = 365
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_cloudwatch_log_subscription_filter" "to_us" {
  name            = "central-archive"
  log_group_name  = aws_cloudwatch_log_group.fail_personal_streamed_to_us.name
  filter_pattern  = ""
  destination_arn = "arn:aws:logs:us-east-1:210987654321:destination:central-archive"
}

resource "aws_cloudwatch_log_group" "pass_personal_streamed_to_frankfurt" {
  name              = "/app/accounts"
  retention_in_days = 365
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_cloudwatch_log_subscription_filter" "to_frankfurt" {
  name            = "eu-archive"
  log_group_name  = aws_cloudwatch_log_group.pass_personal_streamed_to_frankfurt.name
  filter_pattern  = ""
  destination_arn = "arn:aws:logs:eu-central-1:210987654321:destination:eu-archive"
}

resource "aws_cloudwatch_log_group" "pass_unclassified_streamed_to_us" {
  name              = "/build/runner"
  retention_in_days = 365
}

resource "aws_cloudwatch_log_subscription_filter" "build_to_us" {
  name            = "central-archive"
  log_group_name  = aws_cloudwatch_log_group.pass_unclassified_streamed_to_us.name
  filter_pattern  = ""
  destination_arn = "arn:aws:logs:us-east-1:210987654321:destination:central-archive"
}
