//! `AWS::ApiGateway::RestApi` and `AWS::ApiGateway::Stage`: the `GetRestApi` and `GetStage`
//! shapes. A REST API's item does not record its resources and methods.

use super::item::Head;
use super::reader::{as_bool, as_str, member, Conf, Got, Reader};
use crate::aws::Arn;
use crate::model::*;
use serde_json::Value;

pub fn rest_api(head: &Head, r: &mut Reader<'_>) -> ApiGatewayRestApi {
    // AWS Config records no `AWS::ApiGateway::Method` items, and the API's own item lists none.
    r.mark("methods");
    let types = match r.get(Conf, &["endpointConfiguration", "types"]) {
        Got::Value(Value::Array(t)) => Some(t.iter().filter_map(as_str).collect()),
        _ => {
            r.mark("endpoint_types");
            None
        }
    };
    ApiGatewayRestApi {
        name: r.req_str_or(Conf, &["name"], "name", head.resource_name.as_ref()),
        endpoint_types: types,
        methods: Vec::new(),
    }
}

pub fn stage(head: &Head, r: &mut Reader<'_>) -> ApiGatewayStage {
    let access_log_destination = r.opt_str(
        Conf,
        &["accessLogSettings", "destinationArn"],
        "access_log_destination",
    );
    let access_logging = if r.recorded(Conf) {
        Some(access_log_destination.is_some())
    } else {
        r.mark("access_logging");
        None
    };
    // The REST API is in the stage's ARN (`/restapis/ID/stages/NAME`).
    let rest_api = [head.arn.as_deref(), head.resource_id.as_deref()]
        .into_iter()
        .flatten()
        .filter_map(Arn::parse)
        .find_map(|a| {
            ApiGatewayStage::parse_arn_resource(a.resource).map(|(api, _)| api.to_string())
        });
    if rest_api.is_none() {
        r.mark("rest_api");
    }
    ApiGatewayStage {
        name: r.req_str_or(Conf, &["stageName"], "name", head.resource_name.as_ref()),
        rest_api,
        access_logging,
        access_log_destination,
        xray_tracing: r.opt_bool(Conf, &["tracingEnabled"], "xray_tracing", false),
        cache_cluster_enabled: r.opt_bool(
            Conf,
            &["cacheClusterEnabled"],
            "cache_cluster_enabled",
            false,
        ),
        client_certificate: r.opt_str(Conf, &["clientCertificateId"], "client_certificate"),
        web_acl: r.opt_str(Conf, &["webAclArn"], "web_acl"),
        method_settings: method_settings(r),
    }
}

/// `methodSettings`, a map from method path (`*/*`) to its settings; written only when some are
/// set.
fn method_settings(r: &mut Reader<'_>) -> Vec<ApiGatewayMethodSettings> {
    let map = match r.get(Conf, &["methodSettings"]) {
        Got::Value(Value::Object(m)) => m,
        Got::Absent => return Vec::new(),
        _ => {
            r.mark("method_settings");
            return Vec::new();
        }
    };
    let flag = |s: &Value, key: &str| member(s, key).map_or(Some(false), as_bool);
    map.iter()
        .map(|(path, s)| ApiGatewayMethodSettings {
            method_path: Some(path.clone()),
            logging_level: Some(
                member(s, "loggingLevel")
                    .and_then(as_str)
                    .unwrap_or_else(|| "OFF".to_string()),
            ),
            metrics_enabled: flag(s, "metricsEnabled"),
            data_trace_enabled: flag(s, "dataTraceEnabled"),
            caching_enabled: flag(s, "cachingEnabled"),
            cache_data_encrypted: flag(s, "cacheDataEncrypted"),
        })
        .collect()
}
