//! The network graph's kinds (VPCs, subnets, route tables, gateways, network ACLs, DB subnet
//! groups, load balancers): their loaders on the kind fixtures and on plans that exercise the
//! satellites.

mod common;

use common::*;
use comply::load::json::Document;
use comply::model::registry::{kind_of_configuration, type_of_arn};
use comply::model::{Attributes, Inventory, Kind, Resource};
use serde_json::{json, Value};

fn fixture(kind: &str, source: &str) -> Inventory {
    let path = root().join(format!("fixtures/kinds/{kind}/{source}.json"));
    let text = std::fs::read_to_string(&path).unwrap();
    comply::load::load_document(&Document::new(source, &text))
        .unwrap()
        .0
}

fn one(inv: &Inventory, kind: Kind) -> &Resource {
    let found: Vec<&Resource> = inv.resources.iter().filter(|r| r.kind == kind).collect();
    assert_eq!(found.len(), 1, "{kind:?}: {found:#?}");
    found[0]
}

fn by_id<'i>(inv: &'i Inventory, id: &str) -> &'i Resource {
    inv.resources
        .iter()
        .find(|r| r.id == id)
        .unwrap_or_else(|| panic!("no `{id}` in {:#?}", inv.resources))
}

/// A create plan of `(address, after, after_unknown, configuration expressions)`.
fn plan(resources: &[(&str, Value, Value, Value)]) -> Inventory {
    let split = |a: &str| {
        let (t, n) = a.split_once('.').unwrap();
        (t.to_string(), n.to_string())
    };
    let changes: Vec<Value> = resources
        .iter()
        .map(|(a, after, unknown, _)| {
            let (t, n) = split(a);
            json!({"address": a, "mode": "managed", "type": t, "name": n,
                "change": {"actions": ["create"], "after": after, "after_unknown": unknown}})
        })
        .collect();
    let config: Vec<Value> = resources
        .iter()
        .map(|(a, _, _, expressions)| {
            let (t, n) = split(a);
            json!({"address": a, "mode": "managed", "type": t, "name": n,
                "provider_config_key": "aws", "expressions": expressions})
        })
        .collect();
    let text = json!({"format_version": "1.2",
        "configuration": {
            "provider_config": {"aws": {"name": "aws", "expressions": {"region": {"constant_value": "eu-west-1"}}}},
            "root_module": {"resources": config}},
        "resource_changes": changes})
    .to_string();
    comply::load::load_document(&Document::new("network.json", &text))
        .unwrap()
        .0
}

fn refs(to: &str) -> Value {
    json!({"references": [format!("{to}.id"), to]})
}

#[test]
fn a_route_table_has_its_inline_and_resource_routes_and_its_associated_subnet() {
    let inv = fixture("AWS_EC2_RouteTable", "plan");
    let r = one(&inv, Kind::Ec2RouteTable);
    let Attributes::Ec2RouteTable(t) = &r.attributes else {
        unreachable!()
    };
    let routes: Vec<(&str, &str, &str, Option<&str>)> = t
        .routes
        .iter()
        .map(|x| {
            (
                x.destination.as_deref().unwrap(),
                x.target.as_deref().unwrap(),
                x.target_type.as_deref().unwrap(),
                x.defined_by.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        routes,
        vec![
            (
                "0.0.0.0/0",
                "aws_internet_gateway.main",
                "internet-gateway",
                None
            ),
            (
                "::/0",
                "aws_internet_gateway.main",
                "internet-gateway",
                Some("aws_route.ipv6_default")
            ),
        ]
    );
    assert_eq!(t.subnets, vec!["aws_subnet.public"]);
    assert_eq!(t.main, Some(false));
    assert!(r.unknown.is_empty(), "{:?}", r.unknown);

    // AWS Config lists the VPC-local routes too.
    let inv = fixture("AWS_EC2_RouteTable", "config");
    let Attributes::Ec2RouteTable(t) = &one(&inv, Kind::Ec2RouteTable).attributes else {
        unreachable!()
    };
    let types: Vec<&str> = t
        .routes
        .iter()
        .map(|x| x.target_type.as_deref().unwrap())
        .collect();
    assert_eq!(
        types,
        ["local", "local", "internet-gateway", "internet-gateway"]
    );
    assert_eq!(t.subnets, vec!["subnet-0b1c2d3e4f5a60719"]);
}

#[test]
fn network_acl_rules_are_normalized_like_security_group_rules() {
    for source in ["plan", "config"] {
        let inv = fixture("AWS_EC2_NetworkAcl", source);
        let Attributes::Ec2NetworkAcl(acl) = &one(&inv, Kind::Ec2NetworkAcl).attributes else {
            unreachable!()
        };
        // Config's `"6"`, the plan's `"tcp"`; the final deny-all rule is not listed.
        let ingress: Vec<(i64, &str, i64, i64)> = acl
            .ingress
            .iter()
            .map(|x| {
                (
                    x.rule_number.unwrap(),
                    x.protocol.as_str(),
                    x.from_port.unwrap(),
                    x.to_port.unwrap(),
                )
            })
            .collect();
        assert_eq!(
            ingress,
            [(100, "tcp", 22, 22), (110, "tcp", 443, 443)],
            "{source}"
        );
        let all = &acl.egress[..];
        assert_eq!(all.len(), 1, "{source}");
        assert_eq!(
            (all[0].protocol.as_str(), all[0].from_port, all[0].to_port),
            ("-1", Some(0), Some(65535)),
            "{source}"
        );
        assert_eq!(all[0].action.as_deref(), Some("allow"));
        assert_eq!(acl.subnets.len(), 1, "{source}");
    }
}

#[test]
fn satellites_fold_into_their_network_resources() {
    let inv = plan(&[
        (
            "aws_vpc.v",
            json!({"cidr_block": "10.0.0.0/16"}),
            json!({"id": true, "enable_dns_hostnames": true}),
            json!({"cidr_block": {"constant_value": "10.0.0.0/16"}}),
        ),
        (
            "aws_flow_log.vpc",
            json!({"traffic_type": "ALL", "subnet_id": null}),
            json!({"id": true, "vpc_id": true}),
            json!({"vpc_id": refs("aws_vpc.v")}),
        ),
        // Of a subnet: not the VPC's, and no partial VPC either.
        (
            "aws_flow_log.subnet",
            json!({"traffic_type": "ALL", "subnet_id": "subnet-1", "vpc_id": null}),
            json!({"id": true}),
            json!({"subnet_id": {"constant_value": "subnet-1"}}),
        ),
        (
            "aws_route_table.rt",
            json!({}),
            json!({"id": true, "vpc_id": true, "route": true}),
            json!({"vpc_id": refs("aws_vpc.v")}),
        ),
        (
            "aws_route.nat",
            json!({"destination_cidr_block": "0.0.0.0/0"}),
            json!({"id": true, "route_table_id": true, "nat_gateway_id": true,
                "gateway_id": true, "network_interface_id": true}),
            json!({"route_table_id": refs("aws_route_table.rt"),
                "destination_cidr_block": {"constant_value": "0.0.0.0/0"},
                "nat_gateway_id": refs("aws_nat_gateway.n")}),
        ),
        (
            "aws_main_route_table_association.m",
            json!({}),
            json!({"id": true, "route_table_id": true, "vpc_id": true}),
            json!({"route_table_id": refs("aws_route_table.rt"), "vpc_id": refs("aws_vpc.v")}),
        ),
        // An edge association: no subnet.
        (
            "aws_route_table_association.edge",
            json!({"gateway_id": "igw-1", "subnet_id": null}),
            json!({"id": true, "route_table_id": true}),
            json!({"route_table_id": refs("aws_route_table.rt"),
                "gateway_id": {"constant_value": "igw-1"}}),
        ),
        (
            "aws_network_acl.a",
            json!({}),
            json!({"id": true, "vpc_id": true, "ingress": true, "egress": true, "subnet_ids": true}),
            json!({"vpc_id": refs("aws_vpc.v")}),
        ),
        (
            "aws_network_acl_rule.ssh",
            json!({"rule_number": 100, "egress": false, "protocol": "6", "rule_action": "ALLOW",
                "cidr_block": "0.0.0.0/0", "from_port": 22, "to_port": 22}),
            json!({"id": true, "network_acl_id": true}),
            json!({"network_acl_id": refs("aws_network_acl.a")}),
        ),
        (
            "aws_network_acl_association.s",
            json!({"subnet_id": "subnet-9"}),
            json!({"id": true, "network_acl_id": true}),
            json!({"network_acl_id": refs("aws_network_acl.a"),
                "subnet_id": {"constant_value": "subnet-9"}}),
        ),
        (
            "aws_internet_gateway.g",
            json!({"vpc_id": null}),
            json!({"id": true}),
            json!({}),
        ),
        (
            "aws_internet_gateway_attachment.a",
            json!({}),
            json!({"id": true, "internet_gateway_id": true, "vpc_id": true}),
            json!({"internet_gateway_id": refs("aws_internet_gateway.g"), "vpc_id": refs("aws_vpc.v")}),
        ),
    ]);
    assert!(inv.resources.iter().all(|r| !r.partial), "{inv:#?}");

    let vpc = by_id(&inv, "aws_vpc.v");
    let Attributes::Ec2Vpc(v) = &vpc.attributes else {
        unreachable!()
    };
    assert_eq!(v.flow_logs, vec!["aws_flow_log.vpc"]);
    // Computed and not written: EC2's default for a VPC that is not the default one.
    assert_eq!(v.enable_dns_hostnames, Some(false));

    let rt = by_id(&inv, "aws_route_table.rt");
    let Attributes::Ec2RouteTable(t) = &rt.attributes else {
        unreachable!()
    };
    assert_eq!(t.main, Some(true));
    assert!(t.subnets.is_empty());
    assert_eq!(t.routes.len(), 1);
    assert_eq!(t.routes[0].target.as_deref(), Some("aws_nat_gateway.n"));
    assert_eq!(t.routes[0].target_type.as_deref(), Some("nat-gateway"));
    // `route` computed from `aws_route` resources is not unknown.
    assert!(rt.unknown.is_empty(), "{:?}", rt.unknown);

    let acl = by_id(&inv, "aws_network_acl.a");
    let Attributes::Ec2NetworkAcl(a) = &acl.attributes else {
        unreachable!()
    };
    assert_eq!(a.subnets, vec!["subnet-9"]);
    assert!(a.egress.is_empty());
    assert_eq!(a.ingress.len(), 1);
    let rule = &a.ingress[0];
    assert_eq!(
        (rule.protocol.as_str(), rule.action.as_deref()),
        ("tcp", Some("allow"))
    );
    assert_eq!(rule.defined_by.as_deref(), Some("aws_network_acl_rule.ssh"));
    assert!(acl.unknown.is_empty(), "{:?}", acl.unknown);

    let Attributes::Ec2InternetGateway(g) = &by_id(&inv, "aws_internet_gateway.g").attributes
    else {
        unreachable!()
    };
    assert_eq!(g.vpcs, vec!["aws_vpc.v"]);
}

#[test]
fn an_inline_route_known_only_after_apply_makes_routes_unknown() {
    let inv = plan(&[(
        "aws_route_table.rt",
        json!({"vpc_id": "vpc-1"}),
        json!({"id": true, "route": true}),
        json!({"vpc_id": {"constant_value": "vpc-1"}, "route": {"references": ["var.routes"]}}),
    )]);
    let rt = by_id(&inv, "aws_route_table.rt");
    assert_eq!(rt.unknown, vec!["attributes.routes"]);
}

#[test]
fn load_balancer_and_subnet_group_fixtures_name_their_network() {
    for source in ["plan", "config"] {
        let inv = fixture("AWS_ElasticLoadBalancingV2_LoadBalancer", source);
        let Attributes::Elbv2LoadBalancer(lb) = &one(&inv, Kind::Elbv2LoadBalancer).attributes
        else {
            unreachable!()
        };
        assert_eq!(lb.scheme.as_deref(), Some("internet-facing"), "{source}");
        assert_eq!(lb.network.subnets.len(), 2, "{source}");
        assert_eq!(lb.network.security_groups.len(), 1, "{source}");
        assert_eq!(lb.drop_invalid_header_fields, Some(true), "{source}");
        assert_eq!(lb.access_logs.enabled, Some(true), "{source}");

        let inv = fixture("AWS_RDS_DBSubnetGroup", source);
        let Attributes::RdsDbSubnetGroup(g) = &one(&inv, Kind::RdsDbSubnetGroup).attributes else {
            unreachable!()
        };
        assert_eq!(g.name.as_deref(), Some("db-subnet-group-this"), "{source}");
        assert_eq!(g.subnets.len(), 2, "{source}");
    }
}

#[test]
fn arns_and_configuration_ids_name_the_network_kinds() {
    for (arn, ty) in [
        (
            "arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/app/a/5f3e",
            Some("AWS::ElasticLoadBalancingV2::LoadBalancer"),
        ),
        (
            "arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/gwy/g/5f3e",
            Some("AWS::ElasticLoadBalancingV2::LoadBalancer"),
        ),
        // A classic load balancer is another kind.
        (
            "arn:aws:elasticloadbalancing:eu-west-1:1:loadbalancer/classic",
            Some("AWS::ElasticLoadBalancing::LoadBalancer"),
        ),
        (
            "arn:aws:rds:eu-west-1:1:subgrp:private",
            Some("AWS::RDS::DBSubnetGroup"),
        ),
        (
            "arn:aws:ec2:eu-west-1:1:natgateway/nat-1",
            Some("AWS::EC2::NatGateway"),
        ),
        (
            "arn:aws:ec2:eu-west-1:1:network-acl/acl-1",
            Some("AWS::EC2::NetworkAcl"),
        ),
        ("arn:aws:ec2:eu-west-1:1:vpc/vpc-1", Some("AWS::EC2::VPC")),
        ("arn:aws:ec2:eu-west-1:1:vpc-flow-log/fl-1", None),
    ] {
        assert_eq!(type_of_arn(arn), ty, "{arn}");
    }
    // Every configuration of the fixtures tells its kind alone (two kinds fitting is refused).
    for folder in [
        "AWS_EC2_VPC",
        "AWS_EC2_Subnet",
        "AWS_EC2_RouteTable",
        "AWS_EC2_InternetGateway",
        "AWS_EC2_NatGateway",
        "AWS_EC2_NetworkAcl",
        "AWS_EC2_Instance",
        "AWS_EC2_SecurityGroup",
        "AWS_EC2_Volume",
    ] {
        let path = root().join(format!("fixtures/kinds/{folder}/config.json"));
        let items: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        for item in items["configurationItems"].as_array().unwrap() {
            let conf = item["configuration"].as_object().unwrap();
            let found = kind_of_configuration(conf).map(|(k, _)| k.as_str());
            let ty = item["resourceType"].as_str().unwrap();
            let modeled = Kind::parse(ty).is_some_and(|k| k.row().id_key.is_some());
            assert_eq!(found, modeled.then_some(ty), "{folder}: {ty}");
        }
    }
}
