locals {
  vpc_id = "vpc-0123456789abcdef0"
}

# --- inline ingress blocks --------------------------------------------------------------------

resource "aws_security_group" "fail_ssh_inline" {
  name   = "fail-ssh-inline"
  vpc_id = local.vpc_id

  ingress {
    description = "SSH from anywhere"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Every TCP port, protocol written as a number.
resource "aws_security_group" "fail_all_tcp_ports_inline" {
  name   = "fail-all-tcp"
  vpc_id = local.vpc_id

  ingress {
    from_port   = 0
    to_port     = 65535
    protocol    = "6"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# All protocols over IPv6.
resource "aws_security_group" "fail_all_traffic_ipv6_inline" {
  name   = "fail-all-traffic-v6"
  vpc_id = local.vpc_id

  ingress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    ipv6_cidr_blocks = ["::/0"]
  }
}

# HTTPS from anywhere, SSH only from the private range, everything out.
resource "aws_security_group" "pass_web" {
  name   = "pass-web"
  vpc_id = local.vpc_id

  ingress {
    description      = "HTTPS"
    from_port        = 443
    to_port          = 443
    protocol         = "tcp"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  ingress {
    description = "SSH from the VPN range"
    from_port   = 22
    to_port     = 22
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

# UDP 22 (not SSH) from anywhere, and SSH from another group.
resource "aws_security_group" "pass_udp_and_group_source" {
  name   = "pass-udp-group"
  vpc_id = local.vpc_id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port       = 22
    to_port         = 22
    protocol        = "tcp"
    security_groups = ["sg-0fedcba9876543210"]
  }
}

# --- aws_security_group_rule ------------------------------------------------------------------

resource "aws_security_group" "fail_rdp_rule" {
  name   = "fail-rdp-rule"
  vpc_id = local.vpc_id
}

resource "aws_security_group_rule" "rdp_world" {
  type              = "ingress"
  security_group_id = aws_security_group.fail_rdp_rule.id
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

# A range that contains 22.
resource "aws_security_group" "fail_range_rule" {
  name   = "fail-range-rule"
  vpc_id = local.vpc_id
}

resource "aws_security_group_rule" "range_20_25_world" {
  type              = "ingress"
  security_group_id = aws_security_group.fail_range_rule.id
  from_port         = 20
  to_port           = 25
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

# RDP only from the private range; SSH to the world only outbound.
resource "aws_security_group" "pass_private_rdp_rule" {
  name   = "pass-private-rdp"
  vpc_id = local.vpc_id
}

resource "aws_security_group_rule" "rdp_private" {
  type              = "ingress"
  security_group_id = aws_security_group.pass_private_rdp_rule.id
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
}

resource "aws_security_group_rule" "ssh_out" {
  type              = "egress"
  security_group_id = aws_security_group.pass_private_rdp_rule.id
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

# SSH from an address only known after apply.
resource "aws_eip" "office" {
  domain = "vpc"
}

resource "aws_security_group" "unknown_ssh_from_computed_cidr" {
  name   = "unknown-ssh-cidr"
  vpc_id = local.vpc_id
}

resource "aws_security_group_rule" "ssh_from_eip" {
  type              = "ingress"
  security_group_id = aws_security_group.unknown_ssh_from_computed_cidr.id
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["${aws_eip.office.public_ip}/32"]
}

# --- aws_vpc_security_group_ingress_rule ------------------------------------------------------

resource "aws_security_group" "fail_ssh_vpc_rule_ipv6" {
  name   = "fail-ssh-v6"
  vpc_id = local.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "ssh_world_v6" {
  security_group_id = aws_security_group.fail_ssh_vpc_rule_ipv6.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv6         = "::/0"
}

# ip_protocol "-1": every port of every protocol.
resource "aws_security_group" "fail_all_traffic_vpc_rule" {
  name   = "fail-all-traffic"
  vpc_id = local.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "all_world" {
  security_group_id = aws_security_group.fail_all_traffic_vpc_rule.id
  ip_protocol       = "-1"
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_security_group" "pass_vpc_rules" {
  name   = "pass-vpc-rules"
  vpc_id = local.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "https_world" {
  security_group_id = aws_security_group.pass_vpc_rules.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_ingress_rule" "ssh_private" {
  security_group_id = aws_security_group.pass_vpc_rules.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "10.0.0.0/8"
}
