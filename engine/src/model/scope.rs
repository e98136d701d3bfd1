//! Account and region scope: `AWS::::Account` and `AWS::::Region`, comply's own kinds for
//! controls about the estate rather than one resource ("a multi-region trail is logging",
//! "GuardDuty is on in every region in use").
//!
//! No input holds them: `summarize` makes one per account and one per region in use from the
//! resources of each input domain (one plan file; one AWS account), after loading and derived
//! facts. What the input does not show is unknown, never absent: a plan declares only what it
//! manages (unless `[scope] plan_covers_account` says it declares the whole account), and an
//! AWS Config snapshot shows only the types its region's recorder records.

use super::*;
use crate::settings::ScopeSettings;
use std::collections::{BTreeMap, BTreeSet};

/// What one account has, across its regions.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Account {
    /// Regions the input holds resources in.
    pub regions: Vec<String>,
    /// Whether a multi-region trail records all management events and is logging; `null`
    /// when the input cannot tell (a trail's settings are unknown, or trails it does not show
    /// may exist).
    pub multi_region_trail: Option<bool>,
    /// The trails that make `multi_region_trail` true.
    pub multi_region_trails: Vec<String>,
    /// Whether an account password policy is set.
    pub password_policy: Option<bool>,
    /// Whether the account's S3 public access block turns on all four settings.
    pub s3_public_access_blocked: Option<bool>,
}

/// What one region of an account has.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Region {
    pub region: String,
    /// Whether the region's GuardDuty detector is on.
    pub guardduty_enabled: Option<bool>,
    /// Whether Security Hub is enabled.
    pub security_hub_enabled: Option<bool>,
    /// Whether an AWS Config recorder is recording every supported resource type.
    pub config_recording_all: Option<bool>,
    /// Whether new EBS volumes are encrypted by default.
    pub ebs_encryption_by_default: Option<bool>,
}

/// Which types the input would show were they there.
enum Coverage<'a> {
    /// A plan: everything, or nothing it does not declare.
    Plan { whole_account: bool },
    /// AWS Config: the types each region's recorder records, while it records.
    Config {
        recorders: BTreeMap<&'a str, Vec<&'a ConfigConfigurationRecorder>>,
    },
}

impl Coverage<'_> {
    /// Whether a resource of `kind` in `region` would be in the input if it existed.
    fn shows(&self, region: &str, kind: Kind) -> bool {
        match self {
            Coverage::Plan { whole_account } => *whole_account,
            Coverage::Config { recorders } => {
                kind.config_recorded()
                    && recorders
                        .get(region)
                        .is_some_and(|rs| rs.iter().any(|r| records(r, kind)))
            }
        }
    }
}

/// Whether a recorder that is recording records `kind`.
fn records(r: &ConfigConfigurationRecorder, kind: Kind) -> bool {
    let t = kind.as_str().to_string();
    r.recording == Some(true)
        && match r.recording_strategy.as_deref() {
            Some("EXCLUSION_BY_RESOURCE_TYPES") => !r.excluded_resource_types.contains(&t),
            _ if r.all_supported == Some(true) => !r.excluded_resource_types.contains(&t),
            _ => r.resource_types.contains(&t),
        }
}

/// Adds the account and region summaries of each input domain.
pub fn summarize(inventory: &mut Inventory, settings: &ScopeSettings) {
    let mut domains: BTreeMap<String, (Vec<usize>, Vec<&Removed>)> = BTreeMap::new();
    for (i, r) in inventory.resources.iter().enumerate() {
        if !r.kind.is_summary() {
            domains.entry(derive::domain(r)).or_default().0.push(i);
        }
    }
    for r in &inventory.removed {
        domains
            .entry(derive::plan_domain(&r.file))
            .or_default()
            .1
            .push(r);
    }
    let mut made = Vec::new();
    for (members, removed) in domains.values() {
        let rs: Vec<&Resource> = members.iter().map(|&i| &inventory.resources[i]).collect();
        let origin = match (rs.first(), removed.first()) {
            (Some(r), _) => Origin {
                source: r.source.kind,
                file: r.source.file.clone(),
                account: r.account.clone(),
            },
            (None, Some(d)) => Origin {
                source: SourceKind::TerraformPlan,
                file: d.file.clone(),
                account: None,
            },
            (None, None) => continue,
        };
        made.extend(summarize_domain(&rs, removed, &origin, settings));
    }
    inventory.resources.extend(made);
}

/// Where a domain's summaries come from.
struct Origin {
    source: SourceKind,
    file: String,
    account: Option<String>,
}

fn summarize_domain(
    rs: &[&Resource],
    removed: &[&Removed],
    origin: &Origin,
    settings: &ScopeSettings,
) -> Vec<Resource> {
    let from_plan = origin.source == SourceKind::TerraformPlan;
    let coverage = if from_plan {
        Coverage::Plan {
            whole_account: settings.plan_covers_account,
        }
    } else {
        let mut recorders: BTreeMap<&str, Vec<&ConfigConfigurationRecorder>> = BTreeMap::new();
        for r in rs {
            if let (Attributes::ConfigConfigurationRecorder(c), Some(region)) =
                (&r.attributes, r.region.as_deref())
            {
                recorders.entry(region).or_default().push(c);
            }
        }
        Coverage::Config { recorders }
    };
    // A one-per-scope resource the plan deletes is gone: its absence is known.
    let gone = |kind: Kind, region: Option<&str>| {
        removed
            .iter()
            .any(|d| d.kind == kind && (region.is_none() || d.region.as_deref() == region))
    };
    let regions: BTreeSet<&str> = rs
        .iter()
        .filter_map(|r| r.region.as_deref())
        .chain(removed.iter().filter_map(|d| d.region.as_deref()))
        .filter(|r| crate::aws::is_region(r))
        .collect();
    let of = |kind: Kind, region: Option<&str>| -> Vec<&Resource> {
        rs.iter()
            .filter(|r| r.kind == kind && (region.is_none() || r.region.as_deref() == region))
            .copied()
            .collect()
    };
    // Shown everywhere the input covers: for an account-wide fact, every region must show it.
    let shown_everywhere =
        |kind: Kind| !regions.is_empty() && regions.iter().all(|g| coverage.shows(g, kind));
    let shown_anywhere = |kind: Kind| match &coverage {
        Coverage::Plan { whole_account } => *whole_account,
        Coverage::Config { .. } => regions.iter().any(|g| coverage.shows(g, kind)),
    };

    let mut out = Vec::new();
    // The account.
    let mut unknown = Vec::new();
    let trails = of(Kind::CloudTrailTrail, None);
    let good: Vec<String> = trails
        .iter()
        .filter(|t| {
            let Attributes::CloudTrailTrail(a) = &t.attributes else {
                return false;
            };
            a.is_multi_region_trail == Some(true)
                && a.is_logging == Some(true)
                && a.management_events.as_deref() == Some("All")
        })
        .map(|t| t.id.clone())
        .collect();
    let unsure = trails.iter().any(|t| {
        let Attributes::CloudTrailTrail(a) = &t.attributes else {
            return false;
        };
        t.partial
            || (a.is_multi_region_trail != Some(false)
                && a.is_logging != Some(false)
                && a.management_events.as_deref().is_none_or(|m| m == "All"))
    });
    let multi_region_trail = present(
        !good.is_empty(),
        unsure,
        shown_everywhere(Kind::CloudTrailTrail),
    );
    let password_policy = present(
        !of(Kind::IamAccountPasswordPolicy, None).is_empty(),
        false,
        shown_anywhere(Kind::IamAccountPasswordPolicy)
            || gone(Kind::IamAccountPasswordPolicy, None),
    );
    let blocks = of(Kind::S3AccountPublicAccessBlock, None);
    let s3_public_access_blocked = state(
        blocks.iter().map(|b| match &b.attributes {
            Attributes::S3AccountPublicAccessBlock(p) => all_on(&[
                p.block_public_acls,
                p.block_public_policy,
                p.ignore_public_acls,
                p.restrict_public_buckets,
            ]),
            _ => None,
        }),
        shown_anywhere(Kind::S3AccountPublicAccessBlock)
            || gone(Kind::S3AccountPublicAccessBlock, None),
    );
    let account = Account {
        regions: regions.iter().map(|r| r.to_string()).collect(),
        multi_region_trail,
        multi_region_trails: good,
        password_policy,
        s3_public_access_blocked,
    };
    for (value, path) in [
        (account.multi_region_trail, "attributes.multi_region_trail"),
        (account.password_policy, "attributes.password_policy"),
        (
            account.s3_public_access_blocked,
            "attributes.s3_public_access_blocked",
        ),
    ] {
        if value.is_none() {
            unknown.push(path.to_string());
        }
    }
    out.push(summary(
        origin,
        Kind::Account,
        None,
        Attributes::Account(account),
        unknown,
    ));

    // Each region in use.
    for region in &regions {
        let g = Some(*region);
        // A one-per-region setting: what its resources in the region say, or, shown and absent,
        // off.
        let setting = |kind: Kind, on: fn(&Attributes) -> Option<bool>, shown: bool| {
            state(of(kind, g).iter().map(|r| on(&r.attributes)), shown)
        };
        let guardduty_enabled = setting(
            Kind::GuardDutyDetector,
            |a| match a {
                Attributes::GuardDutyDetector(d) => d.enabled,
                _ => None,
            },
            coverage.shows(region, Kind::GuardDutyDetector) || gone(Kind::GuardDutyDetector, g),
        );
        let security_hub_enabled = setting(
            Kind::SecurityHubHub,
            |a| match a {
                Attributes::SecurityHubHub(h) => h.enabled,
                _ => None,
            },
            coverage.shows(region, Kind::SecurityHubHub) || gone(Kind::SecurityHubHub, g),
        );
        let config_recording_all = setting(
            Kind::ConfigConfigurationRecorder,
            |a| match a {
                Attributes::ConfigConfigurationRecorder(c) => {
                    all_on(&[c.recording, c.all_supported])
                }
                _ => None,
            },
            // A plan covering the account shows its recorders; AWS Config's own items do not
            // prove that no recorder exists (the recorder may not record itself).
            from_plan && coverage.shows(region, Kind::ConfigConfigurationRecorder),
        );
        // AWS Config records no item for it: only a plan can show it.
        let ebs_encryption_by_default = setting(
            Kind::Ec2EbsEncryptionByDefault,
            |a| match a {
                Attributes::Ec2EbsEncryptionByDefault(e) => e.enabled,
                _ => None,
            },
            coverage.shows(region, Kind::Ec2EbsEncryptionByDefault)
                || gone(Kind::Ec2EbsEncryptionByDefault, g),
        );
        let attrs = Region {
            region: region.to_string(),
            guardduty_enabled,
            security_hub_enabled,
            config_recording_all,
            ebs_encryption_by_default,
        };
        let mut unknown = Vec::new();
        for (value, path) in [
            (attrs.guardduty_enabled, "attributes.guardduty_enabled"),
            (
                attrs.security_hub_enabled,
                "attributes.security_hub_enabled",
            ),
            (
                attrs.config_recording_all,
                "attributes.config_recording_all",
            ),
            (
                attrs.ebs_encryption_by_default,
                "attributes.ebs_encryption_by_default",
            ),
        ] {
            if value.is_none() {
                unknown.push(path.to_string());
            }
        }
        out.push(summary(
            origin,
            Kind::Region,
            Some(region),
            Attributes::Region(attrs),
            unknown,
        ));
    }
    out
}

/// Whether something exists: yes when found; no when the input would show it and nothing
/// found could be it; else unknown.
fn present(found: bool, unsure: bool, shown: bool) -> Option<bool> {
    if found {
        Some(true)
    } else if unsure || !shown {
        None
    } else {
        Some(false)
    }
}

/// The state of a one-per-scope setting (a region's detector): on when any copy says on, off
/// when every copy says off or (shown) there is none, else unknown.
fn state(values: impl Iterator<Item = Option<bool>>, shown: bool) -> Option<bool> {
    let values: Vec<Option<bool>> = values.collect();
    if values.contains(&Some(true)) {
        Some(true)
    } else if values.contains(&None) || (values.is_empty() && !shown) {
        None
    } else {
        Some(false)
    }
}

/// All true; false when any is false; else unknown.
fn all_on(values: &[Option<bool>]) -> Option<bool> {
    if values.contains(&Some(false)) {
        Some(false)
    } else if values.contains(&None) {
        None
    } else {
        Some(true)
    }
}

fn summary(
    origin: &Origin,
    kind: Kind,
    region: Option<&str>,
    attributes: Attributes,
    unknown: Vec<String>,
) -> Resource {
    let plan = origin.source == SourceKind::TerraformPlan;
    let owner = match (&origin.account, plan) {
        (Some(a), false) => a.clone(),
        _ => "account".to_string(),
    };
    let id = match region {
        None => owner.clone(),
        Some(g) => format!("{owner}/{g}"),
    };
    Resource {
        id: id.clone(),
        kind,
        name: Some(id.clone()),
        source: Source {
            kind: origin.source,
            file: origin.file.clone(),
            address: id,
            native_type: kind.as_str().to_string(),
            action: None,
            line: 0,
            column: 0,
            changed: false,
            changed_by: None,
        },
        account: origin.account.clone(),
        region: Some(region.unwrap_or("global").to_string()),
        tags: BTreeMap::new(),
        attributes,
        unknown,
        partial: false,
        aliases: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recorder(
        strategy: &str,
        all: bool,
        types: &[&str],
        excluded: &[&str],
    ) -> ConfigConfigurationRecorder {
        ConfigConfigurationRecorder {
            recording: Some(true),
            all_supported: Some(all),
            resource_types: types.iter().map(|t| t.to_string()).collect(),
            excluded_resource_types: excluded.iter().map(|t| t.to_string()).collect(),
            recording_strategy: Some(strategy.to_string()),
            ..Default::default()
        }
    }

    #[test]
    fn a_recorder_shows_what_its_strategy_records() {
        let all = recorder("ALL_SUPPORTED_RESOURCE_TYPES", true, &[], &[]);
        assert!(records(&all, Kind::GuardDutyDetector));
        let some = recorder(
            "INCLUSION_BY_RESOURCE_TYPES",
            false,
            &["AWS::S3::Bucket"],
            &[],
        );
        assert!(records(&some, Kind::S3Bucket));
        assert!(!records(&some, Kind::GuardDutyDetector));
        let but = recorder(
            "EXCLUSION_BY_RESOURCE_TYPES",
            false,
            &[],
            &["AWS::GuardDuty::Detector"],
        );
        assert!(!records(&but, Kind::GuardDutyDetector));
        assert!(records(&but, Kind::SecurityHubHub));
        let stopped = ConfigConfigurationRecorder {
            recording: Some(false),
            ..all
        };
        assert!(!records(&stopped, Kind::GuardDutyDetector));
    }

    #[test]
    fn absence_is_false_only_where_the_input_would_show_it() {
        assert_eq!(state(std::iter::empty(), true), Some(false));
        assert_eq!(state(std::iter::empty(), false), None);
        assert_eq!(
            state([Some(false), Some(true)].into_iter(), false),
            Some(true)
        );
        assert_eq!(state([Some(false), None].into_iter(), true), None);
        assert_eq!(present(false, false, true), Some(false));
        assert_eq!(present(false, true, true), None);
        assert_eq!(present(true, true, false), Some(true));
    }
}
