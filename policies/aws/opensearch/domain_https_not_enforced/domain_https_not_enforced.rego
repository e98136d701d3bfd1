# METADATA
# title: OpenSearch domain endpoint accepts plain HTTP or TLS older than the minimum
# description: >-
#   Without `enforce_https` the domain answers plain HTTP, so queries, the documents they
#   return and the credentials sent with them (HTTP basic authentication of fine-grained access
#   control, signed requests' headers) cross the network in cleartext; a TLS policy below the
#   minimum, comply.toml's `[thresholds] minimum_tls_version` (1.2 by default, so
#   `Policy-Min-TLS-1-2-*` passes), still lets clients negotiate older versions such as TLS 1.0.
#   With `1.3` no OpenSearch TLS policy offered today passes. PCI DSS 4.2.1 strictly
#   covers open, public networks: it applies as written to a domain with a public endpoint, and
#   mapping it to one inside a VPC is a judgement.
# custom:
#   id: AWS-OPENSEARCH-002
#   severity: high
#   kinds: ["AWS::OpenSearch::Domain"]
#   themes: [encryption-in-transit]
#   remediation: >-
#     Set `domain_endpoint_options { enforce_https = true, tls_security_policy =
#     "Policy-Min-TLS-1-2-PFS-2023-10" }` on the `aws_opensearch_domain`.
#   controls:
#     pci-dss-4.0: ["4.2.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.7"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.opensearch.domain_https_not_enforced

import rego.v1

deny contains "the endpoint accepts plain HTTP (`enforce_https` is false)" if {
	input.resource.attributes.enforce_https == false
}

# comply.toml's `[thresholds] minimum_tls_version` (`1.2` or `1.3`).
minimum := data.comply.settings.thresholds.minimum_tls_version

deny contains msg if {
	tls_policy := input.resource.attributes.tls_security_policy
	is_string(tls_policy)
	not meets_minimum(tls_policy)
	msg := sprintf(
		"the endpoint's TLS policy `%s` accepts TLS versions older than %s (`[thresholds] minimum_tls_version`)",
		[tls_policy, minimum],
	)
}

# `Policy-Min-TLS-1-2-2019-07`, `Policy-Min-TLS-1-2-PFS-2023-10`, and later policies, are named
# for their minimum version.
meets_minimum(tls_policy) if {
	minimum == "1.2"
	regex.match(`^Policy-Min-TLS-1-[23]-`, tls_policy)
}

meets_minimum(tls_policy) if {
	minimum == "1.3"
	regex.match(`^Policy-Min-TLS-1-3-`, tls_policy)
}
