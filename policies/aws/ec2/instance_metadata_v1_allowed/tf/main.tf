resource "aws_instance" "fail_tokens_optional" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = "subnet-0123456789abcdef0"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "optional"
  }
}

resource "aws_instance" "pass_tokens_required" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = "subnet-0123456789abcdef0"

  metadata_options {
    http_tokens = "required"
  }
}

# No metadata options: the AMI and the account's defaults decide, which a plan cannot show.
resource "aws_instance" "unknown_tokens_not_set" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = "subnet-0123456789abcdef0"
}

# A template that does not set metadata options leaves tokens optional.
resource "aws_launch_template" "fail_template_default" {
  name          = "fail-template-default"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_launch_template" "pass_template_required" {
  name          = "pass-template-required"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }
}

# No metadata service at all: nothing to steal credentials from.
resource "aws_launch_template" "pass_template_endpoint_disabled" {
  name          = "pass-template-endpoint-disabled"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "disabled"
    http_tokens   = "optional"
  }
}

resource "aws_launch_configuration" "fail_launch_configuration_default" {
  name          = "fail-launch-configuration-default"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_launch_configuration" "pass_launch_configuration_required" {
  name          = "pass-launch-configuration-required"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }
}
