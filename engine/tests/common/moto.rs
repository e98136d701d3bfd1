//! moto's server (started by `.ci/test` on a free loopback port, `COMPLY_MOTO_URL`): a real
//! implementation of CloudTrail, Security Hub and S3 that the tests seed through the AWS SDK.
//!
//! moto keeps one state for every client, so tests that use it take a lock and reset it first.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

/// A client of one SDK crate for moto: the crates' builders are alike, their types are not.
macro_rules! client {
    ($sdk:ident, $url:expr, $region:expr) => {
        $sdk::Client::from_conf(
            $sdk::Config::builder()
                .behavior_version($sdk::config::BehaviorVersion::latest())
                .endpoint_url($url)
                .region($sdk::config::Region::new($region.to_string()))
                .credentials_provider($sdk::config::Credentials::new(
                    "AKIAIOSFODNN7EXAMPLE",
                    "fake-secret-for-loopback",
                    None,
                    None,
                    "test",
                ))
                .build(),
        )
    };
}

static LOCK: Mutex<()> = Mutex::new(());

pub const ACCOUNT: &str = "123456789012";

pub struct Moto {
    pub url: String,
    _turn: MutexGuard<'static, ()>,
}

impl Moto {
    /// The running server, reset to empty, held until dropped.
    pub fn acquire() -> Moto {
        let url = std::env::var("COMPLY_MOTO_URL").unwrap_or_else(|_| {
            panic!(
                "moto's server is not running: run the tests with `.ci/test`, which installs and \
                 starts it, or start `moto_server` yourself and set COMPLY_MOTO_URL=http://127.0.0.1:PORT"
            )
        });
        let turn = LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let (status, body) = request(&url, "POST", "/moto-api/reset", &[], "");
        assert_eq!(status, 200, "resetting moto at {url}: {body}");
        Moto { url, _turn: turn }
    }

    /// Creates an S3 bucket (path style; moto does not check signatures, only the scope).
    pub fn create_bucket(&self, name: &str) {
        let auth = "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261201/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=0";
        let (status, body) = request(
            &self.url,
            "PUT",
            &format!("/{name}"),
            &[("Authorization", auth)],
            "",
        );
        assert_eq!(status, 200, "creating bucket `{name}` in moto: {body}");
    }

    pub fn cloudtrail(&self, region: &str) -> aws_sdk_cloudtrail::Client {
        client!(aws_sdk_cloudtrail, &self.url, region)
    }

    pub fn security_hub(&self, region: &str) -> aws_sdk_securityhub::Client {
        client!(aws_sdk_securityhub, &self.url, region)
    }

    pub fn config(&self, region: &str) -> aws_sdk_config::Client {
        client!(aws_sdk_config, &self.url, region)
    }
}

/// Runs SDK calls from a synchronous test.
pub fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime")
        .block_on(f)
}

/// One HTTP/1.1 request on a fresh connection; returns status and body.
fn request(
    url: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, String) {
    let host = url.trim_start_matches("http://").trim_end_matches('/');
    let mut stream =
        TcpStream::connect(host).unwrap_or_else(|e| panic!("connecting to moto at {url}: {e}"));
    stream.set_read_timeout(Some(Duration::from_secs(30))).ok();
    let mut text = format!(
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        text.push_str(&format!("{k}: {v}\r\n"));
    }
    text.push_str("\r\n");
    text.push_str(body);
    stream.write_all(text.as_bytes()).expect("request written");
    let mut reply = String::new();
    stream.read_to_string(&mut reply).ok();
    let status = reply
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = reply
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}
