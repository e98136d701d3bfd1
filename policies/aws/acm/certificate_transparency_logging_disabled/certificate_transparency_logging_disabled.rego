# METADATA
# title: ACM certificate is issued without Certificate Transparency logging
# description: >-
#   Certificate Transparency logs are public, append-only records of issued certificates; with
#   logging on, the domain's owner (and monitoring services) can spot a certificate issued for
#   the domain that they did not ask for, and browsers such as Chrome and Safari refuse public
#   certificates that are not logged. Turning logging off for an Amazon-issued certificate
#   removes that check and may break clients. Imported and private certificates are not
#   logged by ACM and pass. No GDPR mapping: this is certificate trust, which GDPR does not
#   prescribe.
# custom:
#   id: AWS-ACM-002
#   severity: low
#   kinds: ["AWS::ACM::Certificate"]
#   themes: [encryption-in-transit]
#   remediation: >-
#     Set `options { certificate_transparency_logging_preference = "ENABLED" }` on the
#     `aws_acm_certificate` (or leave `options` out: ACM logs by default).
#   controls:
#     pci-dss-4.0: ["4.2.1"]
#     soc2: ["CC6.7"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.acm.certificate_transparency_logging_disabled

import rego.v1

deny contains "Certificate Transparency logging is `DISABLED` for this Amazon-issued certificate: a certificate mis-issued for the domain would go unnoticed" if {
	input.resource.attributes.certificate_type == "AMAZON_ISSUED"
	input.resource.attributes.transparency_logging_preference == "DISABLED"
}
