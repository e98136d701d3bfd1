# METADATA
# title: Load balancer listener serves plain HTTP
# description: >-
#   An HTTP listener that forwards (or answers) requests instead of redirecting them to HTTPS
#   carries cookies, credentials and any cardholder or personal data in clear text between the
#   client and the load balancer, open to interception and tampering on the way. Keeping port 80
#   open is fine only when every default action redirects to HTTPS.
# custom:
#   id: AWS-ELB-001
#   severity: high
#   kinds: ["AWS::ElasticLoadBalancingV2::Listener"]
#   themes: [encryption-in-transit]
#   remediation: >-
#     Serve traffic from an `HTTPS` listener with a TLS 1.2+ `ssl_policy`, and give the HTTP
#     listener a `default_action` of `type = "redirect"` with `redirect { protocol = "HTTPS",
#     port = "443", status_code = "HTTP_301" }`.
#   controls:
#     pci-dss-4.0: ["4.2.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.7"]
#     iso27001-2022: ["A.5.14", "A.8.24"]
package comply.aws.elb.listener_plaintext

import rego.v1

deny contains msg if {
	input.resource.attributes.protocol == "HTTP"
	some action in input.resource.attributes.default_actions
	serves_plaintext(action)
	msg := sprintf("HTTP listener%s does not redirect to HTTPS: %s", [port_text, action_text(action)])
}

# A default action that answers over HTTP: anything but a redirect, or a redirect whose protocol
# is not HTTPS (`#{protocol}`, the provider default, keeps HTTP). Unknown values are not judged.
serves_plaintext(action) if {
	is_string(action.type)
	action.type != "redirect"
}

serves_plaintext(action) if {
	action.type == "redirect"
	is_string(action.redirect_protocol)
	upper(action.redirect_protocol) != "HTTPS"
}

action_text(action) := sprintf("its default action is `%s`", [action.type]) if {
	action.type != "redirect"
} else := "its default action redirects with `#{protocol}`, which keeps HTTP" if {
	action.redirect_protocol == "#{protocol}"
} else := sprintf("its default action redirects to `%s`", [action.redirect_protocol])

port_text := sprintf(" on port `%d`", [input.resource.attributes.port]) if {
	is_number(input.resource.attributes.port)
} else := ""
