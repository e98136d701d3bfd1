//! Facts one item holds about another, joined across the input, as the plan loader joins
//! satellites: a managed policy's document (`AWS::IAM::Policy` items), an instance's block device
//! encryption (`AWS::EC2::Volume` items), and whether a table's, a file system's, a
//! repository's or a backup vault's key is AWS managed (`AWS::KMS::Key` items). What the input
//! does not hold stays unknown. Joins both loaders share (group policies, replication regions,
//! the network) are in `model/derive.rs`.

use super::Built;
use crate::model::*;
use std::collections::HashMap;

pub fn apply(built: &mut [Built]) {
    let index = Index::new(built);
    for b in built.iter_mut() {
        let unknown = &mut b.resource.unknown;
        match &mut b.resource.attributes {
            Attributes::Ec2Instance(i) => {
                if i.block_devices.is_empty() && !has(unknown, "attributes.block_devices") {
                    // No EBS volumes: nothing stored at rest to judge.
                    continue;
                }
                for (device, volume) in i.block_devices.iter_mut().zip(&b.links.volumes) {
                    match volume.as_ref().and_then(|v| index.volumes.get(v.as_str())) {
                        Some(enc) if enc.at_rest.is_some() => device.encryption = enc.clone(),
                        _ => push(unknown, "attributes.block_devices"),
                    }
                }
            }
            Attributes::IamUser(IamUser { policies, .. })
            | Attributes::IamGroup(IamGroup { policies, .. })
            | Attributes::IamRole(IamRole { policies, .. }) => {
                for p in policies.iter_mut() {
                    index.fill(p, &b.links.related_policies);
                }
                if policies.iter().any(AttachedPolicy::is_hidden) {
                    push(unknown, "attributes.policies");
                }
            }
            Attributes::DynamoDbTable(t) => {
                if let Some(key) = &b.links.table_key {
                    t.encryption.key_type = match index.key_managers.get(key.as_str()) {
                        Some(m) if m == "AWS" => Some("aws-managed".into()),
                        Some(m) if m == "CUSTOMER" => Some("customer-managed".into()),
                        _ => None,
                    };
                }
                if t.encryption.key_type.is_none() {
                    push(unknown, "attributes.encryption.key_type");
                }
            }
            // `null` is their AWS managed key: a key ARN the key's own item shows to be AWS
            // managed is that key (an ARN the input holds no item of stays as it is).
            Attributes::EfsFileSystem(EfsFileSystem { encryption, .. })
            | Attributes::EcrRepository(EcrRepository { encryption, .. }) => {
                let managed = encryption
                    .kms_key
                    .as_deref()
                    .and_then(|k| index.key_managers.get(k));
                if managed.is_some_and(|m| m == "AWS") {
                    encryption.kms_key = None;
                }
            }
            Attributes::BackupVault(v) => {
                v.customer_managed_key = b
                    .links
                    .table_key
                    .as_deref()
                    .and_then(|k| index.key_managers.get(k))
                    .map(|m| m == "CUSTOMER");
                if v.customer_managed_key.is_none() {
                    push(unknown, "attributes.customer_managed_key");
                }
            }
            _ => {}
        }
    }
}

struct Index {
    volumes: HashMap<String, Encryption>,
    /// Policy ARN or policy id -> (name, document).
    policies: HashMap<String, (Option<String>, Option<PolicyDocument>)>,
    key_managers: HashMap<String, String>,
}

impl Index {
    fn new(built: &[Built]) -> Index {
        let mut ix = Index {
            volumes: HashMap::new(),
            policies: HashMap::new(),
            key_managers: HashMap::new(),
        };
        for b in built {
            let ids: Vec<String> = [b.head.arn.clone(), b.head.resource_id.clone()]
                .into_iter()
                .flatten()
                .collect();
            match &b.resource.attributes {
                Attributes::Ec2Volume(v) => {
                    for id in ids {
                        ix.volumes.insert(id, v.encryption.clone());
                    }
                }
                Attributes::IamPolicy(p) => {
                    for id in ids.into_iter().chain(p.arn.clone()) {
                        ix.policies
                            .insert(id, (p.policy_name.clone(), p.document.clone()));
                    }
                }
                Attributes::KmsKey(k) => {
                    if let Some(m) = &k.key_manager {
                        for id in ids {
                            ix.key_managers.insert(id, m.clone());
                        }
                    }
                }
                _ => {}
            }
        }
        ix
    }

    /// A managed policy's document from the policy's own item: by ARN, else by the related
    /// policy of the same name.
    fn fill(&self, p: &mut AttachedPolicy, related: &[(String, String)]) {
        if p.attachment != "managed" || p.document.is_some() {
            return;
        }
        let by_arn = p.arn.as_deref().and_then(|a| self.policies.get(a));
        let by_relation = || {
            let name = p.name.as_deref()?;
            related
                .iter()
                .find(|(n, _)| n == name)
                .and_then(|(_, id)| self.policies.get(id.as_str()))
        };
        if let Some((_, doc)) = by_arn.or_else(by_relation) {
            p.document = doc.clone();
        }
    }
}

fn has(list: &[String], path: &str) -> bool {
    list.iter().any(|p| p == path)
}

fn push(list: &mut Vec<String>, path: &str) {
    if !has(list, path) {
        list.push(path.to_string());
    }
}
