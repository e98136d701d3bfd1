# METADATA
# title: CloudFront distribution accepts viewer TLS versions older than the minimum
# description: >-
#   The viewer certificate's security policy lets browsers and clients connect with TLS 1.0 or
#   1.1 (or SSLv3), which are not strong cryptography: a viewer, or an attacker able to force a
#   downgrade, then protects the traffic with broken protocol versions. The minimum is
#   comply.toml's `[thresholds] minimum_tls_version`, 1.2 by default (PCI DSS 4.2.1): then
#   `TLSv1.2_2018` and every later policy pass; with `1.3`, only the `TLSv1.3_*` policies. A
#   distribution on the default `*.cloudfront.net` certificate fails too: CloudFront accepts
#   TLSv1 with it whatever `minimum_protocol_version` says, so a TLS floor needs a certificate
#   of your own.
# custom:
#   id: AWS-CLOUDFRONT-002
#   severity: medium
#   kinds: ["AWS::CloudFront::Distribution"]
#   themes: [encryption-in-transit]
#   remediation: >-
#     Serve the distribution with an ACM certificate (in us-east-1) for its `aliases` and set
#     `viewer_certificate { acm_certificate_arn = ..., ssl_support_method = "sni-only",
#     minimum_protocol_version = "TLSv1.2_2021" }`.
#   controls:
#     pci-dss-4.0: ["4.2.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.7"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.cloudfront.viewer_tls_below_1_2

import rego.v1

deny contains "viewers get the default `*.cloudfront.net` certificate, with which CloudFront accepts TLSv1 whatever `minimum_protocol_version` says; a TLS floor needs a certificate of your own" if {
	input.resource.attributes.uses_default_certificate == true
}

# comply.toml's `[thresholds] minimum_tls_version` (`1.2` or `1.3`).
minimum := data.comply.settings.thresholds.minimum_tls_version

deny contains msg if {
	input.resource.attributes.uses_default_certificate == false
	version := input.resource.attributes.minimum_protocol_version
	is_string(version)
	not meets_minimum(version)
	msg := sprintf(
		"the viewer certificate's `minimum_protocol_version` is `%s`, which accepts TLS versions older than %s (`[thresholds] minimum_tls_version`)",
		[version, minimum],
	)
}

# `TLSv1.2_2018`, `TLSv1.2_2019`, `TLSv1.2_2021`, `TLSv1.2_2025`, `TLSv1.3_2025`, and later
# policies of the same families, are named for their minimum version.
meets_minimum(version) if {
	minimum == "1.2"
	regex.match(`^TLSv1\.[23]_`, version)
}

meets_minimum(version) if {
	minimum == "1.3"
	regex.match(`^TLSv1\.3_`, version)
}
