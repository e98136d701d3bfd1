//! SQS queues, with `aws_sqs_queue_policy` and `aws_sqs_queue_redrive_policy` folded in.

use super::planned::Reader;
use super::table::{Context, Join, Satellite, Table};
use super::values::Node;
use crate::model::*;

pub const QUEUE: Table = Table {
    types: &[("aws_sqs_queue", |r| Attributes::SqsQueue(queue(r)))],
    satellites: &[
        Satellite {
            tf_type: "aws_sqs_queue_policy",
            join: Join::Parent {
                attr: "queue_url",
                fold: policy,
                deleted: Some(policy_deleted),
            },
        },
        Satellite {
            tf_type: "aws_sqs_queue_redrive_policy",
            join: Join::Parent {
                attr: "queue_url",
                fold: redrive,
                deleted: Some(redrive_deleted),
            },
        },
    ],
};

fn queue(r: &mut Reader<'_>) -> SqsQueue {
    let n = r.root();
    let key_node = n.get("kms_master_key_id");
    let kms_key = r.reference(key_node, &["kms_master_key_id"], "encryption.kms_key");
    let sse_sqs = n.get("sqs_managed_sse_enabled");
    let sqs_managed = if kms_key.is_some() {
        Some(false)
    } else if key_node.is_unknown() && r.configured_node(key_node) {
        r.mark_unknown("encryption.sqs_managed");
        None
    } else if sse_sqs.is_unknown() && !r.configured_node(sse_sqs) {
        // Computed: SQS turns SSE-SQS on for every new queue without a KMS key.
        match r.planned.action.as_deref() {
            Some("create" | "replace") => Some(true),
            _ => {
                r.mark_unknown("encryption.sqs_managed");
                None
            }
        }
    } else {
        r.bool(sse_sqs, "encryption.sqs_managed", Some(false))
    };
    let at_rest = match (&kms_key, sqs_managed) {
        (Some(_), _) => Some(true),
        (None, managed) => managed,
    };
    if at_rest.is_none() {
        r.mark_unknown("encryption.at_rest");
    }
    // Inline `policy` / `redrive_policy` are computed unless written here; their own
    // resources (satellites) set them otherwise.
    let inline = |r: &Reader<'_>, node: Node<'_>| !node.is_unknown() || r.configured_node(node);
    let policy_node = n.get("policy");
    let redrive_node = n.get("redrive_policy");
    SqsQueue {
        name: r.string(n.get("name"), "name"),
        fifo: r.bool(n.get("fifo_queue"), "fifo", Some(false)),
        encryption: SqsEncryption {
            at_rest,
            kms_key,
            sqs_managed,
        },
        policy: if inline(r, policy_node) {
            r.policy_document(policy_node, "policy")
        } else {
            None
        },
        message_retention_seconds: r.int(
            n.get("message_retention_seconds"),
            "message_retention_seconds",
            Some(345_600),
        ),
        dead_letter_target: if inline(r, redrive_node) {
            dead_letter_target(r, redrive_node, &["redrive_policy"])
        } else {
            None
        },
    }
}

/// `deadLetterTargetArn` of a redrive policy (a JSON string); when the policy is known only
/// after apply, the queue the configuration references.
fn dead_letter_target(r: &mut Reader<'_>, node: Node<'_>, tf_path: &[&str]) -> Option<String> {
    if node.is_unknown() {
        return r.reference(node, tf_path, "dead_letter_target");
    }
    let text = node.as_str().filter(|s| !s.is_empty())?;
    let v: serde_json::Value = serde_json::from_str(text).ok()?;
    v.get("deadLetterTargetArn")?.as_str().map(str::to_owned)
}

fn policy(r: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::SqsQueue(q) = parent {
        q.policy = r.policy_document(r.root().get("policy"), "policy");
    }
}

fn policy_deleted(_: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::SqsQueue(q) = parent {
        q.policy = None;
    }
}

fn redrive(r: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::SqsQueue(q) = parent {
        let node = r.root().get("redrive_policy");
        q.dead_letter_target = dead_letter_target(r, node, &["redrive_policy"]);
    }
}

fn redrive_deleted(_: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    if let Attributes::SqsQueue(q) = parent {
        q.dead_letter_target = None;
    }
}
