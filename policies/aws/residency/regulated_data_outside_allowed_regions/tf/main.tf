# comply.toml beside the policy: personal data may live in eu-west-1 and eu-central-1,
# cardholder data only in eu-west-1. The default provider is eu-west-1.

locals {
  ami = "ami-0123456789abcdef0"
}

# --- S3 ---------------------------------------------------------------------------------------

resource "aws_s3_bucket" "fail_personal_bucket_us" {
  provider = aws.us
  bucket   = "res-001-fail-personal-bucket-us"
  tags = {
    DataClassification = "personal"
  }
}

# Classified by the provider's default_tags, not the resource's own tags.
resource "aws_s3_bucket" "fail_default_tags_bucket_us_west" {
  provider = aws.us_personal
  bucket   = "res-001-fail-default-tags-bucket-us-west"
}

resource "aws_s3_bucket" "pass_personal_bucket_eu" {
  bucket = "res-001-pass-personal-bucket-eu"
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_s3_bucket" "pass_unclassified_bucket_us" {
  provider = aws.us
  bucket   = "res-001-pass-unclassified-bucket-us"
}

# A classification with no entry in comply.toml is not restricted.
resource "aws_s3_bucket" "pass_public_bucket_us" {
  provider = aws.us
  bucket   = "res-001-pass-public-bucket-us"
  tags = {
    DataClassification = "public"
  }
}

resource "aws_s3_bucket" "unknown_region_bucket" {
  provider = aws.elsewhere
  bucket   = "res-001-unknown-region-bucket"
  tags = {
    DataClassification = "personal"
  }
}

# --- RDS --------------------------------------------------------------------------------------

resource "aws_db_instance" "fail_personal_db_us" {
  provider                    = aws.us
  identifier                  = "res-001-fail-personal-db-us"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  skip_final_snapshot         = true
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_db_instance" "pass_personal_db_eu" {
  identifier                  = "res-001-pass-personal-db-eu"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  skip_final_snapshot         = true
  tags = {
    DataClassification = "personal"
  }
}

# Cardholder data is limited to eu-west-1: eu-central-1 is outside its list.
resource "aws_rds_cluster" "fail_cardholder_cluster_eu_central" {
  provider                    = aws.eu_central
  cluster_identifier          = "res-001-fail-cardholder-cluster"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  skip_final_snapshot         = true
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_rds_cluster" "pass_cardholder_cluster_eu_west" {
  cluster_identifier          = "res-001-pass-cardholder-cluster"
  engine                      = "aurora-postgresql"
  master_username             = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  skip_final_snapshot         = true
  tags = {
    DataClassification = "cardholder"
  }
}

# --- EC2 --------------------------------------------------------------------------------------

resource "aws_ebs_volume" "fail_personal_volume_us" {
  provider          = aws.us
  availability_zone = "us-east-1a"
  size              = 20
  encrypted         = true
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_ebs_volume" "pass_personal_volume_eu_central" {
  provider          = aws.eu_central
  availability_zone = "eu-central-1a"
  size              = 20
  encrypted         = true
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_instance" "fail_personal_instance_us" {
  provider      = aws.us
  ami           = local.ami
  instance_type = "t3.micro"
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_instance" "pass_personal_instance_eu" {
  ami           = local.ami
  instance_type = "t3.micro"
  tags = {
    DataClassification = "personal"
  }
}

# --- DynamoDB ---------------------------------------------------------------------------------

resource "aws_dynamodb_table" "fail_personal_table_us" {
  provider     = aws.us
  name         = "res-001-fail-personal-table-us"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_dynamodb_table" "pass_personal_table_eu" {
  name         = "res-001-pass-personal-table-eu"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
  tags = {
    DataClassification = "personal"
  }
}

# --- ElastiCache ------------------------------------------------------------------------------

resource "aws_elasticache_replication_group" "fail_personal_cache_us" {
  provider                   = aws.us
  replication_group_id       = "res-001-fail-cache-us"
  description                = "personal data cache outside the EU"
  node_type                  = "cache.t3.micro"
  num_cache_clusters         = 1
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_elasticache_replication_group" "pass_personal_cache_eu" {
  replication_group_id       = "res-001-pass-cache-eu"
  description                = "personal data cache in the EU"
  node_type                  = "cache.t3.micro"
  num_cache_clusters         = 1
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  tags = {
    DataClassification = "personal"
  }
}
