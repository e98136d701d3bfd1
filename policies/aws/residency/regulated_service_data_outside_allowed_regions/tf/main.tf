# comply.toml beside the policy: personal data may live in eu-west-1 and eu-central-1,
# cardholder data only in eu-west-1. The default provider is eu-west-1; aws.us is us-east-1,
# aws.eu_central is eu-central-1, and aws.elsewhere's region is not known to the plan.

locals {
  eks_role = "arn:aws:iam::123456789012:role/eks-cluster"
}

# --- SQS -----------------------------------------------------------------------------------

resource "aws_sqs_queue" "fail_personal_queue_us" {
  provider = aws.us
  name     = "res-004-fail-personal-queue-us"
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_sqs_queue" "pass_personal_queue_frankfurt" {
  provider = aws.eu_central
  name     = "res-004-pass-personal-queue-frankfurt"
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_sqs_queue" "pass_unclassified_queue_us" {
  provider = aws.us
  name     = "res-004-pass-unclassified-queue-us"
}

# The provider's region is an expression the plan does not record: the region is unknown.
resource "aws_sqs_queue" "unknown_personal_queue_elsewhere" {
  provider = aws.elsewhere
  name     = "res-004-unknown-personal-queue-elsewhere"
  tags = {
    DataClassification = "personal"
  }
}

# --- Secrets Manager -------------------------------------------------------------------------

resource "aws_secretsmanager_secret" "fail_personal_secret_us" {
  provider = aws.us
  name     = "res-004-fail-personal-secret-us"
  tags = {
    DataClassification = "personal"
  }
}

# Frankfurt is allowed for personal data but not for cardholder data.
resource "aws_secretsmanager_secret" "fail_cardholder_secret_frankfurt" {
  provider = aws.eu_central
  name     = "res-004-fail-cardholder-secret-frankfurt"
  tags = {
    DataClassification = "cardholder"
  }
}

resource "aws_secretsmanager_secret" "pass_cardholder_secret_ireland" {
  name = "res-004-pass-cardholder-secret-ireland"
  tags = {
    DataClassification = "cardholder"
  }
}

# A classification with no entry in comply.toml is not restricted.
resource "aws_secretsmanager_secret" "pass_public_secret_us" {
  provider = aws.us
  name     = "res-004-pass-public-secret-us"
  tags = {
    DataClassification = "public"
  }
}

# --- CloudWatch Logs -------------------------------------------------------------------------

resource "aws_cloudwatch_log_group" "fail_personal_log_group_us" {
  provider          = aws.us
  name              = "/res-004/fail-personal-log-group-us"
  retention_in_days = 365
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_cloudwatch_log_group" "pass_personal_log_group_ireland" {
  name              = "/res-004/pass-personal-log-group-ireland"
  retention_in_days = 365
  tags = {
    DataClassification = "personal"
  }
}

# --- OpenSearch ------------------------------------------------------------------------------

resource "aws_opensearch_domain" "fail_personal_domain_us" {
  provider       = aws.us
  domain_name    = "res-004-fail-us"
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
    DataClassification = "personal"
  }
}

resource "aws_opensearch_domain" "pass_personal_domain_frankfurt" {
  provider       = aws.eu_central
  domain_name    = "res-004-pass-frankfurt"
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
    DataClassification = "personal"
  }
}

# --- EKS -------------------------------------------------------------------------------------

resource "aws_eks_cluster" "fail_personal_cluster_us" {
  provider = aws.us
  name     = "res-004-fail-personal-cluster-us"
  role_arn = local.eks_role
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }
  tags = {
    DataClassification = "personal"
  }
}

resource "aws_eks_cluster" "pass_personal_cluster_ireland" {
  name     = "res-004-pass-personal-cluster-ireland"
  role_arn = local.eks_role
  vpc_config {
    subnet_ids = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"]
  }
  tags = {
    DataClassification = "personal"
  }
}
