package comply.aws.elb.listener_weak_tls_policy_test

import rego.v1

import data.comply.aws.elb.listener_weak_tls_policy as policy

listener(protocol, ssl_policy) := {"resource": {
	"kind": "AWS::ElasticLoadBalancingV2::Listener",
	"attributes": {
		"protocol": protocol,
		"port": 443,
		"ssl_policy": ssl_policy,
		"default_actions": [{"type": "forward", "redirect_protocol": null}],
	},
}}

test_2016_08_policy_fails if {
	count(policy.deny) == 1 with input as listener("HTTPS", "ELBSecurityPolicy-2016-08")
}

test_message_names_the_policy if {
	policy.deny == {"HTTPS listener uses security policy `ELBSecurityPolicy-2016-08`, which allows TLS versions older than 1.2 (`[thresholds] minimum_tls_version`)"} with input as listener("HTTPS", "ELBSecurityPolicy-2016-08")
}

test_tls13_policy_allowing_tls10_fails if {
	count(policy.deny) == 1 with input as listener("HTTPS", "ELBSecurityPolicy-TLS13-1-0-2021-06")
}

test_tls11_policy_on_tls_listener_fails if {
	count(policy.deny) == 1 with input as listener("TLS", "ELBSecurityPolicy-TLS-1-1-2017-01")
}

test_tls12_policies_pass if {
	every p in [
		"ELBSecurityPolicy-TLS13-1-2-2021-06",
		"ELBSecurityPolicy-TLS13-1-3-2021-06",
		"ELBSecurityPolicy-TLS-1-2-Ext-2018-06",
		"ELBSecurityPolicy-FS-1-2-Res-2020-10",
		"ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04",
		"ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09",
	] {
		count(policy.deny) == 0 with input as listener("HTTPS", p)
	}
}

test_unknown_policy_does_not_fail if {
	count(policy.deny) == 0 with input as listener("HTTPS", null)
}

test_unknown_protocol_does_not_fail if {
	count(policy.deny) == 0 with input as listener(null, "ELBSecurityPolicy-2016-08")
}

test_http_listener_is_out_of_scope if {
	count(policy.deny) == 0 with input as listener("HTTP", null)
}

test_a_tls_1_3_minimum_fails_tls_1_2_policies if {
	count(policy.deny) == 1 with input as listener("HTTPS", "ELBSecurityPolicy-TLS13-1-2-2021-06")
		with data.comply.settings.thresholds.minimum_tls_version as "1.3"
	count(policy.deny) == 0 with input as listener("HTTPS", "ELBSecurityPolicy-TLS13-1-3-2021-06")
		with data.comply.settings.thresholds.minimum_tls_version as "1.3"
}
