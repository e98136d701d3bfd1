# The rules AWS gives a default group: members to each other, everything out.
resource "aws_default_security_group" "fail_aws_defaults" {
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    protocol  = "-1"
    self      = true
    from_port = 0
    to_port   = 0
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Egress only, added as a separate rule resource.
resource "aws_default_security_group" "fail_egress_rule" {
  vpc_id  = "vpc-0a1b2c3d4e5f60718"
  ingress = []
  egress  = []
}

resource "aws_vpc_security_group_egress_rule" "default_https_out" {
  security_group_id = aws_default_security_group.fail_egress_rule.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

# Stripped of every rule (explicit empty lists, so the plan knows them).
resource "aws_default_security_group" "pass_locked" {
  vpc_id  = "vpc-0fedcba9876543210"
  ingress = []
  egress  = []
}

# An ordinary group with rules is not this check's concern.
resource "aws_security_group" "pass_ordinary_group" {
  name   = "pass-ordinary"
  vpc_id = "vpc-0123456789abcdef0"

  ingress {
    from_port   = 443
    to_port     = 443
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

# Adopted without rule blocks: Terraform removes every rule the group had.
resource "aws_default_security_group" "pass_adopted_without_blocks" {
  vpc_id = "vpc-0b1c2d3e4f5061728"
}
