//! EC2 Auto Scaling: groups, with `aws_autoscaling_attachment` folded in, and launch
//! configurations.

use super::ec2::metadata_options;
use super::planned::Reader;
use super::table::{Context, Join, Satellite, Table};
use super::values::Node;
use crate::model::*;

pub const GROUP: Table = Table {
    types: &[("aws_autoscaling_group", |r| {
        Attributes::AutoScalingGroup(group(r))
    })],
    satellites: &[Satellite {
        tf_type: "aws_autoscaling_attachment",
        join: Join::Parent {
            attr: "autoscaling_group_name",
            fold: |r, parent, ctx| attachment(r, parent, ctx, false),
            deleted: Some(|r, parent, ctx| attachment(r, parent, ctx, true)),
        },
    }],
};

pub const LAUNCH_CONFIGURATION: Table = Table {
    types: &[("aws_launch_configuration", |r| {
        Attributes::AutoScalingLaunchConfiguration(launch_configuration(r))
    })],
    satellites: &[],
};

fn group(r: &mut Reader<'_>) -> AutoScalingGroup {
    let n = r.root();
    let subnets = listed(
        r,
        n.get("vpc_zone_identifier"),
        "vpc_zone_identifier",
        "subnets",
    );
    let zones = n.get("availability_zones");
    let availability_zones = if zones.is_unknown() {
        // Computed from the subnets: `model/derive.rs` finds their zones in the input.
        r.mark_unknown("availability_zones");
        None
    } else {
        Some(zones.strings())
    };
    AutoScalingGroup {
        name: r.string(n.get("name"), "name"),
        availability_zones,
        subnets,
        health_check_type: r.string_or(n.get("health_check_type"), "health_check_type", "EC2"),
        launch_template: launch_template(r, n),
        launch_configuration: r.reference(
            n.get("launch_configuration"),
            &["launch_configuration"],
            "launch_configuration",
        ),
        load_balancers: listed(
            r,
            n.get("load_balancers"),
            "load_balancers",
            "load_balancers",
        ),
        target_groups: listed(
            r,
            n.get("target_group_arns"),
            "target_group_arns",
            "target_groups",
        ),
        min_size: r.int(n.get("min_size"), "min_size", None),
        max_size: r.int(n.get("max_size"), "max_size", None),
    }
}

/// A list of references the provider computes when the configuration leaves it out (the
/// attachments made by other resources): not written is empty, written is what it names.
fn listed(r: &mut Reader<'_>, node: Node<'_>, attr: &str, path: &str) -> Vec<String> {
    if node.is_unknown() && !r.configured_node(node) {
        return Vec::new();
    }
    r.references(node, &[attr], path).unwrap_or_default()
}

/// The group's launch template, given directly or through its mixed instances policy.
fn launch_template(r: &mut Reader<'_>, n: Node<'_>) -> Option<String> {
    let direct = n.get("launch_template").first();
    let mixed = n
        .get("mixed_instances_policy")
        .first()
        .get("launch_template")
        .first()
        .get("launch_template_specification")
        .first();
    let candidates = [
        (direct.get("id"), ["launch_template", "id"]),
        (direct.get("name"), ["launch_template", "name"]),
        (
            mixed.get("launch_template_id"),
            ["mixed_instances_policy", "launch_template_id"],
        ),
        (
            mixed.get("launch_template_name"),
            ["mixed_instances_policy", "launch_template_name"],
        ),
    ];
    let path = |p: [&'static str; 2]| match p[0] {
        "launch_template" => vec!["launch_template", p[1]],
        _ => vec![
            "mixed_instances_policy",
            "launch_template",
            "launch_template_specification",
            p[1],
        ],
    };
    for (node, p) in candidates {
        if let Some(t) = r.reference(node, &path(p), "launch_template") {
            return Some(t);
        }
    }
    None
}

/// An `aws_autoscaling_attachment`: a classic load balancer or a target group for the group.
/// One known only after apply and not a reference is noted unknown by `reference`.
fn attachment(r: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>, deleted: bool) {
    let Attributes::AutoScalingGroup(g) = parent else {
        return;
    };
    let n = r.root();
    let elb = r.reference(n.get("elb"), &["elb"], "load_balancers");
    let target = r.reference(
        n.get("lb_target_group_arn"),
        &["lb_target_group_arn"],
        "target_groups",
    );
    for (value, list) in [(elb, &mut g.load_balancers), (target, &mut g.target_groups)] {
        let Some(v) = value else { continue };
        if deleted {
            list.retain(|x| *x != v);
        } else if !list.contains(&v) {
            list.push(v);
        }
    }
}

fn launch_configuration(r: &mut Reader<'_>) -> AutoScalingLaunchConfiguration {
    let n = r.root();
    let mut block_devices = Vec::new();
    for (key, root) in [("root_block_device", true), ("ebs_block_device", false)] {
        let blocks = n.get(key);
        // Computed and not written: the AMI's devices, which the configuration does not set.
        if blocks.is_wholly_unknown() {
            if r.configured_node(blocks) {
                r.mark_unknown("block_devices");
            }
            continue;
        }
        for d in blocks.items() {
            block_devices.push(BlockDevice {
                device_name: d.get("device_name").as_str().map(str::to_owned),
                root,
                encryption: Encryption {
                    at_rest: r.bool(d.get("encrypted"), "block_devices", Some(false)),
                    kms_key: None,
                },
            });
        }
    }
    let public = n.get("associate_public_ip_address");
    let associate_public_ip_address = if public.is_unknown() && !r.configured_node(public) {
        None
    } else {
        r.bool(public, "associate_public_ip_address", None)
    };
    AutoScalingLaunchConfiguration {
        name: r.string(n.get("name"), "name"),
        image_id: r.string(n.get("image_id"), "image_id"),
        instance_type: r.string(n.get("instance_type"), "instance_type"),
        metadata_options: metadata_options(r, n.get("metadata_options").first()),
        block_devices,
        associate_public_ip_address,
        iam_instance_profile: r.reference(
            n.get("iam_instance_profile"),
            &["iam_instance_profile"],
            "iam_instance_profile",
        ),
        security_groups: listed(
            r,
            n.get("security_groups"),
            "security_groups",
            "security_groups",
        ),
    }
}
