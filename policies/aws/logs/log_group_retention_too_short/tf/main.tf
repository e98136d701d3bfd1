resource "aws_cloudwatch_log_group" "fail_thirty_days" {
  name              = "/app/payments/audit"
  retention_in_days = 30
}

resource "aws_cloudwatch_log_group" "fail_six_months" {
  name              = "/aws/eks/payments/cluster"
  retention_in_days = 180
}

resource "aws_cloudwatch_log_group" "fail_infrequent_access_ninety_days" {
  name              = "/app/payments/archive"
  log_group_class   = "INFREQUENT_ACCESS"
  retention_in_days = 90
}

resource "aws_cloudwatch_log_group" "pass_one_year" {
  name              = "/aws/cloudtrail/management"
  retention_in_days = 365
}

resource "aws_cloudwatch_log_group" "pass_seven_years" {
  name              = "/app/ledger/audit"
  retention_in_days = 2557
}

# retention_in_days left out: events never expire.
resource "aws_cloudwatch_log_group" "pass_never_expires" {
  name = "/app/payments/api"
}
