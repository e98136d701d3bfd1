//! `AWS::ECR::Repository`.

use super::{Encryption, PolicyDocument};
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct EcrRepository {
    pub name: Option<String>,
    /// `MUTABLE` (a tag can be pushed again to point at another image) or `IMMUTABLE` (and
    /// the `..._WITH_EXCLUSION` variants).
    pub image_tag_mutability: Option<String>,
    /// Basic scanning of each image when it is pushed (the repository's own setting; a
    /// registry-wide scanning configuration is not modeled).
    pub scan_on_push: Option<bool>,
    /// `AES256` (ECR's default, keys S3 manages), `KMS` or `KMS_DSSE`.
    pub encryption_type: Option<String>,
    /// Images are always encrypted at rest; `kms_key` is the KMS key of `KMS`/`KMS_DSSE`
    /// (`null` there is the AWS managed `aws/ecr` key) and `null` with `AES256`.
    pub encryption: Encryption,
    /// The repository policy, when one is set.
    pub policy: Option<PolicyDocument>,
    /// Whether a lifecycle policy expires images.
    pub lifecycle_policy: Option<bool>,
    /// A repository that exists before the plan, whose policy no resource of the plan sets:
    /// one may be set elsewhere, so `policy` is unknown (the plan loader marks it).
    #[serde(skip)]
    #[schemars(skip)]
    pub policy_unseen: bool,
}
