//! ACM certificates: requested from Amazon, issued by an AWS Private CA, or imported. The
//! private key is never read.

use super::planned::Reader;
use super::table::Table;
use crate::model::*;

pub const CERTIFICATE: Table = Table {
    types: &[("aws_acm_certificate", |r| {
        Attributes::AcmCertificate(certificate(r))
    })],
    satellites: &[],
};

fn certificate(r: &mut Reader<'_>) -> AcmCertificate {
    let n = r.root();
    let certificate_type = certificate_type(r);
    let key = n.get("key_algorithm");
    let key_algorithm = match certificate_type.as_deref() {
        // ACM's default for a certificate it issues; an imported one's is its body's.
        Some("AMAZON_ISSUED" | "PRIVATE") => r.string_or(key, "key_algorithm", "RSA_2048"),
        _ => r.string(key, "key_algorithm"),
    };
    let issued = certificate_type.as_deref() == Some("AMAZON_ISSUED");
    let validation = n.get("validation_method");
    let validation_method = if issued {
        r.string(validation, "validation_method")
    } else {
        None
    };
    let preference = n
        .get("options")
        .first()
        .get("certificate_transparency_logging_preference");
    let transparency_logging_preference = if issued {
        r.string_or(preference, "transparency_logging_preference", "ENABLED")
    } else {
        None
    };
    // Every certificate has an expiry once issued; a plan that does not show it (providers
    // before 4.x have no `not_after`) leaves it unknown.
    let not_after = r.string(n.get("not_after"), "not_after");
    if not_after.is_none() {
        r.mark_unknown("not_after");
    }
    AcmCertificate {
        domain_name: r.string(n.get("domain_name"), "domain_name"),
        certificate_type,
        key_algorithm: key_algorithm.map(|k| AcmCertificate::key_algorithm_name(&k)),
        validation_method,
        transparency_logging_preference,
        not_after,
    }
}

/// ACM's `Type`, computed: an imported certificate has a body, a private one a CA.
fn certificate_type(r: &mut Reader<'_>) -> Option<String> {
    let n = r.root();
    if let Some(t) = n.get("type").as_str() {
        return Some(t.to_string());
    }
    let set = |attr: &'static str| {
        let node = n.get(attr);
        node.is_set_even_if_sensitive() || (node.is_unknown() && r.configured_node(node))
    };
    let t = if set("certificate_body") || set("private_key") {
        "IMPORTED"
    } else if set("certificate_authority_arn") {
        "PRIVATE"
    } else {
        "AMAZON_ISSUED"
    };
    Some(t.to_string())
}
