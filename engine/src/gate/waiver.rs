//! Waivers: accepted risks with a reason and an expiry, from `comply.toml` (`[[waiver]]`) and
//! from comments in Terraform source (`# comply:waive ID reason="…" expires=…`).
//!
//! A waiver in force turns a failing or unknown finding it matches into `waived` and rides on
//! it; an expired one waives nothing and is reported; one that matched nothing is reported as
//! unused. Errors and passes are never waived: an error is comply's problem, not a risk.

use crate::calendar::Date;
use crate::error::{Error, Place, Result};
use crate::settings::{Loaded, WaiverSpec};
use comply_reports::{Finding, Status, Waiver, WaiverState, WaiverUse};
use wildmatch::WildMatch;

/// What a waiver applies to.
#[derive(Debug, Clone)]
enum Target {
    /// A resource address, ARN or id glob (`*` and `?` only: `[` in an address is literal).
    Resource(WildMatch),
    /// The resource block an inline comment sits on (`source::Block::id`), in every module
    /// instance that uses it.
    Block(usize, usize),
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub waiver: Waiver,
    policy: WildMatch,
    target: Target,
    expires: Date,
}

impl Rule {
    fn matches(&self, finding: &Finding, block: Option<(usize, usize)>) -> bool {
        // Policy ids are case-insensitive everywhere else (`comply explain s3-001`).
        self.policy.matches(&finding.policy_id.to_ascii_uppercase())
            && match &self.target {
                Target::Resource(glob) => glob.matches(&finding.resource),
                Target::Block(k, id) => block == Some((*k, *id)),
            }
    }
}

/// What both kinds of waiver are checked against.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub as_of: Date,
    /// `--max-waiver-days`: the furthest a waiver may expire after `as_of`.
    pub max_days: Option<u32>,
}

/// The fields of one waiver, wherever it was written.
struct Fields<'a> {
    policy: Option<&'a str>,
    resource: Option<&'a str>,
    reason: Option<&'a str>,
    approved_by: Option<&'a str>,
    expires: Option<Result<String, String>>,
    ticket: Option<&'a str>,
}

/// Checks one waiver; `problem` makes the error with the waiver's place.
fn rule(
    fields: Fields<'_>,
    origin: String,
    target: Option<Target>,
    limits: Limits,
    problem: &dyn Fn(String) -> Error,
) -> Result<Rule> {
    let text = |v: Option<&str>| {
        v.map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    };
    let Some(policy) = text(fields.policy) else {
        return Err(problem(
            "waiver has no `policy` (hint: `policy = \"AWS-S3-001\"`, or a glob like `AWS-S3-*`)"
                .into(),
        ));
    };
    let Some(reason) = text(fields.reason) else {
        return Err(problem(format!(
            "waiver of `{policy}` has no `reason` (hint: why the risk is accepted, as an auditor would read it)"
        )));
    };
    let expires = match fields.expires {
        None => {
            return Err(problem(format!(
                "waiver of `{policy}` has no `expires` (hint: `expires = {}`: every accepted risk is reviewed again)",
                example_date(limits.as_of)
            )))
        }
        Some(Err(e)) => return Err(problem(e)),
        Some(Ok(s)) => s,
    };
    let Some(date) = Date::parse(&expires) else {
        return Err(problem(format!(
            "waiver of `{policy}`: expires `{expires}` is not a date (hint: `YYYY-MM-DD`, like `{}`)",
            example_date(limits.as_of)
        )));
    };
    if let Some(max) = limits.max_days {
        let ahead = limits.as_of.days_until(date);
        if ahead > i64::from(max) {
            return Err(problem(format!(
                "waiver of `{policy}` expires `{expires}`, {ahead} days after {}: at most {max} are allowed (`--max-waiver-days`)",
                limits.as_of
            )));
        }
    }
    let (resource, target) = match target {
        Some(t) => (text(fields.resource).unwrap_or_default(), t),
        None => {
            let Some(resource) = text(fields.resource) else {
                return Err(problem(format!(
                    "waiver of `{policy}` has no `resource` (hint: an address, ARN or id, or a glob; `\"*\"` for every resource)"
                )));
            };
            let glob = WildMatch::new(&resource);
            (resource, Target::Resource(glob))
        }
    };
    Ok(Rule {
        policy: WildMatch::new(&policy.to_ascii_uppercase()),
        waiver: Waiver {
            policy,
            resource,
            reason,
            approved_by: text(fields.approved_by),
            expires: date.to_string(),
            ticket: text(fields.ticket),
            origin,
        },
        target,
        expires: date,
    })
}

/// Ninety days on: a common review period.
fn example_date(as_of: Date) -> String {
    as_of.add_days(90).to_string()
}

/// The `[[waiver]]` entries of the settings file.
pub fn from_settings(loaded: &Loaded, limits: Limits) -> Result<Vec<Rule>> {
    loaded
        .settings
        .waivers
        .iter()
        .map(|spanned| {
            let origin = loaded.place(spanned.span().start);
            let spec: &WaiverSpec = spanned.get_ref();
            let expires = spec.expires.as_ref().map(|v| match v {
                toml::Value::String(s) => Ok(s.clone()),
                toml::Value::Datetime(d) if d.time.is_none() && d.offset.is_none() => {
                    Ok(d.to_string())
                }
                other => Err(format!(
                    "waiver: expires `{other}` is not a date (hint: `YYYY-MM-DD`, a day, not a time)"
                )),
            });
            let fields = Fields {
                policy: spec.policy.as_deref(),
                resource: spec.resource.as_deref(),
                reason: spec.reason.as_deref(),
                approved_by: spec.approved_by.as_deref(),
                expires,
                ticket: spec.ticket.as_deref(),
            };
            let problem = |m: String| Error::Settings(format!("{origin}: {m}"));
            rule(fields, origin.clone(), None, limits, &problem)
        })
        .collect()
}

/// The inline waivers of Terraform sources.
/// `k` tells apart the sources of several plans.
pub fn from_sources(
    sources: &crate::source::Sources,
    k: usize,
    limits: Limits,
) -> Result<Vec<Rule>> {
    sources
        .waivers()
        .iter()
        .map(|w| {
            let block = sources.block_by_id(w.block);
            let origin = format!("{}:{}", w.file, w.line);
            let fields = Fields {
                policy: Some(&w.policy),
                resource: block.map(|b| b.address.as_str()),
                reason: w.reason.as_deref(),
                approved_by: w.approved_by.as_deref(),
                expires: w.expires.clone().map(Ok),
                ticket: w.ticket.as_deref(),
            };
            let problem = |m: String| Error::Input {
                place: Place {
                    file: w.file.clone(),
                    line: w.line,
                    column: 1,
                },
                message: m,
            };
            rule(
                fields,
                origin,
                Some(Target::Block(k, w.block)),
                limits,
                &problem,
            )
        })
        .collect()
}

/// Applies the waivers to the findings. `block_of(i)` is the source block of finding `i`, for
/// inline waivers: (which sources, block id). Returns what each waiver did, in the order they were written.
pub fn apply(
    findings: &mut [Finding],
    rules: &[Rule],
    block_of: &dyn Fn(usize) -> Option<(usize, usize)>,
    as_of: Date,
) -> Vec<WaiverUse> {
    let mut matched = vec![0usize; rules.len()];
    for (i, f) in findings.iter_mut().enumerate() {
        if !matches!(f.status, Status::Fail | Status::Unknown) {
            continue;
        }
        let block = block_of(i);
        let mut waived_by: Option<&Rule> = None;
        for (k, r) in rules.iter().enumerate() {
            if r.matches(f, block) {
                matched[k] += 1;
                if waived_by.is_none() && r.expires >= as_of {
                    waived_by = Some(r);
                }
            }
        }
        if let Some(r) = waived_by {
            f.status = Status::Waived;
            f.waiver = Some(r.waiver.clone());
        }
    }
    rules
        .iter()
        .zip(matched)
        .map(|(r, matched)| WaiverUse {
            waiver: r.waiver.clone(),
            state: if r.expires < as_of {
                WaiverState::Expired
            } else if matched == 0 {
                WaiverState::Unused
            } else {
                WaiverState::Active
            },
            matched,
        })
        .collect()
}
