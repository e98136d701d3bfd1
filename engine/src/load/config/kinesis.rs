//! `AWS::Kinesis::Stream`: CloudFormation's spelling (`Name`, `RetentionPeriodHours`), with
//! `StreamEncryption` (`EncryptionType`, `KeyId`) written only when the stream is encrypted.

use super::item::Head;
use super::reader::{Conf, Reader};
use crate::model::*;

pub fn stream(head: &Head, r: &mut Reader<'_>) -> KinesisStream {
    let at_rest = r
        .opt_str(
            Conf,
            &["StreamEncryption", "EncryptionType"],
            "encryption.at_rest",
        )
        .map(|t| t.eq_ignore_ascii_case("KMS"))
        .or_else(|| r.recorded(Conf).then_some(false));
    let kms_key = match at_rest {
        Some(true) => r.opt_str(Conf, &["StreamEncryption", "KeyId"], "encryption.kms_key"),
        _ => None,
    };
    if at_rest.is_none() {
        r.mark("encryption.kms_key");
    }
    KinesisStream {
        name: r.req_str_or(Conf, &["Name"], "name", head.resource_name.as_ref()),
        encryption: Encryption { at_rest, kms_key },
        retention_hours: r.req_int(Conf, &["RetentionPeriodHours"], "retention_hours"),
    }
}
