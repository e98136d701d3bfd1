# METADATA
# title: Classic load balancer listener accepts plaintext HTTP or TCP from clients
# description: >-
#   An `HTTP` or `TCP` listener of a classic load balancer takes the client's traffic in clear
#   text: cookies, credentials and any cardholder or personal data cross the network readable
#   and alterable by anyone on the path. Classic load balancers cannot redirect HTTP to HTTPS
#   themselves, so every plaintext listener serves traffic. Listeners behind the load balancer
#   (instance protocol) are not judged here.
# custom:
#   id: AWS-ELB-005
#   severity: high
#   kinds: ["AWS::ElasticLoadBalancing::LoadBalancer"]
#   themes: [encryption-in-transit]
#   remediation: >-
#     Serve clients from `HTTPS` or `SSL` listeners (`lb_protocol = "https"` with an ACM
#     `ssl_certificate_id` and a TLS 1.2+ `aws_load_balancer_policy`), remove the plaintext
#     ones, or move to an application load balancer that redirects HTTP to HTTPS.
#   controls:
#     pci-dss-4.0: ["4.2.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.7"]
#     iso27001-2022: ["A.5.14", "A.8.24"]
package comply.aws.elb.classic_listener_plaintext

import rego.v1

deny contains msg if {
	some listener in input.resource.attributes.listeners
	listener.protocol in {"HTTP", "TCP"}
	msg := sprintf("the listener%s accepts `%s` from clients in clear text", [port_text(listener), listener.protocol])
}

port_text(listener) := sprintf(" on port `%d`", [listener.port]) if {
	is_number(listener.port)
} else := ""
