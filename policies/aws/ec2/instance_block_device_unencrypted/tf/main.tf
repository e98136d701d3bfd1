resource "aws_kms_key" "ebs" {
  description         = "EBS key"
  enable_key_rotation = true
}

resource "aws_instance" "fail_root_unencrypted" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = "subnet-0123456789abcdef0"

  root_block_device {
    volume_size = 20
    encrypted   = false
  }
}

# Root encrypted, data volume not.
resource "aws_instance" "fail_data_volume_unencrypted" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = "subnet-0123456789abcdef0"

  root_block_device {
    volume_size = 20
    encrypted   = true
    kms_key_id  = aws_kms_key.ebs.arn
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 50
    encrypted   = false
  }
}

resource "aws_instance" "pass_all_encrypted" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = "subnet-0123456789abcdef0"

  root_block_device {
    volume_size = 20
    encrypted   = true
    kms_key_id  = aws_kms_key.ebs.arn
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 50
    encrypted   = true
    kms_key_id  = aws_kms_key.ebs.arn
  }
}

# No root_block_device: encryption follows the AMI and the account's EBS default.
resource "aws_instance" "unknown_no_root_block" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = "subnet-0123456789abcdef0"
}

# A root_block_device that does not say: the same.
resource "aws_instance" "unknown_root_encryption_not_set" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  subnet_id     = "subnet-0123456789abcdef0"

  root_block_device {
    volume_size = 30
  }
}
