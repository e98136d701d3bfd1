resource "aws_db_instance" "fail_single_az" {
  identifier                  = "fail-single-az"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 7
  multi_az                    = false
  skip_final_snapshot         = true
}

resource "aws_db_instance" "pass_multi_az" {
  identifier                  = "pass-multi-az"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 7
  multi_az                    = true
  skip_final_snapshot         = true
}

# A read replica is a copy of its source, whose own availability is judged.
resource "aws_db_instance" "pass_read_replica" {
  identifier          = "pass-multi-az-replica"
  replicate_source_db = aws_db_instance.pass_multi_az.identifier
  instance_class      = "db.t3.micro"
  storage_encrypted   = true
  multi_az            = false
  skip_final_snapshot = true
}

# Not set: the provider's default is a single-AZ instance.
resource "aws_db_instance" "fail_multi_az_not_set" {
  identifier                  = "fail-multi-az-not-set"
  engine                      = "mysql"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 7
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
  skip_final_snapshot         = true
}

# Aurora spreads a cluster's storage over three zones; its instances have no Multi-AZ setting.
resource "aws_rds_cluster_instance" "pass_aurora_member" {
  identifier         = "orders-1"
  cluster_identifier = aws_rds_cluster.orders.id
  engine             = aws_rds_cluster.orders.engine
  instance_class     = "db.r6g.large"
}
