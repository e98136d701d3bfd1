resource "aws_kms_key" "search" {
  description         = "OpenSearch payments domain key"
  enable_key_rotation = true
}

resource "aws_opensearch_domain" "fail_unencrypted" {
  domain_name    = "fail-unencrypted"
  engine_version = "OpenSearch_2.15"
  cluster_config {
    instance_type  = "r6g.large.search"
    instance_count = 2
  }
  ebs_options {
    ebs_enabled = true
    volume_size = 20
  }
  encrypt_at_rest {
    enabled = false
  }
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}

# Encrypted with the AWS managed aws/es key.
resource "aws_opensearch_domain" "pass_encrypted_default_key" {
  domain_name    = "pass-default-key"
  engine_version = "OpenSearch_2.15"
  cluster_config {
    instance_type  = "r6g.large.search"
    instance_count = 2
  }
  ebs_options {
    ebs_enabled = true
    volume_size = 20
  }
  encrypt_at_rest {
    enabled = true
  }
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}

resource "aws_opensearch_domain" "pass_encrypted_cmk" {
  domain_name    = "pass-encrypted-cmk"
  engine_version = "OpenSearch_2.15"
  cluster_config {
    instance_type  = "r6g.large.search"
    instance_count = 2
  }
  ebs_options {
    ebs_enabled = true
    volume_size = 20
  }
  encrypt_at_rest {
    enabled    = true
    kms_key_id = aws_kms_key.search.arn
  }
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}
