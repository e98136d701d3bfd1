locals {
  containers = jsonencode([{
    name      = "app"
    image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
    essential = true
    memory    = 256
  }])
}

resource "aws_ecs_task_definition" "fail_host_network" {
  family                = "fail-host-network"
  network_mode          = "host"
  container_definitions = local.containers
}

resource "aws_ecs_task_definition" "pass_awsvpc" {
  family                = "pass-awsvpc"
  network_mode          = "awsvpc"
  container_definitions = local.containers
}

# No network mode: ECS's default, `bridge`.
resource "aws_ecs_task_definition" "pass_default_bridge" {
  family                = "pass-default-bridge"
  container_definitions = local.containers
}
