//! `AWS::EFS::FileSystem`: CloudFormation's spelling (`Encrypted`, `KmsKeyId`), with the
//! backup policy (`BackupPolicy.Status`, always written) and the file system policy
//! (`FileSystemPolicy`, an object, written only when one is set) in the item.

use super::reader::{Conf, Got, Reader};
use crate::model::*;

pub fn file_system(r: &mut Reader<'_>) -> EfsFileSystem {
    let at_rest = r.req_bool(Conf, &["Encrypted"], "encryption.at_rest");
    let kms_key = match at_rest {
        Some(true) => r.opt_str(Conf, &["KmsKeyId"], "encryption.kms_key"),
        Some(false) => None,
        None => {
            r.mark("encryption.kms_key");
            None
        }
    };
    let one_zone = match r.get(Conf, &["AvailabilityZoneName"]) {
        Got::Value(v) => Some(v.as_str().is_some_and(|z| !z.is_empty())),
        Got::Absent => Some(false),
        Got::NotRecorded => {
            r.mark("one_zone");
            None
        }
    };
    let automatic_backups = r
        .req_str(Conf, &["BackupPolicy", "Status"], "automatic_backups")
        .map(|s| s.to_ascii_uppercase().starts_with("ENABL"));
    let policy = match r.get(Conf, &["FileSystemPolicy"]) {
        Got::Value(v) => super::iam::document(v),
        Got::Absent => None,
        Got::NotRecorded => {
            r.mark("policy");
            None
        }
    };
    EfsFileSystem {
        encryption: Encryption { at_rest, kms_key },
        one_zone,
        automatic_backups,
        policy,
    }
}
