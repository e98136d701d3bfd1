resource "aws_db_parameter_group" "fail_postgres_force_ssl_off" {
  name   = "fail-postgres-force-ssl-off"
  family = "postgres16"
  parameter {
    name  = "rds.force_ssl"
    value = "0"
  }
}

# MySQL leaves `require_secure_transport` OFF unless the group sets it.
resource "aws_db_parameter_group" "fail_mysql_default" {
  name   = "fail-mysql-default"
  family = "mysql8.0"
  parameter {
    name  = "max_connections"
    value = "500"
  }
}

resource "aws_rds_cluster_parameter_group" "fail_aurora_postgresql_default" {
  name   = "fail-aurora-postgresql-default"
  family = "aurora-postgresql16"
}

resource "aws_db_parameter_group" "pass_mysql_secure_transport" {
  name   = "pass-mysql-secure-transport"
  family = "mysql8.0"
  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
}

# RDS for PostgreSQL 15 and later force TLS by default.
resource "aws_db_parameter_group" "pass_postgres16_default" {
  name   = "pass-postgres16-default"
  family = "postgres16"
}

resource "aws_rds_cluster_parameter_group" "pass_aurora_mysql_secure_transport" {
  name   = "pass-aurora-mysql-secure-transport"
  family = "aurora-mysql8.0"
  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
}
