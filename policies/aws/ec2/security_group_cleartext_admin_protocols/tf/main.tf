locals {
  vpc_id = "vpc-0123456789abcdef0"
}

# Telnet from the office network: private, but still clear text.
resource "aws_security_group" "fail_telnet_from_office" {
  name   = "fail-telnet-office"
  vpc_id = local.vpc_id

  ingress {
    description = "legacy switch console"
    from_port   = 23
    to_port     = 23
    protocol    = "tcp"
    cidr_blocks = ["10.20.0.0/16"]
  }
}

resource "aws_security_group" "fail_rsh_rule" {
  name   = "fail-rsh"
  vpc_id = local.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "rsh" {
  security_group_id = aws_security_group.fail_rsh_rule.id
  ip_protocol       = "tcp"
  from_port         = 512
  to_port           = 514
  cidr_ipv4         = "10.0.0.0/8"
}

resource "aws_security_group" "pass_ssh_only" {
  name   = "pass-ssh"
  vpc_id = local.vpc_id

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.20.0.0/16"]
  }
}
