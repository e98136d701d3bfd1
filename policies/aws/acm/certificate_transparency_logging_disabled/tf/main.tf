# Amazon-issued certificates; only their Certificate Transparency logging differs.

resource "aws_acm_certificate" "fail_logging_disabled" {
  domain_name       = "quiet.acm-002.example.com"
  validation_method = "DNS"
  options {
    certificate_transparency_logging_preference = "DISABLED"
  }
}

resource "aws_acm_certificate" "pass_logging_enabled" {
  domain_name       = "logged.acm-002.example.com"
  validation_method = "DNS"
  options {
    certificate_transparency_logging_preference = "ENABLED"
  }
}

# No options: ACM logs by default.
resource "aws_acm_certificate" "pass_default" {
  domain_name       = "default.acm-002.example.com"
  validation_method = "DNS"
}
