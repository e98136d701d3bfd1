# Nothing set: provider v5 keeps automated snapshots for 1 day.
resource "aws_redshift_cluster" "fail_default_one_day" {
  cluster_identifier     = "redshift-004-fail-default-one-day"
  node_type              = "ra3.xlplus"
  cluster_type           = "single-node"
  master_username        = "warehouse_admin"
  manage_master_password = true
  skip_final_snapshot    = true
  encrypted              = true
  publicly_accessible    = false
}

resource "aws_redshift_cluster" "fail_snapshots_disabled" {
  cluster_identifier                  = "redshift-004-fail-snapshots-disabled"
  node_type                           = "ra3.xlplus"
  cluster_type                        = "single-node"
  master_username                     = "warehouse_admin"
  manage_master_password              = true
  skip_final_snapshot                 = true
  encrypted                           = true
  publicly_accessible                 = false
  automated_snapshot_retention_period = 0
}

resource "aws_redshift_cluster" "pass_one_week" {
  cluster_identifier                  = "redshift-004-pass-one-week"
  node_type                           = "ra3.xlplus"
  cluster_type                        = "single-node"
  master_username                     = "warehouse_admin"
  manage_master_password              = true
  skip_final_snapshot                 = true
  encrypted                           = true
  publicly_accessible                 = false
  automated_snapshot_retention_period = 7
}

resource "aws_redshift_cluster" "pass_35_days" {
  cluster_identifier                  = "redshift-004-pass-35-days"
  node_type                           = "ra3.xlplus"
  cluster_type                        = "single-node"
  master_username                     = "warehouse_admin"
  manage_master_password              = true
  skip_final_snapshot                 = true
  encrypted                           = true
  publicly_accessible                 = false
  automated_snapshot_retention_period = 35
}
