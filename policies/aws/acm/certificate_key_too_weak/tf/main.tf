# Requested certificates; only their key algorithms differ. ACM refuses to issue an RSA 1024
# key at apply, and a weak key usually arrives with an imported certificate (whose key the
# plan cannot show), but a plan asking for one is judged on what it asks.

resource "aws_acm_certificate" "fail_rsa_1024" {
  domain_name       = "weak.acm-001.example.com"
  validation_method = "DNS"
  key_algorithm     = "RSA_1024"
}

# ACM's default key: RSA 2048.
resource "aws_acm_certificate" "pass_default_rsa_2048" {
  domain_name       = "default.acm-001.example.com"
  validation_method = "DNS"
}

resource "aws_acm_certificate" "pass_ecdsa" {
  domain_name       = "ecdsa.acm-001.example.com"
  validation_method = "DNS"
  key_algorithm     = "EC_prime256v1"
}
