# comply.toml beside the policy: cardholder data needs a customer managed KMS key.

resource "aws_kms_key" "cardholder" {
  description         = "kms-004 customer managed key"
  enable_key_rotation = true
}

# --- RDS instances -------------------------------------------------------------------------

# storage_encrypted without kms_key_id: the AWS managed aws/rds key.
resource "aws_db_instance" "fail_cardholder_db_default_key" {
  identifier          = "kms-004-fail-cardholder-db-default-key"
  engine              = "postgres"
  engine_version      = "16.4"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "app"
  password            = "fixture-password-not-real"
  storage_encrypted   = true
  skip_final_snapshot = true
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_db_instance" "pass_cardholder_db_customer_key" {
  identifier          = "kms-004-pass-cardholder-db-customer-key"
  engine              = "postgres"
  engine_version      = "16.4"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "app"
  password            = "fixture-password-not-real"
  storage_encrypted   = true
  kms_key_id          = aws_kms_key.cardholder.arn
  skip_final_snapshot = true
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_db_instance" "pass_personal_db_default_key" {
  identifier          = "kms-004-pass-personal-db-default-key"
  engine              = "postgres"
  engine_version      = "16.4"
  instance_class      = "db.t4g.micro"
  allocated_storage   = 20
  username            = "app"
  password            = "fixture-password-not-real"
  storage_encrypted   = true
  skip_final_snapshot = true
  tags = {
    DataClassification = "personal"
  }
}

# --- RDS clusters --------------------------------------------------------------------------

resource "aws_rds_cluster" "fail_cardholder_cluster_default_key" {
  cluster_identifier  = "kms-004-fail-cardholder-cluster-default-key"
  engine              = "aurora-postgresql"
  master_username     = "app"
  master_password     = "fixture-password-not-real"
  storage_encrypted   = true
  skip_final_snapshot = true
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_rds_cluster" "pass_cardholder_cluster_customer_key" {
  cluster_identifier  = "kms-004-pass-cardholder-cluster-customer-key"
  engine              = "aurora-postgresql"
  master_username     = "app"
  master_password     = "fixture-password-not-real"
  storage_encrypted   = true
  kms_key_id          = aws_kms_key.cardholder.arn
  skip_final_snapshot = true
  tags = {
    DataClassification = "cardholder"
  }
}

# --- EBS volumes ---------------------------------------------------------------------------

resource "aws_ebs_volume" "fail_cardholder_volume_default_key" {
  availability_zone = "eu-west-1a"
  size              = 20
  encrypted         = true
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_ebs_volume" "fail_cardholder_volume_aws_managed_alias" {
  availability_zone = "eu-west-1a"
  size              = 20
  encrypted         = true
  kms_key_id        = "arn:aws:kms:eu-west-1:123456789012:alias/aws/ebs"
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_ebs_volume" "pass_cardholder_volume_customer_key" {
  availability_zone = "eu-west-1a"
  size              = 20
  encrypted         = true
  kms_key_id        = aws_kms_key.cardholder.arn
  tags = {
    DataClassification = "cardholder"
  }
}

# --- OpenSearch ----------------------------------------------------------------------------

resource "aws_opensearch_domain" "fail_cardholder_domain_default_key" {
  domain_name    = "kms-004-fail-default-key"
  engine_version = "OpenSearch_2.15"
  cluster_config {
    instance_type = "r6g.large.search"
  }
  ebs_options {
    ebs_enabled = true
    volume_size = 20
  }
  encrypt_at_rest {
    enabled = true
  }
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_opensearch_domain" "pass_cardholder_domain_customer_key" {
  domain_name    = "kms-004-pass-customer-key"
  engine_version = "OpenSearch_2.15"
  cluster_config {
    instance_type = "r6g.large.search"
  }
  ebs_options {
    ebs_enabled = true
    volume_size = 20
  }
  encrypt_at_rest {
    enabled    = true
    kms_key_id = aws_kms_key.cardholder.arn
  }
  tags = {
    DataClassification = "cardholder"
  }
}
