//! A loopback server speaking the AWS JSON 1.1 protocol of AWS Config and CloudTrail (and Security
//! Hub's REST-JSON `GetFindings`), for what moto does not implement. It serves configuration
//! items from fixtures, answers advanced queries (the `SELECT ... WHERE resourceType IN (...)`
//! the scan sends) and an aggregator's operations, paginates small pages, and injects faults.
//! The code under test is the real AWS SDK over real HTTP.

use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Default, Clone)]
pub struct Faults {
    /// Answer this many requests (per region) with ThrottlingException before serving.
    pub throttle_first: usize,
    /// Every request for this region gets HTTP 500.
    pub failing_region: Option<String>,
    /// Every request for this region gets HTTP 500 while the flag is set (a test flips it).
    pub failing_region_while: Option<(String, Arc<AtomicBool>)>,
    /// Delay every response by this much.
    pub delay: Option<Duration>,
    /// The first this-many requests per region wait `slow_by` (longer than the client's
    /// attempt timeout) before answering.
    pub slow_first: usize,
    pub slow_by: Duration,
    /// The first this-many responses per region are cut short of their Content-Length and the
    /// connection closed.
    pub truncate_first: usize,
    /// Every response for this region is cut short.
    pub truncated_region: Option<String>,
    /// Advanced queries (`SelectResourceConfig`, `SelectAggregateResourceConfig`) are denied.
    pub deny_select: bool,
    /// Batch reads return half of the keys (rounded up) and the rest as unprocessed.
    pub unprocessed_half: bool,
    /// AWS Config has no configuration recorder in this region.
    pub no_recorder_region: Option<String>,
    /// The recorder of this region is stopped.
    pub stopped_recorder_region: Option<String>,
    /// Security Hub's `BatchImportFindings` refuses findings whose `Id` contains this.
    pub refuse_findings: Option<String>,
    /// Every connection for this region is reset (closed with the request unread, which makes
    /// the kernel send RST) instead of answered.
    pub reset_region: Option<String>,
    /// Every request is refused as signed with expired credentials.
    pub expired_credentials: bool,
    /// Requests to this service (`cloudtrail`, `config`, `securityhub`: the SigV4 scope's
    /// service) are denied.
    pub denied_service: Option<String>,
    /// Every request is throttled, for ever.
    pub throttle_always: bool,
}

/// An aggregator collecting every (account, region) the items are in.
#[derive(Clone)]
pub struct Aggregator {
    pub name: String,
    /// Where it lives: asked in another region, it does not exist.
    pub region: String,
    /// (account, region) sources whose last collection FAILED.
    pub failed_sources: Vec<(String, String)>,
}

pub struct FakeAws {
    pub url: String,
    /// `LookupEvents` requests that came sooner than CloudTrail's 2 a second per region allow.
    pub lookups_too_fast: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    pub requests: Arc<AtomicUsize>,
    pub throttled: Arc<AtomicUsize>,
    /// Requests per operation.
    ops: Arc<Mutex<BTreeMap<String, usize>>>,
}

struct State {
    /// region -> resource type -> items (Config API JSON).
    items: BTreeMap<String, BTreeMap<String, Vec<Value>>>,
    page_size: usize,
    faults: Faults,
    aggregator: Option<Aggregator>,
    /// (fault, region) -> requests seen.
    seen: Mutex<HashMap<(&'static str, String), usize>>,
    ops: Arc<Mutex<BTreeMap<String, usize>>>,
    /// CloudTrail events (`LookupEvents` shape, `awsRegion` in their `CloudTrailEvent`).
    events: Vec<Value>,
    /// region -> when its `LookupEvents` requests came.
    lookups: Mutex<HashMap<String, Vec<std::time::Instant>>>,
    lookups_too_fast: Arc<AtomicUsize>,
}

impl FakeAws {
    /// Serves `items`, each placed in the region its `awsRegion` names.
    pub fn start(items: Vec<Value>, page_size: usize, faults: Faults) -> FakeAws {
        FakeAws::start_with(items, page_size, faults, None)
    }

    /// Serves `items`, and `events` to CloudTrail's `LookupEvents` (newest first, as CloudTrail
    /// answers), refusing a region's lookups beyond 2 a second with a ThrottlingException.
    pub fn start_with_events(items: Vec<Value>, events: Vec<Value>) -> FakeAws {
        FakeAws::serve_all(items, 50, Faults::default(), None, events)
    }

    /// The same, with an aggregator over all of the items' accounts and regions.
    pub fn start_with(
        items: Vec<Value>,
        page_size: usize,
        faults: Faults,
        aggregator: Option<Aggregator>,
    ) -> FakeAws {
        FakeAws::serve_all(items, page_size, faults, aggregator, Vec::new())
    }

    fn serve_all(
        items: Vec<Value>,
        page_size: usize,
        faults: Faults,
        aggregator: Option<Aggregator>,
        events: Vec<Value>,
    ) -> FakeAws {
        let mut by_region: BTreeMap<String, BTreeMap<String, Vec<Value>>> = BTreeMap::new();
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
        let ops = Arc::new(Mutex::new(BTreeMap::new()));
        let lookups_too_fast = Arc::new(AtomicUsize::new(0));
        let state = Arc::new(State {
            items: by_region,
            page_size,
            faults,
            aggregator,
            seen: Mutex::new(HashMap::new()),
            ops: ops.clone(),
            events,
            lookups: Mutex::new(HashMap::new()),
            lookups_too_fast: lookups_too_fast.clone(),
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
            lookups_too_fast,
            stop,
            requests,
            throttled,
            ops,
        }
    }

    /// How many requests named `op` (`SelectResourceConfig`, `GetFindings`, ...) arrived.
    pub fn calls(&self, op: &str) -> usize {
        self.ops.lock().unwrap().get(op).copied().unwrap_or(0)
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
        if let Some(region) = &state.faults.reset_region {
            // Peeked, not read: closing a socket with unread bytes makes the kernel send RST.
            let mut buf = [0u8; 16 << 10];
            let n = stream.peek(&mut buf).unwrap_or(0);
            let text = String::from_utf8_lossy(&buf[..n]);
            if text.contains(&format!("/{region}/")) {
                return;
            }
        }
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
        let op = match target.rsplit('.').next() {
            Some(op) if !op.is_empty() => op.to_string(),
            _ if path.starts_with("/findings/import") => "BatchImportFindings".to_string(),
            _ if path.starts_with("/findings") => "GetFindings".to_string(),
            _ => path.clone(),
        };
        *state.ops.lock().unwrap().entry(op.clone()).or_default() += 1;
        if let Some(d) = state.faults.delay {
            std::thread::sleep(d);
        }
        if first(state, "slow", &region, state.faults.slow_first) {
            // The client gives up on this attempt before the answer comes.
            std::thread::sleep(state.faults.slow_by);
        }
        let failing_now = state
            .faults
            .failing_region_while
            .as_ref()
            .is_some_and(|(r, on)| *r == region && on.load(Ordering::SeqCst));
        let (status, reply) = if failing_now
            || state.faults.failing_region.as_deref() == Some(region.as_str())
        {
            (
                500,
                json!({"__type": "InternalFailure", "message": "injected failure"}),
            )
        } else if state.faults.expired_credentials {
            (
                400,
                json!({"__type": "ExpiredTokenException", "message": "The security token included in the request is expired"}),
            )
        } else if state.faults.denied_service.as_deref() == Some(service_of(&headers).as_str()) {
            (
                400,
                json!({"__type": "AccessDeniedException", "message": "User: arn:aws:iam::123456789012:user/scanner is not authorized to perform this action"}),
            )
        } else if state.faults.throttle_always
            || first(state, "throttle", &region, state.faults.throttle_first)
        {
            throttled.fetch_add(1, Ordering::SeqCst);
            (
                400,
                json!({"__type": "ThrottlingException", "message": "Rate exceeded"}),
            )
        } else {
            route(state, &region, &op, &path, &body)
        };
        let text = reply.to_string();
        let reason = match status {
            200 => "OK",
            400 => "Bad Request",
            _ => "Internal Server Error",
        };
        let content_type = if path.starts_with("/findings") {
            // Security Hub speaks REST-JSON.
            "application/json"
        } else {
            "application/x-amz-json-1.1"
        };
        let head = format!(
            "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nx-amzn-RequestId: fake-{}\r\n\r\n",
            text.len(),
            requests.load(Ordering::SeqCst)
        );
        if state.faults.truncated_region.as_deref() == Some(region.as_str())
            || first(state, "truncate", &region, state.faults.truncate_first)
        {
            // Half the body the headers promise, then the connection is closed.
            let cut = &text.as_bytes()[..text.len() / 2];
            let _ = stream
                .write_all(head.as_bytes())
                .and_then(|_| stream.write_all(cut))
                .and_then(|_| stream.flush());
            let _ = stream.shutdown(Shutdown::Both);
            return;
        }
        if stream
            .write_all(format!("{head}{text}").as_bytes())
            .is_err()
        {
            return;
        }
    }
}

/// Whether this is one of the first `n` requests of `region` for `fault`.
fn first(state: &State, fault: &'static str, region: &str, n: usize) -> bool {
    if n == 0 {
        return false;
    }
    let mut seen = state.seen.lock().unwrap();
    let count = seen.entry((fault, region.to_string())).or_default();
    *count += 1;
    *count <= n
}

/// The service from the SigV4 credential scope: `.../eu-west-1/config/aws4_request`.
fn service_of(headers: &HashMap<String, String>) -> String {
    headers
        .get("authorization")
        .and_then(|a| a.split("Credential=").nth(1))
        .and_then(|c| c.split('/').nth(3))
        .unwrap_or_default()
        .to_string()
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

fn route(state: &State, region: &str, op: &str, path: &str, body: &Value) -> (u16, Value) {
    let empty = BTreeMap::new();
    let regional = state.items.get(region).unwrap_or(&empty);
    if op.starts_with("Select") && state.faults.deny_select {
        return (
            400,
            json!({"__type": "AccessDeniedException", "message": "not authorized to perform config:SelectResourceConfig"}),
        );
    }
    if op.contains("Aggregat") {
        if let Err(reply) = aggregator(state, region, body) {
            return (400, reply);
        }
    }
    match op {
        "ListDiscoveredResources" => {
            let ty = body["resourceType"].as_str().unwrap_or_default();
            let all: Vec<Value> = regional
                .get(ty)
                .into_iter()
                .flatten()
                .map(|i| json!({"resourceType": i["resourceType"], "resourceId": i["resourceId"], "resourceName": i["resourceName"]}))
                .collect();
            let (page, next) = page(&all, &body["nextToken"], state.page_size);
            let mut reply = json!({"resourceIdentifiers": page});
            if let Some(t) = next {
                reply["nextToken"] = json!(t);
            }
            (200, reply)
        }
        "BatchGetResourceConfig" => {
            let keys = body["resourceKeys"].as_array().cloned().unwrap_or_default();
            let (keys, unprocessed) = split_batch(state, keys);
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
                json!({"baseConfigurationItems": items, "unprocessedResourceKeys": unprocessed}),
            )
        }
        "SelectResourceConfig" | "SelectAggregateResourceConfig" => {
            let Some(query) = Query::parse(body["Expression"].as_str().unwrap_or_default()) else {
                return (
                    400,
                    json!({"__type": "InvalidExpressionException", "message": format!("fake server does not understand `{}`", body["Expression"])}),
                );
            };
            // One region's items, or with the aggregator every region's.
            let scope: Vec<&BTreeMap<String, Vec<Value>>> = if op == "SelectResourceConfig" {
                vec![regional]
            } else {
                state.items.values().collect()
            };
            let rows: Vec<Value> = scope
                .into_iter()
                .flat_map(|by_type| by_type.values().flatten())
                .filter(|i| query.matches(i))
                .map(|i| json!(query.project(i).to_string()))
                .collect();
            let (page, next) = page(&rows, &body["NextToken"], state.page_size);
            let fields: Vec<Value> = query.fields.iter().map(|f| json!({"Name": f})).collect();
            let mut reply = json!({"Results": page, "QueryInfo": {"SelectFields": fields}});
            if let Some(t) = next {
                reply["NextToken"] = json!(t);
            }
            (200, reply)
        }
        "DescribeConfigurationAggregatorSourcesStatus" => {
            let failed = &state.aggregator.as_ref().expect("checked").failed_sources;
            let sources: BTreeSet<(String, String)> = state
                .items
                .values()
                .flat_map(|by_type| by_type.values().flatten())
                .map(|i| {
                    (
                        account_of(i),
                        i["awsRegion"].as_str().unwrap_or_default().to_string(),
                    )
                })
                .collect();
            let all: Vec<Value> = sources
                .into_iter()
                .map(|(account, region)| {
                    let mut s = json!({"SourceId": account, "SourceType": "ACCOUNT", "AwsRegion": region,
                        "LastUpdateStatus": "SUCCEEDED", "LastUpdateTime": 1764583200.0});
                    if failed.contains(&(account, region)) {
                        s["LastUpdateStatus"] = json!("FAILED");
                        s["LastErrorCode"] = json!("AccessDeniedException");
                        s["LastErrorMessage"] = json!("the source account has not authorized the aggregator");
                    }
                    s
                })
                .collect();
            let (page, next) = page(&all, &body["NextToken"], state.page_size);
            let mut reply = json!({"AggregatedSourceStatusList": page});
            if let Some(t) = next {
                reply["NextToken"] = json!(t);
            }
            (200, reply)
        }
        "ListAggregateDiscoveredResources" => {
            let ty = body["ResourceType"].as_str().unwrap_or_default();
            let only = body["Filters"]["Region"].as_str();
            let all: Vec<Value> = state
                .items
                .iter()
                .filter(|(r, _)| only.is_none_or(|o| o == r.as_str()))
                .flat_map(|(r, by_type)| by_type.get(ty).into_iter().flatten().map(move |i| (r, i)))
                .map(|(r, i)| {
                    json!({"SourceAccountId": account_of(i), "SourceRegion": r, "ResourceId": i["resourceId"],
                        "ResourceType": i["resourceType"], "ResourceName": i["resourceName"]})
                })
                .collect();
            let (page, next) = page(&all, &body["NextToken"], state.page_size);
            let mut reply = json!({"ResourceIdentifiers": page});
            if let Some(t) = next {
                reply["NextToken"] = json!(t);
            }
            (200, reply)
        }
        "BatchGetAggregateResourceConfig" => {
            let keys = body["ResourceIdentifiers"]
                .as_array()
                .cloned()
                .unwrap_or_default();
            let (keys, unprocessed) = split_batch(state, keys);
            let items: Vec<Value> = keys
                .iter()
                .filter_map(|k| {
                    let region = k["SourceRegion"].as_str()?;
                    state
                        .items
                        .get(region)?
                        .get(k["ResourceType"].as_str()?)?
                        .iter()
                        .find(|i| {
                            i["resourceId"] == k["ResourceId"]
                                && account_of(i)
                                    == k["SourceAccountId"].as_str().unwrap_or_default()
                        })
                        .map(api_item)
                })
                .collect();
            (
                200,
                json!({"BaseConfigurationItems": items, "UnprocessedResourceIdentifiers": unprocessed}),
            )
        }
        "DescribeConfigurationRecorderStatus" => {
            let is = |r: &Option<String>| r.as_deref() == Some(region);
            let recorders = if is(&state.faults.no_recorder_region) {
                json!([])
            } else if is(&state.faults.stopped_recorder_region) {
                json!([{"name": "default", "recording": false, "lastStatus": "Failure",
                        "lastErrorCode": "AccessDenied"}])
            } else {
                json!([{"name": "default", "recording": true, "lastStatus": "Success"}])
            };
            (200, json!({"ConfigurationRecordersStatus": recorders}))
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
        "BatchImportFindings" => {
            let findings = body["Findings"].as_array().cloned().unwrap_or_default();
            let refused: Vec<Value> = findings
                .iter()
                .filter_map(|f| f["Id"].as_str())
                .filter(|id| {
                    state
                        .faults
                        .refuse_findings
                        .as_deref()
                        .is_some_and(|r| id.contains(r))
                })
                .map(|id| json!({"Id": id, "ErrorCode": "InvalidInput", "ErrorMessage": "Finding does not adhere to Amazon Security Finding Format"}))
                .collect();
            (
                200,
                json!({"FailedCount": refused.len(), "SuccessCount": findings.len() - refused.len(), "FailedFindings": refused}),
            )
        }
        "DescribeTrails" => (200, json!({"trailList": []})),
        "LookupEvents" => {
            let now = std::time::Instant::now();
            let mut lookups = state.lookups.lock().unwrap();
            let times = lookups.entry(region.to_string()).or_default();
            times.retain(|t| now.duration_since(*t) < Duration::from_secs(1));
            if times.len() >= 2 {
                state.lookups_too_fast.fetch_add(1, Ordering::SeqCst);
                return (
                    400,
                    json!({"__type": "ThrottlingException", "message": "Rate exceeded"}),
                );
            }
            times.push(now);
            let name = body["LookupAttributes"][0]["AttributeValue"]
                .as_str()
                .unwrap_or_default();
            let events: Vec<&Value> = state
                .events
                .iter()
                .filter(|e| {
                    let detail: Value =
                        serde_json::from_str(e["CloudTrailEvent"].as_str().unwrap_or("{}"))
                            .unwrap_or_default();
                    detail["awsRegion"] == region
                        && e["Resources"]
                            .as_array()
                            .is_some_and(|rs| rs.iter().any(|r| r["ResourceName"] == name))
                })
                .collect();
            (200, json!({"Events": events}))
        }
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
            json!({"__type": "UnknownOperationException", "message": format!("fake server does not implement `{op}` {path}")}),
        ),
    }
}

/// The aggregator a request names exists, and is asked in its own region.
fn aggregator(state: &State, region: &str, body: &Value) -> Result<(), Value> {
    match &state.aggregator {
        Some(a) if a.region == region && body["ConfigurationAggregatorName"] == a.name.as_str() => {
            Ok(())
        }
        _ => Err(json!({"__type": "NoSuchConfigurationAggregatorException",
            "message": "The configuration aggregator does not exist. Check the configuration aggregator name and try again."})),
    }
}

/// One page of `all` from the offset a `nextToken` holds, and the next token.
fn page(all: &[Value], token: &Value, size: usize) -> (Vec<Value>, Option<String>) {
    let start: usize = token.as_str().and_then(|t| t.parse().ok()).unwrap_or(0);
    let page = all.iter().skip(start).take(size).cloned().collect();
    let next = (start + size < all.len()).then(|| (start + size).to_string());
    (page, next)
}

/// The keys a batch read processes now, and those it leaves unprocessed.
fn split_batch(state: &State, mut keys: Vec<Value>) -> (Vec<Value>, Vec<Value>) {
    if !state.faults.unprocessed_half {
        return (keys, Vec::new());
    }
    let rest = keys.split_off(keys.len().div_ceil(2));
    (keys, rest)
}

fn account_of(item: &Value) -> String {
    item.get("awsAccountId")
        .or(item.get("accountId"))
        .and_then(Value::as_str)
        .unwrap_or("123456789012")
        .to_string()
}

/// The advanced queries the fake understands: `SELECT f1, f2 WHERE resourceType IN ('A', 'B')`,
/// optionally `AND awsRegion IN ('r1', ...)`.
struct Query {
    fields: Vec<String>,
    types: Vec<String>,
    regions: Option<Vec<String>>,
}

impl Query {
    fn parse(expr: &str) -> Option<Query> {
        let rest = expr.trim().strip_prefix("SELECT ")?;
        let (fields, cond) = rest.split_once(" WHERE ")?;
        let fields: Vec<String> = fields.split(',').map(|f| f.trim().to_string()).collect();
        let known = [
            "resourceId",
            "resourceType",
            "awsRegion",
            "accountId",
            "resourceName",
            "arn",
            "tags",
        ];
        if !fields.iter().all(|f| known.contains(&f.as_str())) {
            return None;
        }
        // A clause's values, and its text.
        let clause = |field: &str| -> Option<(Vec<String>, String)> {
            let open = format!("{field} IN (");
            let at = cond.find(&open)?;
            let inner = at + open.len();
            let len = cond[inner..].find(')')?;
            let values = cond[inner..inner + len]
                .split(',')
                .map(|v| v.trim().trim_matches('\'').to_string())
                .collect();
            Some((values, cond[at..inner + len + 1].to_string()))
        };
        let (types, text) = clause("resourceType")?;
        let regions = clause("awsRegion");
        // Nothing else may be asked for: the clauses account for the whole WHERE.
        let mut rest = cond.replacen(&text, "", 1);
        if let Some((_, text)) = &regions {
            rest = rest.replacen(text, "", 1).replacen(" AND ", "", 1);
        }
        if !rest.trim().is_empty() {
            return None;
        }
        Some(Query {
            fields,
            types,
            regions: regions.map(|(r, _)| r),
        })
    }

    fn matches(&self, item: &Value) -> bool {
        let ty = item["resourceType"].as_str().unwrap_or_default();
        let region = item["awsRegion"].as_str().unwrap_or_default();
        self.types.iter().any(|t| t == ty)
            && self
                .regions
                .as_ref()
                .is_none_or(|rs| rs.iter().any(|r| r == region))
    }

    /// The selected fields of an item; tags as Config's list of `{key, value}`.
    fn project(&self, item: &Value) -> Value {
        let mut row = serde_json::Map::new();
        for f in &self.fields {
            let v = match f.as_str() {
                "accountId" => json!(account_of(item)),
                "arn" => item
                    .get("ARN")
                    .or(item.get("arn"))
                    .cloned()
                    .unwrap_or(Value::Null),
                "tags" => match item.get("tags") {
                    Some(Value::Object(m)) => m
                        .iter()
                        .map(|(k, v)| json!({"key": k, "value": v}))
                        .collect(),
                    Some(list @ Value::Array(_)) => list.clone(),
                    _ => json!([]),
                },
                other => item.get(other).cloned().unwrap_or(Value::Null),
            };
            row.insert(f.clone(), v);
        }
        Value::Object(row)
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

/// The parity snapshot's items in eu-west-1 (IAM's `global` items are served there, as AWS
/// Config records them in one region), and a renamed copy of the regional ones in us-east-1.
pub fn two_region_items() -> Vec<Value> {
    let snapshot: Value = serde_json::from_slice(
        &std::fs::read(super::root().join("fixtures/config/parity/snapshot.json")).unwrap(),
    )
    .unwrap();
    let mut items = Vec::new();
    for item in snapshot["configurationItems"].as_array().unwrap() {
        let mut eu = item.clone();
        if eu["awsRegion"] == "global" {
            eu["awsRegion"] = "eu-west-1".into();
            items.push(eu);
            continue;
        }
        items.push(eu);
        let text = item
            .to_string()
            .replace("eu-west-1", "us-east-1")
            .replace("comply-parity-", "comply-us-");
        items.push(serde_json::from_str(&text).unwrap());
    }
    items
}
