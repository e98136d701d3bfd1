//! `AWS::WAFv2::WebACL`.

use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct Wafv2WebAcl {
    pub name: Option<String>,
    /// `REGIONAL` (load balancers, API Gateway stages, ...) or `CLOUDFRONT`.
    pub scope: Option<String>,
    /// What a request no rule matches gets: `allow` or `block`.
    pub default_action: Option<String>,
    /// The names of its rules, in priority order; each a rule of its own or a managed rule
    /// group.
    pub rules: Vec<String>,
    /// Where its traffic logs go (Kinesis Data Firehose, CloudWatch Logs or S3 ARNs, or plan
    /// addresses); empty when it logs nowhere.
    pub log_destinations: Vec<String>,
}
