//! CloudWatch Logs log groups.

use super::planned::Reader;
use super::table::Table;
use crate::model::*;

pub const LOG_GROUP: Table = Table {
    types: &[("aws_cloudwatch_log_group", |r| {
        Attributes::LogsLogGroup(log_group(r))
    })],
    satellites: &[],
};

fn log_group(r: &mut Reader<'_>) -> LogsLogGroup {
    let n = r.root();
    LogsLogGroup {
        name: r.string(n.get("name"), "name"),
        retention_in_days: r.int(n.get("retention_in_days"), "retention_in_days", Some(0)),
        kms_key: r.reference(n.get("kms_key_id"), &["kms_key_id"], "kms_key"),
        log_group_class: r.string_or(n.get("log_group_class"), "log_group_class", "STANDARD"),
    }
}
