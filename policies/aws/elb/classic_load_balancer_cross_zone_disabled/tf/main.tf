locals {
  subnet_ids = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_elb" "fail_cross_zone_off" {
  name                      = "fail-cross-zone-off"
  subnets                   = local.subnet_ids
  cross_zone_load_balancing = false

  listener {
    lb_port           = 80
    lb_protocol       = "tcp"
    instance_port     = 8080
    instance_protocol = "tcp"
  }
}

resource "aws_elb" "pass_cross_zone_on" {
  name                      = "pass-cross-zone-on"
  subnets                   = local.subnet_ids
  cross_zone_load_balancing = true

  listener {
    lb_port           = 80
    lb_protocol       = "tcp"
    instance_port     = 8080
    instance_protocol = "tcp"
  }
}

# Not written: the provider turns it on.
resource "aws_elb" "pass_cross_zone_default" {
  name    = "pass-cross-zone-default"
  subnets = local.subnet_ids

  listener {
    lb_port           = 80
    lb_protocol       = "tcp"
    instance_port     = 8080
    instance_protocol = "tcp"
  }
}
