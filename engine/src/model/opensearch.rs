//! `AWS::OpenSearch::Domain`.

use super::{Encryption, Network, PolicyDocument};
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct OpenSearchDomain {
    pub domain_name: Option<String>,
    /// `OpenSearch_2.15`, or `Elasticsearch_7.10` for a domain still on Elasticsearch.
    pub engine_version: Option<String>,
    /// Encryption at rest; `kms_key: null` with `at_rest: true` is the AWS managed `aws/es` key.
    pub encryption: Encryption,
    /// TLS between the domain's nodes.
    pub node_to_node_encryption: Option<bool>,
    /// Whether the endpoint refuses plain HTTP.
    pub enforce_https: Option<bool>,
    /// The endpoint's TLS policy (`Policy-Min-TLS-1-2-2019-07`, ...).
    pub tls_security_policy: Option<String>,
    /// The VPC subnets and security groups of a VPC domain; empty for a domain with a public
    /// endpoint.
    pub network: Network,
    /// Fine-grained access control (advanced security options).
    pub fine_grained_access_control: Option<bool>,
    /// Log types published to CloudWatch Logs, sorted: `INDEX_SLOW_LOGS`, `SEARCH_SLOW_LOGS`,
    /// `ES_APPLICATION_LOGS`, `AUDIT_LOGS`.
    pub log_types: Vec<String>,
    /// The domain's resource-based access policy, when one is set.
    pub access_policy: Option<PolicyDocument>,
}
