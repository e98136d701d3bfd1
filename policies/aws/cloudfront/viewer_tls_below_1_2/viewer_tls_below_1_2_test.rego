package comply.aws.cloudfront.viewer_tls_below_1_2_test

import rego.v1

import data.comply.aws.cloudfront.viewer_tls_below_1_2 as policy

distribution(default_certificate, version) := {"resource": {
	"kind": "AWS::CloudFront::Distribution",
	"attributes": {"uses_default_certificate": default_certificate, "minimum_protocol_version": version},
}}

test_default_certificate_fails if {
	policy.deny == {"viewers get the default `*.cloudfront.net` certificate, with which CloudFront accepts TLSv1 whatever `minimum_protocol_version` says; a TLS floor needs a certificate of your own"} with input as distribution(true, "TLSv1")
}

test_tls11_policy_fails if {
	policy.deny == {"the viewer certificate's `minimum_protocol_version` is `TLSv1.1_2016`, which accepts TLS versions older than 1.2 (`[thresholds] minimum_tls_version`)"} with input as distribution(false, "TLSv1.1_2016")
}

test_old_policies_fail if {
	every version in ["SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016"] {
		count(policy.deny) == 1 with input as distribution(false, version)
	}
}

test_tls12_and_tls13_policies_pass if {
	every version in ["TLSv1.2_2018", "TLSv1.2_2019", "TLSv1.2_2021", "TLSv1.2_2025", "TLSv1.3_2025"] {
		count(policy.deny) == 0 with input as distribution(false, version)
	}
}

test_unknown_certificate_does_not_fail if {
	count(policy.deny) == 0 with input as distribution(null, null)
}

test_unknown_version_does_not_fail if {
	count(policy.deny) == 0 with input as distribution(false, null)
}

test_a_tls_1_3_minimum_fails_tls_1_2_policies if {
	policy.deny == {"the viewer certificate's `minimum_protocol_version` is `TLSv1.2_2021`, which accepts TLS versions older than 1.3 (`[thresholds] minimum_tls_version`)"} with input as distribution(false, "TLSv1.2_2021")
		with data.comply.settings.thresholds.minimum_tls_version as "1.3"
	count(policy.deny) == 0 with input as distribution(false, "TLSv1.3_2025")
		with data.comply.settings.thresholds.minimum_tls_version as "1.3"
}
