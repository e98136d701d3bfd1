package comply.aws.eks.cluster_endpoint_public_test

import rego.v1

import data.comply.aws.eks.cluster_endpoint_public as policy

cluster(public, cidrs, unknown) := {"resource": {
	"kind": "AWS::EKS::Cluster",
	"attributes": {
		"name": "payments",
		"endpoint_public_access": public,
		"endpoint_private_access": true,
		"public_access_cidrs": cidrs,
	},
	"unknown": unknown,
}}

test_public_to_everyone_fails if {
	policy.deny == {"the Kubernetes API endpoint is public and `public_access_cidrs` admits `0.0.0.0/0`, the whole internet"} with input as cluster(true, ["0.0.0.0/0"], [])
}

test_everyone_among_other_ranges_fails if {
	count(policy.deny) == 1 with input as cluster(true, ["203.0.113.0/24", "0.0.0.0/0"], [])
}

test_ipv6_everyone_fails if {
	count(policy.deny) == 1 with input as cluster(true, ["::/0"], [])
}

test_public_to_known_ranges_passes if {
	count(policy.deny) == 0 with input as cluster(true, ["203.0.113.0/24", "198.51.100.17/32"], [])
}

test_private_endpoint_passes if {
	count(policy.deny) == 0 with input as cluster(false, ["0.0.0.0/0"], [])
}

test_unknown_public_access_does_not_fail if {
	count(policy.deny) == 0 with input as cluster(null, ["0.0.0.0/0"], ["attributes.endpoint_public_access"])
}

test_unknown_ranges_do_not_fail if {
	count(policy.deny) == 0 with input as cluster(true, [], ["attributes.public_access_cidrs"])
}
