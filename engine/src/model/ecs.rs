//! `AWS::ECS::TaskDefinition`.

use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct EcsTaskDefinition {
    pub family: Option<String>,
    /// `awsvpc`, `bridge`, `host` or `none`; EC2 tasks default to `bridge`.
    pub network_mode: Option<String>,
    /// `EC2`, `FARGATE`, `EXTERNAL`, as the task definition requires.
    pub requires_compatibilities: Vec<String>,
    pub task_role: Option<String>,
    pub execution_role: Option<String>,
    pub containers: Vec<EcsContainer>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct EcsContainer {
    pub name: Option<String>,
    pub image: Option<String>,
    /// Root on the host: every capability and every device.
    pub privileged: Option<bool>,
    /// The user the container runs as (`1000`, `app:app`); `null` when not set, which is the
    /// image's user, often root.
    pub user: Option<String>,
    pub readonly_root_filesystem: Option<bool>,
    /// Names of the plain `environment` variables, sorted (never their values).
    pub environment_variable_names: Vec<String>,
    /// Names of the variables injected from Secrets Manager or Parameter Store (`secrets`),
    /// sorted.
    pub secret_names: Vec<String>,
    /// The log driver (`awslogs`, `awsfirelens`, `splunk`, ...); `null` when the container
    /// has no log configuration.
    pub log_driver: Option<String>,
}
