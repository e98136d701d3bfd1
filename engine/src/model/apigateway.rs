//! `AWS::ApiGateway::RestApi`, `AWS::ApiGateway::Stage` and `AWS::ApiGateway::DomainName`
//! (REST APIs, API Gateway v1).

use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct ApiGatewayRestApi {
    pub name: Option<String>,
    /// Endpoint types: `EDGE` (API Gateway's default), `REGIONAL` or `PRIVATE` (reachable only
    /// through VPC endpoints).
    pub endpoint_types: Option<Vec<String>>,
    /// The API's methods (`aws_api_gateway_method`). Unknown when the API is defined by an
    /// OpenAPI `body`, and from AWS Config, which does not record them.
    pub methods: Vec<ApiGatewayMethod>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct ApiGatewayMethod {
    /// `GET`, `POST`, ..., `ANY`.
    pub http_method: Option<String>,
    /// The API resource: its id, or the plan address of its `aws_api_gateway_resource`; `/`
    /// for the API's root resource.
    pub resource: Option<String>,
    /// `NONE`, `AWS_IAM`, `CUSTOM` (a Lambda authorizer) or `COGNITO_USER_POOLS`.
    pub authorization: Option<String>,
    /// Whether callers must send an API key.
    pub api_key_required: Option<bool>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct ApiGatewayStage {
    pub name: Option<String>,
    /// The REST API (id or plan address).
    pub rest_api: Option<String>,
    /// Whether access logs are sent to a destination (a log group or Firehose stream).
    pub access_logging: Option<bool>,
    /// The access log destination's ARN (or plan address); `null` without access logging, or
    /// when the plan marks it sensitive (then listed unknown).
    pub access_log_destination: Option<String>,
    /// Whether AWS X-Ray tracing is on.
    pub xray_tracing: Option<bool>,
    /// Whether the stage has a cache cluster.
    pub cache_cluster_enabled: Option<bool>,
    /// The client certificate API Gateway presents to the backend (its id or plan address);
    /// `null` when none.
    pub client_certificate: Option<String>,
    /// The AWS WAF (v2) web ACL associated with the stage (ARN or plan address); `null` when
    /// none.
    pub web_acl: Option<String>,
    /// Method settings (`aws_api_gateway_method_settings`); none means API Gateway's
    /// defaults: execution logging `OFF`, no metrics, no caching.
    pub method_settings: Vec<ApiGatewayMethodSettings>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct ApiGatewayMethodSettings {
    /// `*/*` for every method of the stage, else `resource_path/HTTP_METHOD`.
    pub method_path: Option<String>,
    /// Execution logging to CloudWatch Logs: `OFF`, `ERROR` or `INFO`.
    pub logging_level: Option<String>,
    pub metrics_enabled: Option<bool>,
    /// Whether full request and response data is logged.
    pub data_trace_enabled: Option<bool>,
    /// Whether responses are cached (needs the stage's cache cluster).
    pub caching_enabled: Option<bool>,
    /// Whether cached responses are encrypted.
    pub cache_data_encrypted: Option<bool>,
}

impl ApiGatewayStage {
    /// `(rest api id, stage name)` of a stage ARN's resource, `/restapis/ID/stages/NAME`.
    pub fn parse_arn_resource(resource: &str) -> Option<(&str, &str)> {
        let (api, stage) = resource
            .strip_prefix("/restapis/")?
            .split_once("/stages/")?;
        let ok = !api.is_empty() && !api.contains('/') && !stage.is_empty() && !stage.contains('/');
        ok.then_some((api, stage))
    }
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct ApiGatewayDomainName {
    pub domain_name: Option<String>,
    /// The minimum TLS version clients may use: `TLS_1_0` or `TLS_1_2` (also the `SecurityPolicy_TLS…` policies).
    pub security_policy: Option<String>,
    /// Endpoint types: `EDGE` or `REGIONAL`.
    pub endpoint_types: Option<Vec<String>>,
}

#[cfg(test)]
mod tests {
    use super::ApiGatewayStage as S;

    #[test]
    fn stage_arns() {
        assert_eq!(
            S::parse_arn_resource("/restapis/a1b2c3d4e5/stages/prod"),
            Some(("a1b2c3d4e5", "prod"))
        );
        assert_eq!(S::parse_arn_resource("/restapis/a1b2c3d4e5"), None);
        assert_eq!(S::parse_arn_resource("/restapis//stages/prod"), None);
    }
}
