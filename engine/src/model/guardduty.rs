//! `AWS::GuardDuty::Detector`.

use schemars::JsonSchema;
use serde::Serialize;

/// The account's GuardDuty detector in one region (at most one per account and region).
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct GuardDutyDetector {
    /// Whether the detector is on (a suspended detector exists but produces no findings).
    pub enabled: Option<bool>,
    /// `FIFTEEN_MINUTES`, `ONE_HOUR`, `SIX_HOURS`: how often updated findings are published.
    /// A member account inherits its administrator's, so a plan that does not set it leaves
    /// it unknown.
    pub finding_publishing_frequency: Option<String>,
}
