//! `AWS::SecretsManager::Secret`: the `DescribeSecret` shape in CloudFormation's spelling
//! (`KMSKeyId`, `RotationRules.AutomaticallyAfterDays`). Fields are written only when set.

use super::item::Head;
use super::reader::{as_str, member, Conf, Reader};
use crate::model::*;

pub fn secret(head: &Head, r: &mut Reader<'_>) -> SecretsManagerSecret {
    let marked = r.unknown.len();
    let kms_key = r
        .opt_str(Conf, &["KMSKeyId"], "kms_key")
        .filter(|k| !SecretsManagerSecret::is_aws_managed_key(k));
    let customer_managed_key = if r.unknown.len() > marked {
        r.mark("customer_managed_key");
        None
    } else {
        Some(kms_key.is_some())
    };
    let rotation_enabled = r.opt_bool(Conf, &["RotationEnabled"], "rotation_enabled", false);
    let (rotation_days, rotation_schedule) = match rotation_enabled {
        Some(true) => {
            let schedule = r.opt_str(
                Conf,
                &["RotationRules", "ScheduleExpression"],
                "rotation_schedule",
            );
            let days = r
                .opt_int(
                    Conf,
                    &["RotationRules", "AutomaticallyAfterDays"],
                    "rotation_days",
                    None,
                )
                .or_else(|| {
                    schedule
                        .as_deref()
                        .and_then(SecretsManagerSecret::rate_days)
                })
                .or(Some(0));
            (days, schedule)
        }
        Some(false) => (Some(0), None),
        None => {
            r.mark("rotation_days");
            (None, None)
        }
    };
    let replica_regions = r
        .opt_list(Conf, &["ReplicationStatus"], "replica_regions")
        .iter()
        .filter_map(|rep| member(rep, "Region").and_then(as_str))
        .collect();
    SecretsManagerSecret {
        name: r.req_str_or(Conf, &["Name"], "name", head.resource_name.as_ref()),
        kms_key,
        customer_managed_key,
        rotation_enabled,
        rotation_days,
        rotation_schedule,
        replica_regions,
    }
}
