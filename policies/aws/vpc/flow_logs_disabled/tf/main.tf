# No flow log at all.
resource "aws_vpc" "fail_no_flow_log" {
  cidr_block = "10.10.0.0/16"
}

# A flow log on one subnet only: traffic of the VPC's other subnets is not recorded.
resource "aws_vpc" "fail_subnet_flow_log_only" {
  cidr_block = "10.11.0.0/16"
}

resource "aws_subnet" "logged" {
  vpc_id     = aws_vpc.fail_subnet_flow_log_only.id
  cidr_block = "10.11.1.0/24"
}

resource "aws_flow_log" "subnet_only" {
  subnet_id            = aws_subnet.logged.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::example-flow-logs"
}

# Every interface of the VPC, accepted and rejected traffic, to S3.
resource "aws_vpc" "pass_flow_log_to_s3" {
  cidr_block = "10.12.0.0/16"
}

resource "aws_flow_log" "to_s3" {
  vpc_id               = aws_vpc.pass_flow_log_to_s3.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::example-flow-logs"
}

# To CloudWatch Logs, through a role.
resource "aws_vpc" "pass_flow_log_to_cloudwatch" {
  cidr_block = "10.13.0.0/16"
}

resource "aws_cloudwatch_log_group" "flow" {
  name              = "/vpc/flow-logs"
  retention_in_days = 365
}

resource "aws_iam_role" "flow" {
  name = "vpc-flow-logs"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "vpc-flow-logs.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_flow_log" "to_cloudwatch" {
  vpc_id          = aws_vpc.pass_flow_log_to_cloudwatch.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.flow.arn
  iam_role_arn    = aws_iam_role.flow.arn
}

# The region's default VPC, adopted, with a flow log.
resource "aws_default_vpc" "pass_default_with_flow_log" {}

resource "aws_flow_log" "default_vpc" {
  vpc_id               = aws_default_vpc.pass_default_with_flow_log.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::example-flow-logs"
}
