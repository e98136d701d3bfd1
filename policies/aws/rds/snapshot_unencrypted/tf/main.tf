resource "aws_db_instance" "plain" {
  identifier          = "plain"
  engine              = "postgres"
  engine_version      = "16.4"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "app"
  password            = "fixture-password-not-real"
  skip_final_snapshot = true
}

resource "aws_db_instance" "encrypted" {
  identifier          = "encrypted"
  engine              = "postgres"
  engine_version      = "16.4"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "app"
  password            = "fixture-password-not-real"
  storage_encrypted   = true
  skip_final_snapshot = true
}

# The snapshot of an unencrypted database is unencrypted.
resource "aws_db_snapshot" "fail_of_plain_database" {
  db_instance_identifier = aws_db_instance.plain.identifier
  db_snapshot_identifier = "fail-of-plain-database"
}

# A copy without a key of its own is as its source snapshot.
resource "aws_db_snapshot_copy" "fail_copy_without_key" {
  source_db_snapshot_identifier = aws_db_snapshot.fail_of_plain_database.db_snapshot_arn
  target_db_snapshot_identifier = "fail-copy-without-key"
}

resource "aws_db_snapshot" "pass_of_encrypted_database" {
  db_instance_identifier = aws_db_instance.encrypted.identifier
  db_snapshot_identifier = "pass-of-encrypted-database"
}

# Copying with a key encrypts the copy.
resource "aws_db_snapshot_copy" "pass_copy_with_key" {
  source_db_snapshot_identifier = aws_db_snapshot.fail_of_plain_database.db_snapshot_arn
  target_db_snapshot_identifier = "pass-copy-with-key"
  kms_key_id                    = "arn:aws:kms:eu-west-1:123456789012:key/7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"
}

# A database outside the plan: its encryption, and so the snapshot's, is known after apply.
resource "aws_db_snapshot" "unknown_of_existing_database" {
  db_instance_identifier = "existing-orders"
  db_snapshot_identifier = "unknown-of-existing-database"
}
