resource "aws_db_instance" "fail_protection_off" {
  identifier                  = "fail-protection-off"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 7
  deletion_protection         = false
  skip_final_snapshot         = true
}

# Not set: the provider's default is false.
resource "aws_db_instance" "fail_protection_not_set" {
  identifier                  = "fail-protection-not-set"
  engine                      = "mysql"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 7
  skip_final_snapshot         = true
}

resource "aws_db_instance" "pass_protection_on" {
  identifier                  = "pass-protection-on"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 7
  deletion_protection         = true
  skip_final_snapshot         = true
}

resource "aws_rds_cluster" "orders" {
  cluster_identifier          = "orders"
  engine                      = "aurora-postgresql"
  engine_version              = "16.2"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 7
  deletion_protection         = true
  skip_final_snapshot         = true
}

# Aurora members have no deletion protection of their own: their cluster holds it.
resource "aws_rds_cluster_instance" "pass_aurora_member" {
  identifier         = "orders-1"
  cluster_identifier = aws_rds_cluster.orders.id
  engine             = aws_rds_cluster.orders.engine
  instance_class     = "db.r6g.large"
}
