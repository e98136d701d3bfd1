locals {
  subnet_ids      = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  vpc_id          = "vpc-0a1b2c3d4e5f60000"
  certificate_arn = "arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
}

resource "aws_lb" "web" {
  name               = "plaintext-fixture"
  load_balancer_type = "application"
  subnets            = local.subnet_ids
}

resource "aws_lb_target_group" "web" {
  name     = "plaintext-fixture"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = local.vpc_id
}

resource "aws_lb_listener" "fail_http_forward" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_lb_listener" "fail_http_fixed_response" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8081
  protocol          = "HTTP"

  default_action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      message_body = "maintenance"
      status_code  = "503"
    }
  }
}

# A redirect without `protocol` keeps the request's protocol (`#{protocol}`): still HTTP.
resource "aws_lb_listener" "fail_http_redirect_keeps_http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8082
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      port        = "8080"
      status_code = "HTTP_302"
    }
  }
}

resource "aws_alb_listener" "fail_alb_alias_forward" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8083
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_lb_listener" "pass_http_redirect_https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8084
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

resource "aws_lb_listener" "pass_https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = local.certificate_arn

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# `protocol` not written: the provider computes it, so it is only known after apply.
resource "aws_lb_listener" "unknown_protocol_not_set" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8085

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}
