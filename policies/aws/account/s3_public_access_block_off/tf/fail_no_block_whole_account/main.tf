# With `[scope] plan_covers_account = true` (fail_no_block_whole_account.comply.toml) this plan
# is the whole account, and it has no account-level public access block.
resource "aws_s3_bucket" "data" {
  bucket = "s3-account-block-whole-account-fixture"
}
