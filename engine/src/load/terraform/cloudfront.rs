//! CloudFront distributions.

use super::planned::Reader;
use super::table::Table;
use super::values::Node;
use crate::model::*;

pub const DISTRIBUTION: Table = Table {
    types: &[("aws_cloudfront_distribution", |r| {
        Attributes::CloudFrontDistribution(distribution(r))
    })],
    satellites: &[],
};

fn distribution(r: &mut Reader<'_>) -> CloudFrontDistribution {
    let n = r.root();
    let mut viewer_protocol_policies = Vec::new();
    let behaviors = std::iter::once(n.get("default_cache_behavior").first())
        .chain(n.get("ordered_cache_behavior").items());
    for b in behaviors {
        viewer_protocol_policies
            .extend(r.string(b.get("viewer_protocol_policy"), "viewer_protocol_policies"));
    }
    if n.get("ordered_cache_behavior").is_wholly_unknown() {
        r.mark_unknown("viewer_protocol_policies");
    }
    let (uses_default_certificate, minimum_protocol_version) = certificate(r, n);
    let (custom_origins, s3_origins) = origins(r, n);
    let logging = n.get("logging_config");
    let geo = n.get("restrictions").first().get("geo_restriction").first();
    let restriction_type = r.string(geo.get("restriction_type"), "geo_restriction");
    let locations = geo.get("locations");
    CloudFrontDistribution {
        aliases: strings(r, n.get("aliases"), "aliases"),
        enabled: r.bool(n.get("enabled"), "enabled", None),
        viewer_protocol_policies,
        minimum_protocol_version,
        uses_default_certificate,
        custom_origins,
        s3_origins,
        logging: if logging.is_wholly_unknown() {
            r.mark_unknown("logging");
            Logging::default()
        } else if logging.items().is_empty() {
            Logging {
                enabled: Some(false),
                target_bucket: None,
            }
        } else {
            Logging {
                enabled: Some(true),
                target_bucket: r.reference(
                    logging.first().get("bucket"),
                    &["logging_config", "bucket"],
                    "logging.target_bucket",
                ),
            }
        },
        web_acl_id: r.reference(n.get("web_acl_id"), &["web_acl_id"], "web_acl_id"),
        geo_restriction: GeoRestriction {
            // The provider computes `locations` when the configuration lists none.
            locations: if restriction_type.as_deref() == Some("none") {
                Vec::new()
            } else {
                strings(r, locations, "geo_restriction.locations")
            },
            restriction_type,
        },
    }
}

/// A list of plain strings; empty (and noted) when unknown.
fn strings(r: &mut Reader<'_>, node: Node<'_>, model_path: &str) -> Vec<String> {
    if node.is_unknown() {
        r.mark_unknown(model_path);
        return Vec::new();
    }
    node.strings()
}

/// Whether the default certificate is used, and the minimum TLS version viewers get. Exactly
/// one of the three certificate sources is set.
fn certificate(r: &mut Reader<'_>, n: Node<'_>) -> (Option<bool>, Option<String>) {
    let cert = n.get("viewer_certificate").first();
    let set = |k: &str| {
        let node = cert.get(k);
        node.is_unknown() || node.as_str().is_some_and(|s| !s.is_empty())
    };
    let own = set("acm_certificate_arn") || set("iam_certificate_id");
    let default = r.bool(
        cert.get("cloudfront_default_certificate"),
        "uses_default_certificate",
        Some(!own),
    );
    let version = match default {
        Some(true) => Some("TLSv1".into()),
        Some(false) => r.string_or(
            cert.get("minimum_protocol_version"),
            "minimum_protocol_version",
            "TLSv1",
        ),
        None => {
            r.mark_unknown("minimum_protocol_version");
            None
        }
    };
    (default, version)
}

/// Custom origins and S3 origins (an origin without `custom_origin_config` or
/// `vpc_origin_config` is an S3 bucket to the provider).
fn origins(r: &mut Reader<'_>, n: Node<'_>) -> (Vec<CustomOrigin>, Vec<S3Origin>) {
    let (mut custom, mut s3) = (Vec::new(), Vec::new());
    let origins = n.get("origin");
    if origins.is_wholly_unknown() {
        r.mark_unknown("custom_origins");
        r.mark_unknown("s3_origins");
    }
    for (i, o) in origins.items().into_iter().enumerate() {
        let origin_id = r.string(o.get("origin_id"), "s3_origins");
        let config = o.get("custom_origin_config");
        if !config.items().is_empty() {
            let c = config.first();
            custom.push(CustomOrigin {
                origin_id,
                origin_protocol_policy: r.string(c.get("origin_protocol_policy"), "custom_origins"),
                origin_ssl_protocols: strings(r, c.get("origin_ssl_protocols"), "custom_origins"),
            });
            continue;
        }
        if !o.get("vpc_origin_config").items().is_empty() {
            continue;
        }
        let index = i.to_string();
        let oac_node = o.get("origin_access_control_id");
        let oac = r.reference(
            oac_node,
            &["origin", &index, "origin_access_control_id"],
            "s3_origins",
        );
        let oai = o
            .get("s3_origin_config")
            .first()
            .get("origin_access_identity");
        let access_control = if oac.is_some() {
            Some("origin-access-control")
        } else if oac_node.is_unknown() && r.configured_node(oac_node) {
            None
        } else if oai.is_unknown() || oai.as_str().is_some_and(|s| !s.is_empty()) {
            Some("origin-access-identity")
        } else {
            Some("none")
        };
        s3.push(S3Origin {
            origin_id,
            access_control: access_control.map(str::to_owned),
        });
    }
    (custom, s3)
}
