locals {
  vpc_id = "vpc-0123456789abcdef0"
}

# --- inline blocks ----------------------------------------------------------------------------

resource "aws_security_group" "fail_all_traffic_inline" {
  name   = "fail-all-traffic-inline"
  vpc_id = local.vpc_id

  ingress {
    description = "everything from anywhere"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Every TCP port, protocol written as a number.
resource "aws_security_group" "fail_every_tcp_port_inline" {
  name   = "fail-every-tcp-port"
  vpc_id = local.vpc_id

  ingress {
    from_port        = 0
    to_port          = 65535
    protocol         = "6"
    ipv6_cidr_blocks = ["::/0"]
  }
}

# All traffic, but only from inside the VPC and from the group's own members.
resource "aws_security_group" "pass_all_traffic_internal" {
  name   = "pass-all-internal"
  vpc_id = local.vpc_id

  ingress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/16"]
  }

  ingress {
    from_port = 0
    to_port   = 0
    protocol  = "-1"
    self      = true
  }
}

# HTTPS from anywhere; all traffic out to anywhere is egress, not this check's concern.
resource "aws_security_group" "pass_web" {
  name   = "pass-web"
  vpc_id = local.vpc_id

  ingress {
    from_port        = 443
    to_port          = 443
    protocol         = "tcp"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# --- rule resources ---------------------------------------------------------------------------

resource "aws_security_group" "fail_all_udp_ports_rule" {
  name   = "fail-all-udp"
  vpc_id = local.vpc_id
}

resource "aws_security_group_rule" "udp_world" {
  type              = "ingress"
  security_group_id = aws_security_group.fail_all_udp_ports_rule.id
  from_port         = 0
  to_port           = 65535
  protocol          = "udp"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_security_group" "fail_all_traffic_vpc_rule_ipv6" {
  name   = "fail-all-v6"
  vpc_id = local.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "all_world_v6" {
  security_group_id = aws_security_group.fail_all_traffic_vpc_rule_ipv6.id
  ip_protocol       = "-1"
  cidr_ipv6         = "::/0"
}

# All traffic, but only from a partner's range.
resource "aws_security_group" "pass_wide_range_from_partner" {
  name   = "pass-partner"
  vpc_id = local.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "partner_all" {
  security_group_id = aws_security_group.pass_wide_range_from_partner.id
  ip_protocol       = "-1"
  cidr_ipv4         = "203.0.113.0/24"
}

# All traffic from an address only known after apply.
resource "aws_eip" "office" {
  domain = "vpc"
}

resource "aws_security_group" "unknown_all_from_computed_cidr" {
  name   = "unknown-all-cidr"
  vpc_id = local.vpc_id
}

resource "aws_security_group_rule" "all_from_eip" {
  type              = "ingress"
  security_group_id = aws_security_group.unknown_all_from_computed_cidr.id
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["${aws_eip.office.public_ip}/32"]
}
