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
use crate::error::{DbContext, Error, Result};
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
        "SELECT t.id, t.slug, coalesce(m.version, 0) AS version, coalesce(m.applied, '') AS applied,
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
                    conn = Some(db::connect(&connect, connect_timeout).await?);
                    served = 0;
                }
                let c = conn.as_mut().expect("connected");
                served += 1;
                let result = migrate_one(c, &set, &tenant, &opts).await;
                if result.failed() && !opts.continue_on_error {
                    stop.store(true, Ordering::SeqCst);
                }
                progress.finished(&result);
                results.lock().expect("results lock").push(result);
            }
            Ok::<(), Error>(())
        }));
    }
    for w in workers {
        w.await
            .map_err(|e| Error::Other(anyhow::anyhow!("a migration worker died: {e}")))??;
    }
    let mut results = std::mem::take(&mut *results.lock().expect("results lock"));
    // Tenants never started because of an earlier failure.
    for t in queue.lock().expect("queue lock").drain(..) {
        results.push(SchemaResult::unchanged(&t, "not started", None));
    }
    Ok(results)
}

/// One tenant: its own transaction, its lock, its timeouts, then the helper.
async fn migrate_one(
    conn: &mut PgConnection,
    set: &MigrationSet,
    t: &TenantState,
    opts: &FleetOptions,
) -> SchemaResult {
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
        let mut tx = db::enter_tenant(tx, t.id).await?;
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
    match outcome {
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
    }
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
