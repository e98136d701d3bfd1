resource "aws_ecs_task_definition" "fail_privileged_agent" {
  family = "fail-privileged-agent"
  container_definitions = jsonencode([{
    name       = "agent"
    image      = "public.ecr.aws/example/agent:2.0"
    essential  = true
    memory     = 256
    privileged = true
  }])
}

resource "aws_ecs_task_definition" "pass_unprivileged" {
  family = "pass-unprivileged"
  container_definitions = jsonencode([{
    name      = "app"
    image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
    essential = true
    memory    = 256
  }])
}

# The definitions are only known after apply: privilege cannot be told from the plan.
resource "aws_ecr_repository" "app" {
  name = "app"
}

resource "aws_ecs_task_definition" "unknown_image_after_apply" {
  family = "unknown-image-after-apply"
  container_definitions = jsonencode([{
    name      = "app"
    image     = "${aws_ecr_repository.app.repository_url}:latest"
    essential = true
    memory    = 256
  }])
}
