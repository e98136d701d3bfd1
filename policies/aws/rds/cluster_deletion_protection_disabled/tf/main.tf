resource "aws_rds_cluster" "fail_protection_off" {
  cluster_identifier          = "fail-protection-off"
  engine                      = "aurora-postgresql"
  engine_version              = "16.2"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 7
  deletion_protection         = false
  skip_final_snapshot         = true
}

resource "aws_rds_cluster" "pass_protection_on" {
  cluster_identifier          = "pass-protection-on"
  engine                      = "aurora-mysql"
  engine_version              = "8.0.mysql_aurora.3.05.2"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 7
  deletion_protection         = true
  skip_final_snapshot         = true
}

# Not set: RDS creates the cluster without deletion protection.
resource "aws_rds_cluster" "fail_protection_not_set" {
  cluster_identifier          = "fail-protection-not-set"
  engine                      = "aurora-postgresql"
  engine_version              = "16.2"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 7
  skip_final_snapshot         = true
}
