locals {
  vpc_id = "vpc-0123456789abcdef0"
}

# --- inline ingress blocks --------------------------------------------------------------------

resource "aws_security_group" "fail_mysql_inline" {
  name   = "fail-mysql-inline"
  vpc_id = local.vpc_id

  ingress {
    description = "MySQL from anywhere"
    from_port   = 3306
    to_port     = 3306
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# All protocols from anywhere, IPv4 and IPv6.
resource "aws_security_group" "fail_all_traffic_inline" {
  name   = "fail-all-traffic"
  vpc_id = local.vpc_id

  ingress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }
}

# Application tier: HTTPS from the world, PostgreSQL only from the VPC range.
resource "aws_security_group" "pass_app_inline" {
  name   = "pass-app"
  vpc_id = local.vpc_id

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# --- aws_security_group_rule ------------------------------------------------------------------

# MongoDB and Memcached over a port range.
resource "aws_security_group" "fail_range_rule" {
  name   = "fail-range-rule"
  vpc_id = local.vpc_id
}

resource "aws_security_group_rule" "high_ports_world" {
  type              = "ingress"
  security_group_id = aws_security_group.fail_range_rule.id
  from_port         = 10000
  to_port           = 30000
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_security_group" "fail_sqlserver_rule_ipv6" {
  name   = "fail-sqlserver-v6"
  vpc_id = local.vpc_id
}

resource "aws_security_group_rule" "sqlserver_world_v6" {
  type              = "ingress"
  security_group_id = aws_security_group.fail_sqlserver_rule_ipv6.id
  from_port         = 1433
  to_port           = 1433
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"]
}

# Database tier: only the application tier's group may connect.
resource "aws_security_group" "pass_db_from_app_rule" {
  name   = "pass-db-from-app"
  vpc_id = local.vpc_id
}

resource "aws_security_group_rule" "postgres_from_app" {
  type                     = "ingress"
  security_group_id        = aws_security_group.pass_db_from_app_rule.id
  from_port                = 5432
  to_port                  = 5432
  protocol                 = "tcp"
  source_security_group_id = aws_security_group.pass_app_inline.id
}

# --- aws_vpc_security_group_ingress_rule ------------------------------------------------------

resource "aws_security_group" "fail_cache_and_search_vpc_rules" {
  name   = "fail-cache-search"
  vpc_id = local.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "redis_world_v6" {
  security_group_id = aws_security_group.fail_cache_and_search_vpc_rules.id
  ip_protocol       = "tcp"
  from_port         = 6379
  to_port           = 6379
  cidr_ipv6         = "::/0"
}

resource "aws_vpc_security_group_ingress_rule" "opensearch_world" {
  security_group_id = aws_security_group.fail_cache_and_search_vpc_rules.id
  ip_protocol       = "tcp"
  from_port         = 9200
  to_port           = 9200
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group" "fail_oracle_redshift_vpc_rule" {
  name   = "fail-oracle-redshift"
  vpc_id = local.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "oracle_world" {
  security_group_id = aws_security_group.fail_oracle_redshift_vpc_rule.id
  ip_protocol       = "6"
  from_port         = 1521
  to_port           = 1521
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "redshift_world" {
  security_group_id = aws_security_group.fail_oracle_redshift_vpc_rule.id
  ip_protocol       = "tcp"
  from_port         = 5439
  to_port           = 5439
  cidr_ipv4         = "0.0.0.0/0"
}

# MySQL from a private range; 22 from the world is another check's concern.
resource "aws_security_group" "pass_vpc_rules" {
  name   = "pass-vpc-rules"
  vpc_id = local.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "mysql_private" {
  security_group_id = aws_security_group.pass_vpc_rules.id
  ip_protocol       = "tcp"
  from_port         = 3306
  to_port           = 3306
  cidr_ipv4         = "10.0.0.0/8"
}

resource "aws_vpc_security_group_ingress_rule" "ssh_world" {
  security_group_id = aws_security_group.pass_vpc_rules.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "0.0.0.0/0"
}

# PostgreSQL from an address only known after apply.
resource "aws_eip" "partner" {
  domain = "vpc"
}

resource "aws_security_group" "unknown_postgres_from_computed_cidr" {
  name   = "unknown-postgres-cidr"
  vpc_id = local.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "postgres_from_eip" {
  security_group_id = aws_security_group.unknown_postgres_from_computed_cidr.id
  ip_protocol       = "tcp"
  from_port         = 5432
  to_port           = 5432
  cidr_ipv4         = "${aws_eip.partner.public_ip}/32"
}
