//! `AWS::ElastiCache::ReplicationGroup`.

use super::Encryption;
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct ElastiCacheReplicationGroup {
    pub replication_group_id: Option<String>,
    pub engine: Option<String>,
    pub encryption: Encryption,
    pub transit_encryption_enabled: Option<bool>,
    /// `required`, or `preferred` (which still accepts plaintext clients, during a migration).
    pub transit_encryption_mode: Option<String>,
    /// Whether an AUTH token is configured (never the token).
    pub auth_token_set: Option<bool>,
    pub automatic_failover_enabled: Option<bool>,
}
