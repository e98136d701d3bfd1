# Nothing set: provider v5 makes the cluster publicly accessible.
resource "aws_redshift_cluster" "fail_default" {
  cluster_identifier     = "redshift-002-fail-default"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  master_username        = "warehouse_admin"
  manage_master_password = true
  skip_final_snapshot    = true
  encrypted              = true
}

resource "aws_redshift_cluster" "fail_public" {
  cluster_identifier     = "redshift-002-fail-public"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  master_username        = "warehouse_admin"
  manage_master_password = true
  skip_final_snapshot    = true
  encrypted              = true
  publicly_accessible    = true
}

resource "aws_redshift_cluster" "pass_private" {
  cluster_identifier     = "redshift-002-pass-private"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  master_username        = "warehouse_admin"
  manage_master_password = true
  skip_final_snapshot    = true
  encrypted              = true
  publicly_accessible    = false
}
