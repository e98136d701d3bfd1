//! ElastiCache replication groups.

use super::planned::Reader;
use super::table::Table;
use super::values::Node;
use crate::model::*;

pub const REPLICATION_GROUP: Table = Table {
    types: &[("aws_elasticache_replication_group", |r| {
        Attributes::ElastiCacheReplicationGroup(replication_group(r))
    })],
    satellites: &[],
};

fn replication_group(r: &mut Reader<'_>) -> ElastiCacheReplicationGroup {
    let n = r.root();
    let transit = r.bool(
        n.get("transit_encryption_enabled"),
        "transit_encryption_enabled",
        Some(false),
    );
    ElastiCacheReplicationGroup {
        replication_group_id: r.string(n.get("replication_group_id"), "replication_group_id"),
        engine: r.string(n.get("engine"), "engine"),
        encryption: Encryption {
            // Valkey groups are encrypted at rest unless told otherwise; Redis ones are not.
            at_rest: r.bool(
                n.get("at_rest_encryption_enabled"),
                "encryption.at_rest",
                Some(n.get("engine").as_str() == Some("valkey")),
            ),
            kms_key: r.reference(n.get("kms_key_id"), &["kms_key_id"], "encryption.kms_key"),
        },
        transit_encryption_enabled: transit,
        transit_encryption_mode: transit_mode(r, n, transit),
        // Presence only: the token itself never enters the model.
        auth_token_set: Some(n.get("auth_token").is_set_even_if_sensitive()),
        automatic_failover_enabled: r.bool(
            n.get("automatic_failover_enabled"),
            "automatic_failover_enabled",
            Some(false),
        ),
    }
}

/// `preferred` accepts plaintext clients beside TLS ones; a group that turns transit
/// encryption on without saying gets `required`. Without transit encryption there is no mode.
fn transit_mode(r: &mut Reader<'_>, n: Node<'_>, transit: Option<bool>) -> Option<String> {
    let node = n.get("transit_encryption_mode");
    if node.is_unknown() && !r.configured_node(node) {
        return match transit {
            Some(true) => Some("required".into()),
            Some(false) => None,
            None => {
                r.mark_unknown("transit_encryption_mode");
                None
            }
        };
    }
    if transit == Some(false) {
        return None;
    }
    r.string(node, "transit_encryption_mode")
        .filter(|m| !m.is_empty())
        .or_else(|| transit.and_then(|t| t.then(|| "required".into())))
}
