//! Attribute types several kinds share.

use super::PolicyDocument;
use schemars::JsonSchema;
use serde::Serialize;

/// Encryption at rest, shared by every storage kind.
#[derive(Debug, Clone, Default, Serialize, JsonSchema, PartialEq)]
pub struct Encryption {
    pub at_rest: Option<bool>,
    /// The key: ARN, key id, alias, or plan address of a key in the same plan; `null` with
    /// `at_rest: true` means the service's default key.
    pub kms_key: Option<String>,
}

/// A policy in effect on an identity: inline, or a managed policy attached to it.
#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct AttachedPolicy {
    pub name: Option<String>,
    pub arn: Option<String>,
    /// `inline` or `managed`.
    pub attachment: String,
    /// The document, when the input holds it (a managed policy of the same plan or snapshot).
    pub document: Option<PolicyDocument>,
    /// The input resource that attached or defined it.
    pub defined_by: Option<String>,
}

impl AttachedPolicy {
    /// A managed policy whose document the input does not hold (a customer policy from outside
    /// the input, or one only known after apply): what it grants is unknown. AWS managed
    /// policies are known by name.
    pub fn is_hidden(&self) -> bool {
        self.document.is_none()
            && !self
                .arn
                .as_deref()
                .is_some_and(crate::aws::is_aws_managed_policy)
    }
}

/// Where a resource sits in the network, resolved across the input after loading
/// (`model/derive.rs`): its subnets and security groups, and what they let in.
#[derive(Debug, Clone, Default, Serialize, JsonSchema, PartialEq)]
pub struct Network {
    /// Subnet ids or plan addresses, as the resource names them.
    pub subnets: Vec<String>,
    /// Security group ids or plan addresses.
    pub security_groups: Vec<String>,
    /// Whether a route table of one of its subnets sends `0.0.0.0/0` or `::/0` to an internet
    /// gateway; `null` when a subnet, its route table or a route is not in the input.
    pub internet_routable: Option<bool>,
    /// Rules of its security groups that admit the whole internet (`0.0.0.0/0`, `::/0`);
    /// `null` when a group is not in the input or its rules are not known.
    pub internet_ingress: Option<Vec<super::ec2::SecurityGroupRule>>,
}
