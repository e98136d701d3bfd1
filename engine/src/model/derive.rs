//! Facts that need more than one resource, computed once after either loader: a user's
//! group policies, the region of a replication, log subscription or backup copy destination,
//! whether a trail's bucket logs access, a snapshot's encryption (its source's), an Auto Scaling
//! group's zones (its subnets'), and where a resource sits in the network. Resources are joined only with others of the same input domain (one plan
//! file; one AWS account, whatever files or regions its items came from), by their `aliases`.

use super::network;
use super::*;
use std::collections::HashMap;

/// Derived facts that are unknown when the input does not hold the other resource (beside the
/// network's, `attributes.network.*`).
pub const JOINED: &[&str] = &["attributes.s3_bucket_access_logging"];

/// Computes derived facts in place.
pub fn apply(resources: &mut [Resource]) {
    let mut domains: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, r) in resources.iter().enumerate() {
        domains.entry(domain(r)).or_default().push(i);
    }
    let mut keys: Vec<&String> = domains.keys().collect();
    keys.sort();
    for key in keys {
        let members = &domains[key];
        derive_domain(resources, members);
    }
    for r in resources.iter_mut() {
        r.unknown.sort();
        r.unknown.dedup();
    }
}

/// The resources a resource may be joined with: one plan, or one account.
pub(crate) fn domain(r: &Resource) -> String {
    match r.source.kind {
        SourceKind::TerraformPlan => plan_domain(&r.source.file),
        SourceKind::AwsConfig => match &r.account {
            Some(a) => format!("account:{a}"),
            None => format!("config:{}", r.source.file),
        },
    }
}

/// The domain of a plan file's resources (and of what it deletes).
pub(crate) fn plan_domain(file: &str) -> String {
    format!("plan:{file}")
}

fn derive_domain(resources: &mut [Resource], members: &[usize]) {
    // Networks first: the graph reads the domain while the results wait to be written.
    let resolved: Vec<(usize, Network, Vec<String>)> = {
        let graph = network::Graph::new(resources, members);
        members
            .iter()
            .filter_map(|&i| {
                let r = &resources[i];
                let (net, group) = network_of(&r.attributes)?;
                let (mut net, mut unknown) = (net.clone(), r.unknown.clone());
                graph.resolve(&mut net, group, &mut unknown);
                Some((i, net, unknown))
            })
            .collect()
    };
    for (i, net, unknown) in resolved {
        let r = &mut resources[i];
        if let Some(slot) = network_mut(&mut r.attributes) {
            *slot = net;
        }
        r.unknown = unknown;
    }
    let index = Index::new(resources, members);
    for &i in members {
        let r = &mut resources[i];
        match &mut r.attributes {
            Attributes::IamUser(u) => {
                let hidden = inherit_group_policies(u, &index.groups);
                if hidden {
                    push_unknown(&mut r.unknown, "attributes.group_policies");
                }
            }
            Attributes::S3Bucket(b) => {
                for rep in &mut b.replication {
                    if rep.destination_region.is_none() {
                        rep.destination_region = rep
                            .destination_bucket
                            .as_deref()
                            .and_then(|d| index.bucket_regions.get(d))
                            .cloned();
                    }
                    // A destination outside the input: S3 ARNs carry no region.
                    if rep.destination_region.is_none() {
                        push_unknown(&mut r.unknown, "attributes.replication");
                    }
                }
            }
            Attributes::LogsLogGroup(g) => {
                for s in &mut g.subscriptions {
                    if s.destination_region.is_none() {
                        s.destination_region = s
                            .destination
                            .as_deref()
                            .and_then(|d| index.regions.get(d))
                            .cloned();
                    }
                    if s.destination_region.is_none() {
                        push_unknown(&mut r.unknown, "attributes.subscriptions");
                    }
                }
            }
            Attributes::CloudTrailTrail(trail) => {
                let logging = trail
                    .s3_bucket
                    .as_deref()
                    .and_then(|b| index.bucket_logging.get(b))
                    .copied()
                    .flatten();
                trail.s3_bucket_access_logging = logging;
                if logging.is_none() {
                    push_unknown(&mut r.unknown, "attributes.s3_bucket_access_logging");
                }
            }
            Attributes::AutoScalingGroup(g) if g.availability_zones.is_none() => {
                g.availability_zones = zones_of(&g.subnets, &index.subnet_zones);
                if g.availability_zones.is_some() {
                    r.unknown.retain(|p| p != "attributes.availability_zones");
                }
            }
            Attributes::RdsDbSnapshot(snap) | Attributes::RdsDbClusterSnapshot(snap) => {
                if let Some(enc) = index.snapshot_source(snap) {
                    snap.encryption = enc.clone();
                    r.unknown
                        .retain(|p| !p.starts_with("attributes.encryption."));
                }
            }
            Attributes::BackupPlan(plan) => {
                for copy in plan.rules.iter_mut().flat_map(|x| &mut x.copy_actions) {
                    if copy.destination_region.is_none() {
                        copy.destination_region = copy
                            .destination_vault
                            .as_deref()
                            .and_then(|v| index.regions.get(v))
                            .cloned();
                    }
                    // A destination vault outside the input, whose ARN is not known yet.
                    if copy.destination_region.is_none() {
                        push_unknown(&mut r.unknown, "attributes.rules");
                    }
                }
            }
            _ => {}
        }
    }
}

/// The zones of a group's subnets, when the input holds every one of them with its zone.
fn zones_of(subnets: &[String], zones: &HashMap<String, String>) -> Option<Vec<String>> {
    if subnets.is_empty() {
        return None;
    }
    let mut out: Vec<String> = subnets
        .iter()
        .map(|s| zones.get(s).cloned())
        .collect::<Option<_>>()?;
    out.sort();
    out.dedup();
    Some(out)
}

/// A resource's place in the network, and its RDS subnet group, for the kinds that have one.
fn network_of(a: &Attributes) -> Option<(&Network, Option<&str>)> {
    Some(match a {
        Attributes::Ec2Instance(x) => (&x.network, None),
        Attributes::RdsDbInstance(x) => (&x.network, x.subnet_group.as_deref()),
        Attributes::RdsDbCluster(x) => (&x.network, x.subnet_group.as_deref()),
        Attributes::Elbv2LoadBalancer(x) => (&x.network, None),
        Attributes::LambdaFunction(x) => (&x.network, None),
        Attributes::EksCluster(x) => (&x.network, None),
        Attributes::OpenSearchDomain(x) => (&x.network, None),
        _ => return None,
    })
}

fn network_mut(a: &mut Attributes) -> Option<&mut Network> {
    Some(match a {
        Attributes::Ec2Instance(x) => &mut x.network,
        Attributes::RdsDbInstance(x) => &mut x.network,
        Attributes::RdsDbCluster(x) => &mut x.network,
        Attributes::Elbv2LoadBalancer(x) => &mut x.network,
        Attributes::LambdaFunction(x) => &mut x.network,
        Attributes::EksCluster(x) => &mut x.network,
        Attributes::OpenSearchDomain(x) => &mut x.network,
        _ => return None,
    })
}

/// Lookups over one domain.
struct Index {
    /// Group name -> (its policies, whether any of them is not fully known).
    groups: HashMap<String, (Vec<AttachedPolicy>, bool)>,
    /// Any alias of a bucket -> its region.
    bucket_regions: HashMap<String, String>,
    /// Any alias of a bucket -> whether it has server access logging (`None`: unknown).
    bucket_logging: HashMap<String, Option<bool>>,
    /// Any alias of any resource -> its region.
    regions: HashMap<String, String>,
    /// Any alias of a subnet -> its availability zone.
    subnet_zones: HashMap<String, String>,
    /// Any alias or identifier of a database or cluster -> its storage encryption, when known.
    storage: HashMap<String, Encryption>,
    /// Any alias or identifier of a snapshot -> its encryption, when known.
    snapshots: HashMap<String, Encryption>,
}

impl Index {
    fn new(resources: &[Resource], members: &[usize]) -> Index {
        let mut ix = Index {
            groups: HashMap::new(),
            bucket_regions: HashMap::new(),
            bucket_logging: HashMap::new(),
            regions: HashMap::new(),
            subnet_zones: HashMap::new(),
            storage: HashMap::new(),
            snapshots: HashMap::new(),
        };
        for &i in members {
            let r = &resources[i];
            if let Some(region) = &r.region {
                for a in &r.aliases {
                    ix.regions.insert(a.clone(), region.clone());
                }
            }
            match &r.attributes {
                Attributes::IamGroup(g) => {
                    if let Some(name) = &g.group_name {
                        let hidden = g.policies.iter().any(AttachedPolicy::is_hidden)
                            || r.unknown.iter().any(|p| p == "attributes.policies");
                        ix.groups
                            .insert(name.clone(), (g.policies.clone(), hidden || r.partial));
                    }
                }
                Attributes::S3Bucket(b) => {
                    if let Some(region) = &r.region {
                        for a in &r.aliases {
                            ix.bucket_regions.insert(a.clone(), region.clone());
                        }
                    }
                    let logging = b.logging.enabled.filter(|_| !r.partial);
                    for a in &r.aliases {
                        ix.bucket_logging.insert(a.clone(), logging);
                    }
                }
                Attributes::Ec2Subnet(n) => {
                    if let Some(zone) = &n.availability_zone {
                        for a in &r.aliases {
                            ix.subnet_zones.insert(a.clone(), zone.clone());
                        }
                    }
                }
                Attributes::RdsDbInstance(RdsDbInstance {
                    identifier,
                    encryption,
                    ..
                })
                | Attributes::RdsDbCluster(RdsDbCluster {
                    identifier,
                    encryption,
                    ..
                }) if encryption.at_rest.is_some() => {
                    for a in r.aliases.iter().chain(identifier) {
                        ix.storage.insert(a.clone(), encryption.clone());
                    }
                }
                _ => {}
            }
        }
        // Snapshots after the databases they may take their encryption from.
        for &i in members {
            let r = &resources[i];
            if let Attributes::RdsDbSnapshot(s) | Attributes::RdsDbClusterSnapshot(s) =
                &r.attributes
            {
                let enc = match s.encryption.at_rest {
                    Some(_) => Some(s.encryption.clone()),
                    None => ix.snapshot_source(s).cloned(),
                };
                if let Some(enc) = enc {
                    for a in r.aliases.iter().chain(&s.identifier) {
                        ix.snapshots.insert(a.clone(), enc.clone());
                    }
                }
            }
        }
        ix
    }

    /// The encryption a snapshot whose own is unknown has from its source in the domain: the
    /// database it was taken of, or the snapshot it copies without a key of its own.
    fn snapshot_source(&self, s: &RdsDbSnapshot) -> Option<&Encryption> {
        if s.encryption.at_rest.is_some() {
            return None;
        }
        if let Some(db) = &s.source_db {
            return self.storage.get(db);
        }
        self.snapshots.get(s.source_snapshot.as_deref()?)
    }
}

/// Sets `group_policies` from the user's groups. Returns whether what the groups grant is not
/// fully known: a group the input does not hold, or one with a policy it cannot see.
fn inherit_group_policies(
    user: &mut IamUser,
    groups: &HashMap<String, (Vec<AttachedPolicy>, bool)>,
) -> bool {
    let mut hidden = false;
    user.group_policies = Vec::new();
    for g in &user.groups {
        match groups.get(g) {
            Some((policies, h)) => {
                user.group_policies.extend(policies.iter().cloned());
                hidden |= *h;
            }
            None => hidden = true,
        }
    }
    hidden
}

pub(crate) fn push_unknown(list: &mut Vec<String>, path: &str) {
    if !list.iter().any(|p| p == path) {
        list.push(path.to_string());
    }
}
