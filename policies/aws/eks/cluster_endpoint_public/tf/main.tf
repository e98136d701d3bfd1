locals {
  cluster_role_arn = "arn:aws:iam::123456789012:role/eks-cluster"
  subnet_ids       = ["subnet-0a1b2c3d4e5f60718", "subnet-0a1b2c3d4e5f60719"]
}

# vpc_config says nothing of the endpoint: EKS makes it public to 0.0.0.0/0.
resource "aws_eks_cluster" "fail_public_by_default" {
  name     = "fail-public-by-default"
  role_arn = local.cluster_role_arn
  vpc_config {
    subnet_ids = local.subnet_ids
  }
}

resource "aws_eks_cluster" "fail_public_to_everyone" {
  name     = "fail-public-to-everyone"
  role_arn = local.cluster_role_arn
  vpc_config {
    subnet_ids              = local.subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = true
    public_access_cidrs     = ["198.51.100.0/24", "0.0.0.0/0"]
  }
}

resource "aws_eks_cluster" "pass_private_endpoint" {
  name     = "pass-private-endpoint"
  role_arn = local.cluster_role_arn
  vpc_config {
    subnet_ids              = local.subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}

# Public, but only to the office and the CI runners' egress ranges.
resource "aws_eks_cluster" "pass_public_to_known_ranges" {
  name     = "pass-public-to-known-ranges"
  role_arn = local.cluster_role_arn
  vpc_config {
    subnet_ids              = local.subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = true
    public_access_cidrs     = ["203.0.113.0/24", "198.51.100.17/32"]
  }
}
