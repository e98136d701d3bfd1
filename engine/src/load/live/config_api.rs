//! AWS Config: discovered resources of a type (paginated to the end), then their configuration
//! items in batches of 100, as Config API JSON for the Config loader; in one account and region,
//! or across the sources of an aggregator.

use super::describe;
use aws_sdk_config::types::{
    AggregateResourceIdentifier, BaseConfigurationItem, ResourceFilters, ResourceKey, ResourceType,
};
use aws_sdk_config::Client;
use serde_json::{json, Map, Value};
use std::sync::Arc;
use tokio::sync::Semaphore;

const BATCH: usize = 100;

pub async fn items_of_type(
    client: &Client,
    resource_type: &str,
    limit: &Arc<Semaphore>,
) -> Result<Vec<Value>, String> {
    let ty = ResourceType::from(resource_type);
    let mut ids: Vec<String> = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let page = {
            let _permit = limit.acquire().await.map_err(|e| e.to_string())?;
            client
                .list_discovered_resources()
                .resource_type(ty.clone())
                .set_next_token(token.clone())
                .send()
                .await
                .map_err(|e| format!("ListDiscoveredResources: {}", describe(&e)))?
        };
        for r in page.resource_identifiers() {
            // Deleted resources are listed only when asked for; skip any that slip through.
            if r.resource_deletion_time().is_none() {
                if let Some(id) = r.resource_id() {
                    ids.push(id.to_string());
                }
            }
        }
        match page.next_token() {
            Some(t) if !t.is_empty() => token = Some(t.to_string()),
            _ => break,
        }
    }
    let keys: Vec<ResourceKey> = ids
        .iter()
        .map(|id| {
            ResourceKey::builder()
                .resource_type(ty.clone())
                .resource_id(id)
                .build()
                .expect("type and id are set")
        })
        .collect();
    read_in_batches("BatchGetResourceConfig", &keys, limit, |keys| async move {
        let out = client
            .batch_get_resource_config()
            .set_resource_keys(Some(keys))
            .send()
            .await
            .map_err(|e| format!("BatchGetResourceConfig: {}", describe(&e)))?;
        Ok((
            out.base_configuration_items()
                .iter()
                .map(item_json)
                .collect(),
            out.unprocessed_resource_keys().to_vec(),
        ))
    })
    .await
}

/// The same through an aggregator: every source account and region, or only `region`'s.
/// Items keep their own account id and region.
pub async fn aggregate_items_of_type(
    client: &Client,
    aggregator: &str,
    resource_type: &str,
    region: Option<&str>,
    limit: &Arc<Semaphore>,
) -> Result<Vec<Value>, String> {
    let ty = ResourceType::from(resource_type);
    let filters = region.map(|r| ResourceFilters::builder().region(r).build());
    let mut ids: Vec<AggregateResourceIdentifier> = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let page = {
            let _permit = limit.acquire().await.map_err(|e| e.to_string())?;
            client
                .list_aggregate_discovered_resources()
                .configuration_aggregator_name(aggregator)
                .resource_type(ty.clone())
                .set_filters(filters.clone())
                .set_next_token(token.clone())
                .send()
                .await
                .map_err(|e| format!("ListAggregateDiscoveredResources: {}", describe(&e)))?
        };
        ids.extend(page.resource_identifiers().iter().cloned());
        match page.next_token() {
            Some(t) if !t.is_empty() => token = Some(t.to_string()),
            _ => break,
        }
    }
    read_in_batches(
        "BatchGetAggregateResourceConfig",
        &ids,
        limit,
        |keys| async move {
            let out = client
                .batch_get_aggregate_resource_config()
                .configuration_aggregator_name(aggregator)
                .set_resource_identifiers(Some(keys))
                .send()
                .await
                .map_err(|e| format!("BatchGetAggregateResourceConfig: {}", describe(&e)))?;
            Ok((
                out.base_configuration_items()
                    .iter()
                    .map(item_json)
                    .collect(),
                out.unprocessed_resource_identifiers().to_vec(),
            ))
        },
    )
    .await
}

/// Reads `keys` in batches of 100; `fetch` is one call, giving the items it returned and the
/// keys it left unprocessed. Unprocessed keys are asked again; a batch that makes no progress
/// is a failure.
async fn read_in_batches<K, F, Fut>(
    op: &str,
    keys: &[K],
    limit: &Arc<Semaphore>,
    fetch: F,
) -> Result<Vec<Value>, String>
where
    K: Clone,
    F: Fn(Vec<K>) -> Fut,
    Fut: std::future::Future<Output = Result<(Vec<Value>, Vec<K>), String>>,
{
    let mut items = Vec::new();
    for chunk in keys.chunks(BATCH) {
        let mut keys = chunk.to_vec();
        for _ in 0..5 {
            if keys.is_empty() {
                break;
            }
            let (got, unprocessed) = {
                let _permit = limit.acquire().await.map_err(|e| e.to_string())?;
                fetch(keys.clone()).await?
            };
            let before = keys.len();
            items.extend(got);
            keys = unprocessed;
            if keys.len() == before {
                break;
            }
        }
        if !keys.is_empty() {
            return Err(format!("{op} left {} resources unprocessed", keys.len()));
        }
    }
    Ok(items)
}

/// The SDK's item back in the API's JSON shape (the shape `BatchGetResourceConfig` files have).
pub fn item_json(item: &BaseConfigurationItem) -> Value {
    let mut m = Map::new();
    let mut put = |k: &str, v: Option<&str>| {
        if let Some(v) = v {
            m.insert(k.to_string(), Value::String(v.to_string()));
        }
    };
    put("version", item.version());
    put("accountId", item.account_id());
    put(
        "configurationItemStatus",
        item.configuration_item_status().map(|s| s.as_str()),
    );
    put("configurationStateId", item.configuration_state_id());
    put("arn", item.arn());
    put("resourceType", item.resource_type().map(|t| t.as_str()));
    put("resourceId", item.resource_id());
    put("resourceName", item.resource_name());
    put("awsRegion", item.aws_region());
    put("availabilityZone", item.availability_zone());
    put("configuration", item.configuration());
    if let Some(t) = item.configuration_item_capture_time() {
        m.insert(
            "configurationItemCaptureTime".into(),
            json!(t.as_secs_f64()),
        );
    }
    if let Some(sup) = item.supplementary_configuration() {
        let mut keys: Vec<&String> = sup.keys().collect();
        keys.sort();
        let obj: Map<String, Value> = keys
            .into_iter()
            .map(|k| (k.clone(), Value::String(sup[k].clone())))
            .collect();
        m.insert("supplementaryConfiguration".into(), Value::Object(obj));
    }
    Value::Object(m)
}

/// Whether AWS Config is recording in the client's region, in words when it is not. A region
/// without a recorder lists no resources, which must not read as a region with nothing wrong.
pub async fn recorder_problem(
    client: &Client,
    limit: &Arc<Semaphore>,
) -> Result<Option<String>, String> {
    let out = {
        let _permit = limit.acquire().await.map_err(|e| e.to_string())?;
        client
            .describe_configuration_recorder_status()
            .send()
            .await
            .map_err(|e| format!("DescribeConfigurationRecorderStatus: {}", describe(&e)))?
    };
    let recorders = out.configuration_recorders_status();
    if recorders.is_empty() {
        return Ok(Some(
            "AWS Config has no configuration recorder here: nothing in this region is recorded, \
             so none of its resources are judged"
                .to_string(),
        ));
    }
    if recorders.iter().any(|r| r.recording()) {
        return Ok(None);
    }
    let names: Vec<String> = recorders
        .iter()
        .map(|r| {
            let last = r
                .last_status()
                .map(|s| format!(", last status `{}`", s.as_str()))
                .unwrap_or_default();
            format!("`{}`{last}", r.name().unwrap_or("?"))
        })
        .collect();
    Ok(Some(format!(
        "AWS Config is not recording (recorder {}): the items read may be out of date and \
         resources created since are missing",
        names.join(", ")
    )))
}
