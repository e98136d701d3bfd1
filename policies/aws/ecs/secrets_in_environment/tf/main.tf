resource "aws_ecs_task_definition" "fail_password_in_environment" {
  family = "fail-password-in-environment"
  container_definitions = jsonencode([{
    name        = "app"
    image       = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
    essential   = true
    memory      = 256
    environment = [{ name = "DB_PASSWORD", value = "fixture-password-not-real" }, { name = "LOG_LEVEL", value = "info" }]
  }])
}

resource "aws_ecs_task_definition" "pass_secret_from_secrets_manager" {
  family = "pass-secret-from-secrets-manager"
  container_definitions = jsonencode([{
    name        = "app"
    image       = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.4.2"
    essential   = true
    memory      = 256
    environment = [{ name = "LOG_LEVEL", value = "info" }]
    secrets     = [{ name = "DB_PASSWORD", valueFrom = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-password-AbCdEf" }]
  }])
}
