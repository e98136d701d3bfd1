# METADATA
# title: API Gateway custom domain accepts TLS versions older than the minimum
# description: >-
#   A custom domain's security policy sets the oldest TLS version clients may negotiate.
#   `TLS_1_0` accepts TLS 1.0 and 1.1, which are not strong cryptography: a client, or an
#   attacker able to force a downgrade, then protects API traffic with broken protocol versions.
#   The minimum is comply.toml's `[thresholds] minimum_tls_version`, 1.2 by default (PCI DSS
#   4.2.1): `TLS_1_2` and the enhanced `SecurityPolicy_TLS12_*` and `SecurityPolicy_TLS13_*`
#   policies pass; with `1.3` only the `SecurityPolicy_TLS13_1_3_*` policies do. A domain whose
#   policy is left to API Gateway is unknown: the plan does not show it.
# custom:
#   id: AWS-APIGATEWAY-006
#   severity: medium
#   kinds: ["AWS::ApiGateway::DomainName"]
#   themes: [encryption-in-transit]
#   remediation: >-
#     Set `security_policy = "TLS_1_2"` (or a `SecurityPolicy_TLS13_*` policy) on the
#     `aws_api_gateway_domain_name`.
#   controls:
#     pci-dss-4.0: ["4.2.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.7"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.apigateway.domain_tls_below_1_2

import rego.v1

# comply.toml's `[thresholds] minimum_tls_version` (`1.2` or `1.3`).
minimum := data.comply.settings.thresholds.minimum_tls_version

deny contains msg if {
	policy := input.resource.attributes.security_policy
	is_string(policy)
	not meets_minimum(policy)
	msg := sprintf(
		"the domain's `security_policy` is `%s`, which accepts TLS versions older than %s (`[thresholds] minimum_tls_version`)",
		[policy, minimum],
	)
}

meets_minimum(policy) if {
	minimum == "1.2"
	policy == "TLS_1_2"
}

# The enhanced policies are named for the versions they accept: `SecurityPolicy_TLS12_*`
# (1.2 and later), `SecurityPolicy_TLS13_1_2_*` (1.3 and 1.2), `SecurityPolicy_TLS13_1_3_*`
# (1.3 only).
meets_minimum(policy) if {
	minimum == "1.2"
	regex.match(`^SecurityPolicy_TLS1[23]_`, policy)
}

meets_minimum(policy) if {
	minimum == "1.3"
	regex.match(`^SecurityPolicy_TLS13_1_3_`, policy)
}
