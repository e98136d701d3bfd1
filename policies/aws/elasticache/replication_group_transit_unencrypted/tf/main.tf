resource "aws_elasticache_replication_group" "fail_plaintext" {
  replication_group_id       = "fail-plaintext"
  description                = "transit encryption off"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  at_rest_encryption_enabled = true
  transit_encryption_enabled = false
}

# Not set: off by default for Redis OSS.
resource "aws_elasticache_replication_group" "fail_redis_not_set" {
  replication_group_id       = "fail-redis-default"
  description                = "transit encryption not set"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 1
  at_rest_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "pass_tls" {
  replication_group_id       = "pass-tls"
  description                = "TLS required"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
}

# TLS with an AUTH token (the token needs TLS).
resource "aws_elasticache_replication_group" "pass_tls_auth_token" {
  replication_group_id       = "pass-tls-auth"
  description                = "TLS and AUTH"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 1
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  auth_token                 = "fixture-auth-token-not-real-0123456789"
}

# Migrating to TLS: `preferred` still accepts plaintext clients.
resource "aws_elasticache_replication_group" "fail_preferred_mode" {
  replication_group_id       = "fail-preferred"
  description                = "TLS preferred, plaintext accepted"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 1
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  transit_encryption_mode    = "preferred"
}
