//! Satellite resources: Terraform types that configure another resource (bucket encryption,
//! security group rules, policy attachments, ...). They fold into the resource a user would fix,
//! joined by configuration references, or by known values when the plan has no configuration.

use super::planned::{Planned, Reader};
use super::resources::{apply_sse, normalize_ports, normalize_protocol, public_grants};
use crate::model::*;
use std::collections::HashMap;

pub fn is_satellite(tf_type: &str) -> bool {
    target(tf_type).is_some()
}

/// For each satellite type: the attribute naming its parent, and the parent's Terraform types.
fn target(tf_type: &str) -> Option<(&'static str, &'static [&'static str])> {
    const BUCKET: &[&str] = &["aws_s3_bucket"];
    const SG: &[&str] = &["aws_security_group", "aws_default_security_group"];
    Some(match tf_type {
        "aws_s3_bucket_server_side_encryption_configuration"
        | "aws_s3_bucket_public_access_block"
        | "aws_s3_bucket_versioning"
        | "aws_s3_bucket_logging"
        | "aws_s3_bucket_acl"
        | "aws_s3_bucket_policy"
        | "aws_s3_bucket_replication_configuration" => ("bucket", BUCKET),
        "aws_security_group_rule" => ("security_group_id", SG),
        "aws_vpc_security_group_ingress_rule" | "aws_vpc_security_group_egress_rule" => {
            ("security_group_id", SG)
        }
        "aws_iam_user_login_profile" | "aws_iam_user_policy" | "aws_iam_user_policy_attachment" => {
            ("user", &["aws_iam_user"])
        }
        "aws_iam_user_group_membership" => ("user", &["aws_iam_user"]),
        "aws_iam_group_policy" | "aws_iam_group_policy_attachment" => ("group", &["aws_iam_group"]),
        "aws_iam_group_membership" => ("group", &["aws_iam_group"]),
        "aws_iam_role_policy" | "aws_iam_role_policy_attachment" => ("role", &["aws_iam_role"]),
        // Attaches to many identities at once: handled on its own.
        "aws_iam_policy_attachment" => ("policy_arn", &[]),
        _ => return None,
    })
}

/// Finds parents for satellites, by reference or by value.
pub struct Joiner<'a> {
    planned: &'a [Planned],
    /// Config address -> indexes of planned instances.
    by_config: HashMap<String, Vec<usize>>,
    /// (tf type, known identity value) -> indexes.
    by_value: HashMap<(&'a str, &'a str), Vec<usize>>,
}

impl<'a> Joiner<'a> {
    pub fn new(planned: &'a [Planned]) -> Joiner<'a> {
        let mut j = Joiner {
            planned,
            by_config: HashMap::new(),
            by_value: HashMap::new(),
        };
        for (i, p) in planned.iter().enumerate() {
            j.by_config.entry(p.config_address()).or_default().push(i);
            for v in p.identities() {
                j.by_value
                    .entry((p.tf_type.as_str(), v))
                    .or_default()
                    .push(i);
            }
        }
        j
    }

    /// The parent of a satellite through attribute `attr`.
    pub fn parent(&self, r: &Reader<'_>, attr: &str, types: &[&str]) -> Option<usize> {
        self.resolve(r, &[attr], r.root().get(attr).as_str(), types)
    }

    /// Resolves an expression at `path` that names a resource of `types`: by reference first,
    /// then by the known value.
    pub fn resolve(
        &self,
        r: &Reader<'_>,
        path: &[&str],
        value: Option<&str>,
        types: &[&str],
    ) -> Option<usize> {
        let sat = r.planned;
        let refs = r
            .config
            .resource_references(&sat.addr.modules, &sat.config_address(), path);
        for target in &refs {
            if let Some(found) = self.by_config.get(target) {
                let found: Vec<usize> = found
                    .iter()
                    .copied()
                    .filter(|&i| types.contains(&self.planned[i].tf_type.as_str()))
                    .collect();
                match found.as_slice() {
                    [] => {}
                    [one] => return Some(*one),
                    many => {
                        // count/for_each on both sides: same instance key, else same value.
                        if let Some(&i) = many.iter().find(|&&i| {
                            self.planned[i].addr.key == sat.addr.key
                                && self.planned[i].addr.module_prefix == sat.addr.module_prefix
                        }) {
                            return Some(i);
                        }
                        if let Some(v) = value {
                            if let Some(&i) = many
                                .iter()
                                .find(|&&i| self.planned[i].identities().contains(&v))
                            {
                                return Some(i);
                            }
                        }
                    }
                }
            }
        }
        let v = value?;
        // Known value: an id, name or ARN of a parent in the plan (plans without configuration).
        types.iter().find_map(|t| {
            let hits = self.by_value.get(&(*t, v))?;
            (hits.len() == 1).then(|| hits[0])
        })
    }

    /// Resolves every element of a list attribute (`users = [...]`).
    pub fn resolve_all(&self, r: &Reader<'_>, attr: &str, types: &[&str]) -> Vec<usize> {
        let mut out = Vec::new();
        let values = r.root().get(attr).strings();
        let refs = r.config.resource_references(
            &r.planned.addr.modules,
            &r.planned.config_address(),
            &[attr],
        );
        for target in &refs {
            for &i in self.by_config.get(target).into_iter().flatten() {
                if types.contains(&self.planned[i].tf_type.as_str()) && !out.contains(&i) {
                    out.push(i);
                }
            }
        }
        for v in &values {
            for t in types {
                for &i in self.by_value.get(&(*t, v.as_str())).into_iter().flatten() {
                    if !out.contains(&i) {
                        out.push(i);
                    }
                }
            }
        }
        out
    }
}

/// Folds one satellite into the attributes of its parent(s). `attrs` is indexed like `planned`.
pub fn apply(
    joiner: &Joiner<'_>,
    r: &mut Reader<'_>,
    attrs: &mut [Option<Attributes>],
    unknown: &mut [Vec<String>],
) {
    let tf_type = r.planned.tf_type.clone();
    let Some((attr, types)) = target(&tf_type) else {
        return;
    };
    let n = r.root();
    let address = r.planned.address.clone();

    if tf_type == "aws_iam_policy_attachment" {
        let policy = managed_policy(joiner, r, attrs, &address);
        for (field, ty) in [
            ("users", "aws_iam_user"),
            ("groups", "aws_iam_group"),
            ("roles", "aws_iam_role"),
        ] {
            for i in joiner.resolve_all(r, field, &[ty]) {
                push_policy(attrs[i].as_mut(), policy.clone());
                if is_hidden(&policy) {
                    push_unknown(&mut unknown[i], "attributes.policies");
                }
            }
        }
        return;
    }

    let Some(parent) = joiner.parent(r, attr, types) else {
        return;
    };
    // A policy attachment needs the policy's document before borrowing the parent.
    let managed = tf_type
        .ends_with("_policy_attachment")
        .then(|| managed_policy(joiner, r, attrs, &address));
    let group_memberships = match tf_type.as_str() {
        "aws_iam_user_group_membership" => joiner.resolve_all(r, "groups", &["aws_iam_group"]),
        "aws_iam_group_membership" => joiner.resolve_all(r, "users", &["aws_iam_user"]),
        _ => Vec::new(),
    };
    if tf_type == "aws_iam_group_membership" {
        let group_name = group_name_of(attrs[parent].as_ref(), n.get("group").as_str());
        for u in group_memberships {
            if let Some(Attributes::IamUser(user)) = attrs[u].as_mut() {
                push_unique(&mut user.groups, group_name.clone());
            }
        }
        return;
    }
    if tf_type == "aws_iam_user_group_membership" {
        let names: Vec<String> = if group_memberships.is_empty() {
            n.get("groups").strings()
        } else {
            group_memberships
                .iter()
                .map(|&g| group_name_of(attrs[g].as_ref(), None))
                .collect()
        };
        if let Some(Attributes::IamUser(user)) = attrs[parent].as_mut() {
            for g in names {
                push_unique(&mut user.groups, g);
            }
        }
        return;
    }

    let mut local_unknown = Vec::new();
    match (tf_type.as_str(), attrs[parent].as_mut()) {
        ("aws_s3_bucket_server_side_encryption_configuration", Some(Attributes::S3Bucket(b))) => {
            let rule = n.get("rule");
            if rule.is_wholly_unknown() {
                // A `dynamic` rule over values known only after apply: nothing about it is known.
                b.encryption = S3Encryption::default();
                local_unknown.push("encryption");
            } else if let Some(rule) = rule.items().first() {
                let by_default = rule.get("apply_server_side_encryption_by_default").first();
                apply_sse(
                    r,
                    &mut b.encryption,
                    by_default,
                    &[
                        "rule",
                        "apply_server_side_encryption_by_default",
                        "kms_master_key_id",
                    ],
                );
            }
        }
        ("aws_s3_bucket_public_access_block", Some(Attributes::S3Bucket(b))) => {
            b.public_access_block = PublicAccessBlock {
                configured: Some(true),
                block_public_acls: r.bool(
                    n.get("block_public_acls"),
                    "public_access_block.block_public_acls",
                    Some(false),
                ),
                block_public_policy: r.bool(
                    n.get("block_public_policy"),
                    "public_access_block.block_public_policy",
                    Some(false),
                ),
                ignore_public_acls: r.bool(
                    n.get("ignore_public_acls"),
                    "public_access_block.ignore_public_acls",
                    Some(false),
                ),
                restrict_public_buckets: r.bool(
                    n.get("restrict_public_buckets"),
                    "public_access_block.restrict_public_buckets",
                    Some(false),
                ),
                aws_default: false,
            };
        }
        ("aws_s3_bucket_versioning", Some(Attributes::S3Bucket(b))) => {
            let c = n.get("versioning_configuration").first();
            b.versioning.enabled = r
                .string(c.get("status"), "versioning.enabled")
                .map(|s| s == "Enabled");
            b.versioning.mfa_delete = r
                .string(c.get("mfa_delete"), "versioning.mfa_delete")
                .map(|s| s == "Enabled")
                .or(Some(false));
        }
        ("aws_s3_bucket_logging", Some(Attributes::S3Bucket(b))) => {
            b.logging.enabled = Some(true);
            b.logging.target_bucket = r.reference(
                n.get("target_bucket"),
                &["target_bucket"],
                "logging.target_bucket",
            );
        }
        ("aws_s3_bucket_acl", Some(Attributes::S3Bucket(b))) => {
            if let Some(acl) = r.string(n.get("acl"), "acl") {
                b.acl = Some(acl);
            }
            let grants = n.get("access_control_policy").first().get("grant");
            b.public_grants = public_grants(
                grants
                    .items()
                    .iter()
                    .map(|g| g.get("grantee").first().get("uri")),
            );
        }
        ("aws_s3_bucket_policy", Some(Attributes::S3Bucket(b))) => {
            b.policy = super::resources::policy_document(r, n.get("policy"), "policy");
        }
        ("aws_s3_bucket_replication_configuration", Some(Attributes::S3Bucket(b))) => {
            let rules = n.get("rule");
            if rules.is_wholly_unknown() {
                local_unknown.push("replication");
            }
            for (i, rule) in rules.items().into_iter().enumerate() {
                let dest = rule.get("destination").first();
                let index = i.to_string();
                let path = ["rule", &index, "destination", "bucket"];
                b.replication.push(Replication {
                    rule_id: rule.get("id").as_str().map(str::to_owned),
                    status: rule.get("status").as_str().map(str::to_owned),
                    destination_bucket: r.reference(dest.get("bucket"), &path, "replication"),
                    destination_region: None,
                });
            }
        }
        ("aws_security_group_rule", Some(Attributes::SecurityGroup(g))) => {
            let rule = normalize_ports(SecurityGroupRule {
                protocol: normalize_protocol(n.get("protocol").as_str().unwrap_or("-1")),
                from_port: n.get("from_port").as_i64(),
                to_port: n.get("to_port").as_i64(),
                ipv4_ranges: n.get("cidr_blocks").strings(),
                ipv6_ranges: n.get("ipv6_cidr_blocks").strings(),
                source_groups: n
                    .get("source_security_group_id")
                    .as_str()
                    .map(|s| vec![s.to_owned()])
                    .unwrap_or_default(),
                prefix_lists: n.get("prefix_list_ids").strings(),
                description: n
                    .get("description")
                    .as_str()
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned),
                defined_by: Some(address.clone()),
            });
            let dir = if n.get("type").as_str() == Some("egress") {
                "egress"
            } else {
                "ingress"
            };
            if n.get("cidr_blocks").is_unknown() || n.get("ipv6_cidr_blocks").is_unknown() {
                local_unknown.push(dir);
            }
            if dir == "egress" {
                g.egress.push(rule)
            } else {
                g.ingress.push(rule)
            }
        }
        (
            "aws_vpc_security_group_ingress_rule" | "aws_vpc_security_group_egress_rule",
            Some(Attributes::SecurityGroup(g)),
        ) => {
            let rule = normalize_ports(SecurityGroupRule {
                protocol: normalize_protocol(n.get("ip_protocol").as_str().unwrap_or("-1")),
                from_port: n.get("from_port").as_i64(),
                to_port: n.get("to_port").as_i64(),
                ipv4_ranges: n
                    .get("cidr_ipv4")
                    .as_str()
                    .map(|s| vec![s.to_owned()])
                    .unwrap_or_default(),
                ipv6_ranges: n
                    .get("cidr_ipv6")
                    .as_str()
                    .map(|s| vec![s.to_owned()])
                    .unwrap_or_default(),
                source_groups: n
                    .get("referenced_security_group_id")
                    .as_str()
                    .map(|s| vec![s.to_owned()])
                    .unwrap_or_default(),
                prefix_lists: n
                    .get("prefix_list_id")
                    .as_str()
                    .map(|s| vec![s.to_owned()])
                    .unwrap_or_default(),
                description: n
                    .get("description")
                    .as_str()
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned),
                defined_by: Some(address.clone()),
            });
            let egress = tf_type.ends_with("egress_rule");
            let dir = if egress { "egress" } else { "ingress" };
            if n.get("cidr_ipv4").is_unknown() || n.get("cidr_ipv6").is_unknown() {
                local_unknown.push(dir);
            }
            if egress {
                g.egress.push(rule)
            } else {
                g.ingress.push(rule)
            }
        }
        ("aws_iam_user_login_profile", Some(Attributes::IamUser(u))) => {
            u.console_access = Some(true);
        }
        (
            "aws_iam_user_policy" | "aws_iam_group_policy" | "aws_iam_role_policy",
            Some(parent_attrs),
        ) => {
            let doc = super::resources::policy_document(r, n.get("policy"), "policies");
            if n.get("policy").is_unknown() {
                local_unknown.push("policies");
            }
            push_policy(
                Some(parent_attrs),
                AttachedPolicy {
                    name: n.get("name").as_str().map(str::to_owned),
                    arn: None,
                    attachment: "inline".into(),
                    document: doc,
                    defined_by: Some(address.clone()),
                },
            );
        }
        (
            "aws_iam_user_policy_attachment"
            | "aws_iam_group_policy_attachment"
            | "aws_iam_role_policy_attachment",
            Some(parent_attrs),
        ) => {
            if let Some(p) = managed {
                if is_hidden(&p) {
                    local_unknown.push("policies");
                }
                push_policy(Some(parent_attrs), p);
            }
        }
        _ => {}
    }
    for p in r
        .unknown
        .drain(..)
        .chain(local_unknown.into_iter().map(|p| format!("attributes.{p}")))
    {
        if !unknown[parent].contains(&p) {
            unknown[parent].push(p);
        }
    }
}

fn managed_policy(
    joiner: &Joiner<'_>,
    r: &Reader<'_>,
    attrs: &[Option<Attributes>],
    address: &str,
) -> AttachedPolicy {
    let arn = r.root().get("policy_arn").as_str().map(str::to_owned);
    let target = joiner.resolve(r, &["policy_arn"], arn.as_deref(), &["aws_iam_policy"]);
    let (name, document) = match target.and_then(|i| attrs[i].as_ref()) {
        Some(Attributes::IamPolicy(p)) => (p.policy_name.clone(), p.document.clone()),
        _ => (
            arn.as_deref()
                .and_then(|a| a.rsplit('/').next())
                .map(str::to_owned),
            None,
        ),
    };
    AttachedPolicy {
        name,
        arn: arn.or_else(|| target.map(|i| joiner.planned[i].address.clone())),
        attachment: "managed".into(),
        document,
        defined_by: Some(address.to_string()),
    }
}

/// A managed policy whose document the input does not hold (a customer policy from outside the
/// plan, or one only known after apply): what it grants is unknown. AWS managed policies are
/// known by name.
fn is_hidden(p: &AttachedPolicy) -> bool {
    p.document.is_none()
        && !p
            .arn
            .as_deref()
            .is_some_and(|a| a.starts_with("arn:aws:iam::aws:policy/"))
}

fn push_unknown(list: &mut Vec<String>, path: &str) {
    if !list.iter().any(|p| p == path) {
        list.push(path.to_string());
    }
}

fn push_policy(attrs: Option<&mut Attributes>, p: AttachedPolicy) {
    match attrs {
        Some(Attributes::IamUser(u)) => u.policies.push(p),
        Some(Attributes::IamGroup(g)) => g.policies.push(p),
        Some(Attributes::IamRole(role)) => role.policies.push(p),
        _ => {}
    }
}

fn push_unique(list: &mut Vec<String>, v: String) {
    if !list.contains(&v) {
        list.push(v);
    }
}

fn group_name_of(attrs: Option<&Attributes>, fallback: Option<&str>) -> String {
    match attrs {
        Some(Attributes::IamGroup(g)) => g.group_name.clone(),
        _ => None,
    }
    .or(fallback.map(str::to_owned))
    .unwrap_or_default()
}

/// After every satellite: users get their groups' policies; replication destinations get the
/// region of a destination bucket that is in the same plan.
pub fn derive(
    planned: &[Planned],
    attrs: &mut [Option<Attributes>],
    unknown: &mut [Vec<String>],
    regions: &[Option<String>],
) {
    // Group name -> (policies, whether any of them is hidden or unknown).
    let groups: GroupPolicies = attrs
        .iter()
        .enumerate()
        .filter_map(|(i, a)| match a {
            Some(Attributes::IamGroup(g)) => {
                let hidden = g.policies.iter().any(is_hidden)
                    || unknown[i].iter().any(|p| p == "attributes.policies");
                Some((g.group_name.clone()?, (g.policies.clone(), hidden)))
            }
            _ => None,
        })
        .collect();
    // Bucket name / ARN / address -> index, for replication destinations.
    let mut buckets: HashMap<String, usize> = HashMap::new();
    for (i, p) in planned.iter().enumerate() {
        if let Some(Attributes::S3Bucket(b)) = &attrs[i] {
            buckets.insert(p.address.clone(), i);
            buckets.insert(p.config_address(), i);
            if let Some(name) = &b.bucket {
                buckets.insert(name.clone(), i);
                buckets.insert(format!("arn:aws:s3:::{name}"), i);
            }
        }
    }
    for (index, a) in attrs.iter_mut().enumerate() {
        match a {
            Some(Attributes::IamUser(u)) => {
                let hidden = u.inherit_group_policies(&groups);
                if hidden {
                    push_unknown(&mut unknown[index], "attributes.group_policies");
                }
            }
            Some(Attributes::S3Bucket(b)) => {
                for rep in &mut b.replication {
                    if let Some(&i) = rep.destination_bucket.as_ref().and_then(|d| buckets.get(d)) {
                        rep.destination_region = regions[i].clone();
                    }
                    // A destination outside the plan: S3 ARNs carry no region.
                    if rep.destination_region.is_none() {
                        push_unknown(&mut unknown[index], "attributes.replication");
                    }
                }
                // Neither S3's default for a new bucket nor a block resource of this plan: the
                // existing bucket may have any block, or none, set elsewhere.
                if b.public_access_block.configured.is_none() {
                    push_unknown(&mut unknown[index], "attributes.public_access_block");
                }
            }
            _ => {}
        }
    }
}
