//! VPC networking: VPCs and their flow logs, subnets, route tables with their routes and
//! associations, internet gateways and their attachments, NAT gateways, network ACLs with
//! their rules and associations.

use super::ec2::normalize_protocol;
use super::planned::Reader;
use super::satellites::parent_types;
use super::table::{Context, Join, Satellite, Table};
use super::values::Node;
use crate::load::tree::Tree;
use crate::model::*;

pub const VPC: Table = Table {
    types: &[
        ("aws_vpc", |r| Attributes::Ec2Vpc(vpc(r, false))),
        ("aws_default_vpc", |r| Attributes::Ec2Vpc(vpc(r, true))),
    ],
    // Its own join: a flow log of a subnet or an interface has no `vpc_id`, and must not make
    // a partial VPC.
    satellites: &[Satellite {
        tf_type: "aws_flow_log",
        join: Join::Own(flow_log),
    }],
};

pub const SUBNET: Table = Table {
    types: &[
        ("aws_subnet", |r| Attributes::Ec2Subnet(subnet(r, false))),
        ("aws_default_subnet", |r| {
            Attributes::Ec2Subnet(subnet(r, true))
        }),
    ],
    satellites: &[],
};

pub const ROUTE_TABLE: Table = Table {
    types: &[
        ("aws_route_table", |r| {
            Attributes::Ec2RouteTable(route_table(r, false))
        }),
        ("aws_default_route_table", |r| {
            Attributes::Ec2RouteTable(route_table(r, true))
        }),
    ],
    satellites: &[
        Satellite {
            tf_type: "aws_route",
            join: Join::Parent {
                attr: "route_table_id",
                fold: |r, parent, ctx| route(r, parent, ctx, false),
                deleted: Some(|r, parent, ctx| route(r, parent, ctx, true)),
            },
        },
        // The table's own attributes never list its associations: deleting one changes nothing.
        Satellite {
            tf_type: "aws_route_table_association",
            join: Join::Parent {
                attr: "route_table_id",
                fold: route_table_association,
                deleted: None,
            },
        },
        Satellite {
            tf_type: "aws_main_route_table_association",
            join: Join::Parent {
                attr: "route_table_id",
                fold: |_, parent, _| set_main(parent, true),
                // The VPC's original main table is main again.
                deleted: Some(|_, parent, _| set_main(parent, false)),
            },
        },
    ],
};

pub const INTERNET_GATEWAY: Table = Table {
    types: &[("aws_internet_gateway", |r| {
        Attributes::Ec2InternetGateway(internet_gateway(r))
    })],
    satellites: &[Satellite {
        tf_type: "aws_internet_gateway_attachment",
        join: Join::Parent {
            attr: "internet_gateway_id",
            fold: |r, parent, ctx| attachment(r, parent, ctx, false),
            deleted: Some(|r, parent, ctx| attachment(r, parent, ctx, true)),
        },
    }],
};

pub const NAT_GATEWAY: Table = Table {
    types: &[("aws_nat_gateway", |r| {
        Attributes::Ec2NatGateway(nat_gateway(r))
    })],
    satellites: &[],
};

pub const NETWORK_ACL: Table = Table {
    types: &[
        ("aws_network_acl", |r| {
            Attributes::Ec2NetworkAcl(network_acl(r, false))
        }),
        ("aws_default_network_acl", |r| {
            Attributes::Ec2NetworkAcl(network_acl(r, true))
        }),
    ],
    satellites: &[
        Satellite {
            tf_type: "aws_network_acl_rule",
            join: Join::Parent {
                attr: "network_acl_id",
                fold: |r, parent, ctx| acl_rule(r, parent, ctx, false),
                deleted: Some(|r, parent, ctx| acl_rule(r, parent, ctx, true)),
            },
        },
        Satellite {
            tf_type: "aws_network_acl_association",
            join: Join::Parent {
                attr: "network_acl_id",
                fold: |r, parent, _| acl_association(r, parent, false),
                deleted: Some(|r, parent, _| acl_association(r, parent, true)),
            },
        },
    ],
};

fn vpc(r: &mut Reader<'_>, is_default: bool) -> Ec2Vpc {
    let n = r.root();
    Ec2Vpc {
        cidr_block: r.string(n.get("cidr_block"), "cidr_block"),
        is_default,
        enable_dns_support: r.bool(
            n.get("enable_dns_support"),
            "enable_dns_support",
            Some(true),
        ),
        // EC2's default: on in a default VPC only.
        enable_dns_hostnames: r.bool(
            n.get("enable_dns_hostnames"),
            "enable_dns_hostnames",
            Some(is_default),
        ),
        flow_logs: Vec::new(),
    }
}

/// An `aws_flow_log` on a VPC of the plan. One on a VPC outside the plan is not modeled: a
/// partial VPC would be judged on its flow logs alone.
fn flow_log(r: &mut Reader<'_>, ctx: &mut Context<'_, '_>) {
    let n = r.root();
    let vpc = n.get("vpc_id");
    if vpc.value().is_none() && !(vpc.is_unknown() && r.configured("vpc_id")) {
        return; // Of a subnet, an interface or a transit gateway.
    }
    let Some(i) = ctx.joiner.parent(r, "vpc_id", &parent_types(Kind::Ec2Vpc)) else {
        return;
    };
    let name = n
        .get("id")
        .as_str()
        .map_or_else(|| ctx.address.clone(), str::to_owned);
    if let Some(Attributes::Ec2Vpc(v)) = ctx.attrs[i].as_mut() {
        if !v.flow_logs.contains(&name) {
            v.flow_logs.push(name);
        }
    }
}

fn subnet(r: &mut Reader<'_>, default: bool) -> Ec2Subnet {
    let n = r.root();
    Ec2Subnet {
        // A default subnet's VPC is computed, never written.
        vpc_id: if default {
            r.string(n.get("vpc_id"), "vpc_id")
        } else {
            r.reference(n.get("vpc_id"), &["vpc_id"], "vpc_id")
        },
        cidr_block: r.string(n.get("cidr_block"), "cidr_block"),
        availability_zone: r.string(n.get("availability_zone"), "availability_zone"),
        // A default subnet keeps what it has (on, unless someone turned it off).
        map_public_ip_on_launch: r.bool(
            n.get("map_public_ip_on_launch"),
            "map_public_ip_on_launch",
            (!default).then_some(false),
        ),
        default_for_az: default,
    }
}

/// The VPC of a default route table or network ACL: known, else the VPC whose default the
/// configuration names (`default_route_table_id = aws_vpc.main.default_route_table_id`).
fn default_of_vpc(r: &mut Reader<'_>, n: Node<'_>, id_attr: &'static str) -> Option<String> {
    let vpc = n.get("vpc_id");
    if !vpc.is_unknown() {
        return vpc.as_str().map(str::to_owned);
    }
    let by_reference = r
        .reference(n.get(id_attr), &[id_attr], "vpc_id")
        .filter(|a| matches!(resource_type(a), "aws_vpc" | "aws_default_vpc"));
    if by_reference.is_none() {
        r.mark_unknown("vpc_id");
    }
    by_reference
}

/// The resource type of a plan address (`module.m.aws_vpc.main` -> `aws_vpc`); empty for ids.
fn resource_type(address: &str) -> &str {
    let mut parts = address.rsplit('.');
    parts.next();
    parts.next().unwrap_or("")
}

fn route_table(r: &mut Reader<'_>, default: bool) -> Ec2RouteTable {
    let n = r.root();
    let vpc_id = if default {
        default_of_vpc(r, n, "default_route_table_id")
    } else {
        r.reference(n.get("vpc_id"), &["vpc_id"], "vpc_id")
    };
    let routes = n.get("route");
    let mut out = Vec::new();
    if routes.is_wholly_unknown() {
        // Not configured: computed by the provider from `aws_route` resources, which fold in as
        // satellites. Configured: really unknown.
        if r.configured("route") || !r.config.present {
            r.mark_unknown("routes");
        }
    } else {
        for (i, route) in routes.items().into_iter().enumerate() {
            let block = config_block(r, route, i);
            out.push(read_route(r, route, Written::Inline(block)));
        }
    }
    Ec2RouteTable {
        vpc_id,
        // Only an `aws_main_route_table_association` makes a table of its own main; the
        // default route table is the one the VPC was created with as main.
        main: Some(default),
        routes: out,
        subnets: Vec::new(),
    }
}

const INLINE_DESTINATIONS: [&str; 3] = [
    "cidr_block",
    "ipv6_cidr_block",
    "destination_prefix_list_id",
];
const ROUTE_DESTINATIONS: [&str; 3] = [
    "destination_cidr_block",
    "destination_ipv6_cidr_block",
    "destination_prefix_list_id",
];

/// A route target attribute, the target type it means (`gateway_id`'s depends on the
/// gateway: `gateway_type`), and the resource types it takes.
struct Target {
    attr: &'static str,
    kind: &'static str,
    types: &'static [&'static str],
}

const TARGETS: [Target; 11] = [
    Target {
        attr: "gateway_id",
        kind: "",
        types: &["aws_internet_gateway", "aws_vpn_gateway"],
    },
    Target {
        attr: "egress_only_gateway_id",
        kind: "egress-only-internet-gateway",
        types: &["aws_egress_only_internet_gateway"],
    },
    Target {
        attr: "nat_gateway_id",
        kind: "nat-gateway",
        types: &["aws_nat_gateway"],
    },
    Target {
        attr: "transit_gateway_id",
        kind: "transit-gateway",
        types: &["aws_ec2_transit_gateway"],
    },
    Target {
        attr: "vpc_peering_connection_id",
        kind: "vpc-peering-connection",
        types: &[
            "aws_vpc_peering_connection",
            "aws_vpc_peering_connection_accepter",
        ],
    },
    Target {
        attr: "network_interface_id",
        kind: "network-interface",
        types: &["aws_network_interface", "aws_instance"],
    },
    Target {
        attr: "vpc_endpoint_id",
        kind: "vpc-endpoint",
        types: &["aws_vpc_endpoint"],
    },
    Target {
        attr: "local_gateway_id",
        kind: "other",
        types: &[],
    },
    Target {
        attr: "carrier_gateway_id",
        kind: "other",
        types: &["aws_ec2_carrier_gateway"],
    },
    Target {
        attr: "core_network_arn",
        kind: "other",
        types: &["aws_networkmanager_core_network"],
    },
    // Older providers: a route to an instance is to its network interface.
    Target {
        attr: "instance_id",
        kind: "network-interface",
        types: &["aws_instance"],
    },
];

/// Where a route is written: an `aws_route`, or the inline `route` block of this index.
#[derive(Clone, Copy)]
enum Written {
    Resource,
    Inline(usize),
}

/// What a route's gateway is, by its id (`igw-…`, `local`) or, for a plan address, the type of
/// resource it names.
pub(crate) fn gateway_type(gateway: &str) -> &'static str {
    let ty = resource_type(gateway);
    if gateway == "local" {
        "local"
    } else if gateway.starts_with("igw-") || ty == "aws_internet_gateway" {
        "internet-gateway"
    } else if gateway.starts_with("eigw-") || ty == "aws_egress_only_internet_gateway" {
        "egress-only-internet-gateway"
    } else if gateway.starts_with("vpce-") || ty == "aws_vpc_endpoint" {
        "vpc-endpoint"
    } else {
        // `vgw-…` (a VPN gateway) and anything else.
        "other"
    }
}

/// The index of the configuration's `route` block that wrote a planned route: the planned set
/// is not in configuration order, so match on the destinations written as constants.
fn config_block(r: &Reader<'_>, route: Node<'_>, planned_index: usize) -> usize {
    let blocks = r
        .config
        .resource(&r.planned.config_address())
        .and_then(|c| c.expressions.get("route"))
        .and_then(Tree::as_array);
    let Some(blocks) = blocks else {
        return planned_index;
    };
    let constant = |b: &Tree<'_>, k: &str| {
        b.get(k)
            .and_then(|e| e.get("constant_value"))
            .and_then(Tree::as_str)
            .map(str::to_owned)
    };
    let matches = |b: &Tree<'_>| {
        let written: Vec<(&str, String)> = INLINE_DESTINATIONS
            .iter()
            .filter_map(|k| constant(b, k).map(|v| (*k, v)))
            .collect();
        !written.is_empty()
            && written
                .iter()
                .all(|(k, v)| route.get(k).as_str() == Some(v.as_str()))
    };
    blocks.iter().position(matches).unwrap_or(planned_index)
}

/// A route (an inline `route` block, or an `aws_route`), its target as the configuration
/// references it when only known after apply.
fn read_route(r: &mut Reader<'_>, n: Node<'_>, written: Written) -> Route {
    let (destinations, inline) = match written {
        Written::Resource => (&ROUTE_DESTINATIONS, false),
        Written::Inline(_) => (&INLINE_DESTINATIONS, true),
    };
    let set = |node: Node<'_>| node.as_str().filter(|s| !s.is_empty()).is_some();
    // An inline route has no computed attributes; an `aws_route`'s unknown attributes the
    // configuration does not write (`network_interface_id`) are computed, not its own.
    let written_unknown =
        |r: &Reader<'_>, node: Node<'_>| node.is_unknown() && (inline || r.configured_node(node));
    let mut route = Route::default();
    for k in destinations {
        let d = n.get(k);
        if set(d) {
            route.destination = d.as_str().map(str::to_owned);
            break;
        }
        if written_unknown(r, d) {
            r.mark_unknown("routes");
            break;
        }
    }
    let target = TARGETS.iter().find(|t| {
        let node = n.get(t.attr);
        set(node) || written_unknown(r, node)
    });
    let Some(target) = target else {
        r.mark_unknown("routes");
        return route;
    };
    let node = n.get(target.attr);
    route.target = match written {
        _ if !node.is_unknown() => node.as_str().map(str::to_owned),
        Written::Resource => r.reference(node, &[target.attr], "routes"),
        Written::Inline(block) => inline_reference(r, target, block),
    };
    route.target_type = match (target.kind, &route.target) {
        ("", Some(t)) => Some(gateway_type(t).to_string()),
        ("", None) => None,
        (kind, _) => Some(kind.to_string()),
    };
    if route.target.is_none() {
        r.mark_unknown("routes");
    }
    route
}

/// The resource an inline route's unknown target references. A plan writes `route` (an
/// attribute as blocks) either as blocks, or as one expression for all the routes: then the
/// only resource it references of a type the target attribute takes.
fn inline_reference(r: &Reader<'_>, target: &Target, block: usize) -> Option<String> {
    let address = r.planned.config_address();
    let modules = &r.planned.addr.modules;
    let route = r
        .config
        .resource(&address)
        .and_then(|c| c.expressions.get("route"));
    if let Some(Tree::Array(_)) = route {
        let index = block.to_string();
        return r
            .config
            .resource_reference(modules, &address, &["route", &index, target.attr]);
    }
    let fit: Vec<String> = r
        .config
        .resource_references(modules, &address, &["route"])
        .into_iter()
        .filter(|a| target.types.contains(&resource_type(a)))
        .collect();
    match fit.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// An `aws_route`. It replaces the table's own listing of a route to its destination (an
/// unchanged table's routes include those of `aws_route` resources); deleted, it takes it out.
fn route(r: &mut Reader<'_>, parent: &mut Attributes, ctx: &mut Context<'_, '_>, deleted: bool) {
    let Attributes::Ec2RouteTable(t) = parent else {
        return;
    };
    let n = r.root();
    let mut route = read_route(r, n, Written::Resource);
    route.defined_by = Some(ctx.address.clone());
    if route.destination.is_some() {
        t.routes.retain(|x| x.destination != route.destination);
    }
    if !deleted {
        t.routes.push(route);
    }
}

/// An `aws_route_table_association` of a subnet. One with a `gateway_id` instead is an edge
/// association (a gateway's inbound traffic): no subnet uses the table through it.
fn route_table_association(r: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    let Attributes::Ec2RouteTable(t) = parent else {
        return;
    };
    let subnet = r.root().get("subnet_id");
    if let Some(s) = r.reference(subnet, &["subnet_id"], "subnets") {
        if !t.subnets.contains(&s) {
            t.subnets.push(s);
        }
    }
}

fn set_main(parent: &mut Attributes, main: bool) {
    if let Attributes::Ec2RouteTable(t) = parent {
        t.main = Some(main);
    }
}

fn internet_gateway(r: &mut Reader<'_>) -> Ec2InternetGateway {
    let n = r.root();
    Ec2InternetGateway {
        vpcs: r
            .reference(n.get("vpc_id"), &["vpc_id"], "vpcs")
            .into_iter()
            .collect(),
    }
}

/// An `aws_internet_gateway_attachment`; an unchanged gateway's `vpc_id` names it too.
fn attachment(r: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>, deleted: bool) {
    let Attributes::Ec2InternetGateway(g) = parent else {
        return;
    };
    let Some(vpc) = r.reference(r.root().get("vpc_id"), &["vpc_id"], "vpcs") else {
        return;
    };
    g.vpcs.retain(|v| *v != vpc);
    if !deleted {
        g.vpcs.push(vpc);
    }
}

fn nat_gateway(r: &mut Reader<'_>) -> Ec2NatGateway {
    let n = r.root();
    Ec2NatGateway {
        subnet_id: r.reference(n.get("subnet_id"), &["subnet_id"], "subnet_id"),
        connectivity_type: r.string_or(n.get("connectivity_type"), "connectivity_type", "public"),
    }
}

fn network_acl(r: &mut Reader<'_>, is_default: bool) -> Ec2NetworkAcl {
    let n = r.root();
    let vpc_id = if is_default {
        default_of_vpc(r, n, "default_network_acl_id")
    } else {
        r.reference(n.get("vpc_id"), &["vpc_id"], "vpc_id")
    };
    let subnet_ids = n.get("subnet_ids");
    // Not configured: computed from `aws_network_acl_association` resources (satellites), but
    // the default ACL's are every subnet left without an ACL of its own, which the plan cannot
    // show.
    let subnets = if subnet_ids.is_unknown() && !r.configured_node(subnet_ids) && !is_default {
        Vec::new()
    } else {
        r.references(subnet_ids, &["subnet_ids"], "subnets")
            .unwrap_or_default()
    };
    let mut acl = Ec2NetworkAcl {
        vpc_id,
        is_default,
        subnets,
        ..Default::default()
    };
    for dir in ["ingress", "egress"] {
        let rules = n.get(dir);
        // As with `subnet_ids`: unknown and not configured, the rules come from satellites.
        if rules.is_wholly_unknown() {
            if r.configured(dir) || !r.config.present {
                r.mark_unknown(dir);
            }
            continue;
        }
        let mut out = Vec::new();
        for rule in rules.items() {
            let (rule, unknown) = read_acl_rule(rule, "rule_no", "action");
            if unknown {
                r.mark_unknown(dir);
            }
            out.push(rule);
        }
        if dir == "ingress" {
            acl.ingress = out;
        } else {
            acl.egress = out;
        }
    }
    acl
}

/// A rule of an inline block or an `aws_network_acl_rule`, and whether a value of it is only
/// known after apply (then the direction may admit anything).
fn read_acl_rule(
    n: Node<'_>,
    number: &'static str,
    action: &'static str,
) -> (NetworkAclRule, bool) {
    let text = |k: &'static str| {
        n.get(k)
            .as_str()
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    let protocol = text("protocol").or_else(|| n.get("protocol").as_i64().map(|p| p.to_string()));
    let rule = NetworkAclRule {
        rule_number: n.get(number).as_i64(),
        protocol: normalize_protocol(protocol.as_deref().unwrap_or("-1")),
        action: text(action).map(|a| a.to_ascii_lowercase()),
        cidr_block: text("cidr_block"),
        ipv6_cidr_block: text("ipv6_cidr_block"),
        from_port: n.get("from_port").as_i64(),
        to_port: n.get("to_port").as_i64(),
        defined_by: None,
    };
    let unknown = [
        number,
        "protocol",
        action,
        "cidr_block",
        "ipv6_cidr_block",
        "from_port",
        "to_port",
    ]
    .iter()
    .any(|k| n.get(k).is_unknown());
    (normalize_acl_ports(rule), unknown)
}

/// Ports mean something for TCP and UDP only; a rule of another protocol matches every port.
pub(crate) fn normalize_acl_ports(mut rule: NetworkAclRule) -> NetworkAclRule {
    if rule.protocol != "tcp" && rule.protocol != "udp" {
        rule.from_port = Some(0);
        rule.to_port = Some(65535);
    }
    rule
}

/// An `aws_network_acl_rule`. It replaces the ACL's own listing of its number (an unchanged
/// ACL's rules include those of rule resources); deleted, it takes it out.
fn acl_rule(r: &mut Reader<'_>, parent: &mut Attributes, ctx: &mut Context<'_, '_>, deleted: bool) {
    let Attributes::Ec2NetworkAcl(acl) = parent else {
        return;
    };
    let n = r.root();
    let (mut rule, unknown) = read_acl_rule(n, "rule_number", "rule_action");
    rule.defined_by = Some(ctx.address.clone());
    let egress = n.get("egress");
    if egress.is_unknown() {
        ctx.mark("ingress");
        ctx.mark("egress");
        return;
    }
    let (rules, dir) = if egress.as_bool() == Some(true) {
        (&mut acl.egress, "egress")
    } else {
        (&mut acl.ingress, "ingress")
    };
    if rule.rule_number.is_some() {
        rules.retain(|x| x.rule_number != rule.rule_number);
    }
    if deleted {
        return;
    }
    if unknown {
        ctx.mark(dir);
    }
    rules.push(rule);
}

fn acl_association(r: &mut Reader<'_>, parent: &mut Attributes, deleted: bool) {
    let Attributes::Ec2NetworkAcl(acl) = parent else {
        return;
    };
    let Some(subnet) = r.reference(r.root().get("subnet_id"), &["subnet_id"], "subnets") else {
        return;
    };
    acl.subnets.retain(|s| *s != subnet);
    if !deleted {
        acl.subnets.push(subnet);
    }
}
