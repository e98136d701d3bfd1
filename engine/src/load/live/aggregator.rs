//! A scan through an AWS Config aggregator: every account and region it collects, read in the
//! aggregator's own region. A source whose last collection failed is a failure naming its
//! account and region (its data may be stale or missing). Trail status, Config rule results and
//! Security Hub findings are read for the caller's account in the aggregator's region only:
//! other accounts would need a role to assume in each of them.

use super::progress::Progress;
use super::{config_api, describe, load_items, resource_types, tags, Failure, LiveInventory};
use super::{LiveOptions, NO_TAGS};
use crate::error::{Error, Result};
use aws_config::SdkConfig;
use aws_sdk_config::types::{AggregatedSourceStatusType, AggregatedSourceType};
use aws_sdk_config::Client;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use tokio::sync::Semaphore;

pub async fn scan(
    options: &LiveOptions,
    base: &SdkConfig,
    name: &str,
    limit: Arc<Semaphore>,
    progress: &Progress,
) -> Result<LiveInventory> {
    let Some(home) = base.region().map(|r| r.to_string()) else {
        return Err(Error::Usage(format!(
            "no AWS region to read aggregator `{name}` in: set AWS_REGION or the profile's \
             region to the aggregator's region (`--regions` filters its source regions)"
        )));
    };
    let config = super::sdk_config(options, Some(&home)).await;
    let client = Client::new(&config);
    let bar = progress.region(&format!("{name}@{home}"));
    let keep =
        |region: &str| options.regions.is_empty() || options.regions.iter().any(|r| r == region);
    let here = |what: String| Failure::in_region(&home, format!("aggregator `{name}`: {what}"));
    let deadline = super::Deadline::new(options.deadline);
    let mut out = LiveInventory {
        label: format!("aws-aggregator:{name}@{home}"),
        regions: options.regions.clone(),
        ..Default::default()
    };

    bar.kind("aggregator sources");
    let Some(status) = deadline.run(sources(&client, name, &limit)).await else {
        out.failures.push(here(
            deadline.passed("the aggregator's sources and everything after"),
        ));
        bar.done(0);
        return Ok(out);
    };
    match status {
        Ok(sources) => {
            for s in sources.iter().filter(|s| keep(&s.region)) {
                if options.regions.is_empty() {
                    out.regions.push(s.region.clone());
                }
                if let Some(f) = s.failure(name) {
                    out.failures.push(f);
                }
            }
        }
        Err(StatusError::NoSuchAggregator) => {
            return Err(Error::Usage(format!(
                "there is no AWS Config aggregator `{name}` in region `{home}` (hint: an \
                 aggregator is read in its own region: set AWS_REGION or the profile's region \
                 to it)"
            )))
        }
        Err(StatusError::Other(e)) => out.failures.push(here(format!(
            "DescribeConfigurationAggregatorSourcesStatus: {e}; whether each source's data is \
             current is not known"
        ))),
    }

    // One task per type (and per kept source region when filtering): the aggregator holds
    // every account's resources, so a type is where the parallelism is.
    let types = resource_types();
    let filters: Vec<Option<String>> = if options.regions.is_empty() {
        vec![None]
    } else {
        options.regions.iter().cloned().map(Some).collect()
    };
    bar.kind(&format!("{} resource types", types.len()));
    let mut tasks = tokio::task::JoinSet::new();
    let mut jobs = Vec::new();
    for ty in &types {
        for region in &filters {
            let (client, limit, name) = (client.clone(), limit.clone(), name.to_string());
            let (ty, region) = (*ty, region.clone());
            let index = jobs.len();
            jobs.push((ty, region.clone()));
            tasks.spawn(async move {
                let got = config_api::aggregate_items_of_type(
                    &client,
                    &name,
                    ty,
                    region.as_deref(),
                    &limit,
                )
                .await;
                (index, got)
            });
        }
    }
    let mut results: Vec<Option<std::result::Result<Vec<Value>, String>>> =
        (0..jobs.len()).map(|_| None).collect();
    loop {
        match deadline.run(tasks.join_next()).await {
            None => {
                // What finished is kept; the types still being read are failures.
                tasks.abort_all();
                for r in results.iter_mut().filter(|r| r.is_none()) {
                    *r = Some(Err(deadline.passed("them")));
                }
                break;
            }
            Some(None) => break,
            Some(Some(Ok((index, got)))) => results[index] = Some(got),
            Some(Some(Err(e))) => out.failures.push(here(format!("task failed: {e}"))),
        }
    }
    // In job order, so the items (and the loader's tie-breaks) do not depend on timing. One
    // failure per distinct error, naming the types it hit, rather than one per type.
    let mut items = Vec::new();
    let mut errors: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for ((ty, region), got) in jobs.iter().zip(results) {
        match got {
            Some(Ok(got)) => items.extend(got),
            Some(Err(e)) => errors.entry(e).or_default().push(match region {
                Some(r) => format!("`{ty}` (source region `{r}`)"),
                None => format!("`{ty}`"),
            }),
            None => {}
        }
    }
    let failed = errors.values().map(Vec::len).sum::<usize>();
    for (e, what) in errors {
        let what = if what.len() == jobs.len() {
            "(every resource type)".to_string()
        } else {
            what.join(", ")
        };
        out.failures.push(here(format!("AWS Config {what}: {e}")));
    }
    if failed == jobs.len() {
        // Retries are spent on every type: the aggregator is not answering. Stop asking it,
        // as a failing region is no longer asked.
        bar.done(0);
        return Ok(out);
    }

    bar.kind("tags (advanced query)");
    let scope = tags::Scope::Aggregator {
        name,
        regions: &options.regions,
    };
    match deadline
        .run(tags::select(&client, &scope, &types, &limit))
        .await
    {
        None => out.failures.push(here(
            deadline.passed(&format!("tags (advanced query); {NO_TAGS}")),
        )),
        Some(Ok(t)) => tags::merge(&mut items, &t),
        Some(Err(e)) => out
            .failures
            .push(here(format!("AWS Config advanced query: {e}; {NO_TAGS}"))),
    }

    let mut extras = super::Extras::default();
    super::account_extras(&config, &client, &home, &limit, &bar, &mut extras, deadline).await;
    super::cloudtrail::merge(&mut items, extras.trails);
    out.failures.extend(extras.failures);
    out.evidence.extend(extras.evidence);
    bar.done(items.len());

    // Loaded per account and region, as a single-account scan loads each region: the loader
    // tells resources apart by type and id, which repeat across accounts (trail and table
    // names).
    let mut groups: BTreeMap<(String, String), Vec<Value>> = BTreeMap::new();
    for item in items {
        let field = |k: &str| item[k].as_str().unwrap_or_default().to_string();
        groups
            .entry((field("accountId"), field("awsRegion")))
            .or_default()
            .push(item);
    }
    for ((account, region), items) in &groups {
        if region != "global" && options.regions.is_empty() {
            out.regions.push(region.clone());
        }
        out.inventory.extend(load_items(
            &format!("aws-config:{account}:{region}"),
            items,
        )?);
    }
    Ok(out)
}

/// One source of the aggregator, as its status reports it.
struct Source {
    /// The account id, or the organization's id for an organization source.
    id: String,
    organization: bool,
    region: String,
    status: Option<AggregatedSourceStatusType>,
    error: Option<String>,
}

impl Source {
    fn failure(&self, aggregator: &str) -> Option<Failure> {
        if self.status != Some(AggregatedSourceStatusType::Failed) {
            return None;
        }
        let cause = self
            .error
            .as_deref()
            .map(|e| format!(" ({e})"))
            .unwrap_or_default();
        let what = format!(
            "aggregator `{aggregator}` failed to collect this source{cause}; its data may be \
             stale or missing"
        );
        Some(if self.organization {
            Failure::in_region(
                &self.region,
                format!("organization source `{}`: {what}", self.id),
            )
        } else {
            Failure {
                account: Some(self.id.clone()),
                region: self.region.clone(),
                what,
            }
        })
    }
}

enum StatusError {
    NoSuchAggregator,
    Other(String),
}

/// Every source's last collection status.
async fn sources(
    client: &Client,
    name: &str,
    limit: &Arc<Semaphore>,
) -> std::result::Result<Vec<Source>, StatusError> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    let mut token: Option<String> = None;
    loop {
        let page = {
            let _permit = limit
                .acquire()
                .await
                .map_err(|e| StatusError::Other(e.to_string()))?;
            client
                .describe_configuration_aggregator_sources_status()
                .configuration_aggregator_name(name)
                .set_next_token(token.clone())
                .send()
                .await
                .map_err(|e| {
                    if e.as_service_error()
                        .is_some_and(|s| s.is_no_such_configuration_aggregator_exception())
                    {
                        StatusError::NoSuchAggregator
                    } else {
                        StatusError::Other(describe(&e))
                    }
                })?
        };
        for s in page.aggregated_source_status_list() {
            let (Some(id), Some(region)) = (s.source_id(), s.aws_region()) else {
                continue;
            };
            if !seen.insert((id.to_string(), region.to_string())) {
                continue;
            }
            let error = match (s.last_error_code(), s.last_error_message()) {
                (Some(c), Some(m)) => Some(format!("{c}: {m}")),
                (Some(c), None) => Some(c.to_string()),
                (None, Some(m)) => Some(m.to_string()),
                (None, None) => None,
            };
            out.push(Source {
                id: id.to_string(),
                organization: s.source_type() == Some(&AggregatedSourceType::Organization),
                region: region.to_string(),
                status: s.last_update_status().cloned(),
                error,
            });
        }
        match page.next_token() {
            Some(t) if !t.is_empty() => token = Some(t.to_string()),
            _ => break,
        }
    }
    Ok(out)
}
