# Attached to nothing yet, but it would let everything through.
resource "aws_wafv2_web_acl" "fail_allow_all" {
  name  = "fail-allow-all"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "fail-allow-all"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl" "pass_rate_limited" {
  name  = "pass-rate-limited"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule {
    name     = "rate-limit"
    priority = 1

    action {
      block {}
    }

    statement {
      rate_based_statement {
        limit              = 2000
        aggregate_key_type = "IP"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "rate-limit"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "pass-rate-limited"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl" "pass_block_by_default" {
  name  = "pass-block-by-default"
  scope = "REGIONAL"

  default_action {
    block {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "pass-block-by-default"
    sampled_requests_enabled   = true
  }
}
