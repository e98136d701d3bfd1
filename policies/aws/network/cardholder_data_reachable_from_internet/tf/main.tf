# The cardholder data environment's database and application server beside a public web tier,
# in one VPC: public subnets route to an internet gateway, private ones stay on the VPC's main
# table, which a new VPC creates with only its local route.
resource "aws_vpc" "main" {
  cidr_block = "10.50.0.0/16"
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_subnet" "public_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.50.1.0/24"
  availability_zone = "eu-west-1a"
}

resource "aws_subnet" "public_b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.50.2.0/24"
  availability_zone = "eu-west-1b"
}

resource "aws_subnet" "private_a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.50.11.0/24"
  availability_zone = "eu-west-1a"
}

resource "aws_subnet" "private_b" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.50.12.0/24"
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
  name       = "cde-public"
  subnet_ids = [aws_subnet.public_a.id, aws_subnet.public_b.id]
}

resource "aws_db_subnet_group" "private" {
  name       = "cde-private"
  subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id]
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

# Cardholder data in the public subnets, open to the internet (on 443, not its own port).
resource "aws_db_instance" "fail_cde_database" {
  identifier                  = "fail-cde-database"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = true
  db_subnet_group_name        = aws_db_subnet_group.public.name
  vpc_security_group_ids      = [aws_security_group.https_open.id]
  skip_final_snapshot         = true
  tags                        = { DataClassification = "cardholder" }
}

resource "aws_instance" "fail_cde_app_server" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.public_a.id
  associate_public_ip_address = true
  vpc_security_group_ids      = [aws_security_group.https_open.id]
  tags                        = { DataClassification = "cardholder" }
}

# The same database in the private subnets.
resource "aws_db_instance" "pass_cde_private" {
  identifier                  = "pass-cde-private"
  engine                      = "postgres"
  instance_class              = "db.t3.micro"
  allocated_storage           = 20
  username                    = "app"
  manage_master_user_password = true
  storage_encrypted           = true
  publicly_accessible         = true
  db_subnet_group_name        = aws_db_subnet_group.private.name
  vpc_security_group_ids      = [aws_security_group.https_open.id]
  skip_final_snapshot         = true
  tags                        = { DataClassification = "cardholder" }
}

# The public web tier: exposed by design, and not cardholder data, so not judged here.
resource "aws_instance" "skip_web_tier" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.public_b.id
  associate_public_ip_address = true
  vpc_security_group_ids      = [aws_security_group.https_open.id]
  tags                        = { DataClassification = "public" }
}

# An application server in a subnet the plan does not hold.
resource "aws_instance" "unknown_cde_existing_subnet" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  subnet_id                   = "subnet-0aaaaaaaaaaaaaaa1"
  associate_public_ip_address = true
  vpc_security_group_ids      = [aws_security_group.https_open.id]
  tags                        = { DataClassification = "cardholder" }
}
