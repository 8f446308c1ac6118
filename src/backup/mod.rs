//! Backups: one archive per tenant, streamed with COPY from one consistent snapshot.
//! Domain logic only; the command layer prints (see `commands::backup`).
//!
//! A fleet run (`--all-tenants`) exports one snapshot from a REPEATABLE READ
//! transaction on the coordinating connection and its `--jobs` workers import it
//! (`SET TRANSACTION SNAPSHOT`) before anything else, so every archive of the run shows
//! the database at one instant. Each tenant's transaction holds that tenant's shared
//! advisory lock (migrations and drops take it exclusively), one tenant at a time, so a
//! fleet migration never waits for a whole fleet backup. A tenant migrated or dropped
//! after the snapshot was taken is detected (its bookkeeping row was changed: locking
//! it raises a serialization failure) and backed up from a fresh snapshot of its own,
//! or skipped when it is gone.

pub mod archive;
pub mod export;
pub mod restore;

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{DateTime, Utc};
use futures_util::StreamExt;
use serde::Serialize;
use sqlx::AssertSqlSafe;
use sqlx::postgres::PgConnection;

use crate::db::ident::{USER_COLUMNS, is_user_column};
use crate::db::{self, Isolation, Steady, TenantTx};
use crate::error::{DbContext, Error, Result};
use crate::fleet::runner::{Finished, Fleet, Progress, Work};
use archive::{ArchiveWriter, AtomicFile, Header, MigrationRow, SectionStart, Sink, TenantRow};

/// Session advisory lock of backup runs ("theratbk"): a second overlapping run waits
/// for it, or exits 8 with `--no-wait`. Apart from the migration lock, so a migration
/// never waits for a whole backup run.
pub const BACKUP_LOCK: i64 = 0x7468_6572_6174_626b;

// Moved to `db::ident`; re-exported for the callers in src/fleet/ that still import
// them from here.
pub use crate::db::ident::{USER_REFERENCES, quote_ident};

/// What to back up and where.
#[derive(Clone)]
pub struct Options {
    pub out: PathBuf,
    pub recipients: Vec<age::x25519::Recipient>,
    pub keep: Option<usize>,
    pub compress: bool,
}

#[derive(Debug, Clone)]
pub struct TenantRef {
    pub id: i64,
    pub slug: String,
}

/// One finished archive.
#[derive(Debug, Clone, Serialize)]
pub struct Done {
    pub tenant: String,
    pub tenant_id: i64,
    pub file: String,
    pub bytes: u64,
    pub rows: u64,
    pub users: u64,
    pub tables: usize,
    pub schema_version: i32,
    pub snapshot: String,
    pub sha256: String,
    pub seconds: f64,
    pub pruned: Vec<String>,
    /// `--keep` could not delete an older archive (this one is written and intact).
    pub prune_error: Option<String>,
}

/// One tenant of a run: its archive, or `None` when it was dropped during the run.
pub type TenantResult = Finished<TenantRef, Option<Done>>;

/// Why a tenant's transaction could not use the run's snapshot.
enum Attempt {
    Done(Box<Done>),
    /// Migrated (or its bookkeeping otherwise changed) after the snapshot.
    Changed,
    /// Dropped.
    Gone,
}

/// Back up `only` (None: every tenant, from one snapshot exported on `conn`, the
/// coordinating direct connection) with the workers of `fleet`. `progress` hears of
/// each tenant as it finishes; the results come in the tenants' order.
pub async fn run(
    conn: &mut PgConnection,
    fleet: &Fleet,
    only: Option<TenantRef>,
    options: &Options,
    progress: &Progress<'_, TenantRef, Option<Done>>,
) -> Result<Vec<TenantResult>> {
    archive::ensure_dir(&options.out)?;
    archive::clear_stale_temporaries(&options.out);
    let work = |snapshot| TenantBackup {
        snapshot,
        options: options.clone(),
        stamp: archive::stamp(Utc::now()),
    };
    if let Some(t) = only {
        return fleet
            .for_each_tenant(vec![t], false, work(None), progress)
            .await;
    }
    let mut tx = db::begin(conn, Isolation::RepeatableRead).await?;
    let snapshot: String = db::query_scalar("SELECT pg_export_snapshot()")
        .fetch_one(&mut *tx)
        .await
        .db("cannot export a snapshot")?;
    let tenants: Vec<TenantRef> =
        db::query_as("SELECT id, slug FROM theratime.tenants ORDER BY id")
            .fetch_all(&mut *tx)
            .await
            .db("cannot list tenants")?
            .into_iter()
            .map(|(id, slug)| TenantRef { id, slug })
            .collect();
    let results = fleet
        .for_each_tenant(tenants, false, work(Some(snapshot)), progress)
        .await?;
    // The exporting transaction only read; ending it releases the snapshot.
    tx.commit()
        .await
        .db("cannot end the snapshot transaction")?;
    Ok(results)
}

/// The fleet work of a backup: one tenant's archive, from the run's snapshot when it
/// still shows the tenant as it is, otherwise from a fresh snapshot of its own.
struct TenantBackup {
    /// The run's exported snapshot (None: each tenant its own).
    snapshot: Option<String>,
    options: Options,
    /// The run's time in the archives' names.
    stamp: String,
}

impl Work<TenantRef> for TenantBackup {
    type Output = Option<Done>;

    async fn run(&self, conn: &mut PgConnection, t: &TenantRef) -> Result<Option<Done>> {
        let mut snap = self.snapshot.as_deref();
        for _ in 0..5 {
            match backup_tenant(conn, snap, t, &self.options, &self.stamp).await? {
                Attempt::Done(d) => return Ok(Some(*d)),
                Attempt::Gone => return Ok(None),
                Attempt::Changed => snap = None,
            }
        }
        Err(Error::Busy(format!(
            "tenant {} kept changing (migrations) during the backup; try again",
            t.slug
        )))
    }
}

/// One try at a tenant's archive: read it in one snapshot, write the file, record it.
async fn backup_tenant(
    conn: &mut PgConnection,
    snapshot: Option<&str>,
    t: &TenantRef,
    options: &Options,
    stamp: &str,
) -> Result<Attempt> {
    let started = Instant::now();
    let mut tx = begin_in_snapshot(conn, snapshot).await?;
    // The global reads first, as the owner: the tenant's role reads none of them.
    let version = match db::lock_tenant_steady(&mut tx, t.id).await? {
        Steady::Ready(v) => v,
        Steady::Changed => return Ok(Attempt::Changed),
    };
    let Some(row) = tenant_row(&mut tx, t.id).await? else {
        return Ok(Attempt::Gone);
    };
    // Then the tenant's tables, and its users, as the tenant's role.
    let mut tx = db::enter_tenant_unchecked(tx, t.id).await?;
    db::require_schema(&mut tx).await?;
    let header = read_header(&mut tx, &t.slug, row, version, snapshot, options.compress).await?;
    let tables = tenant_tables(&mut tx).await?;
    let encrypted = !options.recipients.is_empty();
    let name = archive::file_name(&t.slug, stamp, encrypted);
    let file = AtomicFile::create(&options.out, &name)?;
    let sink = Sink::new(file.writer()?, &options.recipients)?;
    let mut w = ArchiveWriter::new(sink, &header, options.compress)?;
    let (users, rows) = copy_tenant(&mut tx, &mut w, &tables).await?;
    let (sink, _sections, sha256) = w.finish()?;
    let f = sink.finish().map_err(|e| Error::Other(e.into()))?;
    let bytes = f.metadata().map(|m| m.len()).unwrap_or(0);
    tx.commit().await?;
    // The archive appears only once its audit row is committed.
    crate::db::audit::record_alone(
        conn,
        &crate::db::audit::Audit::entry("backup", Some(&name), "written")
            .tenant_ref(t.id, &t.slug)
            .details(serde_json::json!({
                "file": name, "format": "ttbk", "encrypted": encrypted, "rows": rows,
                "users": users, "schema_version": header.schema_version, "sha256": sha256,
            })),
    )
    .await?;
    let path = file.commit(f)?;
    let (pruned, prune_error) = match options.keep {
        Some(keep) => match archive::prune(&options.out, &t.slug, keep, &path) {
            Ok(p) => (p, None),
            Err(e) => (Vec::new(), Some(e.to_string())),
        },
        None => (Vec::new(), None),
    };
    Ok(Attempt::Done(Box::new(Done {
        tenant: t.slug.clone(),
        tenant_id: t.id,
        file: path.display().to_string(),
        bytes,
        rows,
        users,
        tables: tables.len(),
        schema_version: header.schema_version,
        snapshot: header.snapshot,
        sha256,
        seconds: started.elapsed().as_secs_f64(),
        pruned: pruned.iter().map(|p| p.display().to_string()).collect(),
        prune_error,
    })))
}

/// A REPEATABLE READ transaction, in the run's exported `snapshot` when there is one.
async fn begin_in_snapshot<'c>(
    conn: &'c mut PgConnection,
    snapshot: Option<&str>,
) -> Result<sqlx::Transaction<'c, sqlx::Postgres>> {
    let mut tx = db::begin(conn, Isolation::RepeatableRead).await?;
    if let Some(id) = snapshot {
        // Safe to build: a snapshot id from pg_export_snapshot() is hex digits and
        // dashes, checked here; no other text reaches the statement.
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-') {
            return Err(Error::Other(anyhow::anyhow!(
                "unexpected snapshot id {id:?}"
            )));
        }
        sqlx::raw_sql(AssertSqlSafe(format!("SET TRANSACTION SNAPSHOT '{id}'")))
            .execute(&mut *tx)
            .await
            .db("cannot import the run's snapshot")?;
    }
    Ok(tx)
}

/// The tenant's row of `theratime.tenants`, None when it is gone.
async fn tenant_row(conn: &mut PgConnection, id: i64) -> Result<Option<TenantRow>> {
    type Raw = (
        i64,
        String,
        String,
        String,
        String,
        DateTime<Utc>,
        DateTime<Utc>,
    );
    let row: Option<Raw> = db::query_as(
        "SELECT id, slug, name, time_zone, status, created_at, updated_at FROM theratime.tenants WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(conn)
    .await
    .db("cannot read the tenant")?;
    Ok(row.map(
        |(id, slug, name, time_zone, status, created_at, updated_at)| TenantRow {
            id,
            slug,
            name,
            time_zone,
            status,
            created_at,
            updated_at,
        },
    ))
}

/// The archive's header: the tenant's row, its migration history (which must agree
/// with the bookkeeping's `version`), the server and the identity sequences.
async fn read_header(
    tx: &mut TenantTx<'_>,
    slug: &str,
    row: TenantRow,
    version: Option<i32>,
    snapshot: Option<&str>,
    compress: bool,
) -> Result<Header> {
    let schema = db::schema_name(tx.tenant_id());
    let migrations: Vec<MigrationRow> = db::query_as::<(i32, Option<String>, Option<String>)>(
        "SELECT version, name, checksum FROM refinery_schema_history ORDER BY version",
    )
    .fetch_all(&mut **tx)
    .await
    .db("cannot read the tenant's migration history")?
    .into_iter()
    .map(|(version, name, checksum)| MigrationRow {
        version,
        name: name.unwrap_or_default(),
        checksum: checksum.unwrap_or_default(),
    })
    .collect();
    let schema_version = migrations.last().map_or(0, |m| m.version);
    if let Some(v) = version
        && v != schema_version
    {
        return Err(Error::invalid(format!(
            "tenant {slug}: bookkeeping says version {v} but the schema's history says {schema_version}; run `theratime doctor`"
        )));
    }
    let server_version: String = db::query_scalar("SELECT current_setting('server_version')")
        .fetch_one(&mut **tx)
        .await
        .db("cannot read the server version")?;
    let sequences: Vec<(String, i64)> = db::query_as(
        "SELECT c.relname || '.' || a.attname, pg_sequence_last_value(s.seq)
         FROM pg_attribute a
         JOIN pg_class c ON c.oid = a.attrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
         CROSS JOIN LATERAL (SELECT pg_get_serial_sequence(format('%I.%I', n.nspname, c.relname), a.attname)::regclass AS seq) s
         WHERE n.nspname = $1 AND c.relkind = 'r' AND a.attidentity <> '' AND NOT a.attisdropped
           AND pg_sequence_last_value(s.seq) IS NOT NULL",
    )
    .bind(&schema)
    .fetch_all(&mut **tx)
    .await
    .db("cannot read the tenant's identity sequences")?;
    Ok(Header {
        format: archive::FORMAT,
        theratime_version: env!("CARGO_PKG_VERSION").into(),
        created_at: Utc::now(),
        time_zone: row.time_zone.clone(),
        tenant: row,
        schema,
        schema_version,
        migrations,
        snapshot: if snapshot.is_some() { "fleet" } else { "own" }.into(),
        server_version,
        compression: if compress { "zstd" } else { "none" }.into(),
        sequences: sequences.into_iter().collect(),
    })
}

/// The archive's data: the users section (the tenant's users and every other user
/// its rows reference), then one section per table. Returns the users and the rows
/// of the tables.
async fn copy_tenant<W: std::io::Write>(
    tx: &mut TenantTx<'_>,
    w: &mut ArchiveWriter<W>,
    tables: &[(String, Vec<String>)],
) -> Result<(u64, u64)> {
    let refs: Vec<String> = tables
        .iter()
        .flat_map(|(table, cols)| {
            cols.iter()
                .filter(|c| is_user_column(table, c))
                .map(move |c| format!("SELECT {} FROM {}", quote_ident(c), quote_ident(table)))
        })
        .collect();
    let refs = if refs.is_empty() {
        "SELECT NULL::bigint".to_string()
    } else {
        refs.join(" UNION ")
    };
    // Safe: the tenant id is an i64; table and column names come from the catalog of
    // the tenant schema (our migrations' objects), quoted by quote_ident.
    let users_sql = format!(
        "COPY (SELECT {} FROM theratime.users WHERE tenant_id = {} OR id IN ({refs}) ORDER BY id) TO STDOUT",
        USER_COLUMNS.join(", "),
        tx.tenant_id()
    );
    let columns = USER_COLUMNS.iter().map(|c| c.to_string()).collect();
    let users = copy_section(tx, w, "users", "users", columns, &users_sql).await?;
    let mut rows = 0;
    for (table, cols) in tables {
        // Safe: catalog names, quoted (see above), qualified with the tenant schema
        // (built from its numeric id) so nothing on the path can stand in for them.
        let sql = format!(
            "COPY {}.{} ({}) TO STDOUT",
            db::schema_ident(tx.tenant_id()),
            quote_ident(table),
            cols.iter()
                .map(|c| quote_ident(c))
                .collect::<Vec<_>>()
                .join(", ")
        );
        rows += copy_section(tx, w, table, "table", cols.clone(), &sql).await?;
    }
    Ok((users, rows))
}

/// The tenant schema's tables (without refinery's history) and their columns, in
/// order, from the catalog as our snapshot sees it.
pub async fn tenant_tables(tx: &mut TenantTx<'_>) -> Result<Vec<(String, Vec<String>)>> {
    db::query_as(
        "SELECT c.relname::text, array_agg(a.attname::text ORDER BY a.attnum)
         FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
         WHERE n.nspname = $1 AND c.relkind = 'r' AND NOT c.relispartition
           AND c.relname <> 'refinery_schema_history'
         GROUP BY c.relname ORDER BY c.relname",
    )
    .bind(db::schema_name(tx.tenant_id()))
    .fetch_all(&mut **tx)
    .await
    .db("cannot list the tenant's tables")
}

/// Stream one `COPY … TO STDOUT` into a section; returns its row count.
async fn copy_section<W: std::io::Write>(
    tx: &mut TenantTx<'_>,
    w: &mut ArchiveWriter<W>,
    name: &str,
    kind: &str,
    columns: Vec<String>,
    sql: &str,
) -> Result<u64> {
    w.begin_section(SectionStart {
        name: name.into(),
        kind: kind.into(),
        columns,
    })?;
    let mut stream = tx
        .copy_out_raw(sql)
        .await
        .db(format!("cannot copy {name}"))?;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.db(format!("cannot copy {name}"))?;
        w.data(&chunk)?;
    }
    drop(stream);
    Ok(w.end_section()?.rows)
}

/// The tenants of the run (for `--tenant`): resolve before taking any snapshot.
pub fn tenant_ref(t: &crate::tenants::Tenant) -> TenantRef {
    TenantRef {
        id: t.id,
        slug: t.slug.clone(),
    }
}

/// Paths of the archives in `dir` (for tests and `--keep`).
pub fn archives_in(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .and_then(archive::parse_file_name)
                        .is_some()
                })
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}
