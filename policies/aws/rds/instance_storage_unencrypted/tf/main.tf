resource "aws_kms_key" "db" {
  description         = "RDS storage key"
  enable_key_rotation = true
}

resource "aws_db_instance" "fail_unencrypted" {
  identifier          = "fail-unencrypted"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = "app"
  password            = "fixture-password-not-real"
  storage_encrypted   = false
  skip_final_snapshot = true
}

resource "aws_db_instance" "fail_encryption_not_set" {
  identifier          = "fail-default"
  engine              = "mysql"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = "app"
  password            = "fixture-password-not-real"
  skip_final_snapshot = true
}

resource "aws_db_instance" "pass_encrypted_cmk" {
  identifier          = "pass-encrypted"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = "app"
  password            = "fixture-password-not-real"
  storage_encrypted   = true
  kms_key_id          = aws_kms_key.db.arn
  skip_final_snapshot = true
}
