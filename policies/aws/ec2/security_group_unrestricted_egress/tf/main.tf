locals {
  vpc_id = "vpc-0123456789abcdef0"
}

# What AWS gives every new group (Terraform only when written): everything out to anywhere.
resource "aws_security_group" "fail_all_egress_inline" {
  tags = { DataClassification = "cardholder" }
  name   = "fail-all-egress"
  vpc_id = local.vpc_id

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Every TCP port to anywhere over IPv6, as a rule resource.
resource "aws_security_group" "fail_every_tcp_port_egress_rule" {
  tags = { DataClassification = "cardholder" }
  name   = "fail-tcp-egress"
  vpc_id = local.vpc_id
}

resource "aws_vpc_security_group_egress_rule" "all_tcp_v6" {
  security_group_id = aws_security_group.fail_every_tcp_port_egress_rule.id
  ip_protocol       = "tcp"
  from_port         = 0
  to_port           = 65535
  cidr_ipv6         = "::/0"
}

resource "aws_security_group" "fail_all_egress_rule" {
  tags = { DataClassification = "cardholder" }
  name   = "fail-all-egress-rule"
  vpc_id = local.vpc_id
}

resource "aws_security_group_rule" "all_out" {
  type              = "egress"
  security_group_id = aws_security_group.fail_all_egress_rule.id
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["0.0.0.0/0"]
}

# HTTPS out to anywhere, everything else only inside the VPC.
resource "aws_security_group" "pass_https_out_only" {
  tags = { DataClassification = "cardholder" }
  name   = "pass-https-out"
  vpc_id = local.vpc_id

  egress {
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
    cidr_blocks = ["10.0.0.0/16"]
  }
}

# Everything in from anywhere is ingress, not this check's concern; no egress at all.
resource "aws_security_group" "pass_no_egress" {
  tags = { DataClassification = "cardholder" }
  name   = "pass-no-egress"
  vpc_id = local.vpc_id

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Out only to a prefix list (for example S3's gateway endpoint).
resource "aws_security_group" "pass_prefix_list_egress" {
  tags = { DataClassification = "cardholder" }
  name   = "pass-prefix-list"
  vpc_id = local.vpc_id

  egress {
    from_port       = 443
    to_port         = 443
    protocol        = "tcp"
    prefix_list_ids = ["pl-6da54004"]
  }
}

# Everything out to an address only known after apply.
resource "aws_eip" "proxy" {
  domain = "vpc"
}

resource "aws_security_group" "unknown_egress_to_computed_cidr" {
  tags = { DataClassification = "cardholder" }
  name   = "unknown-egress"
  vpc_id = local.vpc_id
}

resource "aws_security_group_rule" "all_to_proxy" {
  type              = "egress"
  security_group_id = aws_security_group.unknown_egress_to_computed_cidr.id
  from_port         = 0
  to_port           = 0
  protocol          = "-1"
  cidr_blocks       = ["${aws_eip.proxy.public_ip}/32"]
}

# Outside the cardholder data environment: not judged.
resource "aws_security_group" "skip_web_tier" {
  name = "web-tier"
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
