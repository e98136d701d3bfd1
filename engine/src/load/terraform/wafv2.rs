//! AWS WAF (v2) web ACLs, with `aws_wafv2_web_acl_logging_configuration` folded in; and
//! `aws_wafv2_web_acl_association`, which folds into the load balancer or API stage it protects.

use super::planned::Reader;
use super::satellites::parent_types;
use super::table::{Context, Join, Satellite, Table};
use crate::model::*;

pub const WEB_ACL: Table = Table {
    types: &[("aws_wafv2_web_acl", |r| Attributes::Wafv2WebAcl(web_acl(r)))],
    satellites: &[
        Satellite {
            tf_type: "aws_wafv2_web_acl_logging_configuration",
            join: Join::Parent {
                attr: "resource_arn",
                fold: logging,
                deleted: Some(|_, parent, _| {
                    if let Attributes::Wafv2WebAcl(w) = parent {
                        w.log_destinations.clear();
                    }
                }),
            },
        },
        // Its own join: the protected resource is a load balancer, an API stage or another
        // kind, never the web ACL.
        Satellite {
            tf_type: "aws_wafv2_web_acl_association",
            join: Join::Own(association),
        },
    ],
};

fn web_acl(r: &mut Reader<'_>) -> Wafv2WebAcl {
    let n = r.root();
    let action = n.get("default_action");
    let default_action = if action.is_unknown() {
        r.mark_unknown("default_action");
        None
    } else {
        let block = action.first();
        ["allow", "block"]
            .into_iter()
            .find(|a| !block.get(a).items().is_empty())
            .map(str::to_owned)
    };
    let rules = n.get("rule");
    if rules.is_wholly_unknown() {
        r.mark_unknown("rules");
    }
    let mut rules: Vec<(i64, String)> = rules
        .items()
        .iter()
        .filter_map(|rule| {
            let name = rule.get("name").as_str()?.to_owned();
            Some((rule.get("priority").as_i64().unwrap_or(i64::MAX), name))
        })
        .collect();
    rules.sort();
    Wafv2WebAcl {
        name: r.string(n.get("name"), "name"),
        scope: r.string(n.get("scope"), "scope"),
        default_action,
        rules: rules.into_iter().map(|(_, name)| name).collect(),
        log_destinations: Vec::new(),
    }
}

fn logging(r: &mut Reader<'_>, parent: &mut Attributes, ctx: &mut Context<'_, '_>) {
    let Attributes::Wafv2WebAcl(w) = parent else {
        return;
    };
    let n = r.root().get("log_destination_configs");
    match r.references(n, &["log_destination_configs"], "log_destinations") {
        Some(destinations) => w.log_destinations = destinations,
        None => ctx.mark("log_destinations"),
    }
}

/// A web ACL protecting a load balancer or an API Gateway stage of the plan: its ARN, else the
/// web ACL's address.
fn association(r: &mut Reader<'_>, ctx: &mut Context<'_, '_>) {
    let mut types = parent_types(Kind::Elbv2LoadBalancer);
    types.extend(parent_types(Kind::ApiGatewayStage));
    let Some(i) = ctx.joiner.parent(r, "resource_arn", &types) else {
        return;
    };
    let n = r.root().get("web_acl_arn");
    let acl = r.reference(n, &["web_acl_arn"], "web_acls");
    match (ctx.attrs[i].as_mut(), acl) {
        (Some(Attributes::Elbv2LoadBalancer(lb)), Some(acl)) if !lb.web_acls.contains(&acl) => {
            lb.web_acls.push(acl);
        }
        (Some(Attributes::ApiGatewayStage(stage)), Some(acl)) => {
            stage.web_acl = Some(acl);
            ctx.unknown[i].retain(|p| p != "attributes.web_acl");
        }
        // Associated with a web ACL the plan cannot name yet: protected, but by what is unknown.
        (Some(Attributes::Elbv2LoadBalancer(_)), None) => {
            crate::model::derive::push_unknown(&mut ctx.unknown[i], "attributes.web_acls");
        }
        (Some(Attributes::ApiGatewayStage(_)), None) => {
            crate::model::derive::push_unknown(&mut ctx.unknown[i], "attributes.web_acl");
        }
        _ => {}
    }
}
