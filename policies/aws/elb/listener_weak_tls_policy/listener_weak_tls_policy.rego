# METADATA
# title: Load balancer listener allows TLS versions older than the minimum
# description: >-
#   The listener's security policy still negotiates TLS 1.0 or 1.1 (or SSL-era ciphers), which
#   have known weaknesses and are no longer strong cryptography; a client, or an attacker able to
#   force a downgrade, can then protect traffic with them. The minimum is comply.toml's
#   `[thresholds] minimum_tls_version`, 1.2 by default (PCI DSS 4.2.1): then the named TLS 1.2
#   and FS 1.2 policies and every `ELBSecurityPolicy-TLS13-1-2-*` / `-TLS13-1-3-*` policy (FIPS
#   and post-quantum variants included) pass; with `1.3`, only the `TLS13-1-3` family.
# custom:
#   id: AWS-ELB-002
#   severity: medium
#   kinds: ["AWS::ElasticLoadBalancingV2::Listener"]
#   themes: [encryption-in-transit]
#   remediation: >-
#     Set `ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"` (or another TLS 1.2+ policy) on
#     the HTTPS or TLS `aws_lb_listener`; always set it, since the API default is
#     ELBSecurityPolicy-2016-08.
#   controls:
#     pci-dss-4.0: ["4.2.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.7"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.elb.listener_weak_tls_policy

import rego.v1

# Predefined policies that accept nothing older than TLS 1.2.
tls12_policies := {
	"ELBSecurityPolicy-TLS13-1-2-2021-06",
	"ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
	"ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06",
	"ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06",
	"ELBSecurityPolicy-TLS13-1-3-2021-06",
	"ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04",
	"ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04",
	"ELBSecurityPolicy-TLS-1-2-2017-01",
	"ELBSecurityPolicy-TLS-1-2-Ext-2018-06",
	"ELBSecurityPolicy-FS-1-2-2019-08",
	"ELBSecurityPolicy-FS-1-2-Res-2019-08",
	"ELBSecurityPolicy-FS-1-2-Res-2020-10",
}

minimum := data.comply.settings.thresholds.minimum_tls_version

deny contains msg if {
	input.resource.attributes.protocol in {"HTTPS", "TLS"}
	policy := input.resource.attributes.ssl_policy
	is_string(policy)
	not meets_minimum(policy)
	msg := sprintf(
		"%s listener uses security policy `%s`, which allows TLS versions older than %s (`[thresholds] minimum_tls_version`)",
		[input.resource.attributes.protocol, policy, minimum],
	)
}

meets_minimum(policy) if {
	minimum == "1.2"
	tls12_only(policy)
}

meets_minimum(policy) if {
	minimum == "1.3"
	tls13_only(policy)
}

tls12_only(policy) if policy in tls12_policies

# The TLS13-1-2 / TLS13-1-3 families are named for their minimum version; newer members (the
# other FIPS variants, the 2025 post-quantum policies) keep that minimum.
tls12_only(policy) if regex.match(`^ELBSecurityPolicy-TLS13-1-[23]-`, policy)

tls13_only(policy) if regex.match(`^ELBSecurityPolicy-TLS13-1-3-`, policy)
