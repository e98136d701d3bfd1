# With `[thresholds] password_expiry_required = true` (fail_expiry_required.comply.toml):
# passwords are the only factor, so PCI DSS 8.3.9's 90 days apply.
resource "aws_iam_account_password_policy" "fail_expires_after_a_year" {
  minimum_password_length        = 14
  require_symbols                = true
  require_numbers                = true
  require_uppercase_characters   = true
  require_lowercase_characters   = true
  password_reuse_prevention      = 24
  max_password_age               = 365
  allow_users_to_change_password = true
}

resource "aws_iam_account_password_policy" "pass_expires_within_90_days" {
  minimum_password_length        = 14
  require_symbols                = true
  require_numbers                = true
  require_uppercase_characters   = true
  require_lowercase_characters   = true
  password_reuse_prevention      = 24
  max_password_age               = 90
  allow_users_to_change_password = true
}
