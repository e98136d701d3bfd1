resource "aws_redshift_cluster" "fail_no_logging" {
  cluster_identifier     = "redshift-003-fail-no-logging"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  master_username        = "warehouse_admin"
  manage_master_password = true
  skip_final_snapshot    = true
  encrypted              = true
  publicly_accessible    = false
}

resource "aws_redshift_cluster" "pass_logging_to_s3" {
  cluster_identifier     = "redshift-003-pass-logging-to-s3"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  master_username        = "warehouse_admin"
  manage_master_password = true
  skip_final_snapshot    = true
  encrypted              = true
  publicly_accessible    = false
}

resource "aws_redshift_logging" "pass_logging_to_s3" {
  cluster_identifier   = aws_redshift_cluster.pass_logging_to_s3.id
  log_destination_type = "s3"
  bucket_name          = "redshift-003-audit-logs"
  s3_key_prefix        = "warehouse/"
}

resource "aws_redshift_cluster" "pass_logging_to_cloudwatch" {
  cluster_identifier     = "redshift-003-pass-logging-to-cloudwatch"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  master_username        = "warehouse_admin"
  manage_master_password = true
  skip_final_snapshot    = true
  encrypted              = true
  publicly_accessible    = false
}

resource "aws_redshift_logging" "pass_logging_to_cloudwatch" {
  cluster_identifier   = aws_redshift_cluster.pass_logging_to_cloudwatch.id
  log_destination_type = "cloudwatch"
  log_exports          = ["connectionlog", "userlog", "useractivitylog"]
}
