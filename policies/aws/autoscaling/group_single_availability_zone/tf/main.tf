resource "aws_subnet" "a" {
  vpc_id            = "vpc-0123456789abcdef0"
  cidr_block        = "10.0.1.0/24"
  availability_zone = "eu-west-1a"
}

resource "aws_subnet" "b" {
  vpc_id            = "vpc-0123456789abcdef0"
  cidr_block        = "10.0.2.0/24"
  availability_zone = "eu-west-1b"
}

resource "aws_subnet" "a2" {
  vpc_id            = "vpc-0123456789abcdef0"
  cidr_block        = "10.0.3.0/24"
  availability_zone = "eu-west-1a"
}

resource "aws_autoscaling_group" "fail_one_zone" {
  name               = "fail-one-zone"
  min_size           = 1
  max_size           = 2
  availability_zones = ["eu-west-1a"]

  launch_template {
    id = "lt-0123456789abcdef0"
  }
}

resource "aws_autoscaling_group" "fail_one_subnet" {
  name                = "fail-one-subnet"
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = ["subnet-0123456789abcdef0"]

  launch_template {
    id = "lt-0123456789abcdef0"
  }
}

# Two subnets of the same zone (found in the plan).
resource "aws_autoscaling_group" "fail_two_subnets_one_zone" {
  name                = "fail-two-subnets-one-zone"
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = [aws_subnet.a.id, aws_subnet.a2.id]

  launch_template {
    id = "lt-0123456789abcdef0"
  }
}

resource "aws_autoscaling_group" "pass_two_subnets" {
  name                = "pass-two-subnets"
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = [aws_subnet.a.id, aws_subnet.b.id]

  launch_template {
    id = "lt-0123456789abcdef0"
  }
}

resource "aws_autoscaling_group" "pass_two_zones" {
  name               = "pass-two-zones"
  min_size           = 2
  max_size           = 4
  availability_zones = ["eu-west-1a", "eu-west-1b"]

  launch_template {
    id = "lt-0123456789abcdef0"
  }
}

# Subnets outside the plan: their zones are not known.
resource "aws_autoscaling_group" "unknown_subnets_outside_plan" {
  name                = "unknown-subnets-outside-plan"
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]

  launch_template {
    id = "lt-0123456789abcdef0"
  }
}
