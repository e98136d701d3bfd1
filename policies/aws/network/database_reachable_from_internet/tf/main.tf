# One VPC with a public route table (0.0.0.0/0 to an internet gateway) and subnets left on the
# VPC's main table, which a new VPC creates with only its local route.
resource "aws_vpc" "main" {
  cidr_block = "10.40.0.0/16"
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_subnet" "public_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.40.1.0/24"
  availability_zone = "eu-west-1a"
}

resource "aws_subnet" "public_b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.40.2.0/24"
  availability_zone = "eu-west-1b"
}

resource "aws_subnet" "private_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.40.11.0/24"
  availability_zone = "eu-west-1a"
}

resource "aws_subnet" "private_b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.40.12.0/24"
  availability_zone = "eu-west-1b"
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.main.id
  }
}

resource "aws_route_table_association" "public_a" {
  subnet_id      = aws_subnet.public_a.id
  route_table_id = aws_route_table.public.id
}

resource "aws_route_table_association" "public_b" {
  subnet_id      = aws_subnet.public_b.id
  route_table_id = aws_route_table.public.id
}

resource "aws_db_subnet_group" "public" {
  name       = "public"
  subnet_ids = [aws_subnet.public_a.id, aws_subnet.public_b.id]
}

resource "aws_db_subnet_group" "private" {
  name       = "private"
  subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id]
}

resource "aws_security_group" "db_open" {
  name   = "db-open"
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "https_open" {
  name   = "https-open"
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Public, routed to the internet, port 5432 open to it: the whole path.
resource "aws_db_instance" "fail_public_path" {
  identifier                  = "fail-public-path"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = true
  db_subnet_group_name        = aws_db_subnet_group.public.name
  vpc_security_group_ids      = [aws_security_group.db_open.id]
  skip_final_snapshot         = true
}

# Same, but its subnets have no route to the internet gateway.
resource "aws_db_instance" "pass_private_subnets" {
  identifier                  = "pass-private-subnets"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = true
  db_subnet_group_name        = aws_db_subnet_group.private.name
  vpc_security_group_ids      = [aws_security_group.db_open.id]
  skip_final_snapshot         = true
}

# Routed and public, but the open rule is 443, not the database's port.
resource "aws_db_instance" "pass_port_closed" {
  identifier                  = "pass-port-closed"
  engine                      = "mysql"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = true
  port                        = 3306
  db_subnet_group_name        = aws_db_subnet_group.public.name
  vpc_security_group_ids      = [aws_security_group.https_open.id]
  skip_final_snapshot         = true
}

# An existing subnet group and security group the plan does not hold: the path cannot be seen.
resource "aws_db_instance" "unknown_existing_network" {
  identifier                  = "unknown-existing-network"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = true
  db_subnet_group_name        = "legacy-dmz"
  vpc_security_group_ids      = ["sg-0123456789abcdef0"]
  skip_final_snapshot         = true
}
