resource "aws_elb" "web" {
  name               = "web"
  availability_zones = ["eu-west-1a", "eu-west-1b"]

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 8443
    instance_protocol  = "https"
    ssl_certificate_id = "arn:aws:acm:eu-west-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"
  }

  access_logs {
    bucket = "elb-access-logs-123456789012"
  }
}

# Health checks left to the provider's default, `EC2`.
resource "aws_autoscaling_group" "fail_default_checks_target_group" {
  name                = "fail-default-checks-target-group"
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  target_group_arns   = ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/0123456789abcdef"]

  launch_template {
    id = "lt-0123456789abcdef0"
  }
}

# Registered by an attachment resource.
resource "aws_autoscaling_group" "fail_ec2_checks_attached_elb" {
  name                = "fail-ec2-checks-attached-elb"
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  health_check_type   = "EC2"

  launch_template {
    id = "lt-0123456789abcdef0"
  }
}

resource "aws_autoscaling_attachment" "web" {
  autoscaling_group_name = aws_autoscaling_group.fail_ec2_checks_attached_elb.id
  elb                    = aws_elb.web.id
}

resource "aws_autoscaling_group" "pass_elb_checks" {
  name                      = "pass-elb-checks"
  min_size                  = 2
  max_size                  = 4
  vpc_zone_identifier       = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]
  target_group_arns         = ["arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/app/0123456789abcdef"]
  health_check_type         = "ELB"
  health_check_grace_period = 300

  launch_template {
    id = "lt-0123456789abcdef0"
  }
}

# No load balancer: EC2 checks are all there is.
resource "aws_autoscaling_group" "pass_no_load_balancer" {
  name                = "pass-no-load-balancer"
  min_size            = 1
  max_size            = 2
  vpc_zone_identifier = ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"]

  launch_template {
    id = "lt-0123456789abcdef0"
  }
}
