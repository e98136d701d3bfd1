package comply.aws.rds.parameter_group_tls_not_enforced_test

import rego.v1

import data.comply.aws.rds.parameter_group_tls_not_enforced as policy

group(kind, family, parameters) := {"resource": {
	"kind": kind,
	"attributes": {"name": "app", "family": family, "parameters": parameters},
	"unknown": [],
}}

db := "AWS::RDS::DBParameterGroup"

cluster := "AWS::RDS::DBClusterParameterGroup"

test_postgres_force_ssl_off_fails if {
	policy.deny == {"`rds.force_ssl` is `0` in this `postgres16` group: clients may connect without TLS"} with input as group(db, "postgres16", {"rds.force_ssl": "0"})
}

test_old_postgres_default_fails if {
	policy.deny == {"`rds.force_ssl` is not set in this `postgres14` group, so it has the family's default `0`: clients may connect without TLS"} with input as group(db, "postgres14", {})
}

test_postgres_15_default_passes if {
	count(policy.deny) == 0 with input as group(db, "postgres15", {})
}

test_postgres_force_ssl_on_passes if {
	count(policy.deny) == 0 with input as group(db, "postgres13", {"rds.force_ssl": "1"})
}

test_mysql_default_fails if {
	count(policy.deny) == 1 with input as group(db, "mysql8.0", {"max_connections": "500"})
}

test_mysql_require_secure_transport_on_passes if {
	count(policy.deny) == 0 with input as group(db, "mysql8.0", {"require_secure_transport": "ON"})
}

test_mariadb_numeric_on_passes if {
	count(policy.deny) == 0 with input as group(db, "mariadb10.11", {"require_secure_transport": "1"})
}

test_sqlserver_default_fails if {
	count(policy.deny) == 1 with input as group(db, "sqlserver-se-15.0", {})
}

test_aurora_cluster_group_default_fails if {
	count(policy.deny) == 1 with input as group(cluster, "aurora-postgresql16", {})
}

test_aurora_mysql_cluster_group_on_passes if {
	count(policy.deny) == 0 with input as group(cluster, "aurora-mysql8.0", {"require_secure_transport": "ON"})
}

test_aurora_instance_group_is_not_judged if {
	count(policy.deny) == 0 with input as group(db, "aurora-postgresql16", {})
}

test_oracle_is_not_judged if {
	count(policy.deny) == 0 with input as group(db, "oracle-ee-19", {})
}

test_unknown_parameters_do_not_fail if {
	count(policy.deny) == 0 with input as {"resource": {
		"kind": db,
		"attributes": {"name": "app", "family": "mysql8.0", "parameters": {}},
		"unknown": ["attributes.parameters"],
	}}
}

test_unknown_family_does_not_fail if {
	count(policy.deny) == 0 with input as group(db, null, {})
}
