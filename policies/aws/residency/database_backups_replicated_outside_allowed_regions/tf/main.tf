# comply.toml beside the policy: personal data may live in eu-west-1 and eu-central-1. The
# default provider is eu-west-1; aws.us is us-east-1, aws.eu_central is eu-central-1.

resource "aws_db_instance" "fail_personal_backups_to_us" {
  identifier                  = "customers"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 7
  skip_final_snapshot         = true
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_db_instance_automated_backups_replication" "customers_us" {
  provider               = aws.us
  source_db_instance_arn = aws_db_instance.fail_personal_backups_to_us.arn
  retention_period       = 7
}

resource "aws_db_instance" "pass_personal_backups_to_frankfurt" {
  identifier                  = "accounts"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  backup_retention_period     = 7
  skip_final_snapshot         = true
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_db_instance_automated_backups_replication" "accounts_frankfurt" {
  provider               = aws.eu_central
  source_db_instance_arn = aws_db_instance.pass_personal_backups_to_frankfurt.arn
  retention_period       = 7
}
