//! Live AWS: the inventory from AWS Config (and trail status from CloudTrail) over the AWS SDK,
//! across regions concurrently, normalized by the same Config loader that reads snapshot files.
//!
//! Every call goes through the SDK's standard retry mode (exponential backoff with jitter on
//! throttling and 5xx) and a per-attempt timeout. A region that still fails is recorded as a
//! failure, the scan is incomplete, and everything from the regions that worked is kept.

mod cloudtrail;
mod config_api;
mod evidence;
mod progress;

use crate::error::{Error, Result};
use crate::load::json::Document;
use crate::model::{Inventory, Kind};
use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_config::{BehaviorVersion, Region, SdkConfig};
use comply_reports::Evidence;
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
    /// Regions to scan; empty means the profile's region.
    pub regions: Vec<String>,
    pub profile: Option<String>,
    pub endpoint_url: Option<String>,
    /// Requests in flight at once, across regions.
    pub concurrency: usize,
    pub attempt_timeout: Duration,
    pub max_attempts: u32,
    /// Show progress on standard error.
    pub progress: bool,
}

impl Default for LiveOptions {
    fn default() -> Self {
        LiveOptions {
            regions: Vec::new(),
            profile: None,
            endpoint_url: None,
            concurrency: 8,
            attempt_timeout: Duration::from_secs(20),
            max_attempts: 6,
            progress: false,
        }
    }
}

/// A region (or source) that could not be read completely.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub region: String,
    pub what: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "region `{}`: {}", self.region, self.what)
    }
}

/// What a live scan gathered.
#[derive(Debug, Default)]
pub struct LiveInventory {
    pub inventory: Inventory,
    pub failures: Vec<Failure>,
    pub evidence: Vec<Evidence>,
    pub regions: Vec<String>,
}

/// The Config resource types the model knows.
pub fn resource_types() -> Vec<&'static str> {
    Kind::ALL
        .iter()
        .map(|k| k.as_str())
        // No Config type: the account password policy comes from IAM itself.
        .filter(|k| *k != "AWS::IAM::AccountPasswordPolicy")
        .collect()
}

/// Runs a live scan on its own runtime (the rest of the engine is synchronous).
pub fn scan(options: &LiveOptions) -> Result<LiveInventory> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::Usage(format!("cannot start the AWS client runtime: {e}")))?;
    runtime.block_on(scan_async(options))
}

async fn scan_async(options: &LiveOptions) -> Result<LiveInventory> {
    let base = sdk_config(options, None).await;
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
    let limit = Arc::new(Semaphore::new(options.concurrency.max(1)));
    let progress = progress::Progress::new(options.progress);
    let mut tasks = Vec::new();
    for region in &regions {
        let config = sdk_config(options, Some(region)).await;
        let limit = limit.clone();
        let region = region.clone();
        let bar = progress.region(&region);
        tasks.push(tokio::spawn(async move {
            scan_region(config, region, limit, bar).await
        }));
    }
    let mut out = LiveInventory {
        regions: regions.clone(),
        ..Default::default()
    };
    for (task, region) in tasks.into_iter().zip(&regions) {
        match task.await {
            Ok(Ok(region_result)) => {
                let inv = region_result.items_to_inventory()?;
                out.inventory.extend(inv);
                out.failures.extend(region_result.failures);
                out.evidence.extend(region_result.evidence);
            }
            Ok(Err(e)) => out.failures.push(Failure {
                region: region.clone(),
                what: e,
            }),
            Err(e) => out.failures.push(Failure {
                region: region.clone(),
                what: format!("task failed: {e}"),
            }),
        }
    }
    progress.finish();
    out.inventory.sort();
    out.failures
        .sort_by(|a, b| (&a.region, &a.what).cmp(&(&b.region, &b.what)));
    out.evidence.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    Ok(out)
}

async fn sdk_config(options: &LiveOptions, region: Option<&str>) -> SdkConfig {
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

/// What one region gave: configuration items (as Config API JSON), failures, evidence.
struct RegionResult {
    region: String,
    items: Vec<serde_json::Value>,
    failures: Vec<Failure>,
    evidence: Vec<Evidence>,
}

impl RegionResult {
    /// Items through the same loader as a `BatchGetResourceConfig` file.
    fn items_to_inventory(&self) -> Result<Inventory> {
        if self.items.is_empty() {
            return Ok(Inventory::default());
        }
        let text = serde_json::json!({ "baseConfigurationItems": self.items }).to_string();
        let name = format!("aws-config:{}", self.region);
        let doc = Document::new(&name, &text);
        Ok(crate::load::load_document(&doc)?.0)
    }
}

async fn scan_region(
    config: SdkConfig,
    region: String,
    limit: Arc<Semaphore>,
    bar: progress::RegionBar,
) -> std::result::Result<RegionResult, String> {
    let mut result = RegionResult {
        region: region.clone(),
        items: Vec::new(),
        failures: Vec::new(),
        evidence: Vec::new(),
    };
    let client = aws_sdk_config::Client::new(&config);
    let fail = |what: String| Failure {
        region: region.clone(),
        what,
    };
    for resource_type in resource_types() {
        bar.kind(resource_type);
        match config_api::items_of_type(&client, resource_type, &limit).await {
            Ok(items) => result.items.extend(items),
            Err(e) => {
                // Retries are spent: the region is failing. Say so once and stop asking it;
                // what it already gave is kept.
                result
                    .failures
                    .push(fail(format!("AWS Config `{resource_type}`: {e}")));
                bar.done(result.items.len());
                return Ok(result);
            }
        }
    }
    bar.kind("CloudTrail trail status");
    let trails = aws_sdk_cloudtrail::Client::new(&config);
    match cloudtrail::trail_items(&trails, &region, &limit).await {
        Ok(extra) => cloudtrail::merge(&mut result.items, extra),
        Err(e) => result.failures.push(fail(format!("CloudTrail: {e}"))),
    }
    bar.kind("AWS Config rule results");
    match evidence::config_rules(&client, &region, &limit).await {
        Ok(ev) => result.evidence.extend(ev),
        Err(e) => result.failures.push(fail(format!("AWS Config rules: {e}"))),
    }
    bar.kind("Security Hub findings");
    let hub = aws_sdk_securityhub::Client::new(&config);
    match evidence::security_hub(&hub, &region, &limit).await {
        Ok(ev) => result.evidence.extend(ev),
        Err(e) => result.failures.push(fail(format!("Security Hub: {e}"))),
    }
    bar.done(result.items.len());
    Ok(result)
}

/// An SDK error in words: the service's code and message when it sent one, never credentials.
pub(crate) fn describe<E, R>(err: &aws_sdk_config::error::SdkError<E, R>) -> String
where
    E: aws_sdk_config::error::ProvideErrorMetadata + std::error::Error + 'static,
    R: std::fmt::Debug,
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
        SdkError::DispatchFailure(d) => {
            if d.is_timeout() {
                "timed out".to_string()
            } else if d.is_io() {
                "connection failed".to_string()
            } else {
                "request could not be sent".to_string()
            }
        }
        SdkError::ResponseError(_) => "malformed or truncated response".to_string(),
        SdkError::ConstructionFailure(_) => "request could not be built".to_string(),
        _ => "request failed".to_string(),
    }
}
