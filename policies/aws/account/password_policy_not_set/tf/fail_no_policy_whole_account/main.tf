# With `[scope] plan_covers_account = true` (fail_no_policy_whole_account.comply.toml) this plan
# is the whole account: it has console users and no password policy.
resource "aws_iam_user" "operator" {
  name = "password-policy-fixture-operator"
}

resource "aws_s3_bucket" "data" {
  bucket = "password-policy-whole-account-fixture"
}
