//! `AWS::EC2::VPC`, `AWS::EC2::Subnet`, `AWS::EC2::RouteTable`, `AWS::EC2::InternetGateway`,
//! `AWS::EC2::NatGateway`, `AWS::EC2::NetworkAcl`.

use super::reader::{as_bool, as_i64, as_str, at, member, Conf, Got, Reader};
use crate::load::terraform::normalize_protocol;
use crate::load::terraform::vpc::{gateway_type, normalize_acl_ports};
use crate::model::*;
use serde_json::Value;

pub fn vpc(r: &mut Reader<'_>) -> Ec2Vpc {
    let enable_dns_support = dns(r, "enableDnsSupport", "enable_dns_support");
    let enable_dns_hostnames = dns(r, "enableDnsHostnames", "enable_dns_hostnames");
    // Flow logs are items of their own (`AWS::EC2::FlowLog`), not part of the VPC's.
    r.mark("flow_logs");
    Ec2Vpc {
        cidr_block: r.req_str(Conf, &["cidrBlock"], "cidr_block"),
        is_default: r
            .req_bool(Conf, &["isDefault"], "is_default")
            .unwrap_or(false),
        enable_dns_support,
        enable_dns_hostnames,
        flow_logs: Vec::new(),
    }
}

/// The DNS settings are VPC attributes (`DescribeVpcAttribute`), which items do not record:
/// unknown unless an item has them.
fn dns(r: &mut Reader<'_>, key: &str, model: &str) -> Option<bool> {
    match r.get(Conf, &[key]) {
        Got::Value(v) => as_bool(v),
        _ => {
            r.mark(model);
            None
        }
    }
}

pub fn subnet(r: &mut Reader<'_>) -> Ec2Subnet {
    Ec2Subnet {
        vpc_id: r.req_str(Conf, &["vpcId"], "vpc_id"),
        // An IPv6-only subnet has none.
        cidr_block: r.opt_str(Conf, &["cidrBlock"], "cidr_block"),
        availability_zone: r.req_str(Conf, &["availabilityZone"], "availability_zone"),
        map_public_ip_on_launch: r.req_bool(
            Conf,
            &["mapPublicIpOnLaunch"],
            "map_public_ip_on_launch",
        ),
        default_for_az: r
            .req_bool(Conf, &["defaultForAz"], "default_for_az")
            .unwrap_or(false),
    }
}

/// Routes are recorded with every target field, unset ones `null`; associations include the
/// main one (`main: true`, no subnet).
pub fn route_table(r: &mut Reader<'_>) -> Ec2RouteTable {
    let (main, subnets) = match r.get(Conf, &["associations"]) {
        Got::Value(Value::Array(a)) => (
            Some(
                a.iter()
                    .any(|x| member(x, "main").and_then(as_bool) == Some(true)),
            ),
            a.iter()
                .filter_map(|x| member(x, "subnetId").and_then(as_str))
                .collect(),
        ),
        _ => {
            r.mark("main");
            r.mark("subnets");
            (None, Vec::new())
        }
    };
    let routes: Vec<Route> = r
        .req_list(Conf, &["routes"], "routes")
        .iter()
        .map(route)
        .collect();
    if routes.iter().any(|x| x.target.is_none()) {
        r.mark("routes");
    }
    Ec2RouteTable {
        vpc_id: r.req_str(Conf, &["vpcId"], "vpc_id"),
        main,
        routes,
        subnets,
    }
}

/// Target fields other than `gatewayId`, and the target type each means.
const TARGETS: [(&str, &str); 9] = [
    (
        "egressOnlyInternetGatewayId",
        "egress-only-internet-gateway",
    ),
    ("natGatewayId", "nat-gateway"),
    ("transitGatewayId", "transit-gateway"),
    ("vpcPeeringConnectionId", "vpc-peering-connection"),
    ("networkInterfaceId", "network-interface"),
    ("localGatewayId", "other"),
    ("carrierGatewayId", "other"),
    ("coreNetworkArn", "other"),
    ("instanceId", "network-interface"),
];

fn route(v: &Value) -> Route {
    let s = |k: &str| member(v, k).and_then(as_str);
    let destination = s("destinationCidrBlock")
        .or_else(|| s("destinationIpv6CidrBlock"))
        .or_else(|| s("destinationPrefixListId"));
    let (target, target_type) = match s("gatewayId") {
        Some(g) => {
            let t = gateway_type(&g);
            (Some(g), Some(t))
        }
        None => TARGETS
            .iter()
            .find_map(|(k, t)| s(k).map(|id| (Some(id), Some(*t))))
            .unwrap_or((None, None)),
    };
    Route {
        destination,
        target,
        target_type: target_type.map(str::to_owned),
        defined_by: None,
    }
}

pub fn internet_gateway(r: &mut Reader<'_>) -> Ec2InternetGateway {
    Ec2InternetGateway {
        vpcs: r
            .req_list(Conf, &["attachments"], "vpcs")
            .iter()
            .filter_map(|a| member(a, "vpcId").and_then(as_str))
            .collect(),
    }
}

pub fn nat_gateway(r: &mut Reader<'_>) -> Ec2NatGateway {
    let connectivity_type = match r.get(Conf, &["connectivityType"]) {
        Got::Value(v) => as_str(v),
        // Items from before private NAT gateways (2021) do not say: all were public.
        Got::Absent => Some("public".to_string()),
        Got::NotRecorded => {
            r.mark("connectivity_type");
            None
        }
    };
    Ec2NatGateway {
        subnet_id: r.req_str(Conf, &["subnetId"], "subnet_id"),
        connectivity_type,
    }
}

/// The rule every ACL ends with, denying what no other rule matched; a plan does not show it.
const FINAL_RULE: i64 = 32767;

pub fn network_acl(r: &mut Reader<'_>) -> Ec2NetworkAcl {
    let mut acl = Ec2NetworkAcl {
        vpc_id: r.req_str(Conf, &["vpcId"], "vpc_id"),
        is_default: r
            .req_bool(Conf, &["isDefault"], "is_default")
            .unwrap_or(false),
        subnets: r
            .req_list(Conf, &["associations"], "subnets")
            .iter()
            .filter_map(|a| member(a, "subnetId").and_then(as_str))
            .collect(),
        ..Default::default()
    };
    let entries = match r.get(Conf, &["entries"]) {
        Got::Value(Value::Array(e)) => e.as_slice(),
        _ => {
            r.mark("ingress");
            r.mark("egress");
            &[]
        }
    };
    for e in entries {
        let rule = acl_rule(e);
        if rule.rule_number == Some(FINAL_RULE) {
            continue;
        }
        if member(e, "egress").and_then(as_bool) == Some(true) {
            acl.egress.push(rule);
        } else {
            acl.ingress.push(rule);
        }
    }
    acl
}

/// One entry: the protocol as an IANA number in a string (`"6"`), `portRange` `null` for
/// protocols without ports.
fn acl_rule(e: &Value) -> NetworkAclRule {
    let protocol = match member(e, "protocol") {
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => "-1".to_string(),
    };
    normalize_acl_ports(NetworkAclRule {
        rule_number: member(e, "ruleNumber").and_then(as_i64),
        protocol: normalize_protocol(&protocol),
        action: member(e, "ruleAction")
            .and_then(as_str)
            .map(|a| a.to_ascii_lowercase()),
        cidr_block: member(e, "cidrBlock").and_then(as_str),
        ipv6_cidr_block: member(e, "ipv6CidrBlock").and_then(as_str),
        from_port: at(e, &["portRange", "from"]).and_then(as_i64),
        to_port: at(e, &["portRange", "to"]).and_then(as_i64),
        defined_by: None,
    })
}
