# A new bucket without a block of its own gets S3's default: all four settings on.
resource "aws_s3_bucket" "pass_new_bucket_default_block" {
  bucket = "s3-002-pass-new-bucket-default-block"
}

resource "aws_s3_bucket" "fail_partial_block" {
  bucket = "s3-002-fail-partial-block"
}

resource "aws_s3_bucket_public_access_block" "partial_block" {
  bucket                  = aws_s3_bucket.fail_partial_block.id
  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = false
}

# Flags left out of the resource default to false.
resource "aws_s3_bucket" "fail_flags_omitted" {
  bucket = "s3-002-fail-flags-omitted"
}

resource "aws_s3_bucket_public_access_block" "flags_omitted" {
  bucket            = aws_s3_bucket.fail_flags_omitted.id
  block_public_acls = true
}

resource "aws_s3_bucket" "pass_full_block" {
  bucket = "s3-002-pass-full-block"
}

resource "aws_s3_bucket_public_access_block" "full_block" {
  bucket                  = aws_s3_bucket.pass_full_block.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# Joined by bucket name rather than id.
resource "aws_s3_bucket" "pass_full_block_by_name" {
  bucket = "s3-002-pass-full-block-by-name"
}

resource "aws_s3_bucket_public_access_block" "full_block_by_name" {
  bucket                  = aws_s3_bucket.pass_full_block_by_name.bucket
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_kms_key" "helper" {
  description = "only here to make a flag unknown until apply"
}

# One flag depends on a value only known after apply; the others are on.
resource "aws_s3_bucket" "unknown_flag" {
  bucket = "s3-002-unknown-flag"
}

resource "aws_s3_bucket_public_access_block" "flag" {
  bucket                  = aws_s3_bucket.unknown_flag.id
  block_public_acls       = true
  block_public_policy     = aws_kms_key.helper.key_id != ""
  ignore_public_acls      = true
  restrict_public_buckets = true
}
