# Domains alike but for their endpoint options.
resource "aws_opensearch_domain" "fail_http_allowed" {
  domain_name    = "fail-http-allowed"
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
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    enforce_https       = false
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}

resource "aws_opensearch_domain" "fail_tls_1_0_policy" {
  domain_name    = "fail-tls-1-0-policy"
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
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07"
  }
}

resource "aws_opensearch_domain" "pass_https_tls_1_2" {
  domain_name    = "pass-https-tls-1-2"
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
  node_to_node_encryption {
    enabled = true
  }
  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"
  }
}

# No domain_endpoint_options block: what the service chooses is known only after apply.
resource "aws_opensearch_domain" "unknown_endpoint_options_not_set" {
  domain_name    = "unknown-endpoint-options"
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
  node_to_node_encryption {
    enabled = true
  }
}
