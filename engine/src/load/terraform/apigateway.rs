//! API Gateway REST APIs with `aws_api_gateway_method` folded in, stages with
//! `aws_api_gateway_method_settings` folded in, and custom domain names.

use super::address::Address;
use super::planned::Reader;
use super::table::{Context, Join, Satellite, Table};
use super::values::Node;
use crate::model::*;

pub const REST_API: Table = Table {
    types: &[("aws_api_gateway_rest_api", |r| {
        Attributes::ApiGatewayRestApi(rest_api(r))
    })],
    satellites: &[Satellite {
        tf_type: "aws_api_gateway_method",
        // A deleted method is simply not among the API's methods.
        join: Join::Parent {
            attr: "rest_api_id",
            fold: method,
            deleted: None,
        },
    }],
};

pub const STAGE: Table = Table {
    types: &[("aws_api_gateway_stage", |r| {
        Attributes::ApiGatewayStage(stage(r))
    })],
    satellites: &[Satellite {
        tf_type: "aws_api_gateway_method_settings",
        // Deleted settings fall back to API Gateway's defaults: simply not among the stage's.
        join: Join::Parent {
            attr: "stage_name",
            fold: method_settings,
            deleted: None,
        },
    }],
};

pub const DOMAIN_NAME: Table = Table {
    types: &[("aws_api_gateway_domain_name", |r| {
        Attributes::ApiGatewayDomainName(domain_name(r))
    })],
    satellites: &[],
};

fn rest_api(r: &mut Reader<'_>) -> ApiGatewayRestApi {
    let n = r.root();
    // An OpenAPI `body` defines methods this plan does not list as resources.
    let body = n.get("body");
    if body.value().is_some() || (body.is_unknown() && r.configured_node(body)) {
        r.mark_unknown("methods");
    }
    ApiGatewayRestApi {
        name: r.string(n.get("name"), "name"),
        endpoint_types: endpoint_types(r, n),
        methods: Vec::new(),
    }
}

/// `endpoint_configuration[0].types`; API Gateway's default is `EDGE`.
fn endpoint_types(r: &mut Reader<'_>, n: Node<'_>) -> Option<Vec<String>> {
    let block = n.get("endpoint_configuration");
    let types = block.first().get("types");
    if block.is_unknown() && !r.configured_node(block) {
        return Some(vec!["EDGE".to_string()]);
    }
    if types.is_unknown() {
        r.mark_unknown("endpoint_types");
        return None;
    }
    match types.strings() {
        t if t.is_empty() => Some(vec!["EDGE".to_string()]),
        t => Some(t),
    }
}

fn method(r: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    let Attributes::ApiGatewayRestApi(api) = parent else {
        return;
    };
    let n = r.root();
    let m = ApiGatewayMethod {
        http_method: r.string(n.get("http_method"), "methods"),
        resource: method_resource(r, n.get("resource_id")),
        authorization: r.string(n.get("authorization"), "methods"),
        api_key_required: r.bool(n.get("api_key_required"), "methods", Some(false)),
    };
    api.methods.push(m);
}

/// The method's resource: its id, else the `aws_api_gateway_resource` the configuration
/// refers to, or `/` when it is the API's `root_resource_id` (Terraform before 1.0 lists only
/// the API as the reference).
fn method_resource(r: &mut Reader<'_>, node: Node<'_>) -> Option<String> {
    let found = r.reference(node, &["resource_id"], "methods")?;
    let p = r.planned;
    let refs = r.config.references(&p.config_address(), &["resource_id"]);
    let root = refs.iter().any(|s| s.ends_with(".root_resource_id"))
        || (node.is_unknown()
            && Address::parse(&found)
                .local
                .starts_with("aws_api_gateway_rest_api."));
    Some(if root { "/".to_string() } else { found })
}

fn stage(r: &mut Reader<'_>) -> ApiGatewayStage {
    let n = r.root();
    let (access_logging, access_log_destination) = access_log(r, n.get("access_log_settings"));
    ApiGatewayStage {
        name: r.string(n.get("stage_name"), "name"),
        rest_api: r.reference(n.get("rest_api_id"), &["rest_api_id"], "rest_api"),
        access_logging,
        access_log_destination,
        xray_tracing: r.bool(n.get("xray_tracing_enabled"), "xray_tracing", Some(false)),
        cache_cluster_enabled: r.bool(
            n.get("cache_cluster_enabled"),
            "cache_cluster_enabled",
            Some(false),
        ),
        client_certificate: r.reference(
            n.get("client_certificate_id"),
            &["client_certificate_id"],
            "client_certificate",
        ),
        web_acl: web_acl(r, n.get("web_acl_arn")),
        method_settings: Vec::new(),
    }
}

/// `(access_logging, access_log_destination)` of `access_log_settings`. A destination the plan
/// marks sensitive (read from a sensitive value) still turns logging on.
fn access_log(r: &mut Reader<'_>, block: Node<'_>) -> (Option<bool>, Option<String>) {
    if block.is_wholly_unknown() {
        r.mark_unknown("access_logging");
        r.mark_unknown("access_log_destination");
        return (None, None);
    }
    let dest = block.first().get("destination_arn");
    if dest.is_sensitive() {
        r.mark_unknown("access_log_destination");
        return (Some(true), None);
    }
    let path = ["access_log_settings", "destination_arn"];
    match r.reference(dest, &path, "access_log_destination") {
        Some(d) => (Some(true), Some(d)),
        // Written, known only after apply, and not a reference to a resource of the plan.
        None if dest.is_unknown() => (Some(true), None),
        None => (Some(false), None),
    }
}

/// `web_acl_arn` is computed: a new stage has no web ACL until an association gives it one.
fn web_acl(r: &mut Reader<'_>, node: Node<'_>) -> Option<String> {
    if !node.is_unknown() {
        return node.as_str().filter(|s| !s.is_empty()).map(str::to_owned);
    }
    match r.planned.action.as_deref() {
        Some("create" | "replace") => None,
        _ => {
            r.mark_unknown("web_acl");
            None
        }
    }
}

fn method_settings(r: &mut Reader<'_>, parent: &mut Attributes, _: &mut Context<'_, '_>) {
    let Attributes::ApiGatewayStage(stage) = parent else {
        return;
    };
    let n = r.root();
    let s = n.get("settings").first();
    // Settings the configuration leaves out are API Gateway's defaults: off.
    let setting =
        |r: &mut Reader<'_>, key: &'static str| r.bool(s.get(key), "method_settings", Some(false));
    let settings = ApiGatewayMethodSettings {
        method_path: r.string(n.get("method_path"), "method_settings"),
        logging_level: r.string_or(s.get("logging_level"), "method_settings", "OFF"),
        metrics_enabled: setting(r, "metrics_enabled"),
        data_trace_enabled: setting(r, "data_trace_enabled"),
        caching_enabled: setting(r, "caching_enabled"),
        cache_data_encrypted: setting(r, "cache_data_encrypted"),
    };
    stage.method_settings.push(settings);
}

fn domain_name(r: &mut Reader<'_>) -> ApiGatewayDomainName {
    let n = r.root();
    ApiGatewayDomainName {
        domain_name: r.string(n.get("domain_name"), "domain_name"),
        // Left to API Gateway, the policy is not shown in the plan: unknown, not a guess.
        security_policy: r.string(n.get("security_policy"), "security_policy"),
        endpoint_types: endpoint_types(r, n),
    }
}
