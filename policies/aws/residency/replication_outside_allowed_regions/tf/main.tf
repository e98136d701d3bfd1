# comply.toml beside the policy: personal data may live in eu-west-1 and eu-central-1,
# cardholder data only in eu-west-1. The default provider is eu-west-1.

locals {
  replication_role = "arn:aws:iam::123456789012:role/s3-replication"
}

# --- Replication destinations (neutral helpers) -----------------------------------------------

resource "aws_s3_bucket" "replica_us" {
  provider = aws.us
  bucket   = "res-002-replica-us"
}

resource "aws_s3_bucket_versioning" "replica_us" {
  provider = aws.us
  bucket   = aws_s3_bucket.replica_us.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "replica_eu" {
  provider = aws.eu_central
  bucket   = "res-002-replica-eu"
}

resource "aws_s3_bucket_versioning" "replica_eu" {
  provider = aws.eu_central
  bucket   = aws_s3_bucket.replica_eu.id
  versioning_configuration {
    status = "Enabled"
  }
}

# --- S3: v4+ aws_s3_bucket_replication_configuration -------------------------------------------

resource "aws_s3_bucket" "fail_replicated_to_us" {
  bucket = "res-002-fail-replicated-to-us"
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_s3_bucket_versioning" "replicated_to_us" {
  bucket = aws_s3_bucket.fail_replicated_to_us.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_replication_configuration" "replicated_to_us" {
  bucket = aws_s3_bucket.fail_replicated_to_us.id
  role   = local.replication_role
  rule {
    id     = "everything-to-us"
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.replica_us.arn
    }
  }
  depends_on = [aws_s3_bucket_versioning.replicated_to_us]
}

# Two rules: one stays in the EU, the other leaves it. Should fail; not asserted because the
# loader resolves every rule's destination (an ARN only known after apply) to the first rule's
# reference, so both rules come out as eu-central-1 (reported as a loader problem).
resource "aws_s3_bucket" "two_rules_one_to_us" {
  bucket = "res-002-fail-one-rule-to-us"
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_s3_bucket_versioning" "two_rules_one_to_us" {
  bucket = aws_s3_bucket.two_rules_one_to_us.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_replication_configuration" "two_rules_one_to_us" {
  bucket = aws_s3_bucket.two_rules_one_to_us.id
  role   = local.replication_role
  rule {
    id       = "to-eu"
    priority = 1
    status   = "Enabled"
    filter {
      prefix = "eu/"
    }
    delete_marker_replication {
      status = "Disabled"
    }
    destination {
      bucket = aws_s3_bucket.replica_eu.arn
    }
  }
  rule {
    id       = "to-us"
    priority = 2
    status   = "Enabled"
    filter {
      prefix = "us/"
    }
    delete_marker_replication {
      status = "Disabled"
    }
    destination {
      bucket = aws_s3_bucket.replica_us.arn
    }
  }
  depends_on = [aws_s3_bucket_versioning.two_rules_one_to_us]
}

# Two rules naming their destinations by literal ARN (known at plan time): the second leaves the EU.
resource "aws_s3_bucket" "fail_two_rules_by_arn" {
  bucket = "res-002-fail-two-rules-by-arn"
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_s3_bucket_versioning" "two_rules_by_arn" {
  bucket = aws_s3_bucket.fail_two_rules_by_arn.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_replication_configuration" "two_rules_by_arn" {
  bucket = aws_s3_bucket.fail_two_rules_by_arn.id
  role   = local.replication_role
  rule {
    id       = "to-eu"
    priority = 1
    status   = "Enabled"
    filter {
      prefix = "eu/"
    }
    delete_marker_replication {
      status = "Disabled"
    }
    destination {
      bucket = "arn:aws:s3:::res-002-replica-eu"
    }
  }
  rule {
    id       = "to-us"
    priority = 2
    status   = "Enabled"
    filter {
      prefix = "us/"
    }
    delete_marker_replication {
      status = "Disabled"
    }
    destination {
      bucket = "arn:aws:s3:::res-002-replica-us"
    }
  }
  depends_on = [aws_s3_bucket_versioning.two_rules_by_arn]
}

resource "aws_s3_bucket" "pass_replicated_in_eu" {
  bucket = "res-002-pass-replicated-in-eu"
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_s3_bucket_versioning" "replicated_in_eu" {
  bucket = aws_s3_bucket.pass_replicated_in_eu.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_replication_configuration" "replicated_in_eu" {
  bucket = aws_s3_bucket.pass_replicated_in_eu.id
  role   = local.replication_role
  rule {
    id     = "everything-to-frankfurt"
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.replica_eu.arn
    }
  }
  depends_on = [aws_s3_bucket_versioning.replicated_in_eu]
}

# The rule to us-east-1 exists but is disabled.
resource "aws_s3_bucket" "pass_replication_disabled" {
  bucket = "res-002-pass-replication-disabled"
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_s3_bucket_versioning" "replication_disabled" {
  bucket = aws_s3_bucket.pass_replication_disabled.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_replication_configuration" "replication_disabled" {
  bucket = aws_s3_bucket.pass_replication_disabled.id
  role   = local.replication_role
  rule {
    id     = "paused-to-us"
    status = "Disabled"
    destination {
      bucket = aws_s3_bucket.replica_us.arn
    }
  }
  depends_on = [aws_s3_bucket_versioning.replication_disabled]
}

# Unclassified data may go anywhere.
resource "aws_s3_bucket" "pass_unclassified_replicated_to_us" {
  bucket = "res-002-pass-unclassified-replicated-to-us"
}

resource "aws_s3_bucket_versioning" "unclassified_replicated_to_us" {
  bucket = aws_s3_bucket.pass_unclassified_replicated_to_us.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_replication_configuration" "unclassified_replicated_to_us" {
  bucket = aws_s3_bucket.pass_unclassified_replicated_to_us.id
  role   = local.replication_role
  rule {
    id     = "everything-to-us"
    status = "Enabled"
    destination {
      bucket = aws_s3_bucket.replica_us.arn
    }
  }
  depends_on = [aws_s3_bucket_versioning.unclassified_replicated_to_us]
}

# Not asserted: the destination bucket is not in this plan, so its region cannot be known (the
# loader leaves destination_region null without listing it as unknown, so the verdict is pass).
resource "aws_s3_bucket" "replicated_outside_plan" {
  bucket = "res-002-replicated-outside-plan"
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_s3_bucket_versioning" "replicated_outside_plan" {
  bucket = aws_s3_bucket.replicated_outside_plan.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_replication_configuration" "replicated_outside_plan" {
  bucket = aws_s3_bucket.replicated_outside_plan.id
  role   = local.replication_role
  rule {
    id     = "to-existing-bucket"
    status = "Enabled"
    destination {
      bucket = "arn:aws:s3:::some-existing-replica-bucket"
    }
  }
  depends_on = [aws_s3_bucket_versioning.replicated_outside_plan]
}

resource "aws_kms_key" "helper" {
  description = "only here to make the rules unknown until apply"
}

# The rules come from a dynamic block over a value only known after apply.
resource "aws_s3_bucket" "unknown_replication_rules" {
  bucket = "res-002-unknown-replication-rules"
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_s3_bucket_versioning" "unknown_replication_rules" {
  bucket = aws_s3_bucket.unknown_replication_rules.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_replication_configuration" "unknown_replication_rules" {
  bucket = aws_s3_bucket.unknown_replication_rules.id
  role   = local.replication_role
  dynamic "rule" {
    for_each = aws_kms_key.helper.key_id != "" ? [aws_s3_bucket.replica_us.arn] : []
    content {
      id     = "conditional"
      status = "Enabled"
      destination {
        bucket = rule.value
      }
    }
  }
  depends_on = [aws_s3_bucket_versioning.unknown_replication_rules]
}

# --- S3: deprecated inline replication_configuration -------------------------------------------

resource "aws_s3_bucket" "fail_inline_replicated_to_us" {
  bucket = "res-002-fail-inline-replicated-to-us"
  versioning {
    enabled = true
  }
  replication_configuration {
    role = local.replication_role
    rules {
      id     = "everything-to-us"
      status = "Enabled"
      destination {
        bucket = aws_s3_bucket.replica_us.arn
      }
    }
  }
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_s3_bucket" "pass_inline_replicated_in_eu" {
  bucket = "res-002-pass-inline-replicated-in-eu"
  versioning {
    enabled = true
  }
  replication_configuration {
    role = local.replication_role
    rules {
      id     = "everything-to-frankfurt"
      status = "Enabled"
      destination {
        bucket = aws_s3_bucket.replica_eu.arn
      }
    }
  }
  tags = {
    DataClassification = "personal"
  }
}

# --- DynamoDB global tables ------------------------------------------------------------------

resource "aws_dynamodb_table" "fail_table_replica_us" {
  name             = "res-002-fail-table-replica-us"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "id"
    type = "S"
  }
  replica {
    region_name = "eu-central-1"
  }
  replica {
    region_name = "us-east-1"
  }
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_dynamodb_table" "pass_table_replica_eu" {
  name             = "res-002-pass-table-replica-eu"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "id"
    type = "S"
  }
  replica {
    region_name = "eu-central-1"
  }
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_dynamodb_table" "pass_unclassified_table_replica_us" {
  name             = "res-002-pass-unclassified-table-replica-us"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "id"
    type = "S"
  }
  replica {
    region_name = "us-east-1"
  }
}

resource "aws_dynamodb_table" "pass_table_without_replicas" {
  name         = "res-002-pass-table-without-replicas"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  tags = {
    DataClassification = "personal"
  }
}
