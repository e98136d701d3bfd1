//! The store on a PostgreSQL server, for when one machine's file is outgrown: several scanners
//! and readers share it. The same rows as SQLite; the write lock is a table lock on `scans`
//! held by the scan's transaction, so two scanners' scans are chained one after the other. A
//! killed scanner's connection drops and the server rolls its transaction back.

use super::backend::{AttributionRow, Backend, ChangeRow, FindingRow, ScanRow};
use super::migrations;
use crate::error::{Error, Result};
use postgres::{Client, NoTls, Row};

pub struct Postgres {
    client: Client,
    name: String,
}

/// Whether `--store` names a server rather than a file.
pub fn is_url(location: &str) -> bool {
    location.starts_with("postgres://") || location.starts_with("postgresql://")
}

fn err(name: &str) -> impl Fn(postgres::Error) -> Error + '_ {
    move |e| Error::Store(format!("`{name}`: {}", said(&e)))
}

/// The server's own message when it gave one (the driver's display is only `db error`).
fn said(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{}: {}", db.severity(), db.message()),
        None => e.to_string(),
    }
}

/// The URL as messages show it: user, hosts, port and database, never the password.
fn display(config: &postgres::Config) -> String {
    let hosts: Vec<String> = config
        .get_hosts()
        .iter()
        .map(|h| match h {
            postgres::config::Host::Tcp(name) => name.clone(),
            #[cfg(unix)]
            postgres::config::Host::Unix(path) => path.display().to_string(),
        })
        .collect();
    let port = config
        .get_ports()
        .first()
        .map(|p| format!(":{p}"))
        .unwrap_or_default();
    let user = config
        .get_user()
        .map(|u| format!("{u}@"))
        .unwrap_or_default();
    let db = config.get_dbname().unwrap_or_default();
    format!("postgres://{user}{}{port}/{db}", hosts.join(","))
}

impl Postgres {
    pub fn open(url: &str) -> Result<Postgres> {
        let config: postgres::Config = url.parse().map_err(|e| {
            Error::Store(format!(
                "`--store`: not a PostgreSQL URL: {e} (hint: `postgres://USER@HOST:5432/DATABASE`; the password from PGPASSWORD or ~/.pgpass)"
            ))
        })?;
        let name = display(&config);
        if matches!(config.get_ssl_mode(), postgres::config::SslMode::Require) {
            return Err(Error::Store(format!(
                "`{name}`: `sslmode=require` is not supported by this comply: it connects without TLS (hint: a loopback or tunnelled server, or `sslmode=disable`)"
            )));
        }
        let mut config = config;
        if config.get_password().is_none() {
            if let Ok(p) = std::env::var("PGPASSWORD") {
                config.password(p);
            }
        }
        let client = config.connect(NoTls).map_err(err(&name))?;
        Ok(Postgres { client, name })
    }

    fn rows(&mut self, sql: &str) -> Result<Vec<Row>> {
        let name = self.name.clone();
        self.client.query(sql, &[]).map_err(err(&name))
    }
}

fn scan(r: &Row) -> ScanRow {
    ScanRow {
        seq: r.get(0),
        scanned_at: r.get(1),
        outcome: r.get(2),
        tool_version: r.get(3),
        policy_bundle_sha256: r.get(4),
        settings_sha256: r.get(5),
        record: r.get(6),
        changes_sha256: r.get(7),
        prev_hash: r.get(8),
        hash: r.get(9),
    }
}

impl Backend for Postgres {
    fn name(&self) -> &str {
        &self.name
    }

    fn version(&mut self) -> Result<i64> {
        let name = self.name.clone();
        let exists: bool = self
            .client
            .query_one("SELECT to_regclass('comply_schema') IS NOT NULL", &[])
            .map_err(err(&name))?
            .get(0);
        if !exists {
            return Ok(0);
        }
        let row = self
            .client
            .query_one("SELECT version FROM comply_schema", &[])
            .map_err(err(&name))?;
        Ok(row.get(0))
    }

    fn migrate_to(&mut self, version: i64) -> Result<()> {
        let step = migrations::POSTGRES[(version - 1) as usize];
        let name = self.name.clone();
        let failed = |e: postgres::Error| {
            Error::Store(format!(
                "`{name}`: migration to schema version {version} failed: {}",
                said(&e)
            ))
        };
        // One migrator at a time, server-wide for this database (the key is arbitrary).
        self.client
            .batch_execute("BEGIN; SELECT pg_advisory_xact_lock(7305112026)")
            .map_err(&failed)?;
        let result = self.version().and_then(|at| {
            if at >= version {
                return Ok(());
            }
            self.client
                .batch_execute(&format!(
                    "{step}; UPDATE comply_schema SET version = {version};"
                ))
                .map_err(&failed)
        });
        match result {
            Ok(()) => self.client.batch_execute("COMMIT").map_err(&failed),
            Err(e) => {
                let _ = self.client.batch_execute("ROLLBACK");
                Err(e)
            }
        }
    }

    fn begin(&mut self) -> Result<()> {
        // EXCLUSIVE: other writers wait; readers (ACCESS SHARE) do not.
        let name = self.name.clone();
        self.client
            .batch_execute("BEGIN; LOCK TABLE scans IN EXCLUSIVE MODE")
            .map_err(err(&name))
    }

    fn commit(&mut self) -> Result<()> {
        let name = self.name.clone();
        self.client.batch_execute("COMMIT").map_err(err(&name))
    }

    fn rollback(&mut self) {
        let _ = self.client.batch_execute("ROLLBACK");
    }

    fn head(&mut self) -> Result<Option<(i64, String)>> {
        let rows = self.rows("SELECT seq, hash FROM scans ORDER BY seq DESC LIMIT 1")?;
        Ok(rows.first().map(|r| (r.get(0), r.get(1))))
    }

    fn latest(&mut self) -> Result<Vec<(i64, String, String)>> {
        let rows = self.rows(
            "SELECT DISTINCT ON (finding_id) finding_id, status, severity FROM changes
             ORDER BY finding_id, scan_seq DESC",
        )?;
        Ok(rows
            .iter()
            .map(|r| (r.get(0), r.get(1), r.get(2)))
            .collect())
    }

    fn findings(&mut self) -> Result<Vec<FindingRow>> {
        let rows = self.rows(
            "SELECT id, identity, policy_id, resource, account, region, kind FROM findings ORDER BY id",
        )?;
        Ok(rows
            .iter()
            .map(|r| FindingRow {
                id: r.get(0),
                identity: r.get(1),
                policy_id: r.get(2),
                resource: r.get(3),
                account: r.get(4),
                region: r.get(5),
                kind: r.get(6),
            })
            .collect())
    }

    fn insert_findings(&mut self, rows: &[FindingRow]) -> Result<Vec<(String, i64)>> {
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        // One round trip for the batch: arrays unnested into rows.
        let identity: Vec<&str> = rows.iter().map(|f| f.identity.as_str()).collect();
        let policy: Vec<&str> = rows.iter().map(|f| f.policy_id.as_str()).collect();
        let resource: Vec<&str> = rows.iter().map(|f| f.resource.as_str()).collect();
        let account: Vec<Option<&str>> = rows.iter().map(|f| f.account.as_deref()).collect();
        let region: Vec<Option<&str>> = rows.iter().map(|f| f.region.as_deref()).collect();
        let kind: Vec<&str> = rows.iter().map(|f| f.kind.as_str()).collect();
        let name = self.name.clone();
        let out = self
            .client
            .query(
                "INSERT INTO findings (identity, policy_id, resource, account, region, kind)
                 SELECT * FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
                 RETURNING identity, id",
                &[&identity, &policy, &resource, &account, &region, &kind],
            )
            .map_err(err(&name))?;
        Ok(out.iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    fn insert_scan(&mut self, s: &ScanRow) -> Result<()> {
        let name = self.name.clone();
        self.client
            .execute(
                "INSERT INTO scans (seq, scanned_at, outcome, tool_version, policy_bundle_sha256, settings_sha256, record, changes_sha256, prev_hash, hash)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                &[&s.seq, &s.scanned_at, &s.outcome, &s.tool_version, &s.policy_bundle_sha256, &s.settings_sha256, &s.record, &s.changes_sha256, &s.prev_hash, &s.hash],
            )
            .map(|_| ())
            .map_err(err(&name))
    }

    fn insert_changes(&mut self, changes: &[ChangeRow]) -> Result<()> {
        if changes.is_empty() {
            return Ok(());
        }
        let seq: Vec<i64> = changes.iter().map(|c| c.scan_seq).collect();
        let finding: Vec<i64> = changes.iter().map(|c| c.finding_id).collect();
        let status: Vec<&str> = changes.iter().map(|c| c.status.as_str()).collect();
        let severity: Vec<&str> = changes.iter().map(|c| c.severity.as_str()).collect();
        let detail: Vec<&str> = changes.iter().map(|c| c.detail.as_str()).collect();
        let name = self.name.clone();
        self.client
            .execute(
                "INSERT INTO changes (scan_seq, finding_id, status, severity, detail)
                 SELECT * FROM UNNEST($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[])",
                &[&seq, &finding, &status, &severity, &detail],
            )
            .map(|_| ())
            .map_err(err(&name))
    }

    fn scans(&mut self) -> Result<Vec<ScanRow>> {
        let rows = self.rows(
            "SELECT seq, scanned_at, outcome, tool_version, policy_bundle_sha256, settings_sha256, record, changes_sha256, prev_hash, hash
             FROM scans ORDER BY seq",
        )?;
        Ok(rows.iter().map(scan).collect())
    }

    fn changes(&mut self) -> Result<Vec<ChangeRow>> {
        let rows = self.rows(
            "SELECT scan_seq, finding_id, status, severity, detail FROM changes ORDER BY scan_seq, finding_id",
        )?;
        Ok(rows
            .iter()
            .map(|r| ChangeRow {
                scan_seq: r.get(0),
                finding_id: r.get(1),
                status: r.get(2),
                severity: r.get(3),
                detail: r.get(4),
            })
            .collect())
    }

    fn put_blob(&mut self, sha256: &str, body: &str) -> Result<()> {
        let name = self.name.clone();
        self.client
            .execute(
                "INSERT INTO blobs (sha256, body) VALUES ($1, $2) ON CONFLICT DO NOTHING",
                &[&sha256, &body],
            )
            .map(|_| ())
            .map_err(err(&name))
    }

    fn blobs(&mut self) -> Result<Vec<(String, String)>> {
        let rows = self.rows("SELECT sha256, body FROM blobs ORDER BY sha256")?;
        Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
    }

    fn attributions(&mut self) -> Result<Vec<AttributionRow>> {
        let rows = self.rows(
            "SELECT resource, region, event_id, event_time, event_name, principal, source_ip, looked_up_at
             FROM attributions ORDER BY resource, region, event_time, event_id",
        )?;
        Ok(rows
            .iter()
            .map(|r| AttributionRow {
                resource: r.get(0),
                region: r.get(1),
                event_id: r.get(2),
                event_time: r.get(3),
                event_name: r.get(4),
                principal: r.get(5),
                source_ip: r.get(6),
                looked_up_at: r.get(7),
            })
            .collect())
    }

    fn put_attribution(&mut self, a: &AttributionRow) -> Result<()> {
        let name = self.name.clone();
        self.client
            .execute(
                "INSERT INTO attributions (resource, region, event_id, event_time, event_name, principal, source_ip, looked_up_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING",
                &[&a.resource, &a.region, &a.event_id, &a.event_time, &a.event_name, &a.principal, &a.source_ip, &a.looked_up_at],
            )
            .map(|_| ())
            .map_err(err(&name))
    }
}
