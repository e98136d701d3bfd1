# v4+ aws_s3_bucket_acl with a canned public ACL (ACLs need ownership other than BucketOwnerEnforced).
resource "aws_s3_bucket" "fail_public_read" {
  bucket = "s3-004-fail-public-read"
}

resource "aws_s3_bucket_ownership_controls" "public_read" {
  bucket = aws_s3_bucket.fail_public_read.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}

resource "aws_s3_bucket_acl" "public_read" {
  bucket     = aws_s3_bucket.fail_public_read.id
  acl        = "public-read"
  depends_on = [aws_s3_bucket_ownership_controls.public_read]
}

resource "aws_s3_bucket" "fail_authenticated_read" {
  bucket = "s3-004-fail-authenticated-read"
}

resource "aws_s3_bucket_acl" "authenticated_read" {
  bucket = aws_s3_bucket.fail_authenticated_read.id
  acl    = "authenticated-read"
}

# v4+ aws_s3_bucket_acl with an explicit grant to everyone.
resource "aws_s3_bucket" "fail_grant_all_users" {
  bucket = "s3-004-fail-grant-all-users"
}

resource "aws_s3_bucket_acl" "grant_all_users" {
  bucket = aws_s3_bucket.fail_grant_all_users.id
  access_control_policy {
    owner {
      id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    }
    grant {
      grantee {
        type = "CanonicalUser"
        id   = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
      }
      permission = "FULL_CONTROL"
    }
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "READ"
    }
  }
}

# Deprecated inline `acl` argument.
resource "aws_s3_bucket" "fail_inline_public_read_write" {
  bucket = "s3-004-fail-inline-public-read-write"
  acl    = "public-read-write"
}

# Deprecated inline `grant` block to every AWS account.
resource "aws_s3_bucket" "fail_inline_grant_authenticated_users" {
  bucket = "s3-004-fail-inline-grant-authenticated-users"
  grant {
    type        = "Group"
    permissions = ["READ"]
    uri         = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
  }
}

# No ACL configured: private.
resource "aws_s3_bucket" "pass_no_acl" {
  bucket = "s3-004-pass-no-acl"
}

resource "aws_s3_bucket" "pass_private_acl" {
  bucket = "s3-004-pass-private-acl"
}

resource "aws_s3_bucket_acl" "private_acl" {
  bucket = aws_s3_bucket.pass_private_acl.id
  acl    = "private"
}

# Grants to the owner and the log delivery group only.
resource "aws_s3_bucket" "pass_grant_log_delivery" {
  bucket = "s3-004-pass-grant-log-delivery"
}

resource "aws_s3_bucket_acl" "grant_log_delivery" {
  bucket = aws_s3_bucket.pass_grant_log_delivery.id
  access_control_policy {
    owner {
      id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    }
    grant {
      grantee {
        type = "CanonicalUser"
        id   = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
      }
      permission = "FULL_CONTROL"
    }
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"
      }
      permission = "WRITE"
    }
  }
}

resource "aws_s3_bucket" "pass_inline_private" {
  bucket = "s3-004-pass-inline-private"
  acl    = "private"
}

resource "aws_kms_key" "helper" {
  description = "only here to make the ACL unknown until apply"
}

# The canned ACL depends on a value only known after apply.
resource "aws_s3_bucket" "unknown_acl" {
  bucket = "s3-004-unknown-acl"
}

resource "aws_s3_bucket_acl" "unknown_acl" {
  bucket = aws_s3_bucket.unknown_acl.id
  acl    = aws_kms_key.helper.key_id != "" ? "private" : "public-read"
}
