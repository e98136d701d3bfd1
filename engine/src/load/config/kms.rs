//! `AWS::KMS::Key`: rotation and the key policy are supplementary configuration.

use super::reader::{as_bool, Conf, Got, Reader, Supp};
use crate::model::*;

pub fn key(r: &mut Reader<'_>) -> KmsKey {
    let key_manager = r.req_str(Conf, &["keyManager"], "key_manager");
    let key_spec = match r.get(Conf, &["keySpec"]) {
        Got::Value(_) => r.req_str(Conf, &["keySpec"], "key_spec"),
        _ => r.req_str(Conf, &["customerMasterKeySpec"], "key_spec"),
    };
    let rotation_enabled = match r.get(Supp, &["KeyRotationStatus"]) {
        Got::Value(v) => {
            let b = as_bool(v);
            if b.is_none() {
                r.mark("rotation_enabled");
            }
            b
        }
        // AWS rotates its own keys every year, and cannot rotate asymmetric or HMAC keys.
        Got::Absent if key_manager.as_deref() == Some("AWS") => Some(true),
        Got::Absent
            if key_spec
                .as_deref()
                .is_some_and(|s| s != "SYMMETRIC_DEFAULT") =>
        {
            Some(false)
        }
        _ => {
            r.mark("rotation_enabled");
            None
        }
    };
    let policy = match r.get(Supp, &["Policy"]) {
        Got::Value(v) => super::iam::document(v),
        _ => None,
    };
    if policy.is_none() {
        // Every key has a policy: missing means not recorded.
        r.mark("policy");
    }
    KmsKey {
        description: r.opt_str(Conf, &["description"], "description"),
        key_usage: r.req_str(Conf, &["keyUsage"], "key_usage"),
        key_spec,
        rotation_enabled,
        enabled: r.req_bool(Conf, &["enabled"], "enabled"),
        key_state: r.req_str(Conf, &["keyState"], "key_state"),
        // Recorded for every key; older items may lack it.
        origin: r.req_str(Conf, &["origin"], "origin"),
        // Keys are single-region unless created multi-Region (2021 on).
        multi_region: r.opt_bool(Conf, &["multiRegion"], "multi_region", false),
        primary_key: replica_of(r),
        key_manager,
        policy,
    }
}

/// The primary of a replica key (`multiRegionConfiguration`, written for multi-Region keys).
fn replica_of(r: &mut Reader<'_>) -> Option<String> {
    match r.get(Conf, &["multiRegionConfiguration", "multiRegionKeyType"]) {
        Got::Value(v) if v.as_str() == Some("REPLICA") => r.req_str(
            Conf,
            &["multiRegionConfiguration", "primaryKey", "arn"],
            "primary_key",
        ),
        _ => None,
    }
}
