//! `AWS::AutoScaling::AutoScalingGroup`, `AWS::AutoScaling::LaunchConfiguration`: the
//! `DescribeAutoScalingGroups` / `DescribeLaunchConfigurations` shapes, camelCase.

use super::ec2::metadata_options;
use super::item::Head;
use super::reader::{as_bool, as_str, at, member, Conf, Got, Reader};
use crate::model::*;
use serde_json::Value;

pub fn group(head: &Head, r: &mut Reader<'_>) -> AutoScalingGroup {
    let strings = |list: &[Value]| list.iter().filter_map(as_str).collect::<Vec<_>>();
    // One comma-separated string of subnet ids; empty outside a VPC.
    let subnets = match r.get(Conf, &["vpczoneIdentifier"]) {
        Got::Value(v) => as_str(v)
            .map(|s| {
                s.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default(),
        Got::Absent => Vec::new(),
        Got::NotRecorded => {
            r.mark("subnets");
            Vec::new()
        }
    };
    let zones = r.req_list(Conf, &["availabilityZones"], "availability_zones");
    let availability_zones = (!zones.is_empty()).then(|| strings(zones));
    let template = |r: &Reader<'_>, base: &[&str]| {
        let spec = match r.get(Conf, base) {
            Got::Value(v) => v,
            _ => return None,
        };
        member(spec, "launchTemplateId")
            .and_then(as_str)
            .or_else(|| member(spec, "launchTemplateName").and_then(as_str))
    };
    let launch_template = template(r, &["launchTemplate"]).or_else(|| {
        template(
            r,
            &[
                "mixedInstancesPolicy",
                "launchTemplate",
                "launchTemplateSpecification",
            ],
        )
    });
    AutoScalingGroup {
        name: r.req_str_or(
            Conf,
            &["autoScalingGroupName"],
            "name",
            head.resource_name.as_ref(),
        ),
        availability_zones,
        subnets,
        health_check_type: r.req_str(Conf, &["healthCheckType"], "health_check_type"),
        launch_template,
        launch_configuration: r.opt_str(Conf, &["launchConfigurationName"], "launch_configuration"),
        load_balancers: strings(r.opt_list(Conf, &["loadBalancerNames"], "load_balancers")),
        target_groups: strings(r.opt_list(Conf, &["targetGroupARNs"], "target_groups")),
        min_size: r.req_int(Conf, &["minSize"], "min_size"),
        max_size: r.req_int(Conf, &["maxSize"], "max_size"),
    }
}

/// Block devices are the mappings the configuration declares; AWS Config does not say which
/// one is the AMI's root device.
pub fn launch_configuration(head: &Head, r: &mut Reader<'_>) -> AutoScalingLaunchConfiguration {
    let block_devices = r
        .opt_list(Conf, &["blockDeviceMappings"], "block_devices")
        .iter()
        .filter_map(|m| {
            let ebs = member(m, "ebs").filter(|e| !e.is_null())?;
            Some(BlockDevice {
                device_name: member(m, "deviceName").and_then(as_str),
                root: false,
                encryption: Encryption {
                    at_rest: Some(member(ebs, "encrypted").and_then(as_bool).unwrap_or(false)),
                    kms_key: None,
                },
            })
        })
        .collect();
    // A string, or `{ "value": ... }` in some items.
    let iam_instance_profile = match r.get(Conf, &["iamInstanceProfile"]) {
        Got::Value(v) => as_str(v).or_else(|| at(v, &["value"]).and_then(as_str)),
        _ => None,
    };
    AutoScalingLaunchConfiguration {
        name: r.req_str_or(
            Conf,
            &["launchConfigurationName"],
            "name",
            head.resource_name.as_ref(),
        ),
        image_id: r.req_str(Conf, &["imageId"], "image_id"),
        instance_type: r.req_str(Conf, &["instanceType"], "instance_type"),
        metadata_options: metadata_options(r, &["metadataOptions"], "http"),
        block_devices,
        associate_public_ip_address: match r.get(Conf, &["associatePublicIpAddress"]) {
            Got::Value(v) => as_bool(v),
            _ => None,
        },
        iam_instance_profile,
        security_groups: r
            .opt_list(Conf, &["securityGroups"], "security_groups")
            .iter()
            .filter_map(as_str)
            .collect(),
    }
}
