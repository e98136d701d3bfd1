//! `AWS::CloudFront::Distribution`: the `GetDistribution` shape, settings under
//! `distributionConfig`, lists as `{quantity, items}` with `items` left out when empty.

use super::reader::{as_str, at, member, Conf, Got, Reader};
use crate::model::*;
use serde_json::Value;

const CONFIG: &str = "distributionConfig";

pub fn distribution(r: &mut Reader<'_>) -> CloudFrontDistribution {
    let mut viewer_protocol_policies: Vec<String> = r
        .req_str(
            Conf,
            &[CONFIG, "defaultCacheBehavior", "viewerProtocolPolicy"],
            "viewer_protocol_policies",
        )
        .into_iter()
        .collect();
    for b in items(r, &[CONFIG, "cacheBehaviors"], "viewer_protocol_policies") {
        match member(b, "viewerProtocolPolicy").and_then(as_str) {
            Some(p) => viewer_protocol_policies.push(p),
            None => r.mark("viewer_protocol_policies"),
        }
    }
    let uses_default_certificate = r.req_bool(
        Conf,
        &[CONFIG, "viewerCertificate", "cloudFrontDefaultCertificate"],
        "uses_default_certificate",
    );
    let minimum_protocol_version = match uses_default_certificate {
        Some(true) => Some("TLSv1".into()),
        Some(false) => r.req_str(
            Conf,
            &[CONFIG, "viewerCertificate", "minimumProtocolVersion"],
            "minimum_protocol_version",
        ),
        None => {
            r.mark("minimum_protocol_version");
            None
        }
    };
    let (custom_origins, s3_origins) = origins(r);
    let logging = match r.req_bool(Conf, &[CONFIG, "logging", "enabled"], "logging") {
        Some(true) => Logging {
            enabled: Some(true),
            target_bucket: r.req_str(
                Conf,
                &[CONFIG, "logging", "bucket"],
                "logging.target_bucket",
            ),
        },
        enabled => Logging {
            enabled,
            target_bucket: None,
        },
    };
    let restriction_type = r.req_str(
        Conf,
        &[CONFIG, "restrictions", "geoRestriction", "restrictionType"],
        "geo_restriction.restriction_type",
    );
    CloudFrontDistribution {
        aliases: strings(items(r, &[CONFIG, "aliases"], "aliases")),
        enabled: r.req_bool(Conf, &[CONFIG, "enabled"], "enabled"),
        viewer_protocol_policies,
        minimum_protocol_version,
        uses_default_certificate,
        custom_origins,
        s3_origins,
        logging,
        // Recorded as `""` when the distribution has no web ACL.
        web_acl_id: r.opt_str(Conf, &[CONFIG, "webACLId"], "web_acl_id"),
        geo_restriction: GeoRestriction {
            locations: strings(items(
                r,
                &[CONFIG, "restrictions", "geoRestriction"],
                "geo_restriction.locations",
            )),
            restriction_type,
        },
    }
}

/// The `items` of a `{quantity, items}` list: missing `items` is empty, a missing list is not
/// recorded.
fn items<'a>(r: &mut Reader<'a>, path: &[&str], model: &str) -> &'a [Value] {
    match r.get(Conf, path) {
        Got::Value(list) => match member(list, "items") {
            None => &[],
            Some(Value::Array(a)) => a,
            Some(_) => {
                r.mark(model);
                &[]
            }
        },
        _ => {
            r.mark(model);
            &[]
        }
    }
}

fn strings(values: &[Value]) -> Vec<String> {
    values.iter().filter_map(as_str).collect()
}

fn origins(r: &mut Reader<'_>) -> (Vec<CustomOrigin>, Vec<S3Origin>) {
    let (mut custom, mut s3) = (Vec::new(), Vec::new());
    if !matches!(r.get(Conf, &[CONFIG, "origins"]), Got::Value(_)) {
        r.mark("custom_origins");
    }
    let list = items(r, &[CONFIG, "origins"], "s3_origins");
    for o in list {
        let origin_id = member(o, "id").and_then(as_str);
        if let Some(c) = member(o, "customOriginConfig") {
            custom.push(CustomOrigin {
                origin_id,
                origin_protocol_policy: member(c, "originProtocolPolicy").and_then(as_str),
                origin_ssl_protocols: at(c, &["originSslProtocols", "items"])
                    .and_then(Value::as_array)
                    .map(|l| strings(l))
                    .unwrap_or_default(),
            });
        } else if member(o, "s3OriginConfig").is_some() {
            let oac = member(o, "originAccessControlId").and_then(as_str);
            let oai = at(o, &["s3OriginConfig", "originAccessIdentity"]).and_then(as_str);
            let access_control = match (oac, oai) {
                (Some(_), _) => "origin-access-control",
                (None, Some(_)) => "origin-access-identity",
                (None, None) => "none",
            };
            s3.push(S3Origin {
                origin_id,
                access_control: Some(access_control.into()),
            });
        }
    }
    (custom, s3)
}
