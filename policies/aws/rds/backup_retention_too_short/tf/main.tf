resource "aws_db_instance" "fail_backups_disabled" {
  identifier                  = "fail-backups-disabled"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 0
  skip_final_snapshot         = true
}

resource "aws_db_instance" "fail_one_day" {
  identifier                  = "fail-one-day"
  engine                      = "mysql"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 1
  skip_final_snapshot         = true
}

resource "aws_db_instance" "pass_primary" {
  identifier                  = "pass-primary"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 7
  skip_final_snapshot         = true
}

# A read replica keeps no backups of its own (0 is its usual setting): its source is judged.
resource "aws_db_instance" "pass_read_replica" {
  identifier              = "pass-primary-replica"
  replicate_source_db     = aws_db_instance.pass_primary.identifier
  instance_class          = "db.t3.micro"
  storage_encrypted       = true
  backup_retention_period = 0
  skip_final_snapshot     = true
}

# Not set: the provider leaves it to RDS, so the plan cannot tell.
resource "aws_db_instance" "unknown_retention_not_set" {
  identifier                  = "unknown-retention"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  skip_final_snapshot         = true
}

resource "aws_rds_cluster" "fail_cluster_one_day" {
  cluster_identifier          = "fail-cluster-one-day"
  engine                      = "aurora-postgresql"
  engine_version              = "16.2"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 1
  skip_final_snapshot         = true
}

# Not set: the provider's default is 1 day.
resource "aws_rds_cluster" "fail_cluster_retention_not_set" {
  cluster_identifier          = "fail-cluster-default"
  engine                      = "aurora-mysql"
  engine_version              = "8.0.mysql_aurora.3.05.2"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  skip_final_snapshot         = true
}

# Aurora members keep no backups of their own: the cluster above fails, its member passes.
resource "aws_rds_cluster_instance" "pass_aurora_member" {
  identifier         = "fail-cluster-one-day-1"
  cluster_identifier = aws_rds_cluster.fail_cluster_one_day.id
  engine             = aws_rds_cluster.fail_cluster_one_day.engine
  instance_class     = "db.r6g.large"
}

resource "aws_rds_cluster" "pass_cluster_fourteen_days" {
  cluster_identifier          = "pass-cluster"
  engine                      = "aurora-postgresql"
  engine_version              = "16.2"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 14
  skip_final_snapshot         = true
}
