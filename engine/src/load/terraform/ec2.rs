//! EC2: security groups and their rule resources, EBS volumes, instances, and the account's
//! EBS encryption by default with its default key.

use super::configuration::Configuration;
use super::planned::{Planned, Reader};
use super::table::{Context, Join, Satellite, Table};
use super::values::Node;
use crate::model::*;

pub const SECURITY_GROUP: Table = Table {
    types: &[
        ("aws_security_group", |r| {
            Attributes::Ec2SecurityGroup(security_group(r, false))
        }),
        ("aws_default_security_group", |r| {
            Attributes::Ec2SecurityGroup(security_group(r, true))
        }),
    ],
    satellites: &[
        Satellite {
            tf_type: "aws_security_group_rule",
            join: Join::Parent {
                attr: "security_group_id",
                fold: |r, parent, ctx| rule(r, parent, ctx, false),
                deleted: Some(|r, parent, ctx| rule(r, parent, ctx, true)),
            },
        },
        Satellite {
            tf_type: "aws_vpc_security_group_ingress_rule",
            join: Join::Parent {
                attr: "security_group_id",
                fold: |r, parent, ctx| vpc_rule(r, parent, ctx, false),
                deleted: Some(|r, parent, ctx| vpc_rule(r, parent, ctx, true)),
            },
        },
        Satellite {
            tf_type: "aws_vpc_security_group_egress_rule",
            join: Join::Parent {
                attr: "security_group_id",
                fold: |r, parent, ctx| vpc_rule(r, parent, ctx, false),
                deleted: Some(|r, parent, ctx| vpc_rule(r, parent, ctx, true)),
            },
        },
    ],
};

pub const VOLUME: Table = Table {
    types: &[("aws_ebs_volume", |r| Attributes::Ec2Volume(volume(r)))],
    satellites: &[],
};

pub const INSTANCE: Table = Table {
    types: &[("aws_instance", |r| Attributes::Ec2Instance(instance(r)))],
    satellites: &[],
};

pub const LAUNCH_TEMPLATE: Table = Table {
    types: &[("aws_launch_template", |r| {
        Attributes::Ec2LaunchTemplate(launch_template(r))
    })],
    satellites: &[],
};

pub const EBS_ENCRYPTION_BY_DEFAULT: Table = Table {
    types: &[("aws_ebs_encryption_by_default", |r| {
        Attributes::Ec2EbsEncryptionByDefault(ebs_default(r))
    })],
    // It names no parent: it sets the default key of its region.
    satellites: &[Satellite {
        tf_type: "aws_ebs_default_kms_key",
        join: Join::Own(ebs_default_key),
    }],
};

fn volume(r: &mut Reader<'_>) -> Ec2Volume {
    let n = r.root();
    Ec2Volume {
        encryption: Encryption {
            // Not set: the account's EBS encryption-by-default decides, which a plan cannot show.
            at_rest: r.bool(n.get("encrypted"), "encryption.at_rest", None),
            kms_key: r.reference(n.get("kms_key_id"), &["kms_key_id"], "encryption.kms_key"),
        },
        size_gib: r.int(n.get("size"), "size_gib", None),
        volume_type: r.string(n.get("type"), "volume_type"),
        availability_zone: r.string(n.get("availability_zone"), "availability_zone"),
    }
}

fn security_group(r: &mut Reader<'_>, is_default: bool) -> Ec2SecurityGroup {
    let n = r.root();
    let mut g = Ec2SecurityGroup {
        group_name: r
            .string(n.get("name"), "group_name")
            .or(is_default.then(|| "default".into())),
        vpc_id: r.string(n.get("vpc_id"), "vpc_id"),
        is_default,
        ..Default::default()
    };
    for (dir, path) in [("ingress", "ingress"), ("egress", "egress")] {
        let rules = n.get(dir);
        // Unknown and not configured: computed by the provider from rule resources, which
        // satellites.rs folds in. Unknown and configured: really unknown.
        if rules.is_unknown() && (r.configured(dir) || !r.config.present) {
            r.mark_unknown(path);
        }
        let out: Vec<SecurityGroupRule> = rules
            .items()
            .iter()
            .map(|rule| SecurityGroupRule {
                protocol: normalize_protocol(rule.get("protocol").as_str().unwrap_or("-1")),
                from_port: rule.get("from_port").as_i64(),
                to_port: rule.get("to_port").as_i64(),
                ipv4_ranges: rule.get("cidr_blocks").strings(),
                ipv6_ranges: rule.get("ipv6_cidr_blocks").strings(),
                source_groups: rule.get("security_groups").strings(),
                prefix_lists: rule.get("prefix_list_ids").strings(),
                description: rule
                    .get("description")
                    .as_str()
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned),
                defined_by: None,
            })
            .map(normalize_ports)
            .collect();
        if dir == "ingress" {
            g.ingress = out;
        } else {
            g.egress = out;
        }
    }
    g
}

/// `6` -> `tcp`, `all` -> `-1`, and so on, as the EC2 API accepts them.
pub fn normalize_protocol(p: &str) -> String {
    match p.to_ascii_lowercase().as_str() {
        "6" | "tcp" => "tcp".into(),
        "17" | "udp" => "udp".into(),
        "1" | "icmp" => "icmp".into(),
        "58" | "icmpv6" => "icmpv6".into(),
        "-1" | "all" | "" => "-1".into(),
        other => other.into(),
    }
}

/// All-protocol rules cover every port, whatever ports they were written with.
pub fn normalize_ports(mut rule: SecurityGroupRule) -> SecurityGroupRule {
    if rule.protocol == "-1" {
        rule.from_port = Some(0);
        rule.to_port = Some(65535);
    }
    rule
}

fn instance(r: &mut Reader<'_>) -> Ec2Instance {
    let n = r.root();
    let mut devices = Vec::new();
    let root = n.get("root_block_device");
    if (root.is_wholly_unknown() && r.configured_node(root)) || root.items().is_empty() {
        // No root block in the configuration: encryption follows the AMI and the account's
        // EBS encryption default, which the plan cannot show.
        r.mark_unknown("block_devices");
        devices.push(BlockDevice {
            device_name: None,
            root: true,
            encryption: Encryption::default(),
        });
    } else {
        let d = root.first();
        devices.push(BlockDevice {
            device_name: d.get("device_name").as_str().map(str::to_owned),
            root: true,
            encryption: Encryption {
                at_rest: block_encrypted(r, d),
                kms_key: r.reference(
                    d.get("kms_key_id"),
                    &["root_block_device", "kms_key_id"],
                    "block_devices",
                ),
            },
        });
    }
    for d in n.get("ebs_block_device").items() {
        devices.push(BlockDevice {
            device_name: d.get("device_name").as_str().map(str::to_owned),
            root: false,
            encryption: Encryption {
                at_rest: block_encrypted(r, d),
                kms_key: r.reference(
                    d.get("kms_key_id"),
                    &["ebs_block_device", "kms_key_id"],
                    "block_devices",
                ),
            },
        });
    }
    let md = n.get("metadata_options");
    let subnet = r.reference(n.get("subnet_id"), &["subnet_id"], "subnet_id");
    if subnet.is_none() {
        if n.get("subnet_id").is_unknown() {
            r.mark_unknown("subnet_id");
        }
        // Without a subnet AWS picks a default subnet of some zone: where is not known.
        r.mark_unknown("network.subnets");
    }
    let security_groups = r
        .references(
            n.get("vpc_security_group_ids"),
            &["vpc_security_group_ids"],
            "network.security_groups",
        )
        .unwrap_or_default();
    Ec2Instance {
        instance_type: r.string(n.get("instance_type"), "instance_type"),
        image_id: r.string(n.get("ami"), "image_id"),
        subnet_id: subnet.clone(),
        associate_public_ip_address: r.bool(
            n.get("associate_public_ip_address"),
            "associate_public_ip_address",
            None,
        ),
        block_devices: devices,
        metadata_options: MetadataOptions {
            http_tokens: r.string(
                md.first().get("http_tokens"),
                "metadata_options.http_tokens",
            ),
            // EC2 enables the endpoint unless told otherwise.
            http_endpoint: r.string_or(
                md.first().get("http_endpoint"),
                "metadata_options.http_endpoint",
                "enabled",
            ),
        },
        iam_instance_profile: r.reference(
            n.get("iam_instance_profile"),
            &["iam_instance_profile"],
            "iam_instance_profile",
        ),
        network: Network {
            subnets: subnet.into_iter().collect(),
            security_groups,
            ..Default::default()
        },
    }
}

fn block_encrypted(r: &mut Reader<'_>, d: Node<'_>) -> Option<bool> {
    let e = d.get("encrypted");
    if e.is_unknown() {
        r.mark_unknown("block_devices");
        return None;
    }
    e.as_bool().or(Some(false))
}

fn launch_template(r: &mut Reader<'_>) -> Ec2LaunchTemplate {
    let n = r.root();
    let mappings = n.get("block_device_mappings");
    if mappings.is_wholly_unknown() && r.configured_node(mappings) {
        r.mark_unknown("block_devices");
    }
    let mut block_devices = Vec::new();
    for m in mappings.items() {
        let ebs = m.get("ebs").first();
        // An instance store or suppressed device (`virtual_name`, `no_device`): no EBS volume.
        if ebs.value().is_none() && !ebs.is_unknown() {
            continue;
        }
        block_devices.push(BlockDevice {
            device_name: m.get("device_name").as_str().map(str::to_owned),
            root: false,
            encryption: Encryption {
                at_rest: flag(r, ebs.get("encrypted"), "block_devices"),
                kms_key: r.reference(
                    ebs.get("kms_key_id"),
                    &["block_device_mappings", "ebs", "kms_key_id"],
                    "block_devices",
                ),
            },
        });
    }
    let nics = n.get("network_interfaces");
    if nics.is_wholly_unknown() && r.configured_node(nics) {
        r.mark_unknown("associate_public_ip_address");
    }
    let mut public = Vec::new();
    let mut security_groups = r
        .references(
            n.get("vpc_security_group_ids"),
            &["vpc_security_group_ids"],
            "security_groups",
        )
        .unwrap_or_default();
    for nic in nics.items() {
        let v = nic.get("associate_public_ip_address");
        if v.is_unknown() {
            r.mark_unknown("associate_public_ip_address");
        } else if let Some(b) = v.as_bool() {
            public.push(b);
        }
        security_groups.extend(
            r.references(
                nic.get("security_groups"),
                &["network_interfaces", "security_groups"],
                "security_groups",
            )
            .unwrap_or_default(),
        );
    }
    let profile = n.get("iam_instance_profile").first();
    let iam_instance_profile = r
        .reference(
            profile.get("arn"),
            &["iam_instance_profile", "arn"],
            "iam_instance_profile",
        )
        .or_else(|| {
            r.reference(
                profile.get("name"),
                &["iam_instance_profile", "name"],
                "iam_instance_profile",
            )
        });
    Ec2LaunchTemplate {
        name: r.string(n.get("name"), "name"),
        image_id: r.string(n.get("image_id"), "image_id"),
        instance_type: r.string(n.get("instance_type"), "instance_type"),
        metadata_options: metadata_options(r, n.get("metadata_options").first()),
        block_devices,
        associate_public_ip_address: public
            .iter()
            .any(|b| *b)
            .then_some(true)
            .or(public.first().copied()),
        iam_instance_profile,
        security_groups,
    }
}

/// The IMDS settings of a launch template or launch configuration. Not set (or left to the
/// provider), tokens are `optional`: the template does not require IMDSv2.
pub(crate) fn metadata_options(r: &mut Reader<'_>, md: Node<'_>) -> MetadataOptions {
    let mut read = |key: &'static str, path: &str, default: &str| {
        let node = md.get(key);
        if node.is_unknown() && r.configured_node(node) {
            r.mark_unknown(path);
            return None;
        }
        Some(
            node.as_str()
                .filter(|s| !s.is_empty())
                .unwrap_or(default)
                .to_string(),
        )
    };
    MetadataOptions {
        http_tokens: read("http_tokens", "metadata_options.http_tokens", "optional"),
        http_endpoint: read("http_endpoint", "metadata_options.http_endpoint", "enabled"),
    }
}

/// A block device's `encrypted`: not set is not encrypted by the template (only the account's
/// EBS default or an encrypted snapshot would encrypt it).
fn flag(r: &mut Reader<'_>, n: Node<'_>, path: &str) -> Option<bool> {
    if n.is_unknown() && r.configured_node(n) {
        r.mark_unknown(path);
        return None;
    }
    // `as_bool` reads the strings this resource holds (`"true"`, `"false"`; `""` is not set).
    Some(n.as_bool().unwrap_or(false))
}

/// An `aws_security_group_rule`. Deleted, it takes its rule out of the group.
fn rule(r: &mut Reader<'_>, parent: &mut Attributes, ctx: &mut Context<'_, '_>, deleted: bool) {
    let Attributes::Ec2SecurityGroup(g) = parent else {
        return;
    };
    let n = r.root();
    let single = |key: &str| {
        n.get(key)
            .as_str()
            .map(|s| vec![s.to_owned()])
            .unwrap_or_default()
    };
    let rule = SecurityGroupRule {
        protocol: normalize_protocol(n.get("protocol").as_str().unwrap_or("-1")),
        from_port: n.get("from_port").as_i64(),
        to_port: n.get("to_port").as_i64(),
        ipv4_ranges: n.get("cidr_blocks").strings(),
        ipv6_ranges: n.get("ipv6_cidr_blocks").strings(),
        source_groups: single("source_security_group_id"),
        prefix_lists: n.get("prefix_list_ids").strings(),
        description: description(n),
        defined_by: Some(ctx.address.clone()),
    };
    let egress = n.get("type").as_str() == Some("egress");
    let unknown = [
        "protocol",
        "from_port",
        "to_port",
        "cidr_blocks",
        "ipv6_cidr_blocks",
    ]
    .iter()
    .any(|k| n.get(k).is_unknown());
    place(g, ctx, rule, egress, unknown, deleted);
}

/// An `aws_vpc_security_group_ingress_rule` or `_egress_rule`.
fn vpc_rule(r: &mut Reader<'_>, parent: &mut Attributes, ctx: &mut Context<'_, '_>, deleted: bool) {
    let Attributes::Ec2SecurityGroup(g) = parent else {
        return;
    };
    let n = r.root();
    let single = |key: &str| {
        n.get(key)
            .as_str()
            .map(|s| vec![s.to_owned()])
            .unwrap_or_default()
    };
    let rule = SecurityGroupRule {
        protocol: normalize_protocol(n.get("ip_protocol").as_str().unwrap_or("-1")),
        from_port: n.get("from_port").as_i64(),
        to_port: n.get("to_port").as_i64(),
        ipv4_ranges: single("cidr_ipv4"),
        ipv6_ranges: single("cidr_ipv6"),
        source_groups: single("referenced_security_group_id"),
        prefix_lists: single("prefix_list_id"),
        description: description(n),
        defined_by: Some(ctx.address.clone()),
    };
    let egress = r.planned.tf_type.ends_with("egress_rule");
    let unknown = [
        "ip_protocol",
        "from_port",
        "to_port",
        "cidr_ipv4",
        "cidr_ipv6",
    ]
    .iter()
    .any(|k| n.get(k).is_unknown());
    place(g, ctx, rule, egress, unknown, deleted);
}

fn description(n: Node<'_>) -> Option<String> {
    n.get("description")
        .as_str()
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

/// Adds a rule to its direction, or takes a deleted one out. A rule with a value known only
/// after apply (ports, protocol, a range) makes the direction unknown: it may open anything.
fn place(
    g: &mut Ec2SecurityGroup,
    ctx: &mut Context<'_, '_>,
    rule: SecurityGroupRule,
    egress: bool,
    unknown: bool,
    deleted: bool,
) {
    let (rules, dir) = if egress {
        (&mut g.egress, "egress")
    } else {
        (&mut g.ingress, "ingress")
    };
    let rule = normalize_ports(rule);
    if deleted {
        // The group's own refreshed rules list it too, without `defined_by`.
        rules.retain(|r| !same_rule(r, &rule));
        return;
    }
    if unknown {
        ctx.mark(dir);
    }
    rules.push(rule);
}

fn same_rule(a: &SecurityGroupRule, b: &SecurityGroupRule) -> bool {
    a.protocol == b.protocol
        && a.from_port == b.from_port
        && a.to_port == b.to_port
        && a.ipv4_ranges == b.ipv4_ranges
        && a.ipv6_ranges == b.ipv6_ranges
        && a.source_groups == b.source_groups
        && a.prefix_lists == b.prefix_lists
}

fn ebs_default(r: &mut Reader<'_>) -> Ec2EbsEncryptionByDefault {
    // The default key is the region's, set by `aws_ebs_default_kms_key` or outside the plan.
    r.mark_unknown("kms_key");
    Ec2EbsEncryptionByDefault {
        enabled: r.bool(r.root().get("enabled"), "enabled", Some(true)),
        kms_key: None,
    }
}

/// Sets the key of the plan's EBS default in the same region.
fn ebs_default_key(r: &mut Reader<'_>, ctx: &mut Context<'_, '_>) {
    let region = region_of(r.planned, r.config);
    let key = r.reference(r.root().get("key_arn"), &["key_arn"], "kms_key");
    for i in 0..ctx.attrs.len() {
        // Only planned resources are of this kind: it has no partial parents.
        if !matches!(ctx.attrs[i], Some(Attributes::Ec2EbsEncryptionByDefault(_))) {
            continue;
        }
        // Both unknown: one provider whose region the plan does not show.
        if region_of(ctx.joiner.planned(i), r.config) != region {
            continue;
        }
        let Some(Attributes::Ec2EbsEncryptionByDefault(e)) = &mut ctx.attrs[i] else {
            continue;
        };
        e.kms_key = key.clone();
        if key.is_some() {
            ctx.unknown[i].retain(|p| p != "attributes.kms_key");
        }
    }
}

/// The resource's own `region` (provider v6), else its provider's.
fn region_of(p: &Planned, config: &Configuration) -> Option<String> {
    p.node()
        .get("region")
        .as_str()
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .or_else(|| config.region(&p.addr.modules, &p.config_address()))
}
