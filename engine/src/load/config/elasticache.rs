//! `AWS::ElastiCache::ReplicationGroup`.

use super::item::Head;
use super::reader::{as_bool, Conf, Got, Reader};
use crate::model::*;
use serde_json::Value;

pub fn replication_group(head: &Head, r: &mut Reader<'_>) -> ElastiCacheReplicationGroup {
    let automatic_failover = match r.get(Conf, &["AutomaticFailoverEnabled"]) {
        Got::Value(v) => as_bool(v),
        _ => match r.get(Conf, &["AutomaticFailover"]) {
            // `DescribeReplicationGroups` spells it `enabled` / `enabling` / `disabled`.
            Got::Value(Value::String(s)) => Some(s.starts_with("enabl")),
            _ => None,
        },
    };
    if automatic_failover.is_none() {
        r.mark("automatic_failover_enabled");
    }
    let transit = r.req_bool(
        Conf,
        &["TransitEncryptionEnabled"],
        "transit_encryption_enabled",
    );
    ElastiCacheReplicationGroup {
        replication_group_id: r.req_str_or(
            Conf,
            &["ReplicationGroupId"],
            "replication_group_id",
            head.resource_id.as_ref(),
        ),
        engine: r.opt_str(Conf, &["Engine"], "engine"),
        encryption: Encryption {
            at_rest: r.req_bool(Conf, &["AtRestEncryptionEnabled"], "encryption.at_rest"),
            kms_key: r.opt_str(Conf, &["KmsKeyId"], "encryption.kms_key"),
        },
        transit_encryption_enabled: transit,
        // Recorded since the setting exists (2022); before it, transit encryption was required.
        transit_encryption_mode: match transit {
            Some(true) => r
                .opt_str(Conf, &["TransitEncryptionMode"], "transit_encryption_mode")
                .or(Some("required".into())),
            _ => None,
        },
        // Whether a token is set, never the token.
        auth_token_set: r.req_bool(Conf, &["AuthTokenEnabled"], "auth_token_set"),
        automatic_failover_enabled: automatic_failover,
    }
}
