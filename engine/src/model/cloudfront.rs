//! `AWS::CloudFront::Distribution`.

use super::Logging;
use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct CloudFrontDistribution {
    /// Alternate domain names (CNAMEs).
    pub aliases: Vec<String>,
    pub enabled: Option<bool>,
    /// The viewer protocol policy of the default cache behavior, then of each ordered one:
    /// `allow-all`, `redirect-to-https` or `https-only`.
    pub viewer_protocol_policies: Vec<String>,
    /// The viewer certificate's minimum TLS version (`TLSv1.2_2021`, ...); `TLSv1` with the
    /// default CloudFront certificate, which accepts TLSv1 whatever the setting says.
    pub minimum_protocol_version: Option<String>,
    /// Whether viewers are served the default `*.cloudfront.net` certificate.
    pub uses_default_certificate: Option<bool>,
    /// Origins that are not S3 buckets (custom origin config).
    pub custom_origins: Vec<CustomOrigin>,
    /// Origins that are S3 buckets (no custom origin config).
    pub s3_origins: Vec<S3Origin>,
    /// Standard logging; `target_bucket` is the bucket's domain name as CloudFront names it
    /// (`logs.s3.amazonaws.com`).
    pub logging: Logging,
    /// The AWS WAF web ACL: a WAFv2 ARN or a WAF Classic id; `null` when none.
    pub web_acl_id: Option<String>,
    pub geo_restriction: GeoRestriction,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct CustomOrigin {
    pub origin_id: Option<String>,
    /// How CloudFront talks to the origin: `http-only`, `match-viewer` or `https-only`.
    pub origin_protocol_policy: Option<String>,
    /// TLS versions CloudFront may use to the origin (`SSLv3`, `TLSv1`, `TLSv1.1`, `TLSv1.2`).
    pub origin_ssl_protocols: Vec<String>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct S3Origin {
    pub origin_id: Option<String>,
    /// `origin-access-control`, `origin-access-identity`, or `none` (the bucket must then be
    /// readable by anyone for CloudFront to read it).
    pub access_control: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct GeoRestriction {
    /// `none`, `whitelist` or `blacklist`.
    pub restriction_type: Option<String>,
    /// ISO 3166-1 alpha-2 country codes the restriction lists.
    pub locations: Vec<String>,
}
