resource "aws_db_snapshot" "fail_public" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "fail-public"
  shared_accounts        = ["all"]
}

resource "aws_db_cluster_snapshot" "fail_public_cluster" {
  db_cluster_identifier          = "orders-cluster"
  db_cluster_snapshot_identifier = "fail-public-cluster"
  shared_accounts                = ["all"]
}

resource "aws_db_snapshot" "pass_shared_with_account" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "pass-shared-with-account"
  shared_accounts        = ["210987654321"]
}

resource "aws_db_snapshot" "pass_not_shared" {
  db_instance_identifier = "orders"
  db_snapshot_identifier = "pass-not-shared"
}
