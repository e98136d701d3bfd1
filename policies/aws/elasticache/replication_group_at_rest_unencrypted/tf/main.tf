resource "aws_kms_key" "cache" {
  description         = "ElastiCache key"
  enable_key_rotation = true
}

resource "aws_elasticache_replication_group" "fail_unencrypted" {
  replication_group_id       = "fail-unencrypted"
  description                = "at rest encryption off"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  at_rest_encryption_enabled = false
  transit_encryption_enabled = true
}

# Not set: off by default for Redis OSS.
resource "aws_elasticache_replication_group" "fail_redis_not_set" {
  replication_group_id = "fail-redis-default"
  description          = "at rest encryption not set"
  engine               = "redis"
  engine_version       = "7.1"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 1
}

resource "aws_elasticache_replication_group" "pass_encrypted_cmk" {
  replication_group_id       = "pass-encrypted-cmk"
  description                = "encrypted with a customer managed key"
  engine                     = "redis"
  engine_version             = "7.1"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.cache.arn
  transit_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "pass_encrypted_default_key" {
  replication_group_id       = "pass-encrypted-default"
  description                = "encrypted with the service key"
  engine                     = "valkey"
  engine_version             = "7.2"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 1
  at_rest_encryption_enabled = true
}
