//! `AWS::Redshift::Cluster`: `DescribeClusters` in camelCase (`clusterIdentifier`,
//! `publiclyAccessible`), with `DescribeLoggingStatus` as `supplementaryConfiguration.LoggingStatus`.

use super::item::Head;
use super::reader::{as_str, member, Conf, Reader, Supp};
use crate::model::*;

pub fn cluster(head: &Head, r: &mut Reader<'_>) -> RedshiftCluster {
    let at_rest = r.req_bool(Conf, &["encrypted"], "encryption.at_rest");
    let kms_key = match at_rest {
        Some(false) => None,
        _ => r.opt_str(Conf, &["kmsKeyId"], "encryption.kms_key"),
    };
    let cluster_parameter_group_name = r
        .req_list(
            Conf,
            &["clusterParameterGroups"],
            "cluster_parameter_group_name",
        )
        .first()
        .and_then(|g| member(g, "parameterGroupName"))
        .and_then(as_str);
    RedshiftCluster {
        identifier: r.req_str_or(
            Conf,
            &["clusterIdentifier"],
            "identifier",
            head.resource_name.as_ref(),
        ),
        encryption: Encryption { at_rest, kms_key },
        publicly_accessible: r.req_bool(Conf, &["publiclyAccessible"], "publicly_accessible"),
        audit_logging: r.req_bool(Supp, &["LoggingStatus", "loggingEnabled"], "audit_logging"),
        automated_snapshot_retention_period: r.req_int(
            Conf,
            &["automatedSnapshotRetentionPeriod"],
            "automated_snapshot_retention_period",
        ),
        enhanced_vpc_routing: r.req_bool(Conf, &["enhancedVpcRouting"], "enhanced_vpc_routing"),
        cluster_parameter_group_name,
    }
}
