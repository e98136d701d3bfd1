locals {
  public_subnets  = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  private_subnets = ["subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012"]
}

resource "aws_s3_bucket" "lb_logs" {
  bucket = "example-lb-access-logs"
}

# Internet-facing, no access_logs block: nothing records the requests it receives.
resource "aws_lb" "fail_internet_facing_no_logs" {
  name               = "fail-no-logs"
  load_balancer_type = "application"
  subnets            = local.public_subnets
  security_groups    = ["sg-0123456789abcdef0"]
}

# A block that names a bucket but leaves logging off.
resource "aws_lb" "fail_logs_disabled" {
  name            = "fail-logs-disabled"
  internal        = false
  subnets         = local.public_subnets
  security_groups = ["sg-0123456789abcdef0"]

  access_logs {
    bucket  = aws_s3_bucket.lb_logs.id
    prefix  = "fail-logs-disabled"
    enabled = false
  }
}

resource "aws_lb" "pass_logs_enabled" {
  name            = "pass-logs"
  subnets         = local.public_subnets
  security_groups = ["sg-0123456789abcdef0"]

  access_logs {
    bucket  = aws_s3_bucket.lb_logs.id
    prefix  = "pass-logs"
    enabled = true
  }
}

# Internal: not this check's concern.
resource "aws_lb" "pass_internal_no_logs" {
  name            = "pass-internal"
  internal        = true
  subnets         = local.private_subnets
  security_groups = ["sg-0123456789abcdef0"]
}

# A network load balancer writes access logs for TLS listeners only; flow logs cover it.
resource "aws_lb" "pass_network_load_balancer" {
  name               = "pass-nlb"
  load_balancer_type = "network"
  subnets            = local.public_subnets
}
