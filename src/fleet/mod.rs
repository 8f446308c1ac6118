//! Fleet migrations: the plan of a run ([`plan`]), and every tenant in its own
//! transaction through the connection helper ([`TenantMigration`], run by
//! [`crate::fleet::runner`]), with per-tenant timeouts and persistent run status. Domain
//! only.

pub mod doctor;
pub mod lint;
pub mod migrations;
pub mod query;
pub mod runner;
pub mod stats;
pub mod waves;

use std::fmt;
use std::time::Instant;

use serde::Serialize;
use sqlx::postgres::PgConnection;

use crate::db::{self, Isolation};
use crate::error::{DbContext, Error, Result, code};
use crate::fleet::runner::{Finished, Outcome, Work};
use migrations::{Applied, MigrationSet};

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

/// What became of a schema in a `migrate` run. JSON spells it as the table does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MigrationStatus {
    Migrated,
    #[serde(rename = "up to date")]
    UpToDate,
    /// `--dry-run`: would be migrated.
    Pending,
    Failed,
    /// Drifted: its history does not match this binary's migrations.
    Refused,
    /// An earlier failure (or the canary's) stopped the run first.
    #[serde(rename = "not started")]
    NotStarted,
}

impl MigrationStatus {
    pub const ALL: [MigrationStatus; 6] = [
        MigrationStatus::Migrated,
        MigrationStatus::UpToDate,
        MigrationStatus::Pending,
        MigrationStatus::Failed,
        MigrationStatus::Refused,
        MigrationStatus::NotStarted,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MigrationStatus::Migrated => "migrated",
            MigrationStatus::UpToDate => "up to date",
            MigrationStatus::Pending => "pending",
            MigrationStatus::Failed => "failed",
            MigrationStatus::Refused => "refused",
            MigrationStatus::NotStarted => "not started",
        }
    }

    /// Failed or refused: the run exits 7.
    pub fn failed(self) -> bool {
        matches!(self, MigrationStatus::Failed | MigrationStatus::Refused)
    }
}

impl fmt::Display for MigrationStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The outcome for one schema.
#[derive(Debug, Clone, Serialize)]
pub struct SchemaResult {
    pub schema: String,
    pub tenant: Option<String>,
    pub from: i32,
    pub to: i32,
    pub applied: Vec<String>,
    pub status: MigrationStatus,
    pub error: Option<String>,
    pub duration_ms: u64,
}

impl SchemaResult {
    pub fn failed(&self) -> bool {
        self.status.failed()
    }

    pub fn unchanged(
        state: &TenantState,
        status: MigrationStatus,
        error: Option<String>,
    ) -> SchemaResult {
        SchemaResult {
            schema: db::schema_name(state.id),
            tenant: Some(state.slug.clone()),
            from: state.version,
            to: state.version,
            applied: Vec::new(),
            status,
            error,
            duration_ms: 0,
        }
    }

    /// The result of a tenant the runner ran [`TenantMigration`] for.
    pub fn of_run(f: &Finished<TenantState, Applied>) -> SchemaResult {
        let mut r = match &f.outcome {
            Outcome::Done(applied) => SchemaResult {
                from: applied.from,
                to: applied.to,
                applied: applied.names.clone(),
                ..SchemaResult::unchanged(&f.tenant, MigrationStatus::Migrated, None)
            },
            Outcome::Failed(e) => {
                SchemaResult::unchanged(&f.tenant, MigrationStatus::Failed, Some(e.to_string()))
            }
            Outcome::NotStarted => {
                SchemaResult::unchanged(&f.tenant, MigrationStatus::NotStarted, None)
            }
        };
        r.duration_ms = f.elapsed.as_millis() as u64;
        r
    }
}

/// Whether a `migrate` run does the global schema and the tenants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scope {
    pub global: bool,
    pub tenants: bool,
}

/// Bare `migrate` does the global schema, then every tenant; `--global` only the
/// global schema; `--all-tenants`, `-t T` (`tenants_named`) or `--only-failed` only
/// tenants.
pub fn scope(global: bool, tenants_named: bool, only_failed: bool) -> Scope {
    Scope {
        global: global || !(tenants_named || only_failed),
        tenants: !global,
    }
}

/// The canary tenants of a run, migrated first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Canary {
    #[default]
    None,
    /// `--canary N`: the first N pending tenants.
    First(usize),
    /// `--canary-tenants`: these (by id), when pending.
    Tenants(Vec<i64>),
}

/// What a `migrate` run asks of the tenants, with names resolved to ids.
#[derive(Debug, Clone, Default)]
pub struct Ask {
    /// `-t T`: only this tenant.
    pub tenant: Option<i64>,
    /// Only the tenants whose last run failed.
    pub only_failed: bool,
    pub target: Option<i32>,
    pub dry_run: bool,
    pub canary: Canary,
    /// `--waves`: the stages of the tenants after the canary.
    pub waves: Option<waves::Waves>,
}

/// One stage of a run: its tenants start only when the stages before it kept within
/// the run's failures (and a canary stage had none).
#[derive(Debug, Clone)]
pub struct Stage {
    pub canary: bool,
    pub tenants: Vec<TenantState>,
}

/// The tenant part of a `migrate` run, decided before any tenant is touched.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    /// Decided without running: refused (drift), up to date and, in a dry run,
    /// pending.
    pub settled: Vec<SchemaResult>,
    /// The tenants to migrate, stage by stage: the canary (when any), then one stage
    /// per wave (one stage without `--waves`); none empty. In a dry run the same
    /// tenants are also `settled` as pending.
    pub stages: Vec<Stage>,
    /// Every tenant the run selected, whatever becomes of it.
    pub in_scope: Vec<i64>,
}

/// Plan the tenants of a run from every tenant's state (in the fleet's order):
/// select them (`-t`, `--only-failed`), refuse the drifted, skip those at the target,
/// and split the rest into stages: the canary, then the waves (a dry run also lists
/// them pending).
pub fn plan(set: &MigrationSet, states: Vec<TenantState>, ask: &Ask) -> Plan {
    let target = ask.target.unwrap_or(set.latest_tenant_version());
    let mut plan = Plan::default();
    let mut pending = Vec::new();
    let selected = states.into_iter().filter(|s| {
        ask.tenant.is_none_or(|id| s.id == id)
            && (!ask.only_failed || s.last_status.as_deref() == Some("failed"))
    });
    for s in selected {
        plan.in_scope.push(s.id);
        if let Some(why) = drift(set, &s) {
            let r = SchemaResult::unchanged(&s, MigrationStatus::Refused, Some(why));
            plan.settled.push(r);
        } else if s.version >= target {
            let r = SchemaResult::unchanged(&s, MigrationStatus::UpToDate, None);
            plan.settled.push(r);
        } else {
            if ask.dry_run {
                let mut r = SchemaResult::unchanged(&s, MigrationStatus::Pending, None);
                r.applied = set.pending_tenant(s.version, ask.target);
                r.to = target;
                plan.settled.push(r);
            }
            pending.push(s);
        }
    }
    let (canary, rest) = match &ask.canary {
        Canary::None => (Vec::new(), pending),
        Canary::First(n) => {
            let rest = pending.split_off((*n).min(pending.len()));
            (pending, rest)
        }
        Canary::Tenants(ids) => pending.into_iter().partition(|s| ids.contains(&s.id)),
    };
    if !canary.is_empty() {
        plan.stages.push(Stage {
            canary: true,
            tenants: canary,
        });
    }
    for tenants in waves::split(rest, ask.waves.as_ref()) {
        plan.stages.push(Stage {
            canary: false,
            tenants,
        });
    }
    plan
}

/// Migrate the global schema on `conn` (the run's, holding the migration lock), or
/// with `dry_run` only say what is pending.
pub async fn migrate_global(
    conn: &mut PgConnection,
    set: &MigrationSet,
    dry_run: bool,
) -> Result<SchemaResult> {
    let current = migrations::global_version(conn).await?.unwrap_or(0);
    let pending: Vec<String> = set
        .global
        .iter()
        .filter(|m| m.version() > current)
        .map(|m| format!("V{}__{}", m.version(), m.name()))
        .collect();
    let mut r = SchemaResult {
        schema: "theratime".into(),
        tenant: None,
        from: current,
        to: current,
        applied: pending,
        status: MigrationStatus::UpToDate,
        error: None,
        duration_ms: 0,
    };
    if dry_run {
        if !r.applied.is_empty() {
            r.status = MigrationStatus::Pending;
            r.to = set.latest_global_version();
        }
        return Ok(r);
    }
    let started = Instant::now();
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    let applied = migrations::apply_global(&mut tx, set, None).await?;
    tx.commit()
        .await
        .db("cannot commit the global migrations")?;
    r.to = applied.to;
    r.applied = applied.names;
    r.duration_ms = started.elapsed().as_millis() as u64;
    if !r.applied.is_empty() {
        r.status = MigrationStatus::Migrated;
    }
    Ok(r)
}

/// The fleet work of `migrate`: one tenant in its own transaction, with its lock and
/// its timeouts, through the connection helper. A failed tenant's transaction rolls
/// back and its failure is recorded; a lost connection ends the run (nothing about
/// the tenant is known).
#[derive(Clone)]
pub struct TenantMigration {
    pub set: MigrationSet,
    pub target: Option<i32>,
    /// `lock_timeout` and `statement_timeout` in milliseconds ([`db::timeout_ms`]).
    pub lock_timeout: Option<u64>,
    pub statement_timeout: Option<u64>,
}

impl Work<TenantState> for TenantMigration {
    type Output = Applied;

    async fn run(&self, conn: &mut PgConnection, t: &TenantState) -> Result<Applied> {
        let started = Instant::now();
        match self.attempt(conn, t).await {
            Ok(applied) => Ok(applied),
            Err(e) if e.exit_code() == code::UNREACHABLE => {
                Err(Error::Unreachable(format!("tenant {}: {e}", t.slug)))
            }
            Err(e) => {
                let target = self.target.unwrap_or(self.set.latest_tenant_version());
                let ms = started.elapsed().as_millis() as u64;
                // The transaction rolled back; its status is recorded on its own.
                if let Err(record) =
                    record_failure(conn, t.id, t.version, target, &e.to_string(), ms).await
                {
                    eprintln!(
                        "theratime: cannot record the failure of tenant {}: {record}",
                        t.slug
                    );
                }
                Err(e)
            }
        }
    }

    fn ends_run(&self, error: &Error) -> bool {
        error.exit_code() == code::UNREACHABLE
    }
}

impl TenantMigration {
    async fn attempt(&self, conn: &mut PgConnection, t: &TenantState) -> Result<Applied> {
        let tx = db::begin(conn, Isolation::ReadCommitted).await?;
        // One round trip: the tenant's lock (a backup of it finishes first), then the
        // timeouts, the scope and the schema's history.
        let timeouts: Vec<_> = [
            ("lock_timeout", self.lock_timeout),
            ("statement_timeout", self.statement_timeout),
        ]
        .into_iter()
        .filter_map(|(name, value)| value.map(|ms| (name, ms)))
        .collect();
        let (mut tx, history) = migrations::enter_to_migrate(tx, t.id, &timeouts).await?;
        // A schema whose history is gone would be rebuilt from the first migration
        // over what is left of it: refused, naming both records.
        if history.is_empty() && t.version > 0 {
            return Err(Error::invalid(format!(
                "schema {} has no migration history (refinery_schema_history is empty or was \
                 dropped) while theratime.tenant_migrations records version {}; nothing was \
                 changed; see `theratime doctor`",
                db::schema_name(t.id),
                t.version
            )));
        }
        // The pending migrations' checks first, on the data as it is before the run:
        // a violation fails the tenant with the rows that would have made it fail.
        let checks = self.set.pending_checks(t.version, self.target);
        if !checks.is_empty() {
            db::query("SAVEPOINT theratime_checks")
                .execute(&mut *tx)
                .await
                .db("cannot run the migration checks")?;
            let found = run_checks(&mut tx, &checks).await?;
            // Whatever a check file might have written is undone.
            db::query("ROLLBACK TO SAVEPOINT theratime_checks")
                .execute(&mut *tx)
                .await
                .db("cannot run the migration checks")?;
            if let Some(v) = found.first() {
                return Err(Error::invalid(v.to_string()));
            }
        }
        let versions = (t.version, self.target);
        let applied =
            migrations::migrate_tenant(&mut tx, &self.set, versions, Some((history, &t.slug)))
                .await?;
        tx.commit().await?;
        Ok(applied)
    }
}

/// The most rows of a failed check shown for a tenant.
pub const CHECK_ROWS: usize = 5;

/// A migration's check that returned rows in a tenant: the first [`CHECK_ROWS`] of
/// them, each as `column=value, …`, and how many there were.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Violation {
    pub migration: String,
    pub rows: Vec<String>,
    pub total: usize,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "check of {} found {} row(s) that would make it fail: {}",
            self.migration,
            self.total,
            self.rows.join("; ")
        )?;
        if self.total > self.rows.len() {
            write!(f, "; …")?;
        }
        Ok(())
    }
}

/// Run `checks` in the tenant transaction `tx` (its search_path is the tenant's): the
/// checks that returned rows. A check that fails to run is an error of the tenant.
pub async fn run_checks(
    tx: &mut db::TenantTx<'_>,
    checks: &[&migrations::Check],
) -> Result<Vec<Violation>> {
    use sqlx::{Column, Row, ValueRef};
    let mut found = Vec::new();
    for check in checks {
        // Safe: the check file is the operator's own migration code, as trusted as the
        // migration beside it; it runs in the tenant's transaction (read-only for
        // `--preflight`, inside a savepoint rolled back for `migrate`).
        let rows = sqlx::raw_sql(sqlx::AssertSqlSafe(check.sql.clone()))
            .fetch_all(&mut **tx)
            .await
            .map_err(|e| {
                Error::invalid(format!(
                    "the check of {} cannot run: {}",
                    check.migration,
                    crate::error::describe_sqlx(&e)
                ))
            })?;
        if rows.is_empty() {
            continue;
        }
        // The simple protocol returns every value as text.
        let shown = rows
            .iter()
            .take(CHECK_ROWS)
            .map(|row| {
                (0..row.len())
                    .map(|i| {
                        let value = row
                            .try_get_raw(i)
                            .ok()
                            .filter(|v| !v.is_null())
                            .and_then(|v| v.as_str().ok().map(str::to_string))
                            .unwrap_or_else(|| "NULL".into());
                        format!("{}={value}", row.columns()[i].name())
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .collect();
        found.push(Violation {
            migration: check.migration.clone(),
            rows: shown,
            total: rows.len(),
        });
    }
    Ok(found)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scope_follows_the_flags() {
        // (--global, -t or --all-tenants, --only-failed) -> (global schema, tenants)
        let cases = [
            ((false, false, false), (true, true)),
            ((true, false, false), (true, false)),
            ((false, true, false), (false, true)),
            ((false, false, true), (false, true)),
            ((false, true, true), (false, true)),
            ((true, false, true), (true, false)),
        ];
        for ((global, named, only_failed), (g, t)) in cases {
            assert_eq!(
                scope(global, named, only_failed),
                Scope {
                    global: g,
                    tenants: t
                },
                "{global} {named} {only_failed}"
            );
        }
    }

    /// t1 at the latest version, t2 one before (its last run failed), t3 at 1, t4 at a
    /// version this binary does not know, t5 at 1 with another checksum (its last run
    /// failed), t6 one before the latest.
    fn fleet(set: &MigrationSet) -> Vec<TenantState> {
        let latest = set.latest_tenant_version();
        let state = |id: i64, version: i32, applied: String, last: Option<&str>| TenantState {
            id,
            slug: format!("t{id}"),
            time_zone: "UTC".into(),
            version,
            applied,
            last_status: last.map(Into::into),
            last_error: None,
            last_started_at: None,
            last_duration_ms: None,
        };
        vec![
            state(1, latest, set.applied_list(latest), Some("ok")),
            state(2, latest - 1, set.applied_list(latest - 1), Some("failed")),
            state(3, 1, set.applied_list(1), None),
            state(4, latest + 1, String::new(), Some("ok")),
            state(5, 1, "1:12345".into(), Some("failed")),
            state(6, latest - 1, set.applied_list(latest - 1), Some("ok")),
        ]
    }

    #[test]
    fn plan_selects_refuses_skips_and_picks_the_canary() {
        let set = MigrationSet::embedded();
        let latest = set.latest_tenant_version();
        assert!(latest >= 3, "the cases need three tenant migrations");
        let all = "1 2 3 4 5 6";
        let refused = "t1=up to date t4=refused t5=refused";
        let listed = "t1=up to date t2=pending t3=pending t4=refused t5=refused t6=pending";
        let waves = |w: &str| Some(waves::Waves::parse(w).unwrap());
        // (what the run asks, settled as slug=status, canary, the other stages, in scope)
        type Case<'a> = (Box<dyn Fn(&mut Ask)>, &'a str, &'a str, &'a str, &'a str);
        let cases: Vec<Case> = vec![
            (Box::new(|_| {}), refused, "", "t2 t3 t6", all),
            (Box::new(|a| a.tenant = Some(3)), "", "", "t3", "3"),
            (
                Box::new(|a| a.tenant = Some(1)),
                "t1=up to date",
                "",
                "",
                "1",
            ),
            (
                Box::new(|a| a.only_failed = true),
                "t5=refused",
                "",
                "t2",
                "2 5",
            ),
            (
                Box::new(move |a| a.target = Some(latest - 1)),
                "t1=up to date t2=up to date t4=refused t5=refused t6=up to date",
                "",
                "t3",
                all,
            ),
            (Box::new(|a| a.dry_run = true), listed, "", "t2 t3 t6", all),
            (
                Box::new(|a| (a.dry_run, a.canary) = (true, Canary::First(1))),
                listed,
                "t2",
                "t3 t6",
                all,
            ),
            (
                Box::new(|a| a.canary = Canary::First(2)),
                refused,
                "t2 t3",
                "t6",
                all,
            ),
            (
                Box::new(|a| a.canary = Canary::First(10)),
                refused,
                "t2 t3 t6",
                "",
                all,
            ),
            (
                Box::new(|a| a.canary = Canary::Tenants(vec![6, 1, 99])),
                refused,
                "t6",
                "t2 t3",
                all,
            ),
            // Waves split the tenants after the canary; a stage that adds nobody goes.
            (
                Box::new(move |a| a.waves = waves("1,100%")),
                refused,
                "",
                "t2 | t3 t6",
                all,
            ),
            (
                Box::new(move |a| (a.canary, a.waves) = (Canary::First(1), waves("1,2,100%"))),
                refused,
                "t2",
                "t3 | t6",
                all,
            ),
            (
                Box::new(move |a| a.waves = waves("50%,100%")),
                refused,
                "",
                "t2 t3 | t6",
                all,
            ),
            (
                Box::new(move |a| (a.canary, a.waves) = (Canary::First(3), waves("1,100%"))),
                refused,
                "t2 t3 t6",
                "",
                all,
            ),
            (
                Box::new(move |a| (a.tenant, a.waves) = (Some(1), waves("1,100%"))),
                "t1=up to date",
                "",
                "",
                "1",
            ),
        ];
        let slugs = |v: &[TenantState]| {
            v.iter()
                .map(|s| s.slug.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        };
        for (change, settled, canary, rest, in_scope) in cases {
            let mut ask = Ask::default();
            change(&mut ask);
            let p = plan(&set, fleet(&set), &ask);
            let got: Vec<String> = p
                .settled
                .iter()
                .map(|r| format!("{}={}", r.tenant.as_deref().unwrap(), r.status))
                .collect();
            assert_eq!(got.join(" "), settled, "{ask:?}");
            let (first, others) = match p.stages.split_first() {
                Some((s, others)) if s.canary => (slugs(&s.tenants), others),
                _ => (String::new(), &p.stages[..]),
            };
            assert_eq!(first, canary, "{ask:?}");
            let others: Vec<String> = others.iter().map(|s| slugs(&s.tenants)).collect();
            assert_eq!(others.join(" | "), rest, "{ask:?}");
            assert!(others.iter().all(|s| !s.is_empty()), "{ask:?}");
            let ids: Vec<String> = p.in_scope.iter().map(i64::to_string).collect();
            assert_eq!(ids.join(" "), in_scope, "{ask:?}");
        }
    }

    #[test]
    fn a_dry_run_lists_what_each_tenant_would_apply() {
        let set = MigrationSet::embedded();
        let latest = set.latest_tenant_version();
        let ask = Ask {
            dry_run: true,
            target: Some(latest - 1),
            ..Ask::default()
        };
        let p = plan(&set, fleet(&set), &ask);
        let t3 = p.settled.iter().find(|r| r.tenant.as_deref() == Some("t3"));
        let t3 = t3.expect("t3 is pending");
        assert_eq!((t3.from, t3.to), (1, latest - 1));
        assert_eq!(t3.applied, set.pending_tenant(1, Some(latest - 1)));
        assert_eq!(t3.applied.len() as i32, latest - 2);
        let why = p.settled.iter().filter_map(|r| r.error.as_deref());
        let why: Vec<&str> = why.collect();
        assert!(why[0].contains("unknown to this binary"), "{why:?}");
        assert!(why[1].contains("checksum drift"), "{why:?}");
    }

    #[test]
    fn statuses_print_as_they_serialize() {
        for s in MigrationStatus::ALL {
            assert_eq!(serde_json::to_value(s).unwrap(), s.to_string());
        }
        assert_eq!(MigrationStatus::UpToDate.to_string(), "up to date");
        let failed: Vec<MigrationStatus> = MigrationStatus::ALL
            .into_iter()
            .filter(|s| s.failed())
            .collect();
        assert_eq!(failed, [MigrationStatus::Failed, MigrationStatus::Refused]);
    }
}
