//! `AWS::EC2::SecurityGroup`, `AWS::EC2::Volume`, `AWS::EC2::Instance`.

use super::item::{Head, Item};
use super::reader::{as_bool, as_i64, as_str, at, member, Conf, Got, Reader};
use super::Links;
use crate::load::terraform::{normalize_ports, normalize_protocol};
use crate::model::*;
use serde_json::Value;

pub fn security_group(head: &Head, r: &mut Reader<'_>) -> Ec2SecurityGroup {
    let group_name = r.req_str_or(
        Conf,
        &["groupName"],
        "group_name",
        head.resource_name.as_ref(),
    );
    if group_name.is_none() {
        r.mark("is_default");
    }
    Ec2SecurityGroup {
        // Only the VPC's own default group can be named `default`.
        is_default: group_name.as_deref() == Some("default"),
        group_name,
        vpc_id: r.opt_str(Conf, &["vpcId"], "vpc_id"),
        ingress: r
            .req_list(Conf, &["ipPermissions"], "ingress")
            .iter()
            .map(permission)
            .collect(),
        egress: r
            .req_list(Conf, &["ipPermissionsEgress"], "egress")
            .iter()
            .map(permission)
            .collect(),
    }
}

/// One `IpPermission`: ranges as `ipv4Ranges` objects and, in older items, also `ipRanges`
/// strings.
fn permission(p: &Value) -> SecurityGroupRule {
    let list = |k: &str| {
        member(p, k)
            .and_then(Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    };
    let mut descriptions = Vec::new();
    let mut collect = |keys: &[&str], field: &str| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for k in keys {
            for e in list(k) {
                let value = match e {
                    Value::String(s) => Some(s.clone()),
                    obj => member(obj, field).and_then(as_str),
                };
                if let Some(d) = member(e, "description").and_then(as_str) {
                    descriptions.push(d);
                }
                if let Some(v) = value {
                    if !out.contains(&v) {
                        out.push(v);
                    }
                }
            }
        }
        out
    };
    let ipv4_ranges = collect(&["ipv4Ranges", "ipRanges"], "cidrIp");
    let ipv6_ranges = collect(&["ipv6Ranges"], "cidrIpv6");
    let source_groups = collect(&["userIdGroupPairs"], "groupId");
    let prefix_lists = collect(&["prefixListIds"], "prefixListId");
    normalize_ports(SecurityGroupRule {
        protocol: normalize_protocol(
            &member(p, "ipProtocol")
                .map(|v| match v {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .unwrap_or_else(|| "-1".into()),
        ),
        from_port: member(p, "fromPort").and_then(as_i64),
        to_port: member(p, "toPort").and_then(as_i64),
        ipv4_ranges,
        ipv6_ranges,
        source_groups,
        prefix_lists,
        description: descriptions.into_iter().next(),
        defined_by: None,
    })
}

pub fn volume(item: &Item, r: &mut Reader<'_>) -> Ec2Volume {
    Ec2Volume {
        encryption: Encryption {
            at_rest: r.req_bool(Conf, &["encrypted"], "encryption.at_rest"),
            kms_key: r.opt_str(Conf, &["kmsKeyId"], "encryption.kms_key"),
        },
        size_gib: r.req_int(Conf, &["size"], "size_gib"),
        volume_type: r.req_str(Conf, &["volumeType"], "volume_type"),
        availability_zone: match r.get(Conf, &["availabilityZone"]) {
            Got::Value(v) => as_str(v),
            _ => None,
        }
        .or_else(|| item.availability_zone.clone()),
    }
}

/// Block devices name their EBS volumes; whether those are encrypted is the volumes' own
/// record, joined in `joins.rs`.
pub fn instance(r: &mut Reader<'_>, links: &mut Links) -> Ec2Instance {
    let root_name = r.opt_str(Conf, &["rootDeviceName"], "block_devices");
    let mut block_devices = Vec::new();
    for d in r.req_list(Conf, &["blockDeviceMappings"], "block_devices") {
        let device_name = member(d, "deviceName").and_then(as_str);
        links
            .volumes
            .push(at(d, &["ebs", "volumeId"]).and_then(as_str));
        block_devices.push(BlockDevice {
            root: device_name.is_some() && device_name == root_name,
            device_name,
            encryption: Encryption::default(),
        });
    }
    let associate_public_ip_address = if r.recorded(Conf) {
        let public_ip = |v: Option<&Value>| v.and_then(as_str).is_some();
        let on_interface = match r.get(Conf, &["networkInterfaces"]) {
            Got::Value(Value::Array(nics)) => nics
                .iter()
                .any(|n| public_ip(at(n, &["association", "publicIp"]))),
            _ => false,
        };
        Some(
            public_ip(match r.get(Conf, &["publicIpAddress"]) {
                Got::Value(v) => Some(v),
                _ => None,
            }) || on_interface,
        )
    } else {
        r.mark("associate_public_ip_address");
        None
    };
    let subnet_id = r.opt_str(Conf, &["subnetId"], "subnet_id");
    let security_groups: Vec<String> = r
        .req_list(Conf, &["securityGroups"], "network.security_groups")
        .iter()
        .filter_map(|g| member(g, "groupId").and_then(as_str))
        .collect();
    Ec2Instance {
        instance_type: r.req_str(Conf, &["instanceType"], "instance_type"),
        image_id: r.req_str(Conf, &["imageId"], "image_id"),
        network: Network {
            subnets: subnet_id.iter().cloned().collect(),
            security_groups,
            ..Default::default()
        },
        subnet_id,
        associate_public_ip_address,
        block_devices,
        metadata_options: MetadataOptions {
            // Recorded since IMDSv2 (2019); older items do not say.
            http_tokens: r.req_str(
                Conf,
                &["metadataOptions", "httpTokens"],
                "metadata_options.http_tokens",
            ),
            http_endpoint: r.req_str(
                Conf,
                &["metadataOptions", "httpEndpoint"],
                "metadata_options.http_endpoint",
            ),
        },
        iam_instance_profile: r.opt_str(
            Conf,
            &["iamInstanceProfile", "arn"],
            "iam_instance_profile",
        ),
    }
}

/// The template's default version, as CloudFormation writes it (`LaunchTemplateData`,
/// PascalCase); what the template does not set is left out.
pub fn launch_template(head: &Head, r: &mut Reader<'_>) -> Ec2LaunchTemplate {
    const DATA: &str = "LaunchTemplateData";
    let block_devices = r
        .opt_list(Conf, &[DATA, "BlockDeviceMappings"], "block_devices")
        .iter()
        .filter_map(|m| {
            let ebs = member(m, "Ebs")?;
            Some(BlockDevice {
                device_name: member(m, "DeviceName").and_then(as_str),
                root: false,
                encryption: Encryption {
                    at_rest: Some(member(ebs, "Encrypted").and_then(as_bool).unwrap_or(false)),
                    kms_key: member(ebs, "KmsKeyId").and_then(as_str),
                },
            })
        })
        .collect();
    let nics = r.opt_list(
        Conf,
        &[DATA, "NetworkInterfaces"],
        "associate_public_ip_address",
    );
    let public: Vec<bool> = nics
        .iter()
        .filter_map(|n| member(n, "AssociatePublicIpAddress").and_then(as_bool))
        .collect();
    let mut security_groups: Vec<String> = r
        .opt_list(Conf, &[DATA, "SecurityGroupIds"], "security_groups")
        .iter()
        .filter_map(as_str)
        .collect();
    for n in nics {
        let groups = member(n, "Groups").and_then(Value::as_array);
        security_groups.extend(groups.into_iter().flatten().filter_map(as_str));
    }
    let profile = |k: &str| at_data(r, &["IamInstanceProfile", k]);
    let iam_instance_profile = profile("Arn").or_else(|| profile("Name"));
    Ec2LaunchTemplate {
        name: r.req_str_or(
            Conf,
            &["LaunchTemplateName"],
            "name",
            head.resource_name.as_ref(),
        ),
        image_id: r.opt_str(Conf, &[DATA, "ImageId"], "image_id"),
        instance_type: r.opt_str(Conf, &[DATA, "InstanceType"], "instance_type"),
        metadata_options: metadata_options(r, &[DATA, "MetadataOptions"], "Http"),
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

fn at_data(r: &Reader<'_>, path: &[&str]) -> Option<String> {
    let full: Vec<&str> = std::iter::once("LaunchTemplateData")
        .chain(path.iter().copied())
        .collect();
    match r.get(Conf, &full) {
        Got::Value(v) => as_str(v),
        _ => None,
    }
}

/// IMDS settings of a launch template or configuration: not set, tokens are `optional` and
/// the endpoint `enabled` (the template leaves them to EC2's defaults).
pub fn metadata_options(r: &mut Reader<'_>, base: &[&str], prefix: &str) -> MetadataOptions {
    let mut read = |key: &str, model: &str, default: &str| {
        let name = format!("{prefix}{key}");
        let path: Vec<&str> = base.iter().copied().chain([name.as_str()]).collect();
        match r.get(Conf, &path) {
            Got::Value(v) => Some(as_str(v).unwrap_or_else(|| default.to_string())),
            Got::Absent => Some(default.to_string()),
            Got::NotRecorded => {
                r.mark(model);
                None
            }
        }
    };
    MetadataOptions {
        http_tokens: read("Tokens", "metadata_options.http_tokens", "optional"),
        http_endpoint: read("Endpoint", "metadata_options.http_endpoint", "enabled"),
    }
}
