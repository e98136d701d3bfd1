# Not set: the provider's default is false.
resource "aws_lb" "fail_alb_protection_not_set" {
  name               = "fail-alb-not-set"
  load_balancer_type = "application"
  internal           = true
  subnets            = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_lb" "fail_nlb_protection_off" {
  name                       = "fail-nlb-off"
  load_balancer_type         = "network"
  internal                   = true
  subnets                    = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  enable_deletion_protection = false
}

resource "aws_lb" "pass_alb_protection_on" {
  name                       = "pass-alb-on"
  load_balancer_type         = "application"
  internal                   = false
  subnets                    = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  enable_deletion_protection = true
  drop_invalid_header_fields = true
}

resource "aws_alb" "pass_alb_alias_protection_on" {
  name                       = "pass-alb-alias-on"
  internal                   = true
  subnets                    = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  enable_deletion_protection = true
}
