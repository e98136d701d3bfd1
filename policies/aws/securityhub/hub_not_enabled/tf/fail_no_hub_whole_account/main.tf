# With `[scope] plan_covers_account = true` (fail_no_hub_whole_account.comply.toml) this plan is
# the whole account: eu-west-1 is in use and Security Hub is not enabled there.
resource "aws_s3_bucket" "data" {
  bucket = "securityhub-whole-account-fixture"
}
