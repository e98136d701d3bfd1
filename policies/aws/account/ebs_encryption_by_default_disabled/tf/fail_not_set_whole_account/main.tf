# With `[scope] plan_covers_account = true` (fail_not_set_whole_account.comply.toml) this plan
# is the whole account: eu-west-1 is in use and nothing turns EBS encryption by default on
# (AWS leaves it off).
resource "aws_s3_bucket" "data" {
  bucket = "ebs-default-whole-account-fixture"
}
