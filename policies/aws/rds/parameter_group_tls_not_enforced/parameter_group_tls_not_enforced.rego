# METADATA
# title: RDS parameter group does not require TLS connections
# description: >-
#   RDS databases accept TLS, but unless the parameter group requires it a client may connect
#   in plaintext, sending its password and the data over the network readable by anyone on the
#   path. PostgreSQL and SQL Server require TLS with `rds.force_ssl = 1`, MySQL and MariaDB
#   with `require_secure_transport = ON`. A parameter the group does not set has the family's
#   default: `1` for RDS for PostgreSQL 15 and later, off for every other engine (Aurora
#   included). Aurora sets these in the cluster parameter group, so an Aurora DB parameter group
#   is not judged; Oracle (TLS through an option group) is not judged. A database using a
#   default parameter group the input does not hold is not judged here. Mapped as the other
#   encryption-in-transit policies (AWS-ELASTICACHE-002, AWS-OPENSEARCH-002). AWS Config does
#   not record parameter groups.
# custom:
#   id: AWS-RDS-010
#   severity: high
#   kinds: ["AWS::RDS::DBParameterGroup", "AWS::RDS::DBClusterParameterGroup"]
#   themes: [encryption-in-transit]
#   remediation: >-
#     Add a `parameter` block setting `rds.force_ssl` to `1` (PostgreSQL, Aurora PostgreSQL, SQL
#     Server) or `require_secure_transport` to `ON` (MySQL, MariaDB, Aurora MySQL) to the
#     `aws_db_parameter_group` or `aws_rds_cluster_parameter_group`, and make sure clients
#     connect with TLS first.
#   controls:
#     pci-dss-4.0: ["4.2.1"]
#     gdpr: ["Art.32(1)(a)"]
#     soc2: ["CC6.7"]
#     iso27001-2022: ["A.8.24"]
package comply.aws.rds.parameter_group_tls_not_enforced

import rego.v1

family := lower(input.resource.attributes.family) if is_string(input.resource.attributes.family)

parameters_known if not "attributes.parameters" in input.resource.unknown

# Aurora's TLS settings are cluster parameters: an instance-level Aurora group cannot set them.
judged if not startswith(family, "aurora")

judged if input.resource.kind == "AWS::RDS::DBClusterParameterGroup"

# The parameter that requires TLS for the family, and its value when the group leaves it unset.
setting := {"name": "rds.force_ssl", "default": postgres_default, "on": {"1"}} if {
	startswith(family, "postgres")
} else := {"name": "rds.force_ssl", "default": "0", "on": {"1"}} if {
	startswith(family, "aurora-postgresql")
} else := {"name": "rds.force_ssl", "default": "0", "on": {"1"}} if {
	startswith(family, "sqlserver")
} else := {"name": "require_secure_transport", "default": "OFF", "on": {"on", "1", "true"}} if {
	some prefix in ["mysql", "mariadb", "aurora-mysql", "aurora5.6"]
	startswith(family, prefix)
}

# RDS for PostgreSQL turns `rds.force_ssl` on by default from version 15.
postgres_default := "1" if {
	regex.match(`^postgres(1[5-9]|[2-9][0-9]|[1-9][0-9]{2,})`, family)
} else := "0"

deny contains msg if {
	judged
	parameters_known
	value := input.resource.attributes.parameters[setting.name]
	not lower(value) in setting.on
	msg := sprintf(
		"`%s` is `%s` in this `%s` group: clients may connect without TLS",
		[setting.name, value, family],
	)
}

deny contains msg if {
	judged
	parameters_known
	not input.resource.attributes.parameters[setting.name]
	not lower(setting.default) in setting.on
	msg := sprintf(
		"`%s` is not set in this `%s` group, so it has the family's default `%s`: clients may connect without TLS",
		[setting.name, family, setting.default],
	)
}
