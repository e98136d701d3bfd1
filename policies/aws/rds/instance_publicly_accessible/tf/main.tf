resource "aws_db_instance" "fail_public" {
  identifier                  = "fail-public"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = true
  skip_final_snapshot         = true
}

resource "aws_db_instance" "pass_private" {
  identifier                  = "pass-private"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = false
  skip_final_snapshot         = true
}

# Not set: instances are private by default.
resource "aws_db_instance" "pass_not_set" {
  identifier                  = "pass-not-set"
  engine                      = "mysql"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  skip_final_snapshot         = true
}

# Aurora: public accessibility is set per instance, so members are judged themselves.
resource "aws_rds_cluster" "aurora" {
  cluster_identifier          = "aurora"
  engine                      = "aurora-postgresql"
  engine_version              = "16.2"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  skip_final_snapshot         = true
}

resource "aws_rds_cluster_instance" "fail_aurora_public_member" {
  identifier          = "aurora-public-1"
  cluster_identifier  = aws_rds_cluster.aurora.id
  engine              = aws_rds_cluster.aurora.engine
  instance_class      = "db.r6g.large"
  publicly_accessible = true
}

resource "aws_rds_cluster_instance" "pass_aurora_private_member" {
  identifier         = "aurora-private-1"
  cluster_identifier = aws_rds_cluster.aurora.id
  engine             = aws_rds_cluster.aurora.engine
  instance_class     = "db.r6g.large"
}
