//! `AWS::WAFv2::WebACL`: the `GetWebACL` shape in camelCase (`defaultAction`, `rules`). The
//! logging configuration is not part of the item (`GetLoggingConfiguration` is a call of its
//! own), and neither are the resources a web ACL protects.

use super::item::Head;
use super::reader::{as_i64, as_str, member, Conf, Got, Reader};
use crate::model::*;
use serde_json::Value;

pub fn web_acl(head: &Head, r: &mut Reader<'_>) -> Wafv2WebAcl {
    let default_action = match r.get(Conf, &["defaultAction"]) {
        // `{"allow": {}}` as the API returns it; some items flatten it to a string.
        Got::Value(Value::Object(o)) => ["allow", "block"]
            .into_iter()
            .find(|a| o.keys().any(|k| k.eq_ignore_ascii_case(a)))
            .map(str::to_owned),
        Got::Value(v) => as_str(v).map(|s| s.to_ascii_lowercase()),
        _ => None,
    };
    if default_action.is_none() {
        r.mark("default_action");
    }
    let mut rules: Vec<(i64, String)> = r
        .req_list(Conf, &["rules"], "rules")
        .iter()
        .filter_map(|rule| {
            let name = member(rule, "name").and_then(as_str)?;
            let priority = member(rule, "priority")
                .and_then(as_i64)
                .unwrap_or(i64::MAX);
            Some((priority, name))
        })
        .collect();
    rules.sort();
    r.mark("log_destinations");
    Wafv2WebAcl {
        name: r.req_str_or(Conf, &["name"], "name", head.resource_name.as_ref()),
        scope: scope(head),
        default_action,
        rules: rules.into_iter().map(|(_, name)| name).collect(),
        log_destinations: Vec::new(),
    }
}

/// The ARN says it: `...:regional/webacl/...` or `...:global/webacl/...` (CloudFront).
fn scope(head: &Head) -> Option<String> {
    let arn = crate::aws::Arn::parse(head.arn.as_deref()?)?;
    match arn.resource_type() {
        "regional" => Some("REGIONAL".into()),
        "global" => Some("CLOUDFRONT".into()),
        _ => None,
    }
}
