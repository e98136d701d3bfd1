resource "aws_kms_key" "warehouse" {
  description         = "Redshift warehouse key"
  enable_key_rotation = true
}

# Nothing set: provider v5 creates the cluster unencrypted.
resource "aws_redshift_cluster" "fail_default" {
  cluster_identifier     = "redshift-001-fail-default"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  master_username        = "warehouse_admin"
  manage_master_password = true
  skip_final_snapshot    = true
  publicly_accessible    = false
}

resource "aws_redshift_cluster" "fail_encryption_off" {
  cluster_identifier     = "redshift-001-fail-encryption-off"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  master_username        = "warehouse_admin"
  manage_master_password = true
  skip_final_snapshot    = true
  publicly_accessible    = false
  encrypted              = false
}

# Encrypted with the AWS managed aws/redshift key.
resource "aws_redshift_cluster" "pass_default_key" {
  cluster_identifier     = "redshift-001-pass-default-key"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  master_username        = "warehouse_admin"
  manage_master_password = true
  skip_final_snapshot    = true
  publicly_accessible    = false
  encrypted              = true
}

resource "aws_redshift_cluster" "pass_customer_key" {
  cluster_identifier     = "redshift-001-pass-customer-key"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  master_username        = "warehouse_admin"
  manage_master_password = true
  skip_final_snapshot    = true
  publicly_accessible    = false
  encrypted              = true
  kms_key_id             = aws_kms_key.warehouse.arn
}
