resource "aws_db_snapshot" "source" {
  db_instance_identifier = "customers"
  db_snapshot_identifier = "customers-nightly"
  tags                   = { DataClassification = "personal" }
}

# Copied through the us-east-1 provider: the copy lands there.
resource "aws_db_snapshot_copy" "fail_personal_copy_in_us" {
  provider                      = aws.us
  source_db_snapshot_identifier = aws_db_snapshot.source.db_snapshot_arn
  target_db_snapshot_identifier = "fail-personal-copy-in-us"
  kms_key_id                    = "arn:aws:kms:us-east-1:123456789012:key/1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
  tags                          = { DataClassification = "personal" }
}

resource "aws_db_snapshot_copy" "pass_personal_copy_in_frankfurt" {
  provider                      = aws.eu_central
  source_db_snapshot_identifier = aws_db_snapshot.source.db_snapshot_arn
  target_db_snapshot_identifier = "pass-personal-copy-in-frankfurt"
  kms_key_id                    = "arn:aws:kms:eu-central-1:123456789012:key/2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a"
  tags                          = { DataClassification = "personal" }
}

resource "aws_db_snapshot_copy" "pass_internal_copy_in_us" {
  provider                      = aws.us
  source_db_snapshot_identifier = aws_db_snapshot.source.db_snapshot_arn
  target_db_snapshot_identifier = "pass-internal-copy-in-us"
  kms_key_id                    = "arn:aws:kms:us-east-1:123456789012:key/1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
  tags                          = { DataClassification = "internal" }
}
