//! `AWS::SQS::Queue`: `GetQueueAttributes` as it returns them, PascalCase with every value a
//! string (`"300"`, `"false"`); attributes not set are left out.

use super::item::Head;
use super::reader::{as_str, member, Conf, Got, Reader};
use crate::model::*;

pub fn queue(head: &Head, r: &mut Reader<'_>) -> SqsQueue {
    let kms_key = r.opt_str(Conf, &["KmsMasterKeyId"], "encryption.kms_key");
    let sqs_managed = if kms_key.is_some() {
        Some(false)
    } else {
        // Written by SQS since SSE-SQS exists (2021); older items lack it.
        r.req_bool(Conf, &["SqsManagedSseEnabled"], "encryption.sqs_managed")
    };
    let at_rest = match (&kms_key, sqs_managed) {
        (Some(_), _) => Some(true),
        (None, managed) => managed,
    };
    if at_rest.is_none() {
        r.mark("encryption.at_rest");
    }
    let policy = match r.get(Conf, &["Policy"]) {
        Got::Value(v) => super::iam::document(v),
        Got::Absent => None,
        Got::NotRecorded => {
            r.mark("policy");
            None
        }
    };
    let dead_letter_target = match r.get(Conf, &["RedrivePolicy"]) {
        Got::Value(v) => redrive_target(v),
        Got::Absent => None,
        Got::NotRecorded => {
            r.mark("dead_letter_target");
            None
        }
    };
    // The name is the item's, else the ARN's last part.
    let name = match &head.resource_name {
        Some(n) => Some(n.clone()),
        None => r
            .req_str(Conf, &["QueueArn"], "name")
            .and_then(|a| a.rsplit(':').next().map(str::to_owned)),
    };
    SqsQueue {
        name,
        fifo: r.opt_bool(Conf, &["FifoQueue"], "fifo", false),
        encryption: SqsEncryption {
            at_rest,
            kms_key,
            sqs_managed,
        },
        policy,
        message_retention_seconds: r.req_int(
            Conf,
            &["MessageRetentionPeriod"],
            "message_retention_seconds",
        ),
        dead_letter_target,
    }
}

/// `deadLetterTargetArn` of a redrive policy: a JSON string, or an object in some items.
fn redrive_target(v: &serde_json::Value) -> Option<String> {
    let parsed;
    let policy = match v {
        serde_json::Value::String(s) => {
            parsed = serde_json::from_str::<serde_json::Value>(s).ok()?;
            &parsed
        }
        other => other,
    };
    member(policy, "deadLetterTargetArn").and_then(as_str)
}
