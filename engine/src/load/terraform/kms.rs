//! KMS keys: `aws_kms_key` (KMS-generated material, or a custom key store),
//! `aws_kms_external_key` (imported material), and the multi-Region replicas of either
//! (`aws_kms_replica_key`, `aws_kms_replica_external_key`), each a key of its own region.

use super::planned::Reader;
use super::table::Table;
use crate::model::*;

pub const KEY: Table = Table {
    types: &[
        ("aws_kms_key", |r| Attributes::KmsKey(key(r, false))),
        ("aws_kms_external_key", |r| Attributes::KmsKey(key(r, true))),
        ("aws_kms_replica_key", |r| {
            Attributes::KmsKey(replica(r, false))
        }),
        ("aws_kms_replica_external_key", |r| {
            Attributes::KmsKey(replica(r, true))
        }),
    ],
    satellites: &[],
};

fn key(r: &mut Reader<'_>, imported: bool) -> KmsKey {
    let n = r.root();
    let enabled = r.bool(n.get("is_enabled"), "enabled", Some(true));
    // Key material KMS does not generate cannot be rotated by KMS.
    let origin = if imported {
        "EXTERNAL"
    } else if n.get("xks_key_id").as_str().is_some_and(|s| !s.is_empty()) {
        "EXTERNAL_KEY_STORE"
    } else if n
        .get("custom_key_store_id")
        .as_str()
        .is_some_and(|s| !s.is_empty())
    {
        "AWS_CLOUDHSM"
    } else {
        "AWS_KMS"
    };
    KmsKey {
        description: r.string(n.get("description"), "description"),
        key_usage: r.string_or(n.get("key_usage"), "key_usage", "ENCRYPT_DECRYPT"),
        key_spec: r.string_or(
            n.get("customer_master_key_spec"),
            "key_spec",
            "SYMMETRIC_DEFAULT",
        ),
        rotation_enabled: r.bool(
            n.get("enable_key_rotation"),
            "rotation_enabled",
            Some(false),
        ),
        enabled,
        key_state: enabled.map(|e| if e { "Enabled" } else { "Disabled" }.into()),
        origin: Some(origin.into()),
        multi_region: r.bool(n.get("multi_region"), "multi_region", Some(false)),
        primary_key: None,
        key_manager: Some("CUSTOMER".into()),
        policy: r.policy_document(n.get("policy"), "policy"),
    }
}

/// A replica shares its primary's material, spec and rotation, which its own resource does not
/// show; its policy, state and region are its own.
fn replica(r: &mut Reader<'_>, imported: bool) -> KmsKey {
    let n = r.root();
    let enabled = r.bool(n.get("enabled"), "enabled", Some(true));
    r.mark_unknown("rotation_enabled");
    KmsKey {
        description: r.string(n.get("description"), "description"),
        key_usage: r.string(n.get("key_usage"), "key_usage"),
        key_spec: r.string(n.get("key_spec"), "key_spec"),
        rotation_enabled: None,
        enabled,
        key_state: enabled.map(|e| if e { "Enabled" } else { "Disabled" }.into()),
        origin: Some(if imported { "EXTERNAL" } else { "AWS_KMS" }.into()),
        multi_region: Some(true),
        primary_key: r.reference(
            n.get("primary_key_arn"),
            &["primary_key_arn"],
            "primary_key",
        ),
        key_manager: Some("CUSTOMER".into()),
        policy: r.policy_document(n.get("policy"), "policy"),
    }
}
