package comply.aws.elb.classic_listener_plaintext_test

import rego.v1

import data.comply.aws.elb.classic_listener_plaintext as policy

elb(listeners) := {"resource": {
	"kind": "AWS::ElasticLoadBalancing::LoadBalancer",
	"attributes": {"listeners": listeners},
}}

listener(protocol, port) := {"protocol": protocol, "port": port, "instance_protocol": "HTTP", "instance_port": 8080, "ssl_certificate": null}

test_http_listener_fails if {
	policy.deny == {"the listener on port `80` accepts `HTTP` from clients in clear text"} with input as elb([listener("HTTP", 80)])
}

test_tcp_listener_fails if {
	policy.deny == {"the listener on port `25` accepts `TCP` from clients in clear text"} with input as elb([listener("TCP", 25)])
}

test_each_plaintext_listener_is_reported if {
	count(policy.deny) == 2 with input as elb([listener("HTTP", 80), listener("TCP", 8080), listener("HTTPS", 443)])
}

test_tls_listeners_pass if {
	count(policy.deny) == 0 with input as elb([listener("HTTPS", 443), listener("SSL", 8443)])
}

test_unknown_protocol_does_not_fail if {
	count(policy.deny) == 0 with input as elb([listener(null, 80)])
}

test_unknown_port_is_left_out_of_the_message if {
	policy.deny == {"the listener accepts `HTTP` from clients in clear text"} with input as elb([listener("HTTP", null)])
}
