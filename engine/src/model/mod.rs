//! The normalized resource model: one document per real cloud resource, whatever the source.
//!
//! Policies are written against this model only. Kinds use AWS CloudFormation / Config type
//! names; each kind's attributes are a typed struct whose JSON Schema is generated into
//! `policies/schema/` (see `schema.rs`), so a policy cannot be written against data no loader
//! produces.
//!
//! Conventions every loader keeps, and every policy relies on:
//! - `null` means *unknown* (only known after apply, or not recorded by the source); the path is
//!   then listed in the resource's `unknown`. A setting that is simply not configured gets its
//!   effective default (`false`, `[]`, `0`), never `null`.
//! - Keys are referred to by what identifies them in the input: an ARN, a key id, or the plan
//!   address of a key created in the same plan (`aws_kms_key.main`).
//! - Secrets (passwords, tokens) are never attributes; at most a flag says one is set.
//!
//! `registry.rs` has one row per kind; the attribute structs are in one file per service.

mod acm;
mod apigateway;
mod autoscaling;
mod backup;
mod cloudfront;
mod cloudtrail;
mod common;
mod configservice;
pub mod derive;
mod dynamodb;
mod ec2;
mod ecr;
mod ecs;
mod efs;
mod eks;
mod elasticache;
mod elb;
mod elbv2;
mod guardduty;
mod iam;
mod kinesis;
mod kms;
mod lambda;
mod logs;
mod network;
mod opensearch;
mod policy_document;
mod rds;
mod redshift;
pub mod registry;
mod s3;
pub mod schema;
pub mod scope;
mod secretsmanager;
mod securityhub;
mod sns;
mod sqs;
mod ssm;
mod vpc;
mod wafv2;

pub use acm::*;
pub use apigateway::*;
pub use autoscaling::*;
pub use backup::*;
pub use cloudfront::*;
pub use cloudtrail::*;
pub use common::*;
pub use configservice::*;
pub use dynamodb::*;
pub use ec2::*;
pub use ecr::*;
pub use ecs::*;
pub use efs::*;
pub use eks::*;
pub use elasticache::*;
pub use elb::*;
pub use elbv2::*;
pub use guardduty::*;
pub use iam::*;
pub use kinesis::*;
pub use kms::*;
pub use lambda::*;
pub use logs::*;
pub use opensearch::*;
pub use policy_document::{PolicyDocument, Statement};
pub use rds::*;
pub use redshift::*;
pub use registry::{Attributes, Kind};
pub use s3::*;
pub use scope::{Account, Region};
pub use secretsmanager::*;
pub use securityhub::*;
pub use sns::*;
pub use sqs::*;
pub use ssm::*;
pub use vpc::*;
pub use wafv2::*;

use rayon::slice::ParallelSliceMut;
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

/// Where a resource came from, and where in that input a user finds it.
#[derive(Debug, Clone, Serialize, JsonSchema, PartialEq)]
pub struct Source {
    /// `terraform-plan` or `aws-config`.
    #[serde(rename = "type")]
    pub kind: SourceKind,
    pub file: String,
    /// Plan address (`module.x.aws_s3_bucket.logs`) or the Config resource id.
    pub address: String,
    /// The native type: Terraform resource type or Config resource type.
    pub native_type: String,
    /// The planned action: `create`, `update`, `no-op`, `replace`, `read`; `null` for live state.
    pub action: Option<String>,
    #[serde(skip)]
    pub line: usize,
    #[serde(skip)]
    pub column: usize,
    /// The plan creates, updates or replaces it, or a satellite that configures it
    /// (`--changed-only`). Always false for live state.
    #[serde(skip)]
    #[schemars(skip)]
    pub changed: bool,
    /// When only a satellite changes it (a new rule on an untouched group): that satellite's
    /// address, the block a reviewer reads.
    #[serde(skip)]
    #[schemars(skip)]
    pub changed_by: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    TerraformPlan,
    AwsConfig,
}

/// One normalized resource.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Resource {
    /// Plan address, or ARN / resource id for live state.
    pub id: String,
    pub kind: Kind,
    /// A human name: the bucket name, the Terraform resource name when nothing better is known.
    pub name: Option<String>,
    pub source: Source,
    pub account: Option<String>,
    /// `null` when it cannot be known, never a guess.
    pub region: Option<String>,
    pub tags: BTreeMap<String, String>,
    pub attributes: Attributes,
    /// Dotted paths (`attributes.encryption.kms_key`) whose value is only known after apply.
    pub unknown: Vec<String>,
    /// A resource the plan changes (through a rule, an attachment, a policy) but does not
    /// contain: only what the plan says of it is known, the rest is listed in `unknown`.
    pub partial: bool,
    /// What identifies the resource to others in the same input: its plan addresses and known
    /// id, ARN and name, or its Config resource id, ARN and name. Joins look these up.
    #[serde(skip)]
    #[schemars(skip)]
    pub aliases: Vec<String>,
}

impl Resource {
    pub fn kind_name(&self) -> &'static str {
        self.kind.as_str()
    }
}

/// Everything one input (or several) describes.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Inventory {
    pub resources: Vec<Resource>,
    /// Native types seen but not modeled, with how many of each: context, never judged.
    pub unmodeled: BTreeMap<String, usize>,
    /// Resources that the plan deletes: present in the input, not judged as if they will exist.
    pub deleted: Vec<String>,
    /// The modeled ones among them, for the account and region summaries.
    #[serde(skip)]
    pub removed: Vec<Removed>,
}

/// A modeled resource a plan deletes.
#[derive(Debug, Clone, PartialEq)]
pub struct Removed {
    pub kind: Kind,
    pub region: Option<String>,
    /// The plan file: its input domain.
    pub file: String,
}

impl Inventory {
    pub fn extend(&mut self, other: Inventory) {
        self.resources.extend(other.resources);
        for (k, v) in other.unmodeled {
            *self.unmodeled.entry(k).or_default() += v;
        }
        self.deleted.extend(other.deleted);
        self.removed.extend(other.removed);
    }

    /// Resources in a stable order: by id, then source file.
    pub fn sort(&mut self) {
        // Stable, as `sort_by`: the same order at any thread count.
        self.resources.par_sort_by(|a, b| {
            (a.id.as_str(), a.source.file.as_str()).cmp(&(b.id.as_str(), b.source.file.as_str()))
        });
        self.deleted.sort();
    }

    /// Ready to judge: sorted, with one copy of each global resource, and the account and
    /// region summaries of each input domain.
    pub fn finish(&mut self, scope: &crate::settings::ScopeSettings) {
        self.sort();
        self.dedup_global();
        scope::summarize(self, scope);
        self.sort();
    }

    /// Keeps one copy of a global resource (IAM) that AWS Config recorded in several regions,
    /// which it does in every region where recording global types is on. Call after `sort`:
    /// the copy kept is the first in that order. Plan resources are left alone (the same
    /// address in two plans is two resources).
    pub fn dedup_global(&mut self) {
        let mut seen = std::collections::BTreeSet::new();
        self.resources.retain(|r| {
            r.source.kind != SourceKind::AwsConfig
                || r.region.as_deref() != Some("global")
                || seen.insert((r.account.clone(), r.kind.as_str(), r.id.clone()))
        });
    }
}
