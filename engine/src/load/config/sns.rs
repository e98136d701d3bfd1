//! `AWS::SNS::Topic`: `GetTopicAttributes` as it returns them, PascalCase with every value a
//! string; `KmsMasterKeyId` is written only when set, `Policy` (a JSON string) always.

use super::item::Head;
use super::reader::{Conf, Got, Reader};
use crate::model::*;

pub fn topic(head: &Head, r: &mut Reader<'_>) -> SnsTopic {
    let kms_key = r.opt_str(Conf, &["KmsMasterKeyId"], "encryption.kms_key");
    let at_rest = if kms_key.is_some() {
        Some(true)
    } else if r.recorded(Conf) {
        Some(false)
    } else {
        r.mark("encryption.at_rest");
        None
    };
    let policy = match r.get(Conf, &["Policy"]) {
        Got::Value(v) => super::iam::document(v),
        Got::Absent => None,
        Got::NotRecorded => {
            r.mark("policy");
            None
        }
    };
    // The name is the item's, else the ARN's last part.
    let name = match &head.resource_name {
        Some(n) => Some(n.clone()),
        None => r
            .req_str(Conf, &["TopicArn"], "name")
            .and_then(|a| a.rsplit(':').next().map(str::to_owned)),
    };
    SnsTopic {
        name,
        fifo: r.opt_bool(Conf, &["FifoTopic"], "fifo", false),
        encryption: Encryption { at_rest, kms_key },
        policy,
    }
}
