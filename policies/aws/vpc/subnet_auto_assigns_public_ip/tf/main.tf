resource "aws_vpc" "main" {
  cidr_block = "10.20.0.0/16"
}

# Every instance launched here gets a public IPv4 address unless it asks not to.
resource "aws_subnet" "fail_public_ip_on_launch" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.20.1.0/24"
  availability_zone       = "eu-west-1a"
  map_public_ip_on_launch = true
}

# A default subnet adopted as AWS created it: on (the provider's default for it too).
resource "aws_default_subnet" "fail_default_subnet_adopted" {
  availability_zone = "eu-west-1b"
}

# Explicitly off.
resource "aws_subnet" "pass_explicitly_private" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.20.11.0/24"
  availability_zone       = "eu-west-1a"
  map_public_ip_on_launch = false
}

# The provider's default for a new subnet is off.
resource "aws_subnet" "pass_provider_default" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.20.12.0/24"
  availability_zone = "eu-west-1b"
}

# A default subnet adopted and switched off.
resource "aws_default_subnet" "pass_default_subnet_switched_off" {
  availability_zone       = "eu-west-1c"
  map_public_ip_on_launch = false
}
