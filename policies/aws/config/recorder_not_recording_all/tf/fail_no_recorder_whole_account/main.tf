# With `[scope] plan_covers_account = true` (fail_no_recorder_whole_account.comply.toml) this
# plan is the whole account: eu-west-1 is in use and has no recorder.
resource "aws_s3_bucket" "data" {
  bucket = "config-whole-account-fixture"
}
