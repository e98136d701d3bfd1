locals {
  subnet_ids      = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  vpc_id          = "vpc-0a1b2c3d4e5f60000"
  certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
}

resource "aws_lb" "web" {
  name               = "tls-policy-web-fixture"
  load_balancer_type = "application"
  subnets            = local.subnet_ids
}

resource "aws_lb" "tcp" {
  name               = "tls-policy-nlb-fixture"
  load_balancer_type = "network"
  subnets            = local.subnet_ids
}

resource "aws_lb_target_group" "web" {
  name     = "tls-policy-web-fixture"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = local.vpc_id
}

resource "aws_lb_target_group" "tcp" {
  name     = "tls-policy-nlb-fixture"
  port     = 8443
  protocol = "TCP"
  vpc_id   = local.vpc_id
}

resource "aws_lb_listener" "fail_https_2016_08" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-2016-08"
  certificate_arn   = local.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# TLS 1.3 capable, but still accepts TLS 1.0.
resource "aws_lb_listener" "fail_https_tls13_min_tls10" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-0-2021-06"
  certificate_arn   = local.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_lb_listener" "fail_nlb_tls11" {
  load_balancer_arn = aws_lb.tcp.arn
  port              = 443
  protocol          = "TLS"
  ssl_policy        = "ELBSecurityPolicy-TLS-1-1-2017-01"
  certificate_arn   = local.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.tcp.arn
  }
}

resource "aws_lb_listener" "pass_https_tls13" {
  load_balancer_arn = aws_lb.web.arn
  port              = 9443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = local.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_lb_listener" "pass_https_post_quantum" {
  load_balancer_arn = aws_lb.web.arn
  port              = 10443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09"
  certificate_arn   = local.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_lb_listener" "pass_nlb_fs_tls12" {
  load_balancer_arn = aws_lb.tcp.arn
  port              = 8443
  protocol          = "TLS"
  ssl_policy        = "ELBSecurityPolicy-FS-1-2-Res-2020-10"
  certificate_arn   = local.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.tcp.arn
  }
}

# No `ssl_policy` written: AWS applies its API default, ELBSecurityPolicy-2016-08 (TLS 1.0+).
resource "aws_lb_listener" "fail_https_policy_not_set" {
  load_balancer_arn = aws_lb.web.arn
  port              = 11443
  protocol          = "HTTPS"
  certificate_arn   = local.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# Plain HTTP (AWS-ELB-001's concern); a helper here.
resource "aws_lb_listener" "http_redirect" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}
