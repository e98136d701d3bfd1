//! A loopback server speaking the AWS JSON 1.1 protocol of AWS Config and CloudTrail (and Security
//! Hub's REST-JSON `GetFindings`), for what moto does not implement. It serves configuration
//! items from fixtures, paginates small pages, and injects faults. The code under test is the
//! real AWS SDK over real HTTP.

use serde_json::{json, Value};
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Default, Clone)]
pub struct Faults {
    /// Answer this many requests (per region) with ThrottlingException before serving.
    pub throttle_first: usize,
    /// Every request for this region gets HTTP 500.
    pub failing_region: Option<String>,
    /// Delay every response by this much.
    pub delay: Option<Duration>,
}

pub struct FakeAws {
    pub url: String,
    stop: Arc<AtomicBool>,
    pub requests: Arc<AtomicUsize>,
    pub throttled: Arc<AtomicUsize>,
}

struct State {
    /// region -> resource type -> items (Config API JSON).
    items: HashMap<String, HashMap<String, Vec<Value>>>,
    page_size: usize,
    faults: Faults,
    seen_per_region: Mutex<HashMap<String, usize>>,
}

impl FakeAws {
    /// Serves `items`, each placed in the region its `awsRegion` names.
    pub fn start(items: Vec<Value>, page_size: usize, faults: Faults) -> FakeAws {
        let mut by_region: HashMap<String, HashMap<String, Vec<Value>>> = HashMap::new();
        for item in items {
            let region = item["awsRegion"]
                .as_str()
                .unwrap_or("us-east-1")
                .to_string();
            let ty = item["resourceType"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            by_region
                .entry(region)
                .or_default()
                .entry(ty)
                .or_default()
                .push(item);
        }
        let state = Arc::new(State {
            items: by_region,
            page_size,
            faults,
            seen_per_region: Mutex::new(HashMap::new()),
        });
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        listener.set_nonblocking(true).unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let stop = Arc::new(AtomicBool::new(false));
        let requests = Arc::new(AtomicUsize::new(0));
        let throttled = Arc::new(AtomicUsize::new(0));
        {
            let stop = stop.clone();
            let requests = requests.clone();
            let throttled = throttled.clone();
            std::thread::spawn(move || {
                while !stop.load(Ordering::SeqCst) {
                    match listener.accept() {
                        Ok((stream, _)) => {
                            let state = state.clone();
                            let requests = requests.clone();
                            let throttled = throttled.clone();
                            std::thread::spawn(move || {
                                serve(stream, &state, &requests, &throttled)
                            });
                        }
                        Err(_) => std::thread::sleep(Duration::from_millis(5)),
                    }
                }
            });
        }
        FakeAws {
            url,
            stop,
            requests,
            throttled,
        }
    }
}

impl Drop for FakeAws {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

fn serve(stream: TcpStream, state: &State, requests: &AtomicUsize, throttled: &AtomicUsize) {
    stream.set_read_timeout(Some(Duration::from_secs(10))).ok();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut stream = stream;
    loop {
        let mut request_line = String::new();
        if reader.read_line(&mut request_line).unwrap_or(0) == 0 {
            return;
        }
        let mut headers: HashMap<String, String> = HashMap::new();
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 {
                return;
            }
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some((k, v)) = line.split_once(':') {
                headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
            }
        }
        let len: usize = headers
            .get("content-length")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let mut body = vec![0; len];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        requests.fetch_add(1, Ordering::SeqCst);
        let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
        let region = region_of(&headers);
        let path = request_line
            .split_whitespace()
            .nth(1)
            .unwrap_or("/")
            .to_string();
        let target = headers.get("x-amz-target").cloned().unwrap_or_default();
        if let Some(d) = state.faults.delay {
            std::thread::sleep(d);
        }
        let (status, reply) = if state.faults.failing_region.as_deref() == Some(region.as_str()) {
            (
                500,
                json!({"__type": "InternalFailure", "message": "injected failure"}),
            )
        } else if should_throttle(state, &region) {
            throttled.fetch_add(1, Ordering::SeqCst);
            (
                400,
                json!({"__type": "ThrottlingException", "message": "Rate exceeded"}),
            )
        } else {
            route(state, &region, &target, &path, &body)
        };
        let text = reply.to_string();
        let reason = match status {
            200 => "OK",
            400 => "Bad Request",
            _ => "Internal Server Error",
        };
        let content_type = if path.starts_with("/findings") {
            "application/json"
        } else {
            "application/x-amz-json-1.1"
        };
        let response = format!(
            "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nx-amzn-RequestId: fake-{}\r\n\r\n{text}",
            text.len(),
            requests.load(Ordering::SeqCst)
        );
        if stream.write_all(response.as_bytes()).is_err() {
            return;
        }
    }
}

fn should_throttle(state: &State, region: &str) -> bool {
    if state.faults.throttle_first == 0 {
        return false;
    }
    let mut seen = state.seen_per_region.lock().unwrap();
    let n = seen.entry(region.to_string()).or_default();
    *n += 1;
    *n <= state.faults.throttle_first
}

/// The region from the SigV4 credential scope: `Credential=AKID/20261201/eu-west-1/config/aws4_request`.
fn region_of(headers: &HashMap<String, String>) -> String {
    headers
        .get("authorization")
        .and_then(|a| a.split("Credential=").nth(1))
        .and_then(|c| c.split('/').nth(2))
        .unwrap_or("us-east-1")
        .to_string()
}

fn route(state: &State, region: &str, target: &str, path: &str, body: &Value) -> (u16, Value) {
    let empty = HashMap::new();
    let regional = state.items.get(region).unwrap_or(&empty);
    let op = target.rsplit('.').next().unwrap_or("");
    match op {
        "ListDiscoveredResources" => {
            let ty = body["resourceType"].as_str().unwrap_or_default();
            let all = regional.get(ty).cloned().unwrap_or_default();
            let start: usize = body["nextToken"]
                .as_str()
                .and_then(|t| t.parse().ok())
                .unwrap_or(0);
            let page: Vec<Value> = all
                .iter()
                .skip(start)
                .take(state.page_size)
                .map(|i| json!({"resourceType": i["resourceType"], "resourceId": i["resourceId"], "resourceName": i["resourceName"]}))
                .collect();
            let mut reply = json!({"resourceIdentifiers": page});
            if start + state.page_size < all.len() {
                reply["nextToken"] = json!((start + state.page_size).to_string());
            }
            (200, reply)
        }
        "BatchGetResourceConfig" => {
            let keys = body["resourceKeys"].as_array().cloned().unwrap_or_default();
            let items: Vec<Value> = keys
                .iter()
                .filter_map(|k| {
                    let ty = k["resourceType"].as_str()?;
                    let id = k["resourceId"].as_str()?;
                    regional
                        .get(ty)?
                        .iter()
                        .find(|i| i["resourceId"] == id)
                        .map(api_item)
                })
                .collect();
            (
                200,
                json!({"baseConfigurationItems": items, "unprocessedResourceKeys": []}),
            )
        }
        "DescribeConfigRules" => (
            200,
            json!({"ConfigRules": [{"ConfigRuleName": "s3-bucket-ssl-requests-only", "ConfigRuleState": "ACTIVE"}]}),
        ),
        "GetComplianceDetailsByConfigRule" => {
            let results: Vec<Value> = regional
                .get("AWS::S3::Bucket")
                .into_iter()
                .flatten()
                .map(|i| {
                    json!({"EvaluationResultIdentifier": {"EvaluationResultQualifier": {
                        "ConfigRuleName": "s3-bucket-ssl-requests-only",
                        "ResourceType": "AWS::S3::Bucket", "ResourceId": i["resourceId"]}},
                        "ComplianceType": "NON_COMPLIANT"})
                })
                .collect();
            (200, json!({"EvaluationResults": results}))
        }
        "DescribeTrails" => (200, json!({"trailList": []})),
        "GetTrailStatus" => (200, json!({"IsLogging": true})),
        _ if path.starts_with("/findings") => (
            200,
            json!({"Findings": [{
                "SchemaVersion": "2018-10-08", "Id": format!("arn:aws:securityhub:{region}:123456789012:finding/root-mfa"),
                "ProductArn": format!("arn:aws:securityhub:{region}::product/aws/securityhub"),
                "GeneratorId": "security-control/IAM.9", "AwsAccountId": "123456789012",
                "CreatedAt": "2026-11-30T10:00:00Z", "UpdatedAt": "2026-11-30T10:00:00Z",
                "Title": "MFA should be enabled for the root user", "Description": "root MFA",
                "Severity": {"Label": "CRITICAL"}, "Region": region,
                "Resources": [{"Type": "AwsAccount", "Id": "AWS::::Account:123456789012"}],
                "Compliance": {"Status": "FAILED", "SecurityControlId": "IAM.9"},
                "RecordState": "ACTIVE"}]}),
        ),
        _ => (
            400,
            json!({"__type": "UnknownOperationException", "message": format!("fake server does not implement `{target}` {path}")}),
        ),
    }
}

/// An item as `BatchGetResourceConfig` returns it: only a base item's fields, `configuration`
/// and supplementary values as JSON strings, times as epoch seconds.
fn api_item(item: &Value) -> Value {
    let mut out = serde_json::Map::new();
    for k in [
        "version",
        "configurationItemStatus",
        "configurationStateId",
        "resourceType",
        "resourceId",
        "resourceName",
        "awsRegion",
        "availabilityZone",
    ] {
        if let Some(v) = item.get(k).filter(|v| v.is_string()) {
            out.insert(k.into(), v.clone());
        }
    }
    if let Some(arn) = item.get("ARN").or(item.get("arn")) {
        out.insert("arn".into(), arn.clone());
    }
    out.insert(
        "accountId".into(),
        item.get("awsAccountId")
            .or(item.get("accountId"))
            .cloned()
            .unwrap_or(json!("123456789012")),
    );
    if let Some(c) = item.get("configuration") {
        out.insert(
            "configuration".into(),
            if c.is_string() {
                c.clone()
            } else {
                json!(c.to_string())
            },
        );
    }
    if let Some(s) = item
        .get("supplementaryConfiguration")
        .and_then(Value::as_object)
    {
        let strings: serde_json::Map<String, Value> = s
            .iter()
            .map(|(k, v)| {
                (
                    k.clone(),
                    if v.is_string() {
                        v.clone()
                    } else {
                        json!(v.to_string())
                    },
                )
            })
            .collect();
        out.insert("supplementaryConfiguration".into(), Value::Object(strings));
    }
    out.insert("configurationItemCaptureTime".into(), json!(1764583200.0));
    Value::Object(out)
}
