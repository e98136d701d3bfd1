//! `AWS::Lambda::Function`.

use super::Network;
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct LambdaFunction {
    pub function_name: Option<String>,
    /// `python3.12`, `nodejs20.x`, ...; `null` for container image functions, which have none.
    pub runtime: Option<String>,
    /// The execution role's ARN, or the plan address of a role in the same plan.
    pub role: Option<String>,
    /// The customer managed key encrypting the environment variables; `null` means Lambda's
    /// AWS managed key.
    pub kms_key: Option<String>,
    /// Names of the environment variables, sorted (never their values, which often hold
    /// secrets).
    pub environment_variable_names: Vec<String>,
    /// X-Ray tracing: `Active` or `PassThrough`.
    pub tracing_mode: Option<String>,
    /// The VPC subnets and security groups the function is attached to; empty outside a VPC.
    pub network: Network,
    /// Concurrency reserved for the function; `-1` when none is reserved.
    pub reserved_concurrency: Option<i64>,
    /// Where failed asynchronous invocations go (an SQS queue or SNS topic ARN); `null` when
    /// nowhere.
    pub dead_letter_target: Option<String>,
}
