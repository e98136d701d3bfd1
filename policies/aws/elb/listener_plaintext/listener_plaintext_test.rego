package comply.aws.elb.listener_plaintext_test

import rego.v1

import data.comply.aws.elb.listener_plaintext as policy

listener(protocol, actions) := {"resource": {
	"kind": "AWS::ElasticLoadBalancingV2::Listener",
	"attributes": {
		"protocol": protocol,
		"port": 80,
		"ssl_policy": null,
		"default_actions": actions,
	},
}}

forward := {"type": "forward", "redirect_protocol": null}

redirect(protocol) := {"type": "redirect", "redirect_protocol": protocol}

test_http_forward_fails if {
	count(policy.deny) == 1 with input as listener("HTTP", [forward])
}

test_message_names_port_and_action if {
	policy.deny == {"HTTP listener on port `80` does not redirect to HTTPS: its default action is `forward`"} with input as listener("HTTP", [forward])
}

test_http_fixed_response_fails if {
	count(policy.deny) == 1 with input as listener("HTTP", [{"type": "fixed-response", "redirect_protocol": null}])
}

test_redirect_keeping_http_fails if {
	count(policy.deny) == 1 with input as listener("HTTP", [redirect("#{protocol}")])
}

test_redirect_to_https_passes if {
	count(policy.deny) == 0 with input as listener("HTTP", [redirect("HTTPS")])
}

test_https_listener_passes if {
	count(policy.deny) == 0 with input as listener("HTTPS", [forward])
}

test_tcp_listener_is_out_of_scope if {
	count(policy.deny) == 0 with input as listener("TCP", [forward])
}

test_unknown_protocol_does_not_fail if {
	count(policy.deny) == 0 with input as listener(null, [forward])
}

test_unknown_redirect_protocol_does_not_fail if {
	count(policy.deny) == 0 with input as listener("HTTP", [redirect(null)])
}

test_unknown_action_type_does_not_fail if {
	count(policy.deny) == 0 with input as listener("HTTP", [{"type": null, "redirect_protocol": null}])
}

test_unknown_actions_do_not_fail if {
	count(policy.deny) == 0 with input as listener("HTTP", [])
}
