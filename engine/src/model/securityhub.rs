//! `AWS::SecurityHub::Hub`.

use schemars::JsonSchema;
use serde::Serialize;

/// Security Hub in one account and region. The resource exists only while the hub is enabled.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct SecurityHubHub {
    pub enabled: Option<bool>,
    /// Whether new controls of enabled standards are turned on automatically.
    pub auto_enable_controls: Option<bool>,
    /// `SECURITY_CONTROL` (one finding per control across standards) or `STANDARD_CONTROL`
    /// (one per standard).
    pub control_finding_generator: Option<String>,
}
