//! `AWS::S3::Bucket`: almost everything is supplementary configuration. AWS Config always records
//! the ACL, policy, versioning and logging of a bucket, and records encryption, the public
//! access block, replication and object lock only when they are configured.
//! `AWS::S3::AccountPublicAccessBlock` records its four settings in `configuration`.

use super::item::Head;
use super::reader::{as_str, at, member, Conf, Got, Reader, Supp};
use crate::model::*;
use serde_json::Value;

pub fn bucket(head: &Head, r: &mut Reader<'_>) -> S3Bucket {
    let bucket = match r.get(Conf, &["name"]) {
        Got::Value(v) => as_str(v),
        _ => None,
    }
    // A bucket's resource id and name are its name.
    .or_else(|| head.resource_name.clone())
    .or_else(|| head.resource_id.clone());
    let (acl, public_grants) = match r.get(Supp, &["AccessControlList"]) {
        Got::Value(acl) => read_acl(acl),
        _ => {
            r.mark("acl");
            r.mark("public_grants");
            (None, Vec::new())
        }
    };
    let object_lock_enabled = match r.get(Supp, &["ObjectLockConfiguration"]) {
        Got::Value(v) => Some(
            member(v, "objectLockEnabled")
                .and_then(Value::as_str)
                .is_some_and(|s| s.eq_ignore_ascii_case("Enabled")),
        ),
        Got::Absent => Some(false),
        Got::NotRecorded => {
            r.mark("object_lock_enabled");
            None
        }
    };
    S3Bucket {
        bucket,
        encryption: encryption(r),
        public_access_block: public_access_block(r),
        acl,
        public_grants,
        versioning: versioning(r),
        logging: logging(r),
        policy: policy(r),
        replication: replication(r),
        object_lock_enabled,
    }
}

fn encryption(r: &mut Reader<'_>) -> S3Encryption {
    let sse = match r.get(Supp, &["ServerSideEncryptionConfiguration"]) {
        Got::NotRecorded => {
            r.mark("encryption");
            return S3Encryption::default();
        }
        Got::Absent => None,
        Got::Value(v) => member(v, "rules")
            .and_then(Value::as_array)
            .and_then(|rules| {
                rules
                    .iter()
                    .find_map(|rule| member(rule, "applyServerSideEncryptionByDefault"))
            }),
    };
    let Some(by_default) = sse else {
        // Not configured: S3 encrypts new objects with SSE-S3 (since January 2023), as the plan
        // loader assumes for a bucket without an encryption configuration.
        return S3Encryption::s3_default();
    };
    let algorithm = member(by_default, "sseAlgorithm").and_then(as_str);
    if algorithm.is_none() {
        r.mark("encryption.algorithm");
        r.mark("encryption.at_rest");
    }
    S3Encryption {
        at_rest: algorithm.as_ref().map(|_| true),
        kms_key: member(by_default, "kmsMasterKeyID").and_then(as_str),
        algorithm,
        aws_default: false,
    }
}

fn public_access_block(r: &mut Reader<'_>) -> PublicAccessBlock {
    match r.get(Supp, &["PublicAccessBlockConfiguration"]) {
        Got::NotRecorded => {
            r.mark("public_access_block");
            PublicAccessBlock::default()
        }
        Got::Absent => PublicAccessBlock {
            configured: Some(false),
            ..Default::default()
        },
        Got::Value(_) => {
            let mut flag = |key: &str, model: &str| {
                r.opt_bool(
                    Supp,
                    &["PublicAccessBlockConfiguration", key],
                    &format!("public_access_block.{model}"),
                    false,
                )
            };
            PublicAccessBlock {
                configured: Some(true),
                block_public_acls: flag("blockPublicAcls", "block_public_acls"),
                block_public_policy: flag("blockPublicPolicy", "block_public_policy"),
                ignore_public_acls: flag("ignorePublicAcls", "ignore_public_acls"),
                restrict_public_buckets: flag("restrictPublicBuckets", "restrict_public_buckets"),
                aws_default: false,
            }
        }
    }
}

fn versioning(r: &mut Reader<'_>) -> Versioning {
    match r.get(Supp, &["BucketVersioningConfiguration"]) {
        Got::Value(v) => Versioning {
            // `Off` (never enabled) or `Suspended`.
            enabled: Some(
                member(v, "status")
                    .and_then(Value::as_str)
                    .is_some_and(|s| s.eq_ignore_ascii_case("Enabled")),
            ),
            mfa_delete: Some(
                member(v, "isMfaDeleteEnabled")
                    .and_then(super::reader::as_bool)
                    .unwrap_or(false),
            ),
        },
        _ => {
            r.mark("versioning");
            Versioning::default()
        }
    }
}

fn logging(r: &mut Reader<'_>) -> Logging {
    match r.get(Supp, &["BucketLoggingConfiguration"]) {
        Got::Value(v) => {
            let target = member(v, "destinationBucketName").and_then(as_str);
            Logging {
                enabled: Some(target.is_some()),
                target_bucket: target,
            }
        }
        _ => {
            r.mark("logging");
            Logging::default()
        }
    }
}

fn policy(r: &mut Reader<'_>) -> Option<PolicyDocument> {
    match r.get(Supp, &["BucketPolicy"]) {
        Got::Value(v) => match member(v, "policyText") {
            // `{"policyText": null}`: the bucket has no policy.
            None => None,
            Some(text) => {
                let doc = super::iam::document(text);
                if doc.is_none() {
                    r.mark("policy");
                }
                doc
            }
        },
        _ => {
            r.mark("policy");
            None
        }
    }
}

fn replication(r: &mut Reader<'_>) -> Vec<Replication> {
    let Some(v) = r.value(Supp, &["BucketReplicationConfiguration"], "replication") else {
        return Vec::new();
    };
    // Rules are a list, or (older items) an object keyed by rule id.
    let rules: Vec<(Option<String>, &Value)> = match member(v, "rules") {
        Some(Value::Array(a)) => a.iter().map(|rule| (None, rule)).collect(),
        Some(Value::Object(m)) => m.iter().map(|(k, rule)| (Some(k.clone()), rule)).collect(),
        _ => Vec::new(),
    };
    rules
        .into_iter()
        .map(|(key, rule)| Replication {
            rule_id: member(rule, "id").and_then(as_str).or(key),
            status: member(rule, "status").and_then(as_str),
            destination_bucket: at(rule, &["destinationConfig", "bucketARN"])
                .or_else(|| at(rule, &["destination", "bucket"]))
                .and_then(as_str),
            destination_region: None,
        })
        .collect()
}

/// The canned ACL the grants amount to (`null` for a custom grant list), and the groups of
/// everyone that are granted anything.
fn read_acl(acl: &Value) -> (Option<String>, Vec<String>) {
    let owner = at(acl, &["owner", "id"]).and_then(Value::as_str);
    let grants = member(acl, "grantList")
        .or_else(|| member(acl, "grants"))
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[]);
    let mut extra: Vec<(String, String)> = Vec::new();
    let mut public: Vec<String> = Vec::new();
    let mut custom = false;
    for g in grants {
        let permission = member(g, "permission")
            .and_then(Value::as_str)
            .unwrap_or("")
            .replace('_', "")
            .to_ascii_lowercase();
        match grantee_group(member(g, "grantee")) {
            Some(group) => {
                if matches!(group.as_str(), "AllUsers" | "AuthenticatedUsers") {
                    public.push(group.clone());
                }
                extra.push((group, permission));
            }
            None => {
                let id = member(g, "grantee")
                    .and_then(|e| member(e, "id"))
                    .and_then(Value::as_str);
                let is_owner = id.is_some() && (id == owner || owner.is_none());
                if !(is_owner && permission == "fullcontrol") {
                    custom = true;
                }
            }
        }
    }
    public.sort();
    public.dedup();
    extra.sort();
    let pairs: Vec<(&str, &str)> = extra
        .iter()
        .map(|(g, p)| (g.as_str(), p.as_str()))
        .collect();
    let canned = match (custom, pairs.as_slice()) {
        (true, _) => None,
        (false, []) => Some("private"),
        (false, [("AllUsers", "read")]) => Some("public-read"),
        (false, [("AllUsers", "read"), ("AllUsers", "write")]) => Some("public-read-write"),
        (false, [("AuthenticatedUsers", "read")]) => Some("authenticated-read"),
        (false, [("LogDelivery", "readacp"), ("LogDelivery", "write")]) => {
            Some("log-delivery-write")
        }
        _ => None,
    };
    (canned.map(str::to_owned), public)
}

/// `AllUsers`, `AuthenticatedUsers`, `LogDelivery` from any spelling of a group grantee.
fn grantee_group(grantee: Option<&Value>) -> Option<String> {
    let text = match grantee? {
        Value::String(s) => s.clone(),
        obj => ["uri", "URI", "identifier", "typeIdentifier"]
            .iter()
            .find_map(|k| member(obj, k).and_then(Value::as_str))
            .filter(|s| s.contains("/groups/global/"))?
            .to_string(),
    };
    let name = text.rsplit('/').next().unwrap_or(&text);
    ["AllUsers", "AuthenticatedUsers", "LogDelivery"]
        .into_iter()
        .find(|g| name.eq_ignore_ascii_case(g))
        .map(str::to_owned)
}

/// `AWS::S3::AccountPublicAccessBlock`: the four settings, always recorded.
pub fn account_public_access_block(r: &mut Reader<'_>) -> S3AccountPublicAccessBlock {
    S3AccountPublicAccessBlock {
        block_public_acls: r.req_bool(Conf, &["blockPublicAcls"], "block_public_acls"),
        block_public_policy: r.req_bool(Conf, &["blockPublicPolicy"], "block_public_policy"),
        ignore_public_acls: r.req_bool(Conf, &["ignorePublicAcls"], "ignore_public_acls"),
        restrict_public_buckets: r.req_bool(
            Conf,
            &["restrictPublicBuckets"],
            "restrict_public_buckets",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn grants_amount_to_canned_acls() {
        let owner = json!({"id": "o"});
        let acl = |grants: Value| json!({"owner": owner, "grantList": grants});
        let full = json!({"grantee": {"id": "o"}, "permission": "FullControl"});
        assert_eq!(read_acl(&acl(json!([full]))).0.as_deref(), Some("private"));
        let (canned, public) = read_acl(&acl(
            json!([full, {"grantee": "AllUsers", "permission": "Read"}]),
        ));
        assert_eq!(canned.as_deref(), Some("public-read"));
        assert_eq!(public, vec!["AllUsers"]);
        let uri = json!({"grantee": {"uri": "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"}, "permission": "READ"});
        assert_eq!(
            read_acl(&acl(json!([full, uri]))).0.as_deref(),
            Some("authenticated-read")
        );
        let other = json!({"grantee": {"id": "someone-else"}, "permission": "Read"});
        assert_eq!(read_acl(&acl(json!([full, other]))).0, None);
    }
}
