//! Terraform plan JSON (`terraform show -json plan.out`), format_version 0.1 to 1.x.
//!
//! The document is read once into borrowed slices (`RawValue`), so sections the loader does not
//! need cost a syntax scan, and the values of resource types the model does not know are never
//! built. `resource_changes` is the source of truth for what the plan does; `planned_values` is
//! used only when a plan has no `resource_changes`.

pub(crate) mod acm;
mod address;
pub(crate) mod apigateway;
pub(crate) mod autoscaling;
pub(crate) mod backup;
pub(crate) mod cloudfront;
pub(crate) mod cloudtrail;
pub(crate) mod configservice;
mod configuration;
pub(crate) mod dynamodb;
pub(crate) mod ec2;
pub(crate) mod ecr;
pub(crate) mod ecs;
pub(crate) mod efs;
pub(crate) mod eks;
pub(crate) mod elasticache;
pub(crate) mod elb;
pub(crate) mod elbv2;
pub(crate) mod guardduty;
pub(crate) mod iam;
pub(crate) mod kinesis;
pub(crate) mod kms;
pub(crate) mod lambda;
pub(crate) mod logs;
pub(crate) mod opensearch;
mod planned;
pub(crate) mod rds;
pub(crate) mod redshift;
pub(crate) mod s3;
mod satellites;
pub(crate) mod secretsmanager;
pub(crate) mod securityhub;
pub(crate) mod sns;
pub(crate) mod sqs;
pub(crate) mod ssm;
mod table;
/// The table of a kind no Terraform type makes (comply's account and region summaries).
pub(crate) const NO_TYPES: table::Table = table::Table {
    types: &[],
    satellites: &[],
};
mod values;
pub(crate) mod vpc;
pub(crate) mod wafv2;

use crate::error::{Error, Result};
use crate::load::json::Document;
use crate::load::tree::Tree;
use crate::load::TopLevel;
use crate::model::registry::{self, TerraformRole};
use crate::model::{Attributes, Inventory, Kind, Removed, Resource, Source, SourceKind};
use address::Address;
use configuration::Configuration;
pub(crate) use ec2::{normalize_ports, normalize_protocol};
use planned::{Planned, Reader};
use rayon::prelude::*;
use satellites::Changed;
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;
use std::collections::BTreeMap;
pub(crate) use table::{Normalize, Satellite, Table};

/// The top-level sections the loader reads, as slices of the text.
struct PlanDocument<'a> {
    format_version: Option<String>,
    variables: Option<&'a RawValue>,
    planned_values: Option<&'a RawValue>,
    resource_changes: Option<Vec<&'a RawValue>>,
    prior_state: Option<&'a RawValue>,
    configuration: Option<&'a RawValue>,
    /// `terraform show -json` of a state file, not a plan.
    values: Option<&'a RawValue>,
}

impl<'a> PlanDocument<'a> {
    fn read(doc: &Document<'a>, top: &TopLevel<'a>) -> Result<PlanDocument<'a>> {
        let shape = |raw: &'a RawValue, e: serde_json::Error| {
            let mut err = doc.json_error(Some(raw), e);
            if let Error::Input { message, .. } = &mut err {
                *message = format!("not a valid Terraform plan: {message}");
            }
            err
        };
        let present = |k: &str| top.get(k).filter(|v| v.get() != "null");
        let format_version = match top.get("format_version") {
            Some(raw) => {
                Some(serde_json::from_str::<String>(raw.get()).map_err(|e| shape(raw, e))?)
            }
            None => None,
        };
        let resource_changes = match present("resource_changes") {
            Some(raw) => Some(
                serde_json::from_str::<Vec<&'a RawValue>>(raw.get()).map_err(|e| shape(raw, e))?,
            ),
            None => None,
        };
        Ok(PlanDocument {
            format_version,
            variables: present("variables"),
            planned_values: present("planned_values"),
            resource_changes,
            prior_state: present("prior_state"),
            configuration: present("configuration"),
            values: present("values"),
        })
    }
}

#[derive(Deserialize)]
struct ResourceChange<'a> {
    address: String,
    #[serde(default)]
    mode: Option<String>,
    #[serde(rename = "type")]
    tf_type: String,
    name: String,
    #[serde(default)]
    deposed: Option<String>,
    #[serde(borrow)]
    change: Change<'a>,
}

#[derive(Deserialize)]
struct Change<'a> {
    actions: Vec<String>,
    #[serde(borrow, default)]
    after: Option<&'a RawValue>,
    #[serde(borrow, default)]
    after_unknown: Option<&'a RawValue>,
    #[serde(borrow, default)]
    after_sensitive: Option<&'a RawValue>,
    #[serde(borrow, default)]
    before: Option<&'a RawValue>,
    #[serde(borrow, default)]
    before_sensitive: Option<&'a RawValue>,
}

/// Whether a top-level object looks like a plan (for input detection).
pub fn looks_like_plan(top_keys: &[&str]) -> bool {
    top_keys.contains(&"format_version")
        && (top_keys.contains(&"planned_values")
            || top_keys.contains(&"resource_changes")
            || top_keys.contains(&"terraform_version"))
}

pub fn load<'a>(doc: &Document<'a>, top: &TopLevel<'a>) -> Result<Inventory> {
    Ok(parse(doc, top)?.normalize())
}

/// A plan read into its planned resources and configuration, before the model is made of them:
/// the two stages are timed apart (`benches/benches/scan.rs`).
pub struct Parsed<'a> {
    file: &'a str,
    planned: Vec<Planned<'a>>,
    config: Configuration<'a>,
    /// Deleted and unmodeled resources so far.
    inventory: Inventory,
}

impl Parsed<'_> {
    /// Normalizes parents, folds satellites into them, and makes the inventory.
    pub fn normalize(self) -> Inventory {
        let mut inventory = self.inventory;
        inventory.resources = build(self.file, &self.planned, &self.config);
        inventory.removed = removed(self.file, &self.planned, &self.config);
        inventory.sort();
        inventory
    }
}

/// Reads the plan's sections: every value strictly checked, the modeled resources' values and
/// the configuration parsed.
pub fn parse<'a>(doc: &Document<'a>, top: &TopLevel<'a>) -> Result<Parsed<'a>> {
    let plan = PlanDocument::read(doc, top)?;
    check_shape(doc, &plan)?;

    // Three independent pieces of work: the configuration, the resource changes, and the
    // duplicate-key checks of sections read for nothing else.
    let (config, (changes, checks)) = rayon::join(
        || -> Result<Configuration<'a>> {
            let variables = plan.variables.map(|v| doc.tree(v)).transpose()?;
            let config = plan.configuration.map(|v| doc.tree(v)).transpose()?;
            Ok(Configuration::build(config, variables))
        },
        || {
            rayon::join(
                || -> Result<(Vec<Planned<'a>>, Inventory)> {
                    let mut inventory = Inventory::default();
                    let mut planned: Vec<Planned<'a>> = Vec::new();
                    match &plan.resource_changes {
                        Some(changes) => {
                            // Keep input order: findings and errors must not depend on threads.
                            let parsed: Vec<Result<Option<Item<'a>>>> = changes
                                .par_iter()
                                .enumerate()
                                .map(|(i, raw)| read_change(doc, i, raw))
                                .collect();
                            for item in parsed {
                                match item? {
                                    Some(Item::Planned(p)) => planned.push(*p),
                                    Some(Item::Deleted(a, p)) => {
                                        inventory.deleted.push(a);
                                        // Kept for what deleting it does to what remains.
                                        planned.extend(p.map(|p| *p));
                                    }
                                    Some(Item::Unmodeled(t)) => {
                                        *inventory.unmodeled.entry(t).or_default() += 1
                                    }
                                    None => {}
                                }
                            }
                        }
                        None => {
                            let pv = plan.planned_values.expect("checked by check_shape");
                            let value = doc.tree(pv)?;
                            let place = doc.place_of(pv);
                            if let Some(root) = value.get("root_module") {
                                planned_values_module(
                                    root,
                                    place.line,
                                    place.column,
                                    &mut planned,
                                    &mut inventory.unmodeled,
                                );
                            }
                        }
                    }
                    Ok((planned, inventory))
                },
                || -> Result<()> {
                    if plan.resource_changes.is_some() {
                        if let Some(pv) = plan.planned_values {
                            doc.check(pv)?;
                        }
                    }
                    if let Some(ps) = plan.prior_state {
                        doc.check(ps)?;
                    }
                    Ok(())
                },
            )
        },
    );
    // Report the first problem in file order: changes come before the other sections.
    let (planned, inventory) = changes?;
    let config = config?;
    checks?;
    crate::timings::mark(|| format!("parsed {} planned resources", planned.len()));
    Ok(Parsed {
        file: doc.file,
        planned,
        config,
        inventory,
    })
}

fn check_shape(doc: &Document<'_>, plan: &PlanDocument<'_>) -> Result<()> {
    let at0 = |message: String| Error::Input {
        place: doc.place_at(0),
        message,
    };
    let Some(version) = &plan.format_version else {
        return Err(at0("not a Terraform plan: no `format_version` (hint: pass the output of `terraform show -json plan.out`)".into()));
    };
    let major = version.split('.').next().unwrap_or("");
    if major != "0" && major != "1" {
        return Err(at0(format!(
            "unsupported plan format_version `{version}` (supported: 0.1 to 1.x)"
        )));
    }
    if plan.resource_changes.is_none() && plan.planned_values.is_none() {
        let hint = if plan.values.is_some() {
            "this is Terraform state, not a plan (hint: run `terraform plan -out=plan.out` and `terraform show -json plan.out`)"
        } else {
            "not a Terraform plan: no `resource_changes` or `planned_values`"
        };
        return Err(at0(hint.into()));
    }
    Ok(())
}

enum Item<'a> {
    Planned(Box<Planned<'a>>),
    /// A deleted resource; a modeled one keeps its value before the change.
    Deleted(String, Option<Box<Planned<'a>>>),
    Unmodeled(String),
}

fn read_change<'a>(doc: &Document<'a>, i: usize, raw: &'a RawValue) -> Result<Option<Item<'a>>> {
    let rc: ResourceChange = serde_json::from_str(raw.get()).map_err(|e| {
        let mut err = doc.json_error(Some(raw), e);
        if let Error::Input { message, .. } = &mut err {
            *message = format!("resource_changes[{i}]: {message}");
        }
        err
    })?;
    let place = doc.place_of(raw);
    let modeled = registry::terraform(&rc.tf_type).is_some();
    let check_all = |values: &[Option<&RawValue>]| -> Result<()> {
        for v in values.iter().flatten() {
            doc.check(v)?;
        }
        Ok(())
    };
    // Data sources are context, and deposed objects are on their way out.
    if rc.mode.as_deref() == Some("data") || rc.deposed.is_some() {
        check_all(&[rc.change.after, rc.change.before])?;
        return Ok(None);
    }
    let action = match rc
        .change
        .actions
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["create"] => "create",
        ["update"] => "update",
        ["no-op"] => "no-op",
        ["read"] => "read",
        ["delete", "create"] | ["create", "delete"] => "replace",
        ["delete"] | ["forget"] => {
            check_all(&[rc.change.before_sensitive])?;
            if !modeled {
                check_all(&[rc.change.before])?;
                return Ok(Some(Item::Deleted(rc.address, None)));
            }
            let before = match rc.change.before {
                Some(v) => doc.tree(v)?,
                None => Tree::Null,
            };
            let planned = Planned {
                addr: Address::parse(&rc.address),
                address: rc.address.clone(),
                tf_type: rc.tf_type,
                name: rc.name,
                action: Some("delete".to_string()),
                after: before,
                unknown: Tree::Null,
                sensitive: match rc.change.before_sensitive {
                    Some(v) => doc.tree(v)?,
                    None => Tree::Null,
                },
                line: place.line,
                column: place.column,
            };
            return Ok(Some(Item::Deleted(rc.address, Some(Box::new(planned)))));
        }
        other => {
            return Err(Error::Input {
                place,
                message: format!(
                    "resource_changes[{i}]: unknown actions `{}` for `{}`",
                    other.join(","),
                    rc.address
                ),
            })
        }
    };
    if !modeled {
        check_all(&[rc.change.after, rc.change.before, rc.change.after_unknown])?;
        return Ok(Some(Item::Unmodeled(rc.tf_type)));
    }
    check_all(&[rc.change.before, rc.change.before_sensitive])?;
    let parse = |v: Option<&'a RawValue>| -> Result<Tree<'a>> {
        v.map(|v| doc.tree(v))
            .transpose()
            .map(|v| v.unwrap_or(Tree::Null))
    };
    let after = parse(rc.change.after)?;
    if !matches!(after, Tree::Object(_) | Tree::Null) {
        return Err(Error::Input {
            place,
            message: format!(
                "resource_changes[{i}]: `change.after` of `{}` is not an object",
                rc.address
            ),
        });
    }
    Ok(Some(Item::Planned(Box::new(Planned {
        addr: Address::parse(&rc.address),
        address: rc.address,
        tf_type: rc.tf_type,
        name: rc.name,
        action: Some(action.to_string()),
        after,
        unknown: parse(rc.change.after_unknown)?,
        sensitive: parse(rc.change.after_sensitive)?,
        line: place.line,
        column: place.column,
    }))))
}

/// Plans without `resource_changes`: resources from planned_values, with the module's place.
fn planned_values_module<'a>(
    module: &Tree<'a>,
    line: usize,
    column: usize,
    out: &mut Vec<Planned<'a>>,
    unmodeled: &mut BTreeMap<String, usize>,
) {
    for r in module
        .get("resources")
        .and_then(Tree::as_array)
        .into_iter()
        .flatten()
    {
        let (Some(address), Some(tf_type)) = (
            r.get("address").and_then(Tree::as_str),
            r.get("type").and_then(Tree::as_str),
        ) else {
            continue;
        };
        if r.get("mode").and_then(Tree::as_str) == Some("data") {
            continue;
        }
        if registry::terraform(tf_type).is_none() {
            *unmodeled.entry(tf_type.to_string()).or_default() += 1;
            continue;
        }
        out.push(Planned {
            addr: Address::parse(address),
            address: address.to_string(),
            tf_type: tf_type.to_string(),
            name: r
                .get("name")
                .and_then(Tree::as_str)
                .unwrap_or_default()
                .to_string(),
            action: None,
            after: r.get("values").cloned().unwrap_or(Tree::Null),
            // planned_values has no unknown mask: what is not there is unknown.
            unknown: Tree::Null,
            sensitive: r.get("sensitive_values").cloned().unwrap_or(Tree::Null),
            line,
            column,
        });
    }
    for child in module
        .get("child_modules")
        .and_then(Tree::as_array)
        .into_iter()
        .flatten()
    {
        planned_values_module(child, line, column, out, unmodeled);
    }
}

/// The modeled resources the plan deletes (not replaces), for the account and region
/// summaries: deleting a region's GuardDuty detector turns GuardDuty off there.
fn removed(file: &str, planned: &[Planned], config: &Configuration) -> Vec<Removed> {
    planned
        .iter()
        .filter(|p| p.is_deleted())
        .filter_map(|p| match registry::terraform(&p.tf_type) {
            Some(TerraformRole::Parent(kind, _)) => Some(Removed {
                kind,
                region: region_of(p, Some(kind), config),
                file: file.to_string(),
            }),
            _ => None,
        })
        .collect()
}

/// Normalizes parents, folds satellites into them, and makes the resources.
fn build(file: &str, planned: &[Planned], config: &Configuration) -> Vec<Resource> {
    // Each parent normalizes on its own: in parallel, collected in input order.
    let normalized: Vec<(Option<Attributes>, Vec<String>, Option<String>)> = planned
        .par_iter()
        .map(|p| {
            let mut reader = Reader::new(p, config);
            let role = registry::terraform(&p.tf_type);
            let attrs = match role {
                Some(TerraformRole::Parent(_, normalize))
                    if !p.is_deleted() && p.action.as_deref() != Some("read") =>
                {
                    Some(normalize(&mut reader))
                }
                _ => None,
            };
            let region = region_of(p, role.map(TerraformRole::kind), config);
            (attrs, reader.unknown, region)
        })
        .collect();
    let mut attrs: Vec<Option<Attributes>> = Vec::with_capacity(planned.len());
    let mut unknown: Vec<Vec<String>> = Vec::with_capacity(planned.len());
    let mut regions: Vec<Option<String>> = Vec::with_capacity(planned.len());
    for (a, u, r) in normalized {
        attrs.push(a);
        unknown.push(u);
        regions.push(r);
    }
    let mut changed: Vec<Changed> = planned
        .iter()
        .map(|p| {
            if p.changes() {
                Changed::Itself
            } else {
                Changed::No
            }
        })
        .collect();
    let partials = satellites::fold_all(
        planned,
        config,
        &mut attrs,
        &mut unknown,
        &mut regions,
        &mut changed,
    );
    // Neither S3's default for a new bucket nor a block resource of this plan: the existing
    // bucket may have any block, or none, set elsewhere.
    for (a, u) in attrs.iter().zip(unknown.iter_mut()) {
        match a {
            Some(Attributes::S3Bucket(b)) if b.public_access_block.configured.is_none() => {
                crate::model::derive::push_unknown(u, "attributes.public_access_block");
            }
            // Nor a backup policy of this plan for an existing file system.
            Some(Attributes::EfsFileSystem(f)) if f.automatic_backups.is_none() => {
                crate::model::derive::push_unknown(u, "attributes.automatic_backups");
            }
            // Nor a repository or lifecycle policy of this plan for an existing repository.
            Some(Attributes::EcrRepository(e)) => {
                if e.policy_unseen {
                    crate::model::derive::push_unknown(u, "attributes.policy");
                }
                if e.lifecycle_policy.is_none() {
                    crate::model::derive::push_unknown(u, "attributes.lifecycle_policy");
                }
            }
            _ => {}
        }
    }

    let n = planned.len();
    let mut out: Vec<Resource> = planned
        .par_iter()
        .zip(attrs[..n].par_iter_mut())
        .zip(unknown[..n].par_iter_mut())
        .enumerate()
        .filter_map(|(i, ((p, attributes), unknown))| {
            let attributes = attributes.take()?;
            let node = p.node();
            let mut aliases = vec![p.address.clone(), p.config_address()];
            aliases.extend(p.identities().into_iter().map(str::to_owned));
            if let Some(name) = node.get("bucket").as_str() {
                aliases.extend(crate::aws::bucket_arns(name));
            }
            let mut r = resource(
                file,
                p,
                attributes,
                std::mem::take(unknown),
                regions[i].clone(),
                aliases,
            );
            set_changed(&mut r, changed[i], planned);
            Some(r)
        })
        .collect();
    for (k, partial) in partials.into_iter().enumerate() {
        let slot = planned.len() + k;
        let Some(attributes) = attrs[slot].take() else {
            continue;
        };
        let mut r = partial_resource(
            file,
            &planned[partial.first],
            partial,
            attributes,
            std::mem::take(&mut unknown[slot]),
            regions[slot].clone(),
        );
        set_changed(&mut r, changed[slot], planned);
        out.push(r);
    }
    out
}

fn set_changed(r: &mut Resource, changed: Changed, planned: &[Planned]) {
    r.source.changed = changed != Changed::No;
    if let Changed::By(i) = changed {
        r.source.changed_by = Some(planned[i].address.clone());
    }
}

fn resource(
    file: &str,
    p: &Planned,
    attributes: Attributes,
    mut unknown: Vec<String>,
    region: Option<String>,
    mut aliases: Vec<String>,
) -> Resource {
    if region.is_none() {
        unknown.push("region".to_string());
    }
    unknown.sort();
    unknown.dedup();
    aliases.sort();
    aliases.dedup();
    Resource {
        id: p.address.clone(),
        kind: attributes.kind(),
        name: Some(p.name.clone()),
        source: Source {
            kind: SourceKind::TerraformPlan,
            file: file.to_string(),
            address: p.address.clone(),
            native_type: p.tf_type.clone(),
            action: p.action.clone(),
            line: p.line,
            column: p.column,
            changed: false,
            changed_by: None,
        },
        account: account_of(p),
        region,
        tags: tags_of(p),
        attributes,
        unknown,
        partial: false,
        aliases,
    }
}

/// A resource the plan changes without containing it: known is only what its satellites set;
/// every other attribute, and its tags, are unknown. Found in the plan where its first
/// satellite is.
fn partial_resource(
    file: &str,
    first: &Planned,
    partial: satellites::Partial,
    attributes: Attributes,
    mut unknown: Vec<String>,
    region: Option<String>,
) -> Resource {
    let empty = serde_json::to_value(Attributes::empty(partial.kind)).unwrap_or_default();
    let now = serde_json::to_value(&attributes).unwrap_or_default();
    if let (Value::Object(empty), Value::Object(now)) = (&empty, &now) {
        for (key, value) in empty {
            if now.get(key) == Some(value) {
                unknown.push(format!("attributes.{key}"));
            }
        }
    }
    unknown.push("tags".to_string());
    if region.is_none() {
        unknown.push("region".to_string());
    }
    unknown.sort();
    unknown.dedup();
    let tf_type = satellites::parent_types(partial.kind)
        .first()
        .copied()
        .unwrap_or_default();
    Resource {
        id: partial.identity.clone(),
        kind: partial.kind,
        name: Some(partial.identity.clone()),
        source: Source {
            kind: SourceKind::TerraformPlan,
            file: file.to_string(),
            address: first.address.clone(),
            native_type: tf_type.to_string(),
            action: None,
            line: first.line,
            column: first.column,
            changed: false,
            changed_by: None,
        },
        account: None,
        region,
        tags: BTreeMap::new(),
        attributes,
        unknown,
        partial: true,
        aliases: vec![partial.identity],
    }
}

/// Region: the resource's own `region` argument (provider v6, and S3's computed attribute when
/// known), else the provider configuration it uses.
pub(crate) fn region_of(p: &Planned, kind: Option<Kind>, config: &Configuration) -> Option<String> {
    // IAM is a global service; AWS Config records its items in region `global` too.
    if kind.is_some_and(Kind::is_global) {
        return Some("global".to_string());
    }
    let n = p.node();
    if let Some(r) = n.get("region").as_str().filter(|s| !s.is_empty()) {
        return Some(r.to_string());
    }
    if let Some(r) = n
        .get("arn")
        .as_str()
        .and_then(crate::aws::Arn::parse)
        .and_then(|a| a.region())
    {
        return Some(r.to_string());
    }
    config.region(&p.addr.modules, &p.config_address())
}

fn account_of(p: &Planned) -> Option<String> {
    let n = p.node();
    crate::aws::Arn::parse(n.get("arn").as_str()?)?
        .account()
        .map(str::to_owned)
}

/// `tags`, plus provider default_tags from `tags_all`. Sensitive values are replaced, never
/// copied: `tags` comes first because Terraform marks a sensitive tag there but not always in
/// `tags_all`, which repeats its value.
fn tags_of(p: &Planned) -> BTreeMap<String, String> {
    let n = p.node();
    let mut tags = BTreeMap::new();
    for field in ["tags", "tags_all"] {
        for (k, v) in n.get(field).entries() {
            let value = if v.is_sensitive() {
                "(sensitive)".to_string()
            } else {
                match v.value() {
                    Some(Tree::String(s)) => s.to_string(),
                    Some(other) => other.to_value().to_string(),
                    None => continue,
                }
            };
            tags.entry(k.to_string()).or_insert(value);
        }
    }
    tags
}
