//! `AWS::IAM::User`, `Group`, `Role`, `Policy`. AWS Config records IAM in region `global`, with
//! policy documents URL-encoded. Managed policies are attached by ARN; their documents are the
//! `AWS::IAM::Policy` items of the same input (joined in `joins.rs`).

use super::item::{Head, Item};
use super::reader::{as_bool, as_str, member, Conf, Got, Reader};
use super::Links;
use crate::model::*;
use serde_json::Value;

/// A policy document as AWS Config writes one: URL-encoded or plain JSON text, an object, or
/// (some recorded samples) a list of documents, whose statements then all apply.
pub fn document(v: &Value) -> Option<PolicyDocument> {
    match v {
        Value::Array(docs) => {
            let parsed: Vec<PolicyDocument> = docs.iter().filter_map(document).collect();
            if parsed.is_empty() {
                return None;
            }
            Some(PolicyDocument {
                version: parsed.iter().find_map(|d| d.version.clone()),
                statement: parsed.into_iter().flat_map(|d| d.statement).collect(),
            })
        }
        other => PolicyDocument::parse(other),
    }
}

pub fn user(head: &Head, item: &Item, r: &mut Reader<'_>, links: &mut Links) -> IamUser {
    let mut policies = inline(r, "userPolicyList");
    policies.extend(managed(r));
    related(item, links);
    let groups: Vec<String> = r
        .req_list(Conf, &["groupList"], "groups")
        .iter()
        .filter_map(as_str)
        .collect();
    if r.unknown.iter().any(|u| u == "attributes.groups") {
        // Groups not recorded: what they grant cannot be known either.
        r.mark("group_policies");
    }
    // A login profile is not part of the user's configuration item.
    r.mark("console_access");
    IamUser {
        user_name: r.req_str_or(
            Conf,
            &["userName"],
            "user_name",
            head.resource_name.as_ref(),
        ),
        path: r.req_str(Conf, &["path"], "path"),
        console_access: None,
        policies,
        groups,
        group_policies: Vec::new(),
        permissions_boundary: r.opt_str(
            Conf,
            &["permissionsBoundary", "permissionsBoundaryArn"],
            "permissions_boundary",
        ),
    }
}

pub fn group(head: &Head, item: &Item, r: &mut Reader<'_>, links: &mut Links) -> IamGroup {
    let mut policies = inline(r, "groupPolicyList");
    policies.extend(managed(r));
    related(item, links);
    IamGroup {
        group_name: r.req_str_or(
            Conf,
            &["groupName"],
            "group_name",
            head.resource_name.as_ref(),
        ),
        policies,
    }
}

pub fn role(head: &Head, item: &Item, r: &mut Reader<'_>, links: &mut Links) -> IamRole {
    let mut policies = inline(r, "rolePolicyList");
    policies.extend(managed(r));
    related(item, links);
    let assume_role_policy = match r.get(Conf, &["assumeRolePolicyDocument"]) {
        Got::Value(v) => document(v),
        _ => None,
    };
    if assume_role_policy.is_none() {
        r.mark("assume_role_policy");
    }
    IamRole {
        role_name: r.req_str_or(
            Conf,
            &["roleName"],
            "role_name",
            head.resource_name.as_ref(),
        ),
        assume_role_policy,
        policies,
        max_session_duration: r.req_int(Conf, &["maxSessionDuration"], "max_session_duration"),
    }
}

pub fn policy(head: &Head, r: &mut Reader<'_>) -> IamPolicy {
    let default_version = match r.get(Conf, &["defaultVersionId"]) {
        Got::Value(v) => as_str(v),
        _ => None,
    };
    let versions = r.req_list(Conf, &["policyVersionList"], "document");
    let default = versions
        .iter()
        .find(|v| member(v, "isDefaultVersion").and_then(as_bool) == Some(true))
        .or_else(|| {
            versions.iter().find(|v| {
                default_version.is_some()
                    && member(v, "versionId").and_then(as_str) == default_version
            })
        });
    let document = default
        .and_then(|v| member(v, "document"))
        .and_then(document);
    if document.is_none() {
        r.mark("document");
    }
    IamPolicy {
        policy_name: r.req_str_or(
            Conf,
            &["policyName"],
            "policy_name",
            head.resource_name.as_ref(),
        ),
        arn: r
            .opt_str(Conf, &["arn"], "arn")
            .or_else(|| head.arn.clone()),
        document,
        attachment_count: r.opt_int(Conf, &["attachmentCount"], "attachment_count", None),
    }
}

/// Inline policies: `{policyName, policyDocument}`.
fn inline(r: &mut Reader<'_>, list: &str) -> Vec<AttachedPolicy> {
    r.req_list(Conf, &[list], "policies")
        .iter()
        .map(|p| AttachedPolicy {
            name: member(p, "policyName").and_then(as_str),
            arn: None,
            attachment: "inline".into(),
            document: member(p, "policyDocument").and_then(document),
            defined_by: None,
        })
        .collect()
}

/// Managed policies: `{policyName, policyArn}`, documents joined later.
fn managed(r: &mut Reader<'_>) -> Vec<AttachedPolicy> {
    r.req_list(Conf, &["attachedManagedPolicies"], "policies")
        .iter()
        .map(|p| AttachedPolicy {
            name: member(p, "policyName").and_then(as_str),
            arn: member(p, "policyArn").and_then(as_str),
            attachment: "managed".into(),
            document: None,
            defined_by: None,
        })
        .collect()
}

/// Customer managed policies the item relates to, by name and policy id: a second way to find
/// a policy whose ARN in `attachedManagedPolicies` differs from the policy item's.
fn related(item: &Item, links: &mut Links) {
    for rel in &item.relationships {
        if rel.resource_type.as_deref() == Some("AWS::IAM::Policy") {
            if let (Some(name), Some(id)) = (&rel.resource_name, &rel.resource_id) {
                links.related_policies.push((name.clone(), id.clone()));
            }
        }
    }
}
