resource "aws_wafv2_web_acl" "fail_no_logging" {
  name  = "fail-no-logging"
  scope = "REGIONAL"

  default_action {
    block {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "fail-no-logging"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl" "pass_logged" {
  name  = "pass-logged"
  scope = "REGIONAL"

  default_action {
    block {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "pass-logged"
    sampled_requests_enabled   = true
  }
}

resource "aws_cloudwatch_log_group" "waf" {
  name              = "aws-waf-logs-pass-logged"
  retention_in_days = 365
}

resource "aws_wafv2_web_acl_logging_configuration" "pass_logged" {
  resource_arn            = aws_wafv2_web_acl.pass_logged.arn
  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]
}
