resource "aws_launch_template" "fail_template_public" {
  name     = "fail-template-public"
  image_id = "ami-0123456789abcdef0"

  network_interfaces {
    device_index                = 0
    subnet_id                   = "subnet-0123456789abcdef0"
    associate_public_ip_address = true
  }
}

resource "aws_launch_template" "pass_template_private" {
  name     = "pass-template-private"
  image_id = "ami-0123456789abcdef0"

  network_interfaces {
    device_index                = 0
    subnet_id                   = "subnet-0123456789abcdef0"
    associate_public_ip_address = false
  }
}

# No interface says: the subnet decides (AWS-VPC-002).
resource "aws_launch_template" "pass_template_subnet_decides" {
  name     = "pass-template-subnet-decides"
  image_id = "ami-0123456789abcdef0"
}

resource "aws_launch_configuration" "fail_launch_configuration_public" {
  name                        = "fail-launch-configuration-public"
  image_id                    = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  associate_public_ip_address = true
}

resource "aws_launch_configuration" "pass_launch_configuration_private" {
  name                        = "pass-launch-configuration-private"
  image_id                    = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  associate_public_ip_address = false
}
