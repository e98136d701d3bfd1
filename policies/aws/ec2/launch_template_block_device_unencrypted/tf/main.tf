resource "aws_kms_key" "ebs" {
  description         = "EBS key"
  enable_key_rotation = true
}

# `encrypted` not set: the template does not encrypt the volume.
resource "aws_launch_template" "fail_template_data_volume" {
  name     = "fail-template-data-volume"
  image_id = "ami-0123456789abcdef0"

  block_device_mappings {
    device_name = "/dev/sdf"
    ebs {
      volume_size = 50
    }
  }
}

resource "aws_launch_template" "pass_template_encrypted" {
  name     = "pass-template-encrypted"
  image_id = "ami-0123456789abcdef0"

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 20
      encrypted   = true
      kms_key_id  = aws_kms_key.ebs.arn
    }
  }
}

# No mappings: the AMI's own devices, not judged here.
resource "aws_launch_template" "pass_template_no_mappings" {
  name     = "pass-template-no-mappings"
  image_id = "ami-0123456789abcdef0"
}

resource "aws_launch_configuration" "fail_launch_configuration_root" {
  name          = "fail-launch-configuration-root"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    volume_size = 20
    encrypted   = false
  }
}

resource "aws_launch_configuration" "pass_launch_configuration_encrypted" {
  name          = "pass-launch-configuration-encrypted"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    volume_size = 20
    encrypted   = true
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 50
    encrypted   = true
  }
}
