//! CloudWatch Logs log groups, with `aws_cloudwatch_log_subscription_filter` folded in.

use super::planned::Reader;
use super::table::{Context, Join, Satellite, Table};
use crate::model::*;

pub const LOG_GROUP: Table = Table {
    types: &[("aws_cloudwatch_log_group", |r| {
        Attributes::LogsLogGroup(log_group(r))
    })],
    satellites: &[Satellite {
        tf_type: "aws_cloudwatch_log_subscription_filter",
        join: Join::Parent {
            attr: "log_group_name",
            fold: |r, parent, ctx| subscription(r, parent, ctx, false),
            deleted: Some(|r, parent, ctx| subscription(r, parent, ctx, true)),
        },
    }],
};

fn subscription(
    r: &mut Reader<'_>,
    parent: &mut Attributes,
    ctx: &mut Context<'_, '_>,
    deleted: bool,
) {
    let Attributes::LogsLogGroup(g) = parent else {
        return;
    };
    let address = ctx.address.clone();
    g.subscriptions
        .retain(|s| s.defined_by.as_deref() != Some(address.as_str()));
    if deleted {
        return;
    }
    let node = r.root().get("destination_arn");
    let destination = r.reference(node, &["destination_arn"], "subscriptions");
    if destination.is_none() {
        ctx.mark("subscriptions");
    }
    let destination_region = destination
        .as_deref()
        .and_then(crate::aws::Arn::parse)
        .and_then(|a| a.region().map(str::to_owned));
    g.subscriptions.push(LogSubscription {
        destination,
        destination_region,
        defined_by: Some(address),
    });
}

fn log_group(r: &mut Reader<'_>) -> LogsLogGroup {
    let n = r.root();
    LogsLogGroup {
        name: r.string(n.get("name"), "name"),
        retention_in_days: r.int(n.get("retention_in_days"), "retention_in_days", Some(0)),
        kms_key: r.reference(n.get("kms_key_id"), &["kms_key_id"], "kms_key"),
        log_group_class: r.string_or(n.get("log_group_class"), "log_group_class", "STANDARD"),
        subscriptions: Vec::new(),
    }
}
