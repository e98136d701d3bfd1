# No image_scanning_configuration: ECR does not scan on push.
resource "aws_ecr_repository" "fail_default" {
  name = "ecr-003-fail-default"
}

resource "aws_ecr_repository" "fail_scan_off" {
  name                 = "ecr-003-fail-scan-off"
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = false
  }
}

resource "aws_ecr_repository" "pass_scan_on_push" {
  name                 = "ecr-003-pass-scan-on-push"
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
}
