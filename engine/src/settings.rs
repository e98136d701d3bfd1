//! Organisation settings from `comply.toml`; policies see them as `data.comply.settings`.

use crate::error::{Error, Result};
use crate::load::text::LineIndex;
use comply_reports::Severity;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const FILE_NAME: &str = "comply.toml";

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    #[serde(default)]
    pub data_residency: DataResidency,
    #[serde(default)]
    pub encryption: EncryptionSettings,
    #[serde(default)]
    pub scope: ScopeSettings,
    #[serde(default)]
    pub segmentation: SegmentationSettings,
    #[serde(default)]
    pub thresholds: Thresholds,
    /// Accepted risks (`[[waiver]]`). The gate's, not the policies': never in
    /// `data.comply.settings`.
    #[serde(default, rename = "waiver", skip_serializing)]
    pub waivers: Vec<toml::Spanned<WaiverSpec>>,
    /// Disabled policies and severity overrides.
    #[serde(default, skip_serializing)]
    pub policies: PolicySettings,
    /// Defaults for the scan's gate flags; a flag given on the command line wins.
    #[serde(default, skip_serializing)]
    pub gate: GateSettings,
}

/// A `[[waiver]]` as written. Every field is optional here so that a missing one is reported
/// with the waiver's place (`gate::waiver` checks them), not as serde's bare "missing field".
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct WaiverSpec {
    pub policy: Option<String>,
    pub resource: Option<String>,
    pub reason: Option<String>,
    pub approved_by: Option<String>,
    /// A TOML date (`2027-03-31`) or a string of one.
    pub expires: Option<toml::Value>,
    pub ticket: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PolicySettings {
    /// Policy ids or globs that never run (as `--skip-policy`).
    #[serde(default)]
    pub disabled: Vec<String>,
    /// Policy id -> the severity its findings are reported and gated with.
    #[serde(default)]
    pub severity: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GateSettings {
    /// As `--fail-on`: `critical` … `info`, or `none`.
    pub fail_on: Option<String>,
    /// As `--severity`: findings below it are not reported.
    pub severity: Option<String>,
    /// As `--max-waiver-days`: no waiver may expire further ahead than this.
    pub max_waiver_days: Option<u32>,
}

/// The numbers policies judge against, with PCI DSS v4.0.1's as defaults. A finding names the
/// threshold it applied (`[thresholds] password_minimum_length`).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Thresholds {
    /// Oldest TLS version a listener may accept: `1.2` (PCI DSS 4.2.1) or `1.3`.
    pub minimum_tls_version: String,
    /// PCI DSS 8.3.6: at least 12 characters.
    pub password_minimum_length: i64,
    /// PCI DSS 8.3.7: none of the last 4 passwords again.
    pub password_reuse_prevention: i64,
    /// Whether passwords must expire. PCI DSS 8.3.9 asks it only where a password is the only
    /// factor; with MFA enforced (AWS-IAM-001) they need not.
    pub password_expiry_required: bool,
    /// With `password_expiry_required`: PCI DSS 8.3.9's 90 days.
    pub password_max_age_days: i64,
    /// Days of automated database backups to keep.
    pub backup_retention_days: i64,
    /// PCI DSS 10.5.1: audit logs are kept at least 12 months.
    pub log_retention_days: i64,
    /// Longest time between automatic rotations of a secret (a judgement: PCI DSS lets a
    /// targeted risk analysis set it; 90 days is what 8.3.9 asks of passwords used alone).
    pub secret_rotation_days: i64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            minimum_tls_version: "1.2".to_string(),
            password_minimum_length: 12,
            password_reuse_prevention: 4,
            password_expiry_required: false,
            password_max_age_days: 90,
            backup_retention_days: 7,
            log_retention_days: 365,
            secret_rotation_days: 90,
        }
    }
}

/// How much of an account an input shows, for the account and region summaries.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ScopeSettings {
    /// Each plan scanned declares every resource of its account (a landing-zone workspace):
    /// what it does not declare does not exist, so "no multi-region trail" or "no GuardDuty
    /// detector in this region" can fail. Off, what a plan does not declare is unknown.
    #[serde(default)]
    pub plan_covers_account: bool,
}

/// Network segments that must not be reachable from outside.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SegmentationSettings {
    /// Data classifications (values of `data_residency.tag_key`) that form the cardholder data
    /// environment: a resource holding them must not be reachable from the internet.
    #[serde(default)]
    pub cardholder: Vec<String>,
}

/// What encryption at rest must use beyond being on (AES-256 with a key the service manages
/// meets PCI DSS 3.5.1 by itself; a customer managed key is key management, required per data).
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct EncryptionSettings {
    /// Data classifications (values of `data_residency.tag_key`) whose stores must be encrypted
    /// with a customer managed KMS key; `"*"` for every store. Empty: none must.
    #[serde(default)]
    pub customer_managed_key_for: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DataResidency {
    /// The tag whose value classifies the data a resource holds.
    #[serde(default = "default_tag_key")]
    pub tag_key: String,
    /// Classification (tag value) -> regions where such data may live. A classification with no
    /// entry is not restricted.
    #[serde(default)]
    pub allowed_regions: BTreeMap<String, Vec<String>>,
}

impl Default for DataResidency {
    fn default() -> Self {
        DataResidency {
            tag_key: default_tag_key(),
            allowed_regions: BTreeMap::new(),
        }
    }
}

fn default_tag_key() -> String {
    "DataClassification".to_string()
}

/// Where settings came from, for the report.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub settings: Settings,
    pub file: Option<PathBuf>,
    /// The file's text (waivers' places are byte spans into it); empty without a file.
    pub text: String,
}

impl Loaded {
    /// `file:line` of a byte offset of the settings text.
    pub fn place(&self, offset: usize) -> String {
        let (line, _) = LineIndex::new(&self.text).position(offset);
        format!("{}:{line}", self.file_name())
    }

    pub fn file_name(&self) -> String {
        self.file
            .as_ref()
            .map(|f| f.display().to_string())
            .unwrap_or_else(|| FILE_NAME.to_string())
    }
}

/// `--config FILE` if given (it must exist), else `comply.toml` in the working directory if
/// present, else defaults.
pub fn load(explicit: Option<&Path>) -> Result<Loaded> {
    let path = match explicit {
        Some(p) => p.to_path_buf(),
        None => {
            let p = PathBuf::from(FILE_NAME);
            if !p.is_file() {
                return Ok(Loaded {
                    settings: Settings::default(),
                    file: None,
                    text: String::new(),
                });
            }
            p
        }
    };
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Error::Settings(format!("{}: cannot read settings: {e}", path.display())))?;
    let settings = parse(&path.display().to_string(), &text)?;
    Ok(Loaded {
        settings,
        file: Some(path),
        text,
    })
}

pub fn parse(file: &str, text: &str) -> Result<Settings> {
    let settings: Settings = toml::from_str(text).map_err(|e| {
        let (line, column) = e
            .span()
            .map(|s| LineIndex::new(text).position(s.start))
            .unwrap_or((1, 1));
        Error::Settings(format!("{file}:{line}:{column}: {}", e.message().trim()))
    })?;
    let t = &settings.thresholds;
    if !["1.2", "1.3"].contains(&t.minimum_tls_version.as_str()) {
        return Err(Error::Settings(format!(
            "{file}: thresholds.minimum_tls_version: `{}` is not a TLS version comply judges (hint: `1.2` or `1.3`)",
            t.minimum_tls_version
        )));
    }
    for (name, value) in [
        ("password_minimum_length", t.password_minimum_length),
        ("password_reuse_prevention", t.password_reuse_prevention),
        ("password_max_age_days", t.password_max_age_days),
        ("backup_retention_days", t.backup_retention_days),
        ("log_retention_days", t.log_retention_days),
        ("secret_rotation_days", t.secret_rotation_days),
    ] {
        if value < 0 {
            return Err(Error::Settings(format!(
                "{file}: thresholds.{name}: `{value}` is negative"
            )));
        }
    }
    let severity = |key: &str, v: &str, none: bool| -> Result<()> {
        if Severity::parse(v).is_some() || (none && v == "none") {
            return Ok(());
        }
        Err(Error::Settings(format!(
            "{file}: {key}: `{v}` is not a severity (hint: critical, high, medium, low or info{})",
            if none { ", or none" } else { "" }
        )))
    };
    if let Some(v) = &settings.gate.fail_on {
        severity("gate.fail_on", v, true)?;
    }
    if let Some(v) = &settings.gate.severity {
        severity("gate.severity", v, false)?;
    }
    for (id, v) in &settings.policies.severity {
        severity(&format!("policies.severity.{id}"), v, false)?;
    }
    for (class, regions) in &settings.data_residency.allowed_regions {
        if let Some(bad) = regions.iter().find(|r| !crate::aws::is_region(r)) {
            return Err(Error::Settings(format!(
                "{file}: data_residency.allowed_regions.{class}: `{bad}` is not an AWS region name (hint: like `eu-west-1`)"
            )));
        }
    }
    Ok(settings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_documented_example() {
        let s = parse(
            "comply.toml",
            "[data_residency]\ntag_key = \"DataClassification\"\n[data_residency.allowed_regions]\npersonal = [\"eu-west-1\", \"eu-central-1\"]\n",
        )
        .unwrap();
        assert_eq!(
            s.data_residency.allowed_regions["personal"],
            vec!["eu-west-1", "eu-central-1"]
        );
    }

    #[test]
    fn unknown_keys_name_file_and_line() {
        let err = parse(
            "comply.toml",
            "[data_residency]\ntag_key = \"x\"\ntag_kee = \"y\"\n",
        )
        .unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.starts_with("comply.toml:3:1: unknown field `tag_kee`"),
            "{msg}"
        );
    }

    #[test]
    fn bad_regions_are_rejected() {
        let err = parse(
            "c.toml",
            "[data_residency.allowed_regions]\npersonal = [\"europe\"]\n",
        )
        .unwrap_err();
        assert!(
            err.to_string().contains("`europe` is not an AWS region"),
            "{err}"
        );
    }

    #[test]
    fn thresholds_default_to_pci_and_are_checked() {
        let s = parse("c.toml", "").unwrap();
        assert_eq!(s.thresholds.password_minimum_length, 12);
        assert_eq!(s.thresholds.minimum_tls_version, "1.2");
        let s = parse("c.toml", "[thresholds]\nminimum_tls_version = \"1.3\"\n").unwrap();
        assert_eq!(s.thresholds.minimum_tls_version, "1.3");
        assert_eq!(s.thresholds.backup_retention_days, 7);
        let err = parse("c.toml", "[thresholds]\nminimum_tls_version = \"1.1\"\n").unwrap_err();
        assert!(
            err.to_string().contains("`1.1` is not a TLS version"),
            "{err}"
        );
        let err = parse("c.toml", "[thresholds]\nbackup_retention_days = -1\n").unwrap_err();
        assert!(
            err.to_string().contains("thresholds.backup_retention_days"),
            "{err}"
        );
    }
}
