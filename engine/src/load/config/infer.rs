//! The resource type of an item that does not say it: SelectResourceConfig returns only the
//! selected fields, and the type is implied by the query, which the output does not repeat.
//! Told from the resource's own ARN (its ARN format names the type), from an id and a field
//! only one type's configuration has (`registry.rs`), or for S3 buckets from the supplementary
//! configuration only a bucket has.

use super::item::Item;
use super::reader::{as_str, member};
use crate::model::registry::{kind_of_configuration, type_of_arn};

/// What an item that does not say its type is.
pub struct Inferred {
    pub resource_type: &'static str,
    /// The resource's own ARN, when one was found.
    pub arn: Option<String>,
    /// Its id, when the configuration told the type by it.
    pub id: Option<String>,
}

/// The type, with the ARN or id that told it. `ids` are the item's `ARN` and `resourceId`
/// (which for some types is an ARN).
pub fn resource_type(item: &Item, ids: &[Option<&str>]) -> Option<Inferred> {
    let given = ids.iter().flatten().map(|s| s.to_string());
    for arn in given.chain(own_arns(item)) {
        if let Some(ty) = type_of_arn(&arn) {
            return Some(Inferred {
                resource_type: ty,
                arn: Some(arn),
                id: None,
            });
        }
    }
    if let Some(conf) = item.configuration.as_ref().and_then(|c| c.as_object()) {
        if let Some((kind, id)) = kind_of_configuration(conf) {
            return Some(Inferred {
                resource_type: kind.as_str(),
                arn: None,
                id: Some(id),
            });
        }
    }
    let bucket_keys = [
        "AccessControlList",
        "BucketVersioningConfiguration",
        "BucketLoggingConfiguration",
        "BucketPolicy",
        "ServerSideEncryptionConfiguration",
    ];
    if item
        .supplementary
        .as_ref()
        .is_some_and(|s| bucket_keys.iter().any(|k| s.contains_key(*k)))
    {
        return Some(Inferred {
            resource_type: "AWS::S3::Bucket",
            arn: None,
            id: None,
        });
    }
    None
}

/// A name for findings when the item has no `resourceId` or `resourceName`.
pub fn name(ty: &str, item: &Item) -> Option<String> {
    let conf = item.configuration.as_ref()?;
    let key = match ty {
        "AWS::S3::Bucket" => "name",
        _ => return None,
    };
    member(conf, key).and_then(as_str)
}

/// ARNs that are the resource's own: the item's `resourceId` when it is an ARN, then the
/// configuration's ARN fields (`arn`, `functionArn`, `TopicArn`, `dBSnapshotArn`, ...), never
/// ARNs of other resources it refers to (`role`, `kmsKeyId`).
fn own_arns(item: &Item) -> Vec<String> {
    let mut out = Vec::new();
    let Some(conf) = item.configuration.as_ref().and_then(|c| c.as_object()) else {
        return out;
    };
    for (k, v) in conf {
        let k = k.to_ascii_lowercase();
        let own = k == "arn"
            || (k.ends_with("arn")
                && ![
                    "role", "kms", "key", "source", "target", "policy", "dlq", "kinesis",
                ]
                .iter()
                .any(|other| k.contains(other)));
        if own {
            if let Some(s) = v.as_str().filter(|s| s.starts_with("arn:")) {
                out.push(s.to_string());
            }
        }
    }
    out
}
