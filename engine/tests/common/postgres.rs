//! The PostgreSQL server `.ci/test` starts (`COMPLY_POSTGRES_URL`, a superuser on loopback):
//! each test gets a database of its own.

use postgres::{Client, NoTls};

fn server() -> String {
    std::env::var("COMPLY_POSTGRES_URL").unwrap_or_else(|_| {
        panic!(
            "PostgreSQL is not running: run the tests with `.ci/test`, which installs and starts \
             it, or set COMPLY_POSTGRES_URL=postgres://USER@127.0.0.1:PORT/DATABASE (a superuser)"
        )
    })
}

/// A new, empty database named after the test; its URL.
pub fn fresh_database(name: &str) -> String {
    let url = server();
    let mut c = Client::connect(&url, NoTls).expect("connect to the test server");
    let db = format!("comply_{name}_{}", std::process::id()).replace('-', "_");
    // One statement each: a multi-statement batch is one transaction, which these refuse.
    c.batch_execute(&format!("DROP DATABASE IF EXISTS {db}"))
        .unwrap();
    c.batch_execute(&format!("CREATE DATABASE {db}")).unwrap();
    let (base, _) = url.rsplit_once('/').expect("a URL with a database");
    format!("{base}/{db}")
}

/// Runs SQL as somebody editing the store would, foreign keys not enforced.
pub fn edit(url: &str, sql: &str) {
    let mut c = Client::connect(url, NoTls).unwrap();
    c.batch_execute(&format!("SET session_replication_role = replica; {sql}"))
        .unwrap();
}
