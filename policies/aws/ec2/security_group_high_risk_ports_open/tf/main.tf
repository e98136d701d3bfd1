locals {
  vpc_id = "vpc-0123456789abcdef0"
}

# --- inline blocks ----------------------------------------------------------------------------

resource "aws_security_group" "fail_telnet_inline" {
  name   = "fail-telnet"
  vpc_id = local.vpc_id

  ingress {
    description = "legacy console"
    from_port   = 23
    to_port     = 23
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Windows file sharing over IPv6.
resource "aws_security_group" "fail_smb_inline_ipv6" {
  name   = "fail-smb-v6"
  vpc_id = local.vpc_id

  ingress {
    from_port        = 445
    to_port          = 445
    protocol         = "tcp"
    ipv6_cidr_blocks = ["::/0"]
  }
}

# Memcached over UDP: an amplifier for reflection attacks.
resource "aws_security_group" "fail_memcached_udp_inline" {
  name   = "fail-memcached-udp"
  vpc_id = local.vpc_id

  ingress {
    from_port   = 11211
    to_port     = 11211
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# HTTPS from anywhere; the services of this check only from the VPC or another group.
resource "aws_security_group" "pass_internal_services" {
  name   = "pass-internal"
  vpc_id = local.vpc_id

  ingress {
    from_port        = 443
    to_port          = 443
    protocol         = "tcp"
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }

  ingress {
    description = "NFS from the VPC"
    from_port   = 2049
    to_port     = 2049
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }

  ingress {
    description     = "Kafka from the app tier"
    from_port       = 9092
    to_port         = 9092
    protocol        = "tcp"
    security_groups = ["sg-0fedcba9876543210"]
  }
}

# Memcached over TCP is AWS-EC2-004's; UDP 445 is not SMB.
resource "aws_security_group" "pass_other_policies_and_protocols" {
  name   = "pass-other"
  vpc_id = local.vpc_id

  ingress {
    from_port   = 445
    to_port     = 445
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 11211
    to_port     = 11211
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

# --- rule resources ---------------------------------------------------------------------------

# A range that takes in the Docker daemon and etcd.
resource "aws_security_group" "fail_docker_etcd_range_rule" {
  name   = "fail-docker-etcd"
  vpc_id = local.vpc_id
}

resource "aws_security_group_rule" "range_2000_2999" {
  type              = "ingress"
  security_group_id = aws_security_group.fail_docker_etcd_range_rule.id
  from_port         = 2000
  to_port           = 2999
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_security_group" "fail_kubelet_vpc_rule" {
  name   = "fail-kubelet"
  vpc_id = local.vpc_id
}

resource "aws_vpc_security_group_ingress_rule" "kubelet_world" {
  security_group_id = aws_security_group.fail_kubelet_vpc_rule.id
  ip_protocol       = "tcp"
  from_port         = 10250
  to_port           = 10250
  cidr_ipv4         = "0.0.0.0/0"
}

# WinRM outbound only.
resource "aws_security_group" "pass_winrm_egress" {
  name   = "pass-winrm-out"
  vpc_id = local.vpc_id
}

resource "aws_vpc_security_group_egress_rule" "winrm_out" {
  security_group_id = aws_security_group.pass_winrm_egress.id
  ip_protocol       = "tcp"
  from_port         = 5985
  to_port           = 5986
  cidr_ipv4         = "0.0.0.0/0"
}

# VNC from an address only known after apply.
resource "aws_eip" "office" {
  domain = "vpc"
}

resource "aws_security_group" "unknown_vnc_from_computed_cidr" {
  name   = "unknown-vnc"
  vpc_id = local.vpc_id
}

resource "aws_security_group_rule" "vnc_from_eip" {
  type              = "ingress"
  security_group_id = aws_security_group.unknown_vnc_from_computed_cidr.id
  from_port         = 5900
  to_port           = 5900
  protocol          = "tcp"
  cidr_blocks       = ["${aws_eip.office.public_ip}/32"]
}
