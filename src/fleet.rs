//! Fleet migrations: every tenant in its own transaction through the connection
//! helper, several at once, with per-tenant timeouts and persistent run status.
//! Domain only: progress is reported through [`Progress`].

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::Serialize;
use sqlx::postgres::{PgConnectOptions, PgConnection};

use crate::db::{self, Isolation};
use crate::error::{DbContext, Error, Result, code};
use crate::migrations::{self, Applied, MigrationSet};
use crate::output::Record;

/// A worker closes its server connection after this many tenants, so that a
/// backend's catalog cache does not grow with the fleet.
const RECYCLE_AFTER: usize = 100;

/// A tenant as the global bookkeeping table sees it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TenantState {
    pub id: i64,
    pub slug: String,
    pub time_zone: String,
    pub version: i32,
    pub applied: String,
    pub last_status: Option<String>,
    pub last_error: Option<String>,
    pub last_started_at: Option<chrono::DateTime<chrono::Utc>>,
    pub last_duration_ms: Option<i64>,
}

/// Every tenant's state in one query.
pub async fn states(conn: &mut PgConnection) -> Result<Vec<TenantState>> {
    db::query_as(
        "SELECT t.id, t.slug, t.time_zone, coalesce(m.version, 0) AS version, coalesce(m.applied, '') AS applied,
                m.last_status, m.last_error, m.last_started_at, m.last_duration_ms
         FROM theratime.tenants t LEFT JOIN theratime.tenant_migrations m ON m.tenant_id = t.id
         ORDER BY t.id",
    )
    .fetch_all(conn)
    .await
    .db("cannot read the fleet's migration status")
}

/// Why a tenant's recorded history does not match this binary's migrations, if it
/// does not: an applied version this binary does not know, or a changed checksum.
pub fn drift(set: &MigrationSet, state: &TenantState) -> Option<String> {
    if state.version > set.latest_tenant_version() {
        return Some(format!(
            "applied version {} is unknown to this binary (latest {}); upgrade theratime",
            state.version,
            set.latest_tenant_version()
        ));
    }
    // Rows written before the bookkeeping recorded checksums carry none.
    if state.applied.is_empty() {
        return None;
    }
    let expected = set.applied_list(state.version);
    if state.applied == expected {
        return None;
    }
    let ours: Vec<&str> = expected.split(',').collect();
    let theirs: Vec<&str> = state.applied.split(',').collect();
    let first = theirs
        .iter()
        .zip(ours.iter().chain(std::iter::repeat(&"")))
        .find(|(a, b)| a != b)
        .map(|(a, _)| a.split(':').next().unwrap_or_default().to_string())
        .unwrap_or_else(|| "?".into());
    Some(format!(
        "checksum drift: applied migration V{first} differs from this binary's; \
         restore the original migration file (see `theratime doctor`)"
    ))
}

#[derive(Debug, Clone)]
pub struct FleetOptions {
    pub jobs: usize,
    pub target: Option<i32>,
    pub continue_on_error: bool,
    pub lock_timeout: Option<Duration>,
    pub statement_timeout: Option<Duration>,
}

/// The outcome for one schema.
#[derive(Debug, Clone, Serialize)]
pub struct SchemaResult {
    pub schema: String,
    pub tenant: Option<String>,
    pub from: i32,
    pub to: i32,
    pub applied: Vec<String>,
    /// migrated | up to date | failed | refused | not started
    pub status: String,
    pub error: Option<String>,
    pub duration_ms: u64,
}

impl SchemaResult {
    pub fn failed(&self) -> bool {
        self.status == "failed" || self.status == "refused"
    }

    pub fn unchanged(state: &TenantState, status: &str, error: Option<String>) -> SchemaResult {
        SchemaResult {
            schema: db::schema_name(state.id),
            tenant: Some(state.slug.clone()),
            from: state.version,
            to: state.version,
            applied: Vec::new(),
            status: status.into(),
            error,
            duration_ms: 0,
        }
    }
}

impl Record for SchemaResult {
    fn headers() -> &'static [&'static str] {
        &[
            "schema",
            "tenant",
            "from",
            "to",
            "applied",
            "status",
            "error",
            "duration_ms",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.schema.clone(),
            self.tenant.clone().unwrap_or_default(),
            self.from.to_string(),
            self.to.to_string(),
            self.applied.join(" "),
            self.status.clone(),
            self.error.clone().unwrap_or_default(),
            self.duration_ms.to_string(),
        ]
    }
    fn id(&self) -> String {
        self.schema.clone()
    }
}

/// What the command layer is told as the run goes.
pub trait Progress: Send + Sync {
    fn finished(&self, result: &SchemaResult);
}

/// Migrate `tenants` with `opts.jobs` workers, each on its own direct connection.
/// The first failure stops new tenants from starting unless `continue_on_error`;
/// tenants already running finish. Results come back in completion order.
pub async fn run(
    connect: &PgConnectOptions,
    connect_timeout: Duration,
    set: &MigrationSet,
    tenants: Vec<TenantState>,
    opts: &FleetOptions,
    progress: Arc<dyn Progress>,
) -> Result<Vec<SchemaResult>> {
    let queue = Arc::new(Mutex::new(VecDeque::from(tenants)));
    let stop = Arc::new(AtomicBool::new(false));
    let results = Arc::new(Mutex::new(Vec::new()));
    let mut workers = Vec::new();
    for _ in 0..opts.jobs.max(1) {
        let (queue, stop, results, progress) = (
            queue.clone(),
            stop.clone(),
            results.clone(),
            progress.clone(),
        );
        let (connect, set, opts) = (connect.clone(), set.clone(), opts.clone());
        workers.push(tokio::spawn(async move {
            let mut conn: Option<PgConnection> = None;
            let mut served = 0;
            loop {
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let Some(tenant) = queue.lock().expect("queue lock").pop_front() else {
                    break;
                };
                if conn.is_none() || served >= RECYCLE_AFTER {
                    if let Some(old) = conn.take() {
                        let _ = sqlx::Connection::close(old).await;
                    }
                    conn = Some(db::connect_direct(&connect, connect_timeout).await?);
                    served = 0;
                }
                let c = conn.as_mut().expect("connected");
                served += 1;
                let result = match migrate_one(c, &set, &tenant, &opts).await {
                    Ok(result) => result,
                    Err(lost) => {
                        // No tenant failed: the run cannot go on without a server.
                        stop.store(true, Ordering::SeqCst);
                        return Err(lost);
                    }
                };
                if result.failed() && !opts.continue_on_error {
                    stop.store(true, Ordering::SeqCst);
                }
                progress.finished(&result);
                results.lock().expect("results lock").push(result);
            }
            Ok::<(), Error>(())
        }));
    }
    // Every worker finishes its tenant before the run reports a lost connection.
    let mut first_error = None;
    for w in workers {
        let outcome = w
            .await
            .map_err(|e| Error::Other(anyhow::anyhow!("a migration worker died: {e}")))
            .and_then(|r| r);
        if let Err(e) = outcome {
            first_error.get_or_insert(e);
        }
    }
    if let Some(e) = first_error {
        return Err(e);
    }
    let mut results = std::mem::take(&mut *results.lock().expect("results lock"));
    // Tenants never started because of an earlier failure.
    for t in queue.lock().expect("queue lock").drain(..) {
        results.push(SchemaResult::unchanged(&t, "not started", None));
    }
    Ok(results)
}

/// One tenant: its own transaction, its lock, its timeouts, then the helper. A lost
/// connection is an error, not a failed tenant: nothing about the tenant is known.
async fn migrate_one(
    conn: &mut PgConnection,
    set: &MigrationSet,
    t: &TenantState,
    opts: &FleetOptions,
) -> Result<SchemaResult> {
    let started = Instant::now();
    let attempt = async {
        let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
        // The tenant's lock first (a backup of it finishes first), then the timeouts.
        db::lock_tenant(&mut tx, t.id).await?;
        for (name, value) in [
            ("lock_timeout", opts.lock_timeout),
            ("statement_timeout", opts.statement_timeout),
        ] {
            if let Some(d) = value {
                db::query("SELECT set_config($1, $2, true)")
                    .bind(name)
                    .bind(format!("{}ms", d.as_millis().max(1)))
                    .execute(&mut *tx)
                    .await
                    .db("cannot set the tenant's timeouts")?;
            }
        }
        let mut tx = db::enter_tenant_ddl(tx, t.id).await?;
        let applied = migrations::apply_tenant(&mut tx, set, t.version, opts.target).await?;
        let schema = db::schema_name(t.id);
        crate::audit::record(
            &mut tx,
            &crate::audit::Audit::new("migrate tenant", None, Some(&schema), "migrated")
                .tenant_ref(t.id, &t.slug)
                .details(serde_json::json!({
                    "from": applied.from, "to": applied.to, "applied": applied.names,
                })),
        )
        .await?;
        tx.commit().await?;
        Ok::<Applied, Error>(applied)
    };
    let outcome = attempt.await;
    let duration_ms = started.elapsed().as_millis() as u64;
    Ok(match outcome {
        Ok(applied) => SchemaResult {
            schema: db::schema_name(t.id),
            tenant: Some(t.slug.clone()),
            from: applied.from,
            to: applied.to,
            applied: applied.names,
            status: "migrated".into(),
            error: None,
            duration_ms,
        },
        Err(e) if e.exit_code() == code::UNREACHABLE => {
            return Err(Error::Unreachable(format!("tenant {}: {e}", t.slug)));
        }
        Err(e) => {
            let message = e.to_string();
            let target = opts.target.unwrap_or(set.latest_tenant_version());
            // The transaction rolled back; its status is recorded on its own.
            if let Err(record) =
                record_failure(conn, t.id, t.version, target, &message, duration_ms).await
            {
                eprintln!(
                    "theratime: cannot record the failure of tenant {}: {record}",
                    t.slug
                );
            }
            let mut r = SchemaResult::unchanged(t, "failed", Some(message));
            r.duration_ms = duration_ms;
            r
        }
    })
}

/// Record a failed run after its transaction rolled back.
pub async fn record_failure(
    conn: &mut PgConnection,
    tenant_id: i64,
    version: i32,
    target: i32,
    message: &str,
    duration_ms: u64,
) -> Result<()> {
    db::query(
        "INSERT INTO theratime.tenant_migrations
             (tenant_id, version, last_status, last_target, last_attempted_version, last_error,
              last_started_at, last_finished_at, last_duration_ms)
         VALUES ($1, $2, 'failed', $3, $3, $4, clock_timestamp(), clock_timestamp(), $5)
         ON CONFLICT (tenant_id) DO UPDATE SET
             last_status = 'failed', last_target = EXCLUDED.last_target,
             last_attempted_version = EXCLUDED.last_attempted_version, last_error = EXCLUDED.last_error,
             last_started_at = EXCLUDED.last_started_at, last_finished_at = EXCLUDED.last_finished_at,
             last_duration_ms = EXCLUDED.last_duration_ms",
    )
    .bind(tenant_id)
    .bind(version)
    .bind(target)
    .bind(message)
    .bind(duration_ms as i64)
    .execute(conn)
    .await
    .db("cannot record the failed migration")?;
    Ok(())
}

/// Which user references [`user_references`] looks for.
#[derive(Debug, Clone, Copy)]
pub enum RefScan<'a> {
    /// Rows of the tenants `in_tenants` that name one of `users`.
    Users {
        users: &'a [i64],
        in_tenants: &'a [i64],
    },
    /// Rows that name a user id `theratime.users` does not have.
    Missing,
}

/// Rows of one tenant that name one user in one reference column.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct RefRow {
    pub tenant_id: i64,
    /// `table.column`, one of [`crate::backup::USER_REFERENCES`].
    pub reference: String,
    pub user_id: i64,
    pub rows: i64,
    pub last_starts_at: chrono::DateTime<chrono::Utc>,
}

/// Tenants' tables scanned per statement: one statement over the whole fleet would
/// take long to plan at 10,000 tenants.
const REF_SCAN_CHUNK: usize = 500;

/// The user references ([`crate::backup::USER_REFERENCES`]) of every tenant's rows
/// that `scan` asks for, set-based: one `UNION ALL` over the tenants' tables per
/// chunk of tables. Only tenants (rows of `theratime.tenants`) whose schema has the
/// table and its columns are read; no index serves every row (the exclusion
/// constraints skip cancelled appointments), so this reads every row once.
pub async fn user_references(conn: &mut PgConnection, scan: RefScan<'_>) -> Result<Vec<RefRow>> {
    use crate::backup::{USER_REFERENCES, quote_ident};
    let mut tables: Vec<&str> = USER_REFERENCES.iter().map(|r| r.table).collect();
    tables.dedup();
    let needed: Vec<String> = USER_REFERENCES
        .iter()
        .map(|r| format!("{}.{}", r.table, r.column))
        .chain(tables.iter().map(|t| format!("{t}.starts_at")))
        .collect();
    let only: Option<&[i64]> = match scan {
        RefScan::Users { users: [], .. } | RefScan::Users { in_tenants: [], .. } => {
            return Ok(Vec::new());
        }
        RefScan::Users { in_tenants, .. } => Some(in_tenants),
        RefScan::Missing => None,
    };
    let present: Vec<(i64, String)> = db::query_as(
        "SELECT t.id, c.relname::text
         FROM theratime.tenants t
         JOIN pg_catalog.pg_namespace n ON n.nspname = 'tenant_' || t.id
         JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relkind = 'r'
         WHERE ($2::bigint[] IS NULL OR t.id = ANY ($2))
           AND c.relname IN (SELECT split_part(x, '.', 1) FROM unnest($1::text[]) x)
           AND NOT EXISTS (
               SELECT 1 FROM unnest($1::text[]) x
               WHERE split_part(x, '.', 1) = c.relname
                 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute a
                                 WHERE a.attrelid = c.oid AND a.attname = split_part(x, '.', 2)
                                   AND a.attnum > 0 AND NOT a.attisdropped))
         ORDER BY 1, 2",
    )
    .bind(&needed)
    .bind(only)
    .fetch_all(&mut *conn)
    .await
    .db("cannot list the tenants' tables")?;
    let filter = match scan {
        RefScan::Users { .. } => "r.user_id = ANY($1)",
        RefScan::Missing => "NOT EXISTS (SELECT 1 FROM theratime.users u WHERE u.id = r.user_id)",
    };
    let users: Option<Vec<i64>> = match scan {
        RefScan::Users { users, .. } => Some(users.to_vec()),
        RefScan::Missing => None,
    };
    let mut found = Vec::new();
    for chunk in present.chunks(REF_SCAN_CHUNK) {
        let branches: Vec<String> = chunk
            .iter()
            .map(|(tid, table)| {
                let values: Vec<String> = USER_REFERENCES
                    .iter()
                    .filter(|r| r.table == table)
                    .map(|r| format!("('{}.{}', x.{})", r.table, r.column, quote_ident(r.column)))
                    .collect();
                format!(
                    "SELECT {tid}::bigint AS tenant_id, v.reference, v.user_id, x.starts_at
                     FROM {}.{} x CROSS JOIN LATERAL (VALUES {}) v(reference, user_id)",
                    db::schema_ident(*tid),
                    quote_ident(table),
                    values.join(", ")
                )
            })
            .collect();
        // Safe: schema identifiers are built from numeric tenant ids; table and column
        // names come from the constant USER_REFERENCES, quoted (the catalog confirmed
        // them); the user ids travel as a bound parameter.
        let sql = format!(
            "SELECT r.tenant_id, r.reference, r.user_id, count(*) AS rows, max(r.starts_at) AS last_starts_at
             FROM ({}) r WHERE {filter} GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
            branches.join("\nUNION ALL\n")
        );
        let mut query = sqlx::query_as(sqlx::AssertSqlSafe(sql)).persistent(false);
        if let Some(users) = &users {
            query = query.bind(users);
        }
        let rows: Vec<RefRow> = query
            .fetch_all(&mut *conn)
            .await
            .db("cannot read the tenants' user references")?;
        found.extend(rows);
    }
    Ok(found)
}
