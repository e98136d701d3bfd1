resource "aws_vpc" "main" {
  cidr_block = "10.30.0.0/16"
}

# --- inline rules -----------------------------------------------------------------------------

resource "aws_network_acl" "fail_ssh_inline" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 100
    protocol   = "tcp"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }
}

# All traffic from anywhere (what AWS gives a default ACL) lets 22 and 3389 in.
resource "aws_network_acl" "fail_all_traffic_inline" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 100
    protocol   = "-1"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

# The deny comes after the allow, so it never applies.
resource "aws_network_acl" "fail_deny_after_allow" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 100
    protocol   = "tcp"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 65535
  }

  ingress {
    rule_no    = 200
    protocol   = "tcp"
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }
}

# The earlier deny is for IPv4 only; IPv6 SSH still gets in.
resource "aws_network_acl" "fail_deny_covers_ipv4_only" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 90
    protocol   = "tcp"
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }

  ingress {
    rule_no         = 100
    protocol        = "tcp"
    action          = "allow"
    ipv6_cidr_block = "::/0"
    from_port       = 22
    to_port         = 22
  }
}

# Denies of 22 and 3389 from the whole internet come first: the broad allow cannot reach them.
resource "aws_network_acl" "pass_admin_ports_denied_first" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 10
    protocol   = "tcp"
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }

  ingress {
    rule_no    = 20
    protocol   = "tcp"
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 3389
    to_port    = 3389
  }

  ingress {
    rule_no    = 100
    protocol   = "-1"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

# HTTPS and return traffic (Linux ephemeral ports) from anywhere, SSH only from the private
# range. A return-traffic rule of 1024-65535 would let RDP in.
resource "aws_network_acl" "pass_web_tier" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 100
    protocol   = "tcp"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 443
    to_port    = 443
  }

  ingress {
    rule_no    = 110
    protocol   = "tcp"
    action     = "allow"
    cidr_block = "10.0.0.0/8"
    from_port  = 22
    to_port    = 22
  }

  ingress {
    rule_no    = 120
    protocol   = "tcp"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 32768
    to_port    = 65535
  }

  egress {
    rule_no    = 100
    protocol   = "-1"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

# --- aws_network_acl_rule ---------------------------------------------------------------------

resource "aws_network_acl" "fail_rdp_rule_ipv6" {
  vpc_id = aws_vpc.main.id
}

resource "aws_network_acl_rule" "rdp_world_v6" {
  network_acl_id  = aws_network_acl.fail_rdp_rule_ipv6.id
  rule_number     = 100
  egress          = false
  protocol        = "tcp"
  rule_action     = "allow"
  ipv6_cidr_block = "::/0"
  from_port       = 3389
  to_port         = 3389
}

# SSH to the world is outbound, not inbound.
resource "aws_network_acl" "pass_ssh_egress_rule" {
  vpc_id = aws_vpc.main.id
}

resource "aws_network_acl_rule" "ssh_out" {
  network_acl_id = aws_network_acl.pass_ssh_egress_rule.id
  rule_number    = 100
  egress         = true
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 22
  to_port        = 22
}

# SSH from an address only known after apply.
resource "aws_eip" "office" {
  domain = "vpc"
}

resource "aws_network_acl" "unknown_ssh_from_computed_cidr" {
  vpc_id = aws_vpc.main.id
}

resource "aws_network_acl_rule" "ssh_from_eip" {
  network_acl_id = aws_network_acl.unknown_ssh_from_computed_cidr.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "${aws_eip.office.public_ip}/32"
  from_port      = 22
  to_port        = 22
}

# A rule numbered before the open one is only known after apply: it may deny SSH.
resource "aws_network_acl" "unknown_earlier_rule_computed" {
  vpc_id = aws_vpc.main.id
}

resource "aws_network_acl_rule" "earlier_computed" {
  network_acl_id = aws_network_acl.unknown_earlier_rule_computed.id
  rule_number    = 90
  egress         = false
  protocol       = "tcp"
  rule_action    = "deny"
  cidr_block     = "${aws_eip.office.public_ip}/32"
  from_port      = 22
  to_port        = 22
}

resource "aws_network_acl_rule" "ssh_world_after" {
  network_acl_id = aws_network_acl.unknown_earlier_rule_computed.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 22
  to_port        = 22
}

# --- the VPC's default ACL --------------------------------------------------------------------

# Adopted with the rules AWS gives it: everything in and out.
resource "aws_default_network_acl" "fail_default_acl_as_created" {
  default_network_acl_id = aws_vpc.main.default_network_acl_id

  ingress {
    rule_no    = 100
    protocol   = "-1"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }

  egress {
    rule_no    = 100
    protocol   = "-1"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

# Adopted without rule blocks: Terraform removes every rule, so only the final deny-all is left.
resource "aws_vpc" "locked" {
  cidr_block = "10.31.0.0/16"
}

resource "aws_default_network_acl" "pass_default_acl_without_rules" {
  default_network_acl_id = aws_vpc.locked.default_network_acl_id
}
