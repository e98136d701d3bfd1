//! Kinesis data streams.

use super::planned::Reader;
use super::table::Table;
use crate::model::*;

pub const STREAM: Table = Table {
    types: &[("aws_kinesis_stream", |r| {
        Attributes::KinesisStream(stream(r))
    })],
    satellites: &[],
};

fn stream(r: &mut Reader<'_>) -> KinesisStream {
    let n = r.root();
    let at_rest = r
        .string_or(n.get("encryption_type"), "encryption.at_rest", "NONE")
        .map(|t| t.eq_ignore_ascii_case("KMS"));
    let kms_key = match at_rest {
        Some(true) => r.reference(n.get("kms_key_id"), &["kms_key_id"], "encryption.kms_key"),
        Some(false) => None,
        None => {
            r.mark_unknown("encryption.kms_key");
            None
        }
    };
    KinesisStream {
        name: r.string(n.get("name"), "name"),
        encryption: Encryption { at_rest, kms_key },
        retention_hours: r.int(n.get("retention_period"), "retention_hours", Some(24)),
    }
}
