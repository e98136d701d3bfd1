package comply.aws.eks.control_plane_audit_logging_disabled_test

import rego.v1

import data.comply.aws.eks.control_plane_audit_logging_disabled as policy

cluster(types, unknown) := {"resource": {
	"kind": "AWS::EKS::Cluster",
	"attributes": {"name": "payments", "enabled_log_types": types},
	"unknown": unknown,
}}

test_no_logging_fails if {
	policy.deny == {"control plane log type(s) `api`, `audit`, `authenticator` are not enabled (`enabled_cluster_log_types`)"} with input as cluster([], [])
}

test_missing_audit_fails if {
	policy.deny == {"control plane log type(s) `audit` are not enabled (`enabled_cluster_log_types`)"} with input as cluster(["api", "authenticator", "scheduler"], [])
}

test_operational_logs_only_fail if {
	count(policy.deny) == 1 with input as cluster(["controllerManager", "scheduler"], [])
}

test_audit_types_pass if {
	count(policy.deny) == 0 with input as cluster(["api", "audit", "authenticator"], [])
}

test_all_types_pass if {
	count(policy.deny) == 0 with input as cluster(["api", "audit", "authenticator", "controllerManager", "scheduler"], [])
}

test_unknown_log_types_do_not_fail if {
	count(policy.deny) == 0 with input as cluster([], ["attributes.enabled_log_types"])
}

test_other_unknowns_do_not_hide_missing_logs if {
	count(policy.deny) == 1 with input as cluster([], ["attributes.version"])
}
