resource "aws_vpc" "main" {
  cidr_block = "10.32.0.0/16"
}

# Every protocol and port from anywhere.
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

# Denying a few ports first still lets everything else in.
resource "aws_network_acl" "fail_some_ports_denied_first" {
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
    rule_no    = 100
    protocol   = "-1"
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}

# All traffic over IPv6, as a rule resource.
resource "aws_network_acl" "fail_all_traffic_rule_ipv6" {
  vpc_id = aws_vpc.main.id
}

resource "aws_network_acl_rule" "all_world_v6" {
  network_acl_id  = aws_network_acl.fail_all_traffic_rule_ipv6.id
  rule_number     = 100
  egress          = false
  protocol        = "-1"
  rule_action     = "allow"
  ipv6_cidr_block = "::/0"
}

# The default ACL as AWS creates it.
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

# Only the services the subnet offers, and return traffic; everything may go out.
resource "aws_network_acl" "pass_listed_ports" {
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
    cidr_block = "0.0.0.0/0"
    from_port  = 1024
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

# All traffic, but only from inside the VPC.
resource "aws_network_acl" "pass_all_traffic_from_vpc" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 100
    protocol   = "-1"
    action     = "allow"
    cidr_block = "10.32.0.0/16"
    from_port  = 0
    to_port    = 0
  }
}

# A deny of everything from anywhere comes first: the allow never applies.
resource "aws_network_acl" "pass_deny_all_first" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 50
    protocol   = "-1"
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
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

# All traffic from an address only known after apply.
resource "aws_eip" "partner" {
  domain = "vpc"
}

resource "aws_network_acl" "unknown_all_from_computed_cidr" {
  vpc_id = aws_vpc.main.id
}

resource "aws_network_acl_rule" "all_from_partner" {
  network_acl_id = aws_network_acl.unknown_all_from_computed_cidr.id
  rule_number    = 100
  egress         = false
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "${aws_eip.partner.public_ip}/32"
}
