//! The store in a SQLite file (rusqlite's bundled library, so nothing needs installing). WAL
//! lets a report read while a scan writes; `synchronous = FULL` makes a commit durable before
//! the scan says it is stored; a killed writer's uncommitted pages are discarded on next open.

use super::backend::{AttributionRow, Backend, ChangeRow, FindingRow, ScanRow};
use super::migrations;
use crate::error::{Error, Result};
use rusqlite::{params, Connection, OptionalExtension, Row};
use std::path::Path;

pub struct Sqlite {
    conn: Connection,
    name: String,
}

fn err(name: &str) -> impl Fn(rusqlite::Error) -> Error + '_ {
    move |e| Error::Store(format!("`{name}`: {e}"))
}

impl Sqlite {
    pub fn open(path: &Path) -> Result<Sqlite> {
        let name = path.display().to_string();
        let conn = Connection::open(path).map_err(err(&name))?;
        let not_a_store = |e: rusqlite::Error| {
            Error::Store(format!(
                "`{name}`: not a comply store: {e} (hint: `--store` takes a SQLite file comply made, a new path, or a postgres:// URL)"
            ))
        };
        conn.busy_timeout(std::time::Duration::from_secs(30))
            .map_err(err(&name))?;
        conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))
            .map_err(not_a_store)?;
        conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;")
            .map_err(err(&name))?;
        Ok(Sqlite { conn, name })
    }
}

fn scan(r: &Row<'_>) -> rusqlite::Result<ScanRow> {
    Ok(ScanRow {
        seq: r.get(0)?,
        scanned_at: r.get(1)?,
        outcome: r.get(2)?,
        tool_version: r.get(3)?,
        policy_bundle_sha256: r.get(4)?,
        settings_sha256: r.get(5)?,
        record: r.get(6)?,
        changes_sha256: r.get(7)?,
        prev_hash: r.get(8)?,
        hash: r.get(9)?,
    })
}

impl Backend for Sqlite {
    fn name(&self) -> &str {
        &self.name
    }

    fn version(&mut self) -> Result<i64> {
        self.conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(err(&self.name))
    }

    fn migrate_to(&mut self, version: i64) -> Result<()> {
        let step = migrations::SQLITE[(version - 1) as usize];
        let name = self.name.clone();
        let failed = |e: rusqlite::Error| {
            Error::Store(format!(
                "`{name}`: migration to schema version {version} failed: {e}"
            ))
        };
        self.conn.execute_batch("BEGIN IMMEDIATE").map_err(failed)?;
        // Another comply may have migrated while this one waited for the lock.
        let result = self.version().and_then(|at| {
            if at >= version {
                return Ok(());
            }
            self.conn
                .execute_batch(&format!("{step}; PRAGMA user_version = {version};"))
                .map_err(failed)
        });
        match result {
            Ok(()) => self.conn.execute_batch("COMMIT").map_err(failed),
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    fn begin(&mut self) -> Result<()> {
        // IMMEDIATE takes the write lock now, so a second writer waits here (busy timeout)
        // rather than failing at its first write.
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(err(&self.name))
    }

    fn commit(&mut self) -> Result<()> {
        self.conn.execute_batch("COMMIT").map_err(err(&self.name))
    }

    fn rollback(&mut self) {
        let _ = self.conn.execute_batch("ROLLBACK");
    }

    fn head(&mut self) -> Result<Option<(i64, String)>> {
        self.conn
            .query_row(
                "SELECT seq, hash FROM scans ORDER BY seq DESC LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(err(&self.name))
    }

    fn latest(&mut self) -> Result<Vec<(i64, String, String)>> {
        let mut q = self
            .conn
            .prepare_cached(
                "SELECT c.finding_id, c.status, c.severity FROM changes c
                 JOIN (SELECT finding_id, MAX(scan_seq) AS last FROM changes GROUP BY finding_id) l
                   ON l.finding_id = c.finding_id AND l.last = c.scan_seq",
            )
            .map_err(err(&self.name))?;
        let rows = q
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .map_err(err(&self.name))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(err(&self.name))
    }

    fn findings(&mut self) -> Result<Vec<FindingRow>> {
        let mut q = self
            .conn
            .prepare_cached(
                "SELECT id, identity, policy_id, resource, account, region, kind FROM findings ORDER BY id",
            )
            .map_err(err(&self.name))?;
        let rows = q
            .query_map([], |r| {
                Ok(FindingRow {
                    id: r.get(0)?,
                    identity: r.get(1)?,
                    policy_id: r.get(2)?,
                    resource: r.get(3)?,
                    account: r.get(4)?,
                    region: r.get(5)?,
                    kind: r.get(6)?,
                })
            })
            .map_err(err(&self.name))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(err(&self.name))
    }

    fn insert_findings(&mut self, rows: &[FindingRow]) -> Result<Vec<(String, i64)>> {
        let mut q = self
            .conn
            .prepare_cached(
                "INSERT INTO findings (identity, policy_id, resource, account, region, kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )
            .map_err(err(&self.name))?;
        let mut ids = Vec::with_capacity(rows.len());
        for f in rows {
            q.execute(params![
                f.identity,
                f.policy_id,
                f.resource,
                f.account,
                f.region,
                f.kind
            ])
            .map_err(err(&self.name))?;
            ids.push((f.identity.clone(), self.conn.last_insert_rowid()));
        }
        Ok(ids)
    }

    fn insert_scan(&mut self, s: &ScanRow) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO scans (seq, scanned_at, outcome, tool_version, policy_bundle_sha256, settings_sha256, record, changes_sha256, prev_hash, hash)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![s.seq, s.scanned_at, s.outcome, s.tool_version, s.policy_bundle_sha256, s.settings_sha256, s.record, s.changes_sha256, s.prev_hash, s.hash],
            )
            .map(|_| ())
            .map_err(err(&self.name))
    }

    fn insert_changes(&mut self, changes: &[ChangeRow]) -> Result<()> {
        let mut q = self
            .conn
            .prepare_cached(
                "INSERT INTO changes (scan_seq, finding_id, status, severity, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
            )
            .map_err(err(&self.name))?;
        for c in changes {
            q.execute(params![
                c.scan_seq,
                c.finding_id,
                c.status,
                c.severity,
                c.detail
            ])
            .map_err(err(&self.name))?;
        }
        Ok(())
    }

    fn scans(&mut self) -> Result<Vec<ScanRow>> {
        let mut q = self
            .conn
            .prepare_cached(
                "SELECT seq, scanned_at, outcome, tool_version, policy_bundle_sha256, settings_sha256, record, changes_sha256, prev_hash, hash
                 FROM scans ORDER BY seq",
            )
            .map_err(err(&self.name))?;
        let rows = q.query_map([], scan).map_err(err(&self.name))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(err(&self.name))
    }

    fn changes(&mut self) -> Result<Vec<ChangeRow>> {
        let mut q = self
            .conn
            .prepare_cached(
                "SELECT scan_seq, finding_id, status, severity, detail FROM changes ORDER BY scan_seq, finding_id",
            )
            .map_err(err(&self.name))?;
        let rows = q
            .query_map([], |r| {
                Ok(ChangeRow {
                    scan_seq: r.get(0)?,
                    finding_id: r.get(1)?,
                    status: r.get(2)?,
                    severity: r.get(3)?,
                    detail: r.get(4)?,
                })
            })
            .map_err(err(&self.name))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(err(&self.name))
    }

    fn put_blob(&mut self, sha256: &str, body: &str) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO blobs (sha256, body) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                params![sha256, body],
            )
            .map(|_| ())
            .map_err(err(&self.name))
    }

    fn blobs(&mut self) -> Result<Vec<(String, String)>> {
        let mut q = self
            .conn
            .prepare_cached("SELECT sha256, body FROM blobs ORDER BY sha256")
            .map_err(err(&self.name))?;
        let rows = q
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .map_err(err(&self.name))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(err(&self.name))
    }

    fn attributions(&mut self) -> Result<Vec<AttributionRow>> {
        let mut q = self
            .conn
            .prepare_cached(
                "SELECT resource, region, event_id, event_time, event_name, principal, source_ip, looked_up_at
                 FROM attributions ORDER BY resource, region, event_time, event_id",
            )
            .map_err(err(&self.name))?;
        let rows = q
            .query_map([], |r| {
                Ok(AttributionRow {
                    resource: r.get(0)?,
                    region: r.get(1)?,
                    event_id: r.get(2)?,
                    event_time: r.get(3)?,
                    event_name: r.get(4)?,
                    principal: r.get(5)?,
                    source_ip: r.get(6)?,
                    looked_up_at: r.get(7)?,
                })
            })
            .map_err(err(&self.name))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(err(&self.name))
    }

    fn put_attribution(&mut self, a: &AttributionRow) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO attributions (resource, region, event_id, event_time, event_name, principal, source_ip, looked_up_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT DO NOTHING",
                params![a.resource, a.region, a.event_id, a.event_time, a.event_name, a.principal, a.source_ip, a.looked_up_at],
            )
            .map(|_| ())
            .map_err(err(&self.name))
    }
}
