# METADATA
# title: CloudFront distribution serves viewers over plain HTTP
# description: >-
#   A cache behavior whose viewer protocol policy is `allow-all` answers requests over plain
#   HTTP, so whatever viewers send or receive on those paths (card numbers typed into a form,
#   session cookies, credentials) crosses the internet in cleartext, readable and alterable by
#   anyone on the path. Every behavior is judged: an ordered behavior (`/checkout/*`) overrides
#   the default one for its paths. `redirect-to-https` passes, as HTTP then gets only a redirect
#   (send HSTS to spare even that first request). The ISO A.5.14 mapping (protected information
#   transfer) is a judgement.
# custom:
#   id: AWS-CLOUDFRONT-001
#   severity: high
#   kinds: ["AWS::CloudFront::Distribution"]
#   themes: [encryption-in-transit]
#   remediation: >-
#     Set `viewer_protocol_policy = "redirect-to-https"` (or `"https-only"`) in the
#     `default_cache_behavior` and in every `ordered_cache_behavior` of the
#     `aws_cloudfront_distribution`.
#   controls:
#     pci-dss-4.0: ["4.2.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.7"]
#     iso27001-2022: ["A.8.24", "A.5.14"]
package comply.aws.cloudfront.viewer_protocol_allows_http

import rego.v1

deny contains msg if {
	http := [p | some p in input.resource.attributes.viewer_protocol_policies; p == "allow-all"]
	count(http) > 0
	msg := sprintf(
		"viewers can use plain HTTP: %d of %d cache behavior(s) have `viewer_protocol_policy = \"allow-all\"`",
		[count(http), count(input.resource.attributes.viewer_protocol_policies)],
	)
}
