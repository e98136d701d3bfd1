//! AWS Config data: snapshot and history files delivered to S3 (plain or gzip), the outputs of
//! `BatchGetResourceConfig`, `GetResourceConfigHistory` and `SelectResourceConfig`, change
//! notifications (bare, through SNS or EventBridge), rule invocation events, and bare items or
//! lists of items (`envelope.rs` lists how each is recognized).
//!
//! Every item becomes the same normalized resource the plan loader makes of the Terraform
//! resources that manage it, so policies judge live state exactly as they judge a plan:
//! - what an item does not record is `null` and listed in `unknown`, never a default
//!   (`reader.rs` tells fields AWS Config always records from those it writes only when set);
//! - items of one resource (a history) collapse to the newest by capture time;
//! - deleted resources go to `Inventory.deleted`, types the model does not know to `unmodeled`;
//! - facts that live in other items (a managed policy's document, a group's policies, whether
//!   an instance's volumes are encrypted) are joined across the input (`joins.rs`).

pub(crate) mod acm;
pub(crate) mod apigateway;
pub(crate) mod autoscaling;
pub(crate) mod backup;
pub(crate) mod cloudfront;
pub(crate) mod cloudtrail;
pub(crate) mod configservice;
pub(crate) mod dynamodb;
pub(crate) mod ec2;
pub(crate) mod ecr;
pub(crate) mod ecs;
pub(crate) mod efs;
pub(crate) mod eks;
pub(crate) mod elasticache;
pub(crate) mod elb;
pub(crate) mod elbv2;
mod envelope;
pub(crate) mod guardduty;
pub(crate) mod iam;
mod infer;
mod item;
mod joins;
pub(crate) mod kinesis;
pub(crate) mod kms;
pub(crate) mod lambda;
pub(crate) mod opensearch;
pub(crate) mod rds;
mod reader;
pub(crate) mod redshift;
pub(crate) mod s3;
pub(crate) mod secretsmanager;
pub(crate) mod securityhub;
pub(crate) mod sns;
pub(crate) mod sqs;
mod time;
pub(crate) mod vpc;
pub(crate) mod wafv2;

use crate::error::Result;
use crate::load::json::Document;
use crate::model::registry;
use crate::model::*;
use envelope::{Found, Node};
use item::{Head, Item};
use rayon::prelude::*;
use reader::Reader;
use serde_json::Value;
use std::collections::HashMap;

/// Whether a top-level object is AWS Config data (for input detection).
pub fn looks_like_config(top_keys: &[&str]) -> bool {
    envelope::shape(top_keys).is_some()
}

/// Whether the first element of a top-level array is a configuration item.
pub fn looks_like_item(keys: &[&str]) -> bool {
    envelope::is_item(keys)
}

/// What a normalizer reads: the item's head and body, the reader over its configuration, and
/// the join keys it leaves for `joins.rs`.
pub struct Ctx<'c, 'a> {
    pub head: &'c Head,
    pub item: &'c Item,
    pub r: &'c mut Reader<'a>,
    pub links: &'c mut Links,
}

/// An item of a kind into model attributes (`registry.rs` points each row at one).
pub type Normalize = for<'c, 'a> fn(&mut Ctx<'c, 'a>) -> Attributes;

/// Join keys a normalizer leaves for `joins.rs`.
#[derive(Default)]
pub struct Links {
    /// EC2 instances: the EBS volume of each block device, in `block_devices` order.
    pub volumes: Vec<Option<String>>,
    /// DynamoDB tables and backup vaults: the KMS key, whose manager tells AWS managed from
    /// customer managed.
    pub table_key: Option<String>,
    /// IAM identities: customer managed policies related to the item, as (name, policy id).
    pub related_policies: Vec<(String, String)>,
}

/// A normalized resource with what joins need.
pub struct Built {
    pub head: Head,
    pub resource: Resource,
    pub links: Links,
}

enum Outcome {
    Built(Box<Built>),
    Deleted(String),
    Unmodeled(String),
}

pub fn load(doc: &Document<'_>) -> Result<Inventory> {
    let found = envelope::find(doc)?;
    let heads: Vec<Result<(Head, Option<Value>)>> =
        found.par_iter().map(|f| item::head(doc, f)).collect();
    let mut heads_ok = Vec::with_capacity(heads.len());
    for h in heads {
        heads_ok.push(h?);
    }

    // Items of one resource: the newest capture wins; on a tie, the later item.
    let mut newest: HashMap<(String, String), usize> = HashMap::new();
    let mut arns: HashMap<(String, String), String> = HashMap::new();
    for (i, (h, _)) in heads_ok.iter().enumerate() {
        let key = h.key();
        if let Some(arn) = &h.arn {
            arns.entry(key.clone()).or_insert_with(|| arn.clone());
        }
        newest
            .entry(key)
            .and_modify(|j| {
                let older = heads_ok[*j].0.captured.unwrap_or(i64::MIN);
                if h.captured.unwrap_or(i64::MIN) >= older {
                    *j = i;
                }
            })
            .or_insert(i);
    }
    let mut keep = vec![false; heads_ok.len()];
    for &i in newest.values() {
        keep[i] = true;
    }

    let work: Vec<(Found<'_>, Head, Option<Value>, bool)> = found
        .into_iter()
        .zip(heads_ok)
        .zip(keep)
        .map(|((f, (mut h, v)), k)| {
            if h.arn.is_none() {
                h.arn = arns.get(&h.key()).cloned();
            }
            (f, h, v, k)
        })
        .collect();
    let outcomes: Vec<Result<Option<Outcome>>> = work
        .into_par_iter()
        .map(|(f, h, v, keep)| {
            if !keep {
                // Superseded by a newer item of the same resource; still strict JSON.
                check(doc, &f)?;
                return Ok(None);
            }
            outcome(doc, f, h, v).map(Some)
        })
        .collect();

    let mut inventory = Inventory::default();
    let mut built = Vec::new();
    for o in outcomes {
        match o? {
            Some(Outcome::Built(b)) => built.push(*b),
            Some(Outcome::Deleted(id)) => inventory.deleted.push(id),
            Some(Outcome::Unmodeled(t)) => *inventory.unmodeled.entry(t).or_default() += 1,
            None => {}
        }
    }
    joins::apply(&mut built);
    inventory.resources = built
        .into_iter()
        .map(|b| {
            let mut r = b.resource;
            r.unknown.sort();
            r.unknown.dedup();
            r
        })
        .collect();
    inventory.sort();
    Ok(inventory)
}

fn check(doc: &Document<'_>, f: &Found<'_>) -> Result<()> {
    match &f.node {
        Node::Raw(raw) => doc.check(raw),
        Node::Decoded(..) => Ok(()),
    }
}

fn outcome(doc: &Document<'_>, f: Found<'_>, head: Head, value: Option<Value>) -> Result<Outcome> {
    if head.is_deleted() {
        check(doc, &f)?;
        return Ok(Outcome::Deleted(head.id()));
    }
    let kind = Kind::parse(&head.resource_type);
    let normalize = match kind.map(|k| &k.row().config) {
        Some(registry::Config::Recorded(normalize)) => *normalize,
        // Not a type the model knows, or one AWS Config does not record.
        _ => {
            check(doc, &f)?;
            return Ok(Outcome::Unmodeled(head.resource_type));
        }
    };
    let value = match value {
        Some(v) => v,
        None => match &f.node {
            Node::Raw(raw) => doc.value(raw)?,
            Node::Decoded(v, _) => v.clone(),
        },
    };
    let item = Item::parse(doc, &f, &value, &head)?;
    let mut r = Reader::new(item.configuration.as_ref(), item.supplementary.as_ref());
    let mut links = Links::default();
    let attributes = normalize(&mut Ctx {
        head: &head,
        item: &item,
        r: &mut r,
        links: &mut links,
    });
    let kind = attributes.kind();
    let mut unknown = r.unknown;
    if item.region.is_none() {
        unknown.push("region".to_string());
    }
    if !item.tags_recorded {
        unknown.push("tags".to_string());
    }
    let mut aliases: Vec<String> = [&head.arn, &head.resource_id, &head.resource_name]
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    if kind == Kind::S3Bucket {
        if let Some(name) = &head.resource_name {
            aliases.extend(crate::aws::bucket_arns(name));
        }
    }
    aliases.sort();
    aliases.dedup();
    let id = head.id();
    let address = head
        .arn
        .clone()
        .or_else(|| head.resource_id.clone())
        .unwrap_or_else(|| id.clone());
    let resource = Resource {
        id,
        kind,
        name: head
            .resource_name
            .clone()
            .or_else(|| head.resource_id.clone()),
        source: Source {
            kind: SourceKind::AwsConfig,
            file: doc.file.to_string(),
            address,
            native_type: head.resource_type.clone(),
            action: None,
            line: item.place.line,
            column: item.place.column,
            changed: false,
            changed_by: None,
        },
        account: item.account.clone(),
        region: item.region.clone(),
        tags: item.tags.clone(),
        attributes,
        unknown,
        partial: false,
        aliases,
    };
    Ok(Outcome::Built(Box::new(Built {
        head,
        resource,
        links,
    })))
}
