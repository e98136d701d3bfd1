//! Satellites: Terraform types that configure another resource (bucket encryption, security
//! group rules, policy attachments, ...). They fold into the resource a user would fix, joined by
//! configuration references, or by known values when the plan has no configuration. Each
//! service's folds are in its own file; this is the joining.
//!
//! A satellite whose parent is not in the plan (a rule on an existing `sg-…`, a policy attached
//! to an existing role by name) is not dropped: it folds into a *partial* parent, judged on what
//! the plan changes; every attribute no satellite of the plan sets is unknown.

use super::configuration::Configuration;
use super::planned::{Planned, Reader};
use super::table::{Context, Join, Satellite, Slots};
use crate::model::registry::{self, TerraformRole};
use crate::model::{Attributes, Kind};
use rayon::prelude::*;
use std::collections::HashMap;

/// Finds parents for satellites, by reference or by value.
pub struct Joiner<'a> {
    planned: &'a [Planned<'a>],
    /// Config address -> indexes of planned instances.
    by_config: HashMap<String, Vec<usize>>,
    /// (tf type, known identity value) -> indexes.
    by_value: HashMap<(&'a str, &'a str), Vec<usize>>,
}

impl<'a> Joiner<'a> {
    pub fn new(planned: &'a [Planned<'a>]) -> Joiner<'a> {
        let mut j = Joiner {
            planned,
            by_config: HashMap::new(),
            by_value: HashMap::new(),
        };
        // The keys in parallel, the maps in input order.
        let keys: Vec<(String, Vec<&'a str>)> = planned
            .par_iter()
            .map(|p| (p.config_address(), p.identities()))
            .collect();
        for (i, (p, (config_address, identities))) in planned.iter().zip(keys).enumerate() {
            j.by_config.entry(config_address).or_default().push(i);
            for v in identities {
                j.by_value
                    .entry((p.tf_type.as_str(), v))
                    .or_default()
                    .push(i);
            }
        }
        j
    }

    pub fn planned(&self, i: usize) -> &'a Planned<'a> {
        &self.planned[i]
    }

    /// The parent of a satellite through attribute `attr`.
    pub fn parent(&self, r: &Reader<'_>, attr: &str, types: &[&str]) -> Option<usize> {
        self.resolve(r, &[attr], r.root().get(attr).as_str(), types)
    }

    /// Resolves an expression at `path` that names a resource of `types`: by reference first,
    /// then by the known value.
    pub fn resolve(
        &self,
        r: &Reader<'_>,
        path: &[&str],
        value: Option<&str>,
        types: &[&str],
    ) -> Option<usize> {
        let sat = r.planned;
        let refs = r
            .config
            .resource_references(&sat.addr.modules, &sat.config_address(), path);
        for target in &refs {
            if let Some(found) = self.by_config.get(target) {
                let found: Vec<usize> = found
                    .iter()
                    .copied()
                    .filter(|&i| types.contains(&self.planned[i].tf_type.as_str()))
                    .collect();
                match found.as_slice() {
                    [] => {}
                    [one] => return Some(*one),
                    many => {
                        // count/for_each on both sides: same instance key, else same value.
                        if let Some(&i) = many.iter().find(|&&i| {
                            self.planned[i].addr.key == sat.addr.key
                                && self.planned[i].addr.module_prefix == sat.addr.module_prefix
                        }) {
                            return Some(i);
                        }
                        if let Some(v) = value {
                            if let Some(&i) = many
                                .iter()
                                .find(|&&i| self.planned[i].identities().contains(&v))
                            {
                                return Some(i);
                            }
                        }
                    }
                }
            }
        }
        let v = value?;
        // Known value: an id, name or ARN of a parent in the plan (plans without configuration).
        types.iter().find_map(|t| {
            let hits = self.by_value.get(&(*t, v))?;
            (hits.len() == 1).then(|| hits[0])
        })
    }

    /// Resolves every element of a list attribute (`users = [...]`).
    pub fn resolve_all(&self, r: &Reader<'_>, attr: &str, types: &[&str]) -> Vec<usize> {
        let mut out = Vec::new();
        let values = r.root().get(attr).strings();
        let refs = r.config.resource_references(
            &r.planned.addr.modules,
            &r.planned.config_address(),
            &[attr],
        );
        for target in &refs {
            for &i in self.by_config.get(target).into_iter().flatten() {
                if types.contains(&self.planned[i].tf_type.as_str()) && !out.contains(&i) {
                    out.push(i);
                }
            }
        }
        for v in &values {
            for t in types {
                for &i in self.by_value.get(&(*t, v.as_str())).into_iter().flatten() {
                    if !out.contains(&i) {
                        out.push(i);
                    }
                }
            }
        }
        out
    }
}

/// The Terraform types that make a kind.
pub fn parent_types(kind: Kind) -> Vec<&'static str> {
    kind.row().terraform.types.iter().map(|(t, _)| *t).collect()
}

/// A parent the plan changes but does not contain.
pub struct Partial {
    pub kind: Kind,
    /// How the plan names it: the known id, name or ARN, else the reference (a data source).
    pub identity: String,
    /// The first satellite that named it: where a user finds it in the plan.
    pub first: usize,
}

/// Whether the plan changes a resource, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Changed {
    No,
    /// Its own change creates, updates or replaces it.
    Itself,
    /// Only satellites change it; the first of them (an index into `planned`) is the block a
    /// reviewer reads: the new rule, not the untouched group.
    By(usize),
}

impl Changed {
    fn by(&mut self, satellite: usize) {
        if *self == Changed::No {
            *self = Changed::By(satellite);
        }
    }
}

/// Folds every satellite into its parent. `attrs`, `unknown` and `regions` are indexed like
/// `planned`; partial parents are appended after them and returned.
pub fn fold_all(
    planned: &[Planned],
    config: &Configuration,
    attrs: &mut Vec<Option<Attributes>>,
    unknown: &mut Vec<Vec<String>>,
    regions: &mut Vec<Option<String>>,
    changed: &mut Vec<Changed>,
) -> Vec<Partial> {
    let joiner = Joiner::new(planned);
    let mut partials: Vec<Partial> = Vec::new();
    let mut partial_of: HashMap<(Kind, String), usize> = HashMap::new();
    // A satellite the plan deletes first, so that one the plan creates in its place wins.
    let satellites = |deleted: bool| {
        planned
            .iter()
            .enumerate()
            .filter_map(move |(i, p)| match registry::terraform(&p.tf_type) {
                Some(TerraformRole::Satellite(kind, s)) if p.is_deleted() == deleted => {
                    Some((i, kind, s))
                }
                _ => None,
            })
    };
    let order: Vec<(usize, Kind, &'static Satellite)> =
        satellites(true).chain(satellites(false)).collect();
    for (i, kind, satellite) in order {
        let p = &planned[i];
        let changes = p.changes();
        let mut r = Reader::new(p, config);
        match &satellite.join {
            Join::Own(fold) => {
                if !p.is_deleted() {
                    let mut ctx = Context {
                        joiner: &joiner,
                        attrs: Slots::new(attrs.as_mut_slice()),
                        unknown: unknown.as_mut_slice(),
                        marks: Vec::new(),
                        address: p.address.clone(),
                    };
                    fold(&mut r, &mut ctx);
                    if changes {
                        for t in ctx.attrs.touched {
                            changed[t].by(i);
                        }
                    }
                }
                continue;
            }
            Join::Parent {
                attr,
                fold,
                deleted,
            } => {
                let fold = match (p.is_deleted(), deleted) {
                    (false, _) => *fold,
                    (true, Some(d)) => *d,
                    (true, None) => continue,
                };
                let types = parent_types(kind);
                let parent = match joiner.parent(&r, attr, &types) {
                    Some(parent) => parent,
                    None => {
                        let identity = identity(&r, attr);
                        *partial_of
                            .entry((kind, identity.clone()))
                            .or_insert_with(|| {
                                partials.push(Partial {
                                    kind,
                                    identity,
                                    first: i,
                                });
                                attrs.push(Some(Attributes::empty(kind)));
                                unknown.push(Vec::new());
                                changed.push(Changed::No);
                                regions.push(regions[i].clone());
                                attrs.len() - 1
                            })
                    }
                };
                if changes {
                    changed[parent].by(i);
                }
                let mut ctx = Context {
                    joiner: &joiner,
                    attrs: Slots::new(attrs.as_mut_slice()),
                    unknown: unknown.as_mut_slice(),
                    marks: Vec::new(),
                    address: p.address.clone(),
                };
                // A parent the plan deletes (or reads) has no attributes: nothing to fold into.
                let Some(mut parent_attrs) = ctx.attrs[parent].take() else {
                    continue;
                };
                if parent_attrs.kind() == kind {
                    fold(&mut r, &mut parent_attrs, &mut ctx);
                }
                let Context {
                    attrs: mut all,
                    unknown: all_unknown,
                    marks,
                    ..
                } = ctx;
                all[parent] = Some(parent_attrs);
                let list = &mut all_unknown[parent];
                for path in r
                    .unknown
                    .drain(..)
                    .chain(marks.into_iter().map(|m| format!("attributes.{m}")))
                {
                    if !list.contains(&path) {
                        list.push(path);
                    }
                }
            }
        }
    }
    partials
}

/// How a satellite names a parent the plan does not contain: the known value, else what the
/// configuration refers to (a data source), else the satellite itself.
fn identity(r: &Reader<'_>, attr: &str) -> String {
    if let Some(v) = r.root().get(attr).as_str().filter(|v| !v.is_empty()) {
        return v.to_string();
    }
    let p = r.planned;
    let refs = r.config.references(&p.config_address(), &[attr]);
    // Terraform lists `data.x.y.id` and `data.x.y`: the shorter names the resource.
    if let Some(shortest) = refs.iter().min_by_key(|s| (s.len(), s.as_str())) {
        return super::address::in_module(&p.addr.modules, shortest);
    }
    format!("{} ({attr})", p.address)
}
