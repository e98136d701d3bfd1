locals {
  public_subnets  = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  private_subnets = ["subnet-0a1b2c3d4e5f60011", "subnet-0a1b2c3d4e5f60012"]
}

# Internet-facing with the provider's default: headers with invalid names reach the targets.
resource "aws_lb" "fail_default_setting" {
  name            = "fail-default"
  subnets         = local.public_subnets
  security_groups = ["sg-0123456789abcdef0"]
}

resource "aws_lb" "fail_explicitly_kept" {
  name                       = "fail-kept"
  load_balancer_type         = "application"
  internal                   = false
  drop_invalid_header_fields = false
  subnets                    = local.public_subnets
  security_groups            = ["sg-0123456789abcdef0"]
}

resource "aws_lb" "pass_drops_invalid_headers" {
  name                       = "pass-drops"
  drop_invalid_header_fields = true
  subnets                    = local.public_subnets
  security_groups            = ["sg-0123456789abcdef0"]
}

# Internal: not this check's concern.
resource "aws_lb" "pass_internal" {
  name            = "pass-internal"
  internal        = true
  subnets         = local.private_subnets
  security_groups = ["sg-0123456789abcdef0"]
}

# Network load balancers do not parse HTTP.
resource "aws_lb" "pass_network_load_balancer" {
  name               = "pass-nlb"
  load_balancer_type = "network"
  subnets            = local.public_subnets
}
