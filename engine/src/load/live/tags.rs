//! Tags through AWS Config's advanced query. `BatchGetResourceConfig` items carry no tags, so
//! one `SelectResourceConfig` (or `SelectAggregateResourceConfig`) per scope reads them for
//! every modeled type, and they are merged into the items before the Config loader sees them.
//! An item the query did not return keeps no tags: the loader then lists `tags` as unknown.

use super::describe;
use aws_sdk_config::Client;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::Arc;
use tokio::sync::Semaphore;

/// Where the query runs.
pub enum Scope<'a> {
    /// The client's account and region.
    Region,
    /// Every source of an aggregator; `regions` (when not empty) keeps those source regions.
    Aggregator {
        name: &'a str,
        regions: &'a [String],
    },
}

/// (account, region, resource type, resource id): how a query row finds its item.
pub type Key = (String, String, String, String);

/// The query: the fields that identify an item, and its tags.
pub fn expression(types: &[&str], regions: &[String]) -> String {
    fn quoted<'a>(v: impl IntoIterator<Item = &'a str>) -> String {
        v.into_iter()
            .map(|s| format!("'{s}'"))
            .collect::<Vec<_>>()
            .join(", ")
    }
    let mut e = format!(
        "SELECT resourceId, resourceType, awsRegion, accountId, tags WHERE resourceType IN ({})",
        quoted(types.iter().copied())
    );
    if !regions.is_empty() {
        // IAM items are recorded with the region `global`.
        let all = regions.iter().map(String::as_str).chain(["global"]);
        e.push_str(&format!(" AND awsRegion IN ({})", quoted(all)));
    }
    e
}

/// Every page of the query, as tags by item.
pub async fn select(
    client: &Client,
    scope: &Scope<'_>,
    types: &[&str],
    limit: &Arc<Semaphore>,
) -> Result<HashMap<Key, Value>, String> {
    let (op, regions) = match scope {
        Scope::Region => ("SelectResourceConfig", &[][..]),
        Scope::Aggregator { regions, .. } => ("SelectAggregateResourceConfig", *regions),
    };
    let expr = expression(types, regions);
    let mut out = HashMap::new();
    let mut token: Option<String> = None;
    loop {
        let (results, next) = {
            let _permit = limit.acquire().await.map_err(|e| e.to_string())?;
            match scope {
                Scope::Region => {
                    let page = client
                        .select_resource_config()
                        .expression(&expr)
                        .limit(100)
                        .set_next_token(token.clone())
                        .send()
                        .await
                        .map_err(|e| format!("{op}: {}", describe(&e)))?;
                    (
                        page.results().to_vec(),
                        page.next_token().map(str::to_owned),
                    )
                }
                Scope::Aggregator { name, .. } => {
                    let page = client
                        .select_aggregate_resource_config()
                        .configuration_aggregator_name(*name)
                        .expression(&expr)
                        .limit(100)
                        .set_next_token(token.clone())
                        .send()
                        .await
                        .map_err(|e| format!("{op}: {}", describe(&e)))?;
                    (
                        page.results().to_vec(),
                        page.next_token().map(str::to_owned),
                    )
                }
            }
        };
        for text in results {
            let row: Value = serde_json::from_str(&text)
                .map_err(|e| format!("{op}: a result is not JSON ({e})"))?;
            // A row without a tags list is left out: its item's tags stay unknown rather
            // than read as empty.
            let tags = match row.get("tags") {
                Some(t @ (Value::Array(_) | Value::Object(_))) => t.clone(),
                _ => continue,
            };
            if let Some(key) = key_of(&row) {
                out.insert(key, tags);
            }
        }
        match next {
            Some(t) if !t.is_empty() => token = Some(t),
            _ => break,
        }
    }
    Ok(out)
}

fn key_of(v: &Value) -> Option<Key> {
    let s = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
    Some((
        s("accountId")?,
        s("awsRegion")?,
        s("resourceType")?,
        s("resourceId")?,
    ))
}

/// Puts each item's tags (a list of `{key, value}`, as the query returns them) on the item.
pub fn merge(items: &mut [Value], tags: &HashMap<Key, Value>) {
    for item in items.iter_mut() {
        if let Some(t) = key_of(item).and_then(|k| tags.get(&k)) {
            item["tags"] = t.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_query_names_the_types_and_keeps_global_items_when_filtering_regions() {
        assert_eq!(
            expression(&["AWS::S3::Bucket", "AWS::IAM::User"], &[]),
            "SELECT resourceId, resourceType, awsRegion, accountId, tags WHERE resourceType IN \
             ('AWS::S3::Bucket', 'AWS::IAM::User')"
        );
        assert!(expression(&["AWS::S3::Bucket"], &["eu-west-1".into()])
            .ends_with(" AND awsRegion IN ('eu-west-1', 'global')"));
    }

    #[test]
    fn tags_land_on_the_matching_item_only() {
        let mut items = vec![
            json!({"accountId": "111111111111", "awsRegion": "eu-west-1", "resourceType": "AWS::S3::Bucket", "resourceId": "a"}),
            json!({"accountId": "222222222222", "awsRegion": "eu-west-1", "resourceType": "AWS::S3::Bucket", "resourceId": "a"}),
        ];
        let mut tags = HashMap::new();
        tags.insert(
            key_of(&items[0]).unwrap(),
            json!([{"key": "k", "value": "v"}]),
        );
        merge(&mut items, &tags);
        assert_eq!(items[0]["tags"], json!([{"key": "k", "value": "v"}]));
        assert!(items[1].get("tags").is_none());
    }
}
