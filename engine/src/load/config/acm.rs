//! `AWS::ACM::Certificate`: the `DescribeCertificate` shape (`keyAlgorithm` written `RSA-2048`
//! or `RSA_2048`, `options.certificateTransparencyLoggingPreference`, the validation method in
//! each `domainValidationOptions` entry).

use super::reader::{as_str, member, Conf, Reader};
use crate::model::*;

pub fn certificate(r: &mut Reader<'_>) -> AcmCertificate {
    let certificate_type = r.req_str(Conf, &["type"], "certificate_type");
    let issued = certificate_type.as_deref() == Some("AMAZON_ISSUED");
    let validation_method = if issued {
        let options = r.req_list(Conf, &["domainValidationOptions"], "validation_method");
        let method = options
            .iter()
            .find_map(|o| member(o, "validationMethod").and_then(as_str));
        if method.is_none() {
            r.mark("validation_method");
        }
        method
    } else {
        None
    };
    let transparency_logging_preference = if issued {
        // Written by ACM for every certificate it issues; `ENABLED` unless turned off.
        r.req_str(
            Conf,
            &["options", "certificateTransparencyLoggingPreference"],
            "transparency_logging_preference",
        )
    } else {
        None
    };
    AcmCertificate {
        domain_name: r.req_str(Conf, &["domainName"], "domain_name"),
        certificate_type,
        key_algorithm: r
            .req_str(Conf, &["keyAlgorithm"], "key_algorithm")
            .map(|k| AcmCertificate::key_algorithm_name(&k)),
        validation_method,
        transparency_logging_preference,
        not_after: r.req_str(Conf, &["notAfter"], "not_after"),
    }
}
