//! `AWS::ECR::Repository`: CloudFormation's spelling (`ImageTagMutability`,
//! `ImageScanningConfiguration.ScanOnPush`, `EncryptionConfiguration`), with the repository
//! policy (`RepositoryPolicyText`) and the lifecycle policy (`LifecyclePolicy`) in the item,
//! written only when set.

use super::item::Head;
use super::reader::{Conf, Got, Reader};
use crate::model::*;

pub fn repository(head: &Head, r: &mut Reader<'_>) -> EcrRepository {
    let encryption_type = r
        .opt_str(
            Conf,
            &["EncryptionConfiguration", "EncryptionType"],
            "encryption_type",
        )
        .or_else(|| r.recorded(Conf).then(|| "AES256".to_string()));
    let kms_key = match encryption_type.as_deref() {
        Some("AES256") => None,
        _ => r.opt_str(
            Conf,
            &["EncryptionConfiguration", "KmsKey"],
            "encryption.kms_key",
        ),
    };
    let policy = match r.get(Conf, &["RepositoryPolicyText"]) {
        Got::Value(v) => super::iam::document(v),
        Got::Absent => None,
        Got::NotRecorded => {
            r.mark("policy");
            None
        }
    };
    let lifecycle_policy = match r.get(Conf, &["LifecyclePolicy", "LifecyclePolicyText"]) {
        Got::Value(_) => Some(true),
        Got::Absent => Some(false),
        Got::NotRecorded => {
            r.mark("lifecycle_policy");
            None
        }
    };
    EcrRepository {
        name: r.req_str_or(
            Conf,
            &["RepositoryName"],
            "name",
            head.resource_name.as_ref(),
        ),
        image_tag_mutability: r.req_str(Conf, &["ImageTagMutability"], "image_tag_mutability"),
        scan_on_push: r.opt_bool(
            Conf,
            &["ImageScanningConfiguration", "ScanOnPush"],
            "scan_on_push",
            false,
        ),
        encryption_type,
        encryption: Encryption {
            at_rest: Some(true),
            kms_key,
        },
        policy,
        lifecycle_policy,
        policy_unseen: false,
    }
}
