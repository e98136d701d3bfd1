//! Live AWS: the inventory from AWS Config (and trail status from CloudTrail) over the AWS SDK,
//! across regions concurrently, or across the accounts and regions of a Config aggregator,
//! normalized by the same Config loader that reads snapshot files. Tags come from one advanced
//! query per scope (`tags.rs`), since batch-read items carry none.
//!
//! Every call goes through the SDK's standard retry mode (exponential backoff with jitter on
//! throttling, 5xx, timeouts and truncated responses) and a per-attempt timeout. A region (or
//! aggregator source) that still fails is recorded as a failure, the scan is incomplete, and
//! everything that worked is kept.

mod aggregator;
mod cloudtrail;
mod config_api;
mod evidence;
mod progress;
mod tags;

use crate::error::{Error, Result};
use crate::load::json::Document;
use crate::model::{Inventory, Kind};
use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, Region, SdkConfig};
use comply_reports::Evidence;
use serde_json::Value;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;

/// Regions enabled in every account by default (opt-in regions must be named).
pub const DEFAULT_REGIONS: &[&str] = &[
    "us-east-1",
    "us-east-2",
    "us-west-1",
    "us-west-2",
    "ca-central-1",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "eu-central-1",
    "eu-north-1",
    "ap-south-1",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-northeast-3",
    "ap-southeast-1",
    "ap-southeast-2",
    "sa-east-1",
];

#[derive(Debug, Clone)]
pub struct LiveOptions {
    /// Regions to scan; empty means the profile's region. With an aggregator: the source
    /// regions to keep; empty means every region the aggregator collects.
    pub regions: Vec<String>,
    /// Read every account and region through this AWS Config aggregator, which is queried in
    /// the profile's (or `AWS_REGION`'s) region.
    pub aggregator: Option<String>,
    pub profile: Option<String>,
    pub endpoint_url: Option<String>,
    /// Requests in flight at once, across regions.
    pub concurrency: usize,
    pub attempt_timeout: Duration,
    pub max_attempts: u32,
    /// Show progress on standard error.
    pub progress: bool,
    /// The whole live read ends by then (`--deadline`): what was read is kept, what was not
    /// is a failure naming the step the deadline cut.
    pub deadline: Option<Duration>,
}

impl Default for LiveOptions {
    fn default() -> Self {
        LiveOptions {
            regions: Vec::new(),
            aggregator: None,
            profile: None,
            endpoint_url: None,
            concurrency: 8,
            attempt_timeout: Duration::from_secs(20),
            max_attempts: 6,
            progress: false,
            deadline: None,
        }
    }
}

/// A region (or an aggregator's source account and region) that could not be read completely.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Failure {
    pub account: Option<String>,
    pub region: String,
    pub what: String,
}

impl Failure {
    pub fn in_region(region: &str, what: impl Into<String>) -> Failure {
        Failure {
            account: None,
            region: region.to_string(),
            what: what.into(),
        }
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(account) = &self.account {
            write!(f, "account `{account}` ")?;
        }
        write!(f, "region `{}`: {}", self.region, self.what)
    }
}

/// What a live scan gathered.
#[derive(Debug, Default)]
pub struct LiveInventory {
    pub inventory: Inventory,
    pub failures: Vec<Failure>,
    pub evidence: Vec<Evidence>,
    /// The regions covered (with an aggregator: its source regions).
    pub regions: Vec<String>,
    /// What the report names as the input: `aws:eu-west-1,us-east-1` or
    /// `aws-aggregator:NAME@REGION`.
    pub label: String,
}

/// The Config resource types the model knows.
pub fn resource_types() -> Vec<&'static str> {
    Kind::ALL
        .iter()
        .filter(|k| k.config_recorded())
        .map(|k| k.as_str())
        .collect()
}

/// What failing to read tags means, said once wherever it happens.
const NO_TAGS: &str = "resources keep no tags, so policies that read tags (data residency) are \
                       unknown";

/// Runs a live scan on its own runtime (the rest of the engine is synchronous).
pub fn scan(options: &LiveOptions) -> Result<LiveInventory> {
    runtime()?.block_on(scan_async(options))
}

/// The runtime AWS calls run on, for a synchronous caller (the scan, CloudTrail attribution).
pub(crate) fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        // The SDK's retry and error paths nest deep futures; tokio's 2 MiB default is tight.
        .thread_stack_size(8 << 20)
        .enable_all()
        .build()
        .map_err(|e| Error::Usage(format!("cannot start the AWS client runtime: {e}")))
}

/// When the live read must end. Every step that waits on AWS is run through it, so a region
/// that never answers (or throttles for ever) costs at most the deadline, and what was read
/// before it is kept.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Deadline {
    at: Option<tokio::time::Instant>,
    limit: Option<Duration>,
}

impl Deadline {
    pub(crate) fn new(limit: Option<Duration>) -> Deadline {
        Deadline {
            at: limit.map(|d| tokio::time::Instant::now() + d),
            limit,
        }
    }

    /// `step`'s output, or `None` when the deadline passes first.
    pub(crate) async fn run<T>(&self, step: impl std::future::Future<Output = T>) -> Option<T> {
        // Boxed: the SDK's futures are large, and nesting them inline in every step's future
        // overflowed a worker's stack in unoptimized builds.
        let step = Box::pin(step);
        match self.at {
            Some(at) => tokio::time::timeout_at(at, step).await.ok(),
            None => Some(step.await),
        }
    }

    /// What to say when it passed during `what`.
    pub(crate) fn passed(&self, what: &str) -> String {
        let limit = self.limit.map_or_else(String::new, |d| {
            format!(" ({})", humantime::format_duration(d))
        });
        format!("the scan's --deadline{limit} passed while reading {what}; not read")
    }
}

async fn scan_async(options: &LiveOptions) -> Result<LiveInventory> {
    let base = sdk_config(options, None).await;
    let limit = Arc::new(Semaphore::new(options.concurrency.max(1)));
    let progress = progress::Progress::new(options.progress);
    let out = match &options.aggregator {
        Some(name) => aggregator::scan(options, &base, name, limit, &progress).await,
        None => scan_regions(options, &base, limit, &progress).await,
    };
    progress.finish();
    let mut out = out?;
    out.inventory.sort();
    out.failures.sort();
    out.failures.dedup();
    out.evidence.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    out.regions.sort();
    out.regions.dedup();
    Ok(out)
}

async fn scan_regions(
    options: &LiveOptions,
    base: &SdkConfig,
    limit: Arc<Semaphore>,
    progress: &progress::Progress,
) -> Result<LiveInventory> {
    let regions = if options.regions.is_empty() {
        match base.region() {
            Some(r) => vec![r.to_string()],
            None => {
                return Err(Error::Usage(
                    "no AWS region: pass `--regions eu-west-1,...` or set AWS_REGION".into(),
                ))
            }
        }
    } else {
        options.regions.clone()
    };
    let mut tasks = Vec::new();
    let deadline = Deadline::new(options.deadline);
    for region in &regions {
        let config = sdk_config(options, Some(region)).await;
        let limit = limit.clone();
        let region = region.clone();
        let bar = progress.region(&region);
        tasks.push(tokio::spawn(async move {
            scan_region(config, region, limit, bar, deadline).await
        }));
    }
    let mut out = LiveInventory {
        label: format!("aws:{}", regions.join(",")),
        regions: regions.clone(),
        ..Default::default()
    };
    for (task, region) in tasks.into_iter().zip(&regions) {
        match task.await {
            Ok(r) => {
                out.inventory
                    .extend(load_items(&format!("aws-config:{}", r.region), &r.items)?);
                out.failures.extend(r.failures);
                out.evidence.extend(r.evidence);
            }
            Err(e) => out
                .failures
                .push(Failure::in_region(region, format!("task failed: {e}"))),
        }
    }
    Ok(out)
}

pub(crate) async fn sdk_config(options: &LiveOptions, region: Option<&str>) -> SdkConfig {
    let mut loader = aws_config::defaults(BehaviorVersion::latest())
        .retry_config(RetryConfig::standard().with_max_attempts(options.max_attempts))
        .timeout_config(
            TimeoutConfig::builder()
                .operation_attempt_timeout(options.attempt_timeout)
                .connect_timeout(Duration::from_secs(5))
                .build(),
        );
    if let Some(p) = &options.profile {
        loader = loader.profile_name(p);
    }
    if let Some(url) = &options.endpoint_url {
        loader = loader.endpoint_url(url);
    }
    if let Some(r) = region {
        loader = loader.region(Region::new(r.to_string()));
    }
    loader.load().await
}

/// Items (Config API JSON) through the same loader as a `BatchGetResourceConfig` file.
pub(crate) fn load_items(name: &str, items: &[Value]) -> Result<Inventory> {
    if items.is_empty() {
        return Ok(Inventory::default());
    }
    let text = serde_json::json!({ "baseConfigurationItems": items }).to_string();
    let doc = Document::new(name, &text);
    Ok(crate::load::load_document(&doc)?.0)
}

/// What one region gave: configuration items (as Config API JSON), failures, evidence.
struct RegionResult {
    region: String,
    items: Vec<Value>,
    failures: Vec<Failure>,
    evidence: Vec<Evidence>,
}

async fn scan_region(
    config: SdkConfig,
    region: String,
    limit: Arc<Semaphore>,
    bar: progress::RegionBar,
    deadline: Deadline,
) -> RegionResult {
    let mut result = RegionResult {
        region: region.clone(),
        items: Vec::new(),
        failures: Vec::new(),
        evidence: Vec::new(),
    };
    let client = aws_sdk_config::Client::new(&config);
    let types = resource_types();
    for resource_type in &types {
        bar.kind(resource_type);
        let Some(got) = deadline
            .run(config_api::items_of_type(&client, resource_type, &limit))
            .await
        else {
            result.failures.push(Failure::in_region(
                &region,
                deadline.passed(&format!("AWS Config `{resource_type}` and what follows it")),
            ));
            bar.done(result.items.len());
            return result;
        };
        match got {
            Ok(items) => result.items.extend(items),
            Err(e) => {
                // Retries are spent: the region is failing. Say so once and stop asking it;
                // what it already gave is kept.
                result.failures.push(Failure::in_region(
                    &region,
                    format!("AWS Config `{resource_type}`: {e}"),
                ));
                bar.done(result.items.len());
                return result;
            }
        }
    }
    // Asked after the listing, so a region that does not answer at all costs one round of
    // retries, not two.
    bar.kind("AWS Config recorder status");
    match deadline
        .run(config_api::recorder_problem(&client, &limit))
        .await
    {
        None => result.failures.push(Failure::in_region(
            &region,
            deadline.passed("the AWS Config recorder status"),
        )),
        Some(Ok(None)) => {}
        Some(Ok(Some(problem))) => result.failures.push(Failure::in_region(&region, problem)),
        Some(Err(e)) => result.failures.push(Failure::in_region(
            &region,
            format!("AWS Config recorder status: {e}; whether this region is recorded at all is not known"),
        )),
    }
    bar.kind("tags (advanced query)");
    match deadline
        .run(tags::select(&client, &tags::Scope::Region, &types, &limit))
        .await
    {
        None => result.failures.push(Failure::in_region(
            &region,
            deadline.passed(&format!("tags (advanced query); {NO_TAGS}")),
        )),
        Some(Ok(t)) => tags::merge(&mut result.items, &t),
        Some(Err(e)) => result.failures.push(Failure::in_region(
            &region,
            format!("AWS Config advanced query: {e}; {NO_TAGS}"),
        )),
    }
    let mut extras = Extras::default();
    account_extras(
        &config,
        &client,
        &region,
        &limit,
        &bar,
        &mut extras,
        deadline,
    )
    .await;
    cloudtrail::merge(&mut result.items, extras.trails);
    result.failures.extend(extras.failures);
    result.evidence.extend(extras.evidence);
    bar.done(result.items.len());
    result
}

/// What the caller's account adds in one region besides Config's items.
#[derive(Default)]
struct Extras {
    trails: Vec<Value>,
    evidence: Vec<Evidence>,
    failures: Vec<Failure>,
}

/// Trail logging status (CloudTrail), Config rule results and Security Hub findings of the
/// caller's account in `region`.
async fn account_extras(
    config: &SdkConfig,
    client: &aws_sdk_config::Client,
    region: &str,
    limit: &Arc<Semaphore>,
    bar: &progress::RegionBar,
    out: &mut Extras,
    deadline: Deadline,
) {
    let fail = |what: String| Failure::in_region(region, what);
    bar.kind("CloudTrail trail status");
    let trails = aws_sdk_cloudtrail::Client::new(config);
    match deadline
        .run(cloudtrail::trail_items(&trails, region, limit))
        .await
    {
        None => out
            .failures
            .push(fail(deadline.passed("CloudTrail trail status"))),
        Some(Ok(t)) => out.trails = t,
        Some(Err(e)) => out.failures.push(fail(format!("CloudTrail: {e}"))),
    }
    bar.kind("AWS Config rule results");
    match deadline
        .run(evidence::config_rules(client, region, limit))
        .await
    {
        None => out
            .failures
            .push(fail(deadline.passed("AWS Config rule results"))),
        Some(Ok(ev)) => out.evidence.extend(ev),
        Some(Err(e)) => out.failures.push(fail(format!("AWS Config rules: {e}"))),
    }
    bar.kind("Security Hub findings");
    let hub = aws_sdk_securityhub::Client::new(config);
    match deadline
        .run(evidence::security_hub(&hub, region, limit))
        .await
    {
        None => out
            .failures
            .push(fail(deadline.passed("Security Hub findings"))),
        Some(Ok(ev)) => out.evidence.extend(ev),
        Some(Err(e)) => out.failures.push(fail(format!("Security Hub: {e}"))),
    }
}

/// An SDK error in words: the service's code and message when it sent one, never credentials.
pub(crate) fn describe<E, R>(err: &aws_sdk_config::error::SdkError<E, R>) -> String
where
    E: aws_sdk_config::error::ProvideErrorMetadata + std::error::Error + 'static,
    R: std::fmt::Debug + 'static,
{
    use aws_sdk_config::error::SdkError;
    match err {
        SdkError::ServiceError(s) => {
            let e = s.err();
            match (e.code(), e.message()) {
                (Some(c), Some(m)) => format!("{c}: {m}"),
                (Some(c), None) => c.to_string(),
                _ => format!("service error: {e}"),
            }
        }
        SdkError::TimeoutError(_) => "timed out".to_string(),
        SdkError::DispatchFailure(d) if d.is_timeout() => "timed out".to_string(),
        SdkError::DispatchFailure(_) | SdkError::ConstructionFailure(_) => {
            transport_cause(err).unwrap_or_else(|| "request could not be sent".to_string())
        }
        SdkError::ResponseError(_) => "malformed or truncated response".to_string(),
        _ => "request failed".to_string(),
    }
}

/// Why a request never got an answer, from the causes the SDK chains (hyper's, the resolver's,
/// the credential providers'), in words: which of them, not their text, which can be long.
fn transport_cause(err: &(dyn std::error::Error + 'static)) -> Option<String> {
    let mut chain = String::new();
    let mut at: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = at {
        chain.push_str(&format!("{e:?} {e} ").to_ascii_lowercase());
        at = e.source();
    }
    let has = |needles: &[&str]| needles.iter().any(|n| chain.contains(n));
    Some(
        if has(&[
            "dns error",
            "failed to lookup address",
            "name or service not known",
            "no such host",
        ]) {
            "cannot resolve the endpoint's host name (DNS lookup failed)"
        } else if has(&[
            "credentialsnotloaded",
            "no credentials",
            "credentials provider",
            "failed to load credentials",
            "identity",
        ]) {
            "no AWS credentials could be loaded (hint: set AWS_PROFILE, or AWS_ACCESS_KEY_ID and \
             AWS_SECRET_ACCESS_KEY, or run with an instance or task role)"
        } else if has(&["connection reset", "reset by peer"]) {
            "connection reset by the server"
        } else if has(&["connection refused"]) {
            "connection refused"
        } else if has(&[
            "incompletemessage",
            "connection closed before message completed",
            "broken pipe",
            "unexpected eof",
        ]) {
            "the connection closed before an answer came"
        } else if has(&["certificate", "tls", "handshake"]) {
            "the TLS handshake failed"
        } else if has(&["io error", "kind: "]) {
            "connection failed"
        } else {
            return None;
        }
        .to_string(),
    )
}
