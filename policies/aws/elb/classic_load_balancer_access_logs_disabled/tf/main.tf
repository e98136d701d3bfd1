locals {
  subnet_ids = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_elb" "fail_no_access_logs" {
  name    = "fail-no-access-logs"
  subnets = local.subnet_ids

  listener {
    lb_port           = 80
    lb_protocol       = "tcp"
    instance_port     = 8080
    instance_protocol = "tcp"
  }
}

resource "aws_elb" "fail_access_logs_disabled" {
  name    = "fail-access-logs-disabled"
  subnets = local.subnet_ids

  listener {
    lb_port           = 80
    lb_protocol       = "tcp"
    instance_port     = 8080
    instance_protocol = "tcp"
  }

  access_logs {
    bucket  = "elb-access-logs-123456789012"
    enabled = false
  }
}

resource "aws_elb" "pass_access_logs" {
  name    = "pass-access-logs"
  subnets = local.subnet_ids

  listener {
    lb_port           = 80
    lb_protocol       = "tcp"
    instance_port     = 8080
    instance_protocol = "tcp"
  }

  access_logs {
    bucket   = "elb-access-logs-123456789012"
    interval = 60
  }
}

# Internal: not judged (passes).
resource "aws_elb" "pass_internal" {
  name     = "pass-internal"
  internal = true
  subnets  = local.subnet_ids

  listener {
    lb_port           = 80
    lb_protocol       = "tcp"
    instance_port     = 8080
    instance_protocol = "tcp"
  }
}
