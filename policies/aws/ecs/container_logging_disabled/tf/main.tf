resource "aws_ecs_task_definition" "fail_no_log_configuration" {
  family = "fail-no-log-configuration"
  container_definitions = jsonencode([{
    name      = "app"
    image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
    essential = true
    memory    = 256
  }])
}

resource "aws_ecs_task_definition" "pass_awslogs" {
  family = "pass-awslogs"
  container_definitions = jsonencode([{
    name      = "app"
    image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
    essential = true
    memory    = 256
    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = "/ecs/pass-awslogs"
        awslogs-region        = "eu-west-1"
        awslogs-stream-prefix = "app"
      }
    }
  }])
}
