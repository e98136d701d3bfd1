//! SNS topics, with `aws_sns_topic_policy` folded in.

use super::planned::Reader;
use super::table::{Context, Join, Satellite, Table};
use crate::model::*;

pub const TOPIC: Table = Table {
    types: &[("aws_sns_topic", |r| Attributes::SnsTopic(topic(r)))],
    satellites: &[Satellite {
        tf_type: "aws_sns_topic_policy",
        join: Join::Parent {
            attr: "arn",
            fold: policy,
            deleted: Some(policy_deleted),
        },
    }],
};

fn topic(r: &mut Reader<'_>) -> SnsTopic {
    let n = r.root();
    let marked = r.unknown.len();
    let kms_key = r.reference(
        n.get("kms_master_key_id"),
        &["kms_master_key_id"],
        "encryption.kms_key",
    );
    // SNS has no encryption of its own: without a KMS key, messages are stored unencrypted.
    let at_rest = if kms_key.is_some() {
        Some(true)
    } else if r.unknown.len() > marked {
        r.mark_unknown("encryption.at_rest");
        None
    } else {
        Some(false)
    };
    // `policy` is computed (SNS's default, the owner account only) unless written here; an
    // `aws_sns_topic_policy` (a satellite) sets it otherwise.
    let policy_node = n.get("policy");
    let policy = if !policy_node.is_unknown() || r.configured_node(policy_node) {
        r.policy_document(policy_node, "policy")
    } else {
        None
    };
    SnsTopic {
        name: r.string(n.get("name"), "name"),
        fifo: r.bool(n.get("fifo_topic"), "fifo", Some(false)),
        encryption: Encryption { at_rest, kms_key },
        policy,
    }
}

fn policy(r: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::SnsTopic(t) = parent {
        t.policy = r.policy_document(r.root().get("policy"), "policy");
    }
}

/// Deleting the resource puts SNS's default policy back.
fn policy_deleted(_: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::SnsTopic(t) = parent {
        t.policy = None;
    }
}
