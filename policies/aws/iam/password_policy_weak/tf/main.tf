# One password policy exists per account; the fixture plans several to cover the variants.

resource "aws_iam_account_password_policy" "fail_weak" {
  minimum_password_length        = 8
  require_symbols                = false
  require_numbers                = true
  require_uppercase_characters   = true
  require_lowercase_characters   = true
  password_reuse_prevention      = 1
  max_password_age               = 0
  allow_users_to_change_password = true
}

# One character short of PCI DSS's 12.
resource "aws_iam_account_password_policy" "fail_length_11" {
  minimum_password_length        = 11
  require_symbols                = true
  require_numbers                = true
  require_uppercase_characters   = true
  require_lowercase_characters   = true
  password_reuse_prevention      = 24
  max_password_age               = 365
  allow_users_to_change_password = true
}

# Only the resource: every setting at the provider default (6 characters, nothing required).
resource "aws_iam_account_password_policy" "fail_defaults" {
}

resource "aws_iam_account_password_policy" "pass_strong" {
  minimum_password_length        = 14
  require_symbols                = true
  require_numbers                = true
  require_uppercase_characters   = true
  require_lowercase_characters   = true
  password_reuse_prevention      = 24
  max_password_age               = 90
  allow_users_to_change_password = true
}

# PCI DSS's minimums; passwords live a year, which is fine where MFA is enforced.
resource "aws_iam_account_password_policy" "pass_pci_minimums" {
  minimum_password_length        = 12
  require_symbols                = true
  require_numbers                = true
  require_uppercase_characters   = true
  require_lowercase_characters   = true
  password_reuse_prevention      = 4
  max_password_age               = 365
  allow_users_to_change_password = true
}
