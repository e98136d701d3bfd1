//! `AWS::ACM::Certificate` (CloudFormation's `AWS::CertificateManager::Certificate`). Private
//! keys never enter the model.

use schemars::JsonSchema;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize, JsonSchema)]
pub struct AcmCertificate {
    pub domain_name: Option<String>,
    /// `AMAZON_ISSUED`, `IMPORTED` or `PRIVATE` (issued by an AWS Private CA).
    pub certificate_type: Option<String>,
    /// `RSA_1024`, `RSA_2048`, `RSA_3072`, `RSA_4096`, `EC_prime256v1`, `EC_secp384r1`,
    /// `EC_secp521r1` (ACM's older `RSA-2048` spelling is written this way too).
    pub key_algorithm: Option<String>,
    /// How ACM validates domain ownership: `DNS` or `EMAIL`; `null` for imported and private
    /// certificates.
    pub validation_method: Option<String>,
    /// Certificate Transparency logging: `ENABLED` (ACM's default) or `DISABLED`; it applies
    /// only to Amazon-issued certificates.
    pub transparency_logging_preference: Option<String>,
    /// When the certificate expires (RFC 3339); unknown until it is issued or imported.
    pub not_after: Option<String>,
}

impl AcmCertificate {
    /// One spelling of a key algorithm: `RSA-2048` → `RSA_2048`.
    pub fn key_algorithm_name(s: &str) -> String {
        s.replace('-', "_")
    }
}
