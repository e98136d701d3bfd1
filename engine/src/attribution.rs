//! Who changed a failing live resource: the newest CloudTrail management event that wrote to
//! it (`LookupEvents` by resource name), with the caller, the time, the call and the source
//! address. CloudTrail answers `LookupEvents` twice a second per account and region, so lookups
//! in a region are spaced 600 ms apart (regions run side by side), and the evidence store
//! caches what was found: a finding already failing in the store is not looked up again.

use crate::aws::Arn;
use crate::calendar;
use crate::error::Result;
use crate::load::live::LiveOptions;
use crate::store::{AttributionRow, Store};
use aws_sdk_cloudtrail::types::{LookupAttribute, LookupAttributeKey};
use comply_reports::{Report, Status};
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::time::Duration;

/// CloudTrail's `LookupEvents` quota is 2 requests a second per account and region; a margin
/// over 500 ms keeps a request delayed on the way from arriving with the next.
const SPACING: Duration = Duration::from_millis(600);

/// What `attribute` did.
#[derive(Debug, Default)]
pub struct Attributed {
    pub looked_up: usize,
    pub from_cache: usize,
    /// A lookup that failed, in words (the finding stays unattributed).
    pub failures: Vec<String>,
}

/// The (resource ARN, region, name to look up) of a finding CloudTrail can attribute.
fn target(resource: &str, region: Option<&str>) -> Option<(String, String, String)> {
    let arn = Arn::parse(resource)?;
    // Global services (IAM, S3 bucket names) record their events in us-east-1 of the partition.
    let region = region
        .filter(|r| crate::aws::is_region(r))
        .or(arn.region())
        .unwrap_or("us-east-1");
    Some((
        resource.to_string(),
        region.to_string(),
        arn.resource_id().to_string(),
    ))
}

/// Sets `changed_by` on the report's failing live findings.
pub fn attribute(
    report: &mut Report,
    live: &LiveOptions,
    mut store: Option<&mut Store>,
) -> Result<Attributed> {
    let mut done = Attributed::default();
    let targets: BTreeSet<(String, String, String)> = report
        .findings
        .iter()
        .filter(|f| f.status == Status::Fail && !f.baselined)
        .filter_map(|f| target(&f.resource, f.region.as_deref()))
        .collect();
    if targets.is_empty() {
        return Ok(done);
    }
    let (cached, already_failing) = match store.as_deref_mut() {
        Some(s) => (s.attributions()?, s.failing_identities()?),
        None => (Vec::new(), HashSet::new()),
    };
    let mut known: BTreeMap<(String, String), Vec<AttributionRow>> = BTreeMap::new();
    for a in cached {
        known
            .entry((a.resource.clone(), a.region.clone()))
            .or_default()
            .push(a);
    }
    let failing_before: HashSet<&str> = report
        .findings
        .iter()
        .filter(|f| already_failing.contains(&f.identity()))
        .map(|f| f.resource.as_str())
        .collect();
    // A resource newly failing is looked up even when cached: the change that broke it is new.
    let mut wanted: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for (resource, region, name) in &targets {
        let cached = known.contains_key(&(resource.clone(), region.clone()));
        if cached && failing_before.contains(resource.as_str()) {
            done.from_cache += 1;
            continue;
        }
        wanted
            .entry(region.clone())
            .or_default()
            .push((resource.clone(), name.clone()));
    }
    let found = lookup_all(live, wanted, &mut done)?;
    let now = calendar::now_rfc3339();
    for (resource, region, events) in found {
        for mut row in events {
            row.looked_up_at = now.clone();
            if let Some(s) = store.as_deref_mut() {
                s.put_attribution(&row)?;
            }
            known
                .entry((resource.clone(), region.clone()))
                .or_default()
                .push(row);
        }
    }
    for f in report.findings.iter_mut() {
        if f.status != Status::Fail {
            continue;
        }
        let Some((resource, region, _)) = target(&f.resource, f.region.as_deref()) else {
            continue;
        };
        f.changed_by = known
            .get(&(resource, region))
            .and_then(|rows| AttributionRow::newest(rows.iter()))
            .map(AttributionRow::event);
    }
    Ok(done)
}

type Found = Vec<(String, String, Vec<AttributionRow>)>;

fn lookup_all(
    live: &LiveOptions,
    wanted: BTreeMap<String, Vec<(String, String)>>,
    done: &mut Attributed,
) -> Result<Found> {
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    crate::load::live::runtime()?.block_on(async {
        let mut tasks = Vec::new();
        for (region, resources) in wanted {
            let config = crate::load::live::sdk_config(live, Some(&region)).await;
            tasks.push(tokio::spawn(async move {
                let client = aws_sdk_cloudtrail::Client::new(&config);
                let mut out = Vec::new();
                let mut failures = Vec::new();
                let mut last: Option<tokio::time::Instant> = None;
                for (resource, name) in resources {
                    if let Some(t) = last {
                        tokio::time::sleep_until(t + SPACING).await;
                    }
                    last = Some(tokio::time::Instant::now());
                    match lookup(&client, &region, &resource, &name).await {
                        Ok(rows) => out.push((resource, region.clone(), rows)),
                        Err(e) => failures.push(format!(
                            "region `{region}`: CloudTrail LookupEvents for `{resource}`: {e}"
                        )),
                    }
                }
                (out, failures)
            }));
        }
        let mut found = Vec::new();
        for t in tasks {
            match t.await {
                Ok((out, failures)) => {
                    done.looked_up += out.len() + failures.len();
                    found.extend(out);
                    done.failures.extend(failures);
                }
                Err(e) => done
                    .failures
                    .push(format!("a CloudTrail lookup task failed: {e}")),
            }
        }
        Ok(found)
    })
}

/// Reads the call, not the data: events that only read are not changes.
fn is_read(name: &str, read_only: Option<&str>) -> bool {
    read_only == Some("true")
        || ["Get", "Describe", "List", "Head", "Lookup"]
            .iter()
            .any(|p| name.starts_with(p))
}

/// The newest write event to the resource, as a row to cache (none when CloudTrail has none).
async fn lookup(
    client: &aws_sdk_cloudtrail::Client,
    region: &str,
    resource: &str,
    name: &str,
) -> std::result::Result<Vec<AttributionRow>, String> {
    let attribute = LookupAttribute::builder()
        .attribute_key(LookupAttributeKey::ResourceName)
        .attribute_value(name)
        .build()
        .map_err(|e| e.to_string())?;
    let out = client
        .lookup_events()
        .lookup_attributes(attribute)
        .max_results(50)
        .send()
        .await
        .map_err(|e| crate::load::live::describe(&e))?;
    let mut rows: Vec<AttributionRow> = Vec::new();
    for e in out.events() {
        let (Some(id), Some(event_name), Some(time)) =
            (e.event_id(), e.event_name(), e.event_time())
        else {
            continue;
        };
        let detail: serde_json::Value = e
            .cloud_trail_event()
            .and_then(|s| serde_json::from_str(s).ok())
            .unwrap_or_default();
        let read_only = e
            .read_only()
            .map(str::to_string)
            .or_else(|| detail["readOnly"].as_bool().map(|b| b.to_string()));
        if is_read(event_name, read_only.as_deref()) {
            continue;
        }
        rows.push(AttributionRow {
            resource: resource.to_string(),
            region: region.to_string(),
            event_id: id.to_string(),
            event_time: calendar::rfc3339(time.secs()),
            event_name: event_name.to_string(),
            principal: detail["userIdentity"]["arn"]
                .as_str()
                .map(str::to_string)
                .or_else(|| e.username().map(str::to_string)),
            source_ip: detail["sourceIPAddress"].as_str().map(str::to_string),
            looked_up_at: String::new(),
        });
    }
    // The newest write is the one that matters; keep only it.
    rows.sort_by(|a, b| (&b.event_time, &b.event_id).cmp(&(&a.event_time, &a.event_id)));
    rows.truncate(1);
    Ok(rows)
}
