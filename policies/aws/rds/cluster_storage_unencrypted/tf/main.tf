resource "aws_kms_key" "db" {
  description         = "Aurora storage key"
  enable_key_rotation = true
}

resource "aws_rds_cluster" "fail_unencrypted" {
  cluster_identifier          = "fail-unencrypted"
  engine                      = "aurora-postgresql"
  engine_version              = "16.2"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = false
  skip_final_snapshot         = true
}

# Provisioned Aurora clusters are unencrypted unless asked.
resource "aws_rds_cluster" "fail_encryption_not_set" {
  cluster_identifier          = "fail-default"
  engine                      = "aurora-mysql"
  engine_version              = "8.0.mysql_aurora.3.05.2"
  master_username             = "app"
  manage_master_user_password = true
  skip_final_snapshot         = true
}

# Its member instance is not this policy's kind: storage is judged on the cluster.
resource "aws_rds_cluster_instance" "member_of_unencrypted" {
  identifier         = "fail-unencrypted-1"
  cluster_identifier = aws_rds_cluster.fail_unencrypted.id
  engine             = aws_rds_cluster.fail_unencrypted.engine
  instance_class     = "db.r6g.large"
}

resource "aws_rds_cluster" "pass_encrypted_cmk" {
  cluster_identifier          = "pass-encrypted"
  engine                      = "aurora-postgresql"
  engine_version              = "16.2"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.db.arn
  skip_final_snapshot         = true
}

# Encrypted with the AWS managed key (aws/rds): encrypted at rest, which is what this checks.
resource "aws_rds_cluster" "pass_encrypted_default_key" {
  cluster_identifier          = "pass-default-key"
  engine                      = "aurora-mysql"
  engine_version              = "8.0.mysql_aurora.3.05.2"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  skip_final_snapshot         = true
}
