locals {
  cluster_role_arn = "arn:aws:iam::123456789012:role/eks-cluster"
  subnet_ids       = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"]
}

resource "aws_eks_cluster" "fail_no_control_plane_logs" {
  name     = "fail-no-control-plane-logs"
  role_arn = local.cluster_role_arn
  vpc_config {
    subnet_ids             = local.subnet_ids
    endpoint_public_access = false
  }
}

# API server logs only: no audit trail of who did what, nor of authentications.
resource "aws_eks_cluster" "fail_api_only" {
  name                      = "fail-api-only"
  role_arn                  = local.cluster_role_arn
  enabled_cluster_log_types = ["api", "scheduler"]
  vpc_config {
    subnet_ids             = local.subnet_ids
    endpoint_public_access = false
  }
}

resource "aws_eks_cluster" "pass_audit_logs" {
  name                      = "pass-audit-logs"
  role_arn                  = local.cluster_role_arn
  enabled_cluster_log_types = ["api", "audit", "authenticator"]
  vpc_config {
    subnet_ids             = local.subnet_ids
    endpoint_public_access = false
  }
}

resource "aws_eks_cluster" "pass_all_log_types" {
  name                      = "pass-all-log-types"
  role_arn                  = local.cluster_role_arn
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
  vpc_config {
    subnet_ids             = local.subnet_ids
    endpoint_public_access = false
  }
}
