locals {
  subnet_ids      = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
}

resource "aws_elb" "fail_http" {
  name    = "fail-http"
  subnets = local.subnet_ids

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 8080
    instance_protocol = "http"
  }
}

# TLS on 443, but plain TCP beside it.
resource "aws_elb" "fail_tcp_beside_ssl" {
  name    = "fail-tcp-beside-ssl"
  subnets = local.subnet_ids

  listener {
    lb_port            = 443
    lb_protocol        = "ssl"
    instance_port      = 8443
    instance_protocol  = "ssl"
    ssl_certificate_id = local.certificate_arn
  }

  listener {
    lb_port           = 8080
    lb_protocol       = "tcp"
    instance_port     = 8080
    instance_protocol = "tcp"
  }
}

resource "aws_elb" "pass_https" {
  name    = "pass-https"
  subnets = local.subnet_ids

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8080
    instance_protocol  = "http"
    ssl_certificate_id = local.certificate_arn
  }
}
