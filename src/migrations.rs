//! Global and tenant migrations: embedded with refinery (or loaded from a directory
//! with `--migrations`) and applied through refinery's async traits implemented over
//! a sqlx transaction of the connection helper.

use std::path::{Path, PathBuf};

use refinery_core::traits::r#async::{AsyncMigrate, AsyncQuery, AsyncTransaction};
use refinery_core::{Migration, Target};
use sqlx::postgres::PgConnection;
use sqlx::{AssertSqlSafe, Row};

use crate::error::{DbContext, Error, Result};

mod embedded {
    pub mod global {
        refinery::embed_migrations!("migrations/global");
    }
    pub mod tenant {
        refinery::embed_migrations!("migrations/tenant");
    }
}

/// refinery's history table of each tenant schema (unqualified: the helper's
/// search_path puts it in the tenant schema).
pub const TENANT_HISTORY: &str = "refinery_schema_history";
/// refinery's history table of the global schema.
pub const GLOBAL_HISTORY: &str = "theratime.refinery_schema_history";

/// Advisory lock key of migration runs: held for the session by `migrate`, and per
/// transaction around every global migration.
pub const FLEET_LOCK: i64 = 0x7468_6572_6174_6d31; // "theratm1"

/// The migration sets this run uses.
#[derive(Clone)]
pub struct MigrationSet {
    pub global: Vec<Migration>,
    pub tenant: Vec<Migration>,
    pub origin: String,
}

impl MigrationSet {
    pub fn embedded() -> MigrationSet {
        MigrationSet {
            global: sorted(
                embedded::global::migrations::runner()
                    .get_migrations()
                    .clone(),
            ),
            tenant: sorted(
                embedded::tenant::migrations::runner()
                    .get_migrations()
                    .clone(),
            ),
            origin: "embedded".into(),
        }
    }

    /// Load `DIR/global` and `DIR/tenant`.
    pub fn from_dir(dir: &Path) -> Result<MigrationSet> {
        let load = |sub: &str| -> Result<Vec<Migration>> {
            let path: PathBuf = dir.join(sub);
            if !path.is_dir() {
                return Err(Error::not_found(format!(
                    "migrations directory {} has no {sub}/ folder; lay it out like the repository's migrations/",
                    dir.display()
                )));
            }
            refinery_core::load_sql_migrations(&path)
                .map(sorted)
                .map_err(|e| {
                    Error::invalid(format!(
                        "cannot load migrations from {}: {e}",
                        path.display()
                    ))
                })
        };
        Ok(MigrationSet {
            global: load("global")?,
            tenant: load("tenant")?,
            origin: dir.display().to_string(),
        })
    }

    pub fn latest_tenant_version(&self) -> i32 {
        self.tenant.last().map_or(0, |m| m.version())
    }

    pub fn latest_global_version(&self) -> i32 {
        self.global.last().map_or(0, |m| m.version())
    }
}

fn sorted(mut v: Vec<Migration>) -> Vec<Migration> {
    v.sort();
    v
}

/// refinery over a sqlx transaction (or any connection the caller scoped).
struct RefineryConn<'a>(&'a mut PgConnection);

impl AsyncTransaction for RefineryConn<'_> {
    type Error = sqlx::Error;

    #[allow(clippy::manual_async_fn)] // refinery's trait asks for `impl Future + Send`
    fn execute<'a, T: Iterator<Item = &'a str> + Send + 'a>(
        &'a mut self,
        queries: T,
    ) -> impl Future<Output = Result<usize, Self::Error>> + Send + 'a {
        async move {
            let mut count = 0;
            for sql in queries {
                // Safe: the SQL is the migration files' own text and refinery's
                // bookkeeping statements; no user input reaches it.
                sqlx::raw_sql(AssertSqlSafe(sql.to_owned()))
                    .execute(&mut *self.0)
                    .await?;
                count += 1;
            }
            Ok(count)
        }
    }
}

impl AsyncQuery<Vec<Migration>> for RefineryConn<'_> {
    #[allow(clippy::manual_async_fn)] // refinery's trait asks for `impl Future + Send`
    fn query<'a>(
        &'a mut self,
        query: &'a str,
    ) -> impl Future<Output = Result<Vec<Migration>, Self::Error>> + Send + 'a {
        async move {
            // Safe: refinery's own history query over a fixed table name.
            let rows = sqlx::query(AssertSqlSafe(query.to_owned()))
                .persistent(false)
                .fetch_all(&mut *self.0)
                .await?;
            rows.iter()
                .map(|row| {
                    let version: i32 = row.try_get(0)?;
                    let name: String = row.try_get(1)?;
                    let applied_on: String = row.try_get(2)?;
                    let checksum: String = row.try_get(3)?;
                    let applied_on = time::OffsetDateTime::parse(
                        &applied_on,
                        &time::format_description::well_known::Rfc3339,
                    )
                    .map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
                    let checksum = checksum
                        .parse::<u64>()
                        .map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
                    Ok(Migration::applied(version, name, applied_on, checksum))
                })
                .collect()
        }
    }
}

impl AsyncMigrate for RefineryConn<'_> {}

/// What a migration run applied.
#[derive(Debug, Clone, Default)]
pub struct Applied {
    pub from: i32,
    pub to: i32,
    pub names: Vec<String>,
}

/// Apply `migrations` up to `target` on `conn`, inside the caller's transaction.
async fn apply(
    conn: &mut PgConnection,
    migrations: &[Migration],
    table: &str,
    target: Option<i32>,
) -> Result<Applied> {
    let mut rc = RefineryConn(conn);
    let before = rc
        .get_last_applied_migration_if_table(table)
        .await?
        .map_or(0, |m| m.version());
    let target = target.map_or(Target::Latest, |v| Target::Version(v as _));
    let report = rc
        .migrate(migrations, true, true, false, target, table)
        .await
        .map_err(refinery_error)?;
    let names: Vec<String> = report
        .applied_migrations()
        .iter()
        .map(|m| format!("V{}__{}", m.version(), m.name()))
        .collect();
    let to = report
        .applied_migrations()
        .last()
        .map_or(before, |m| m.version());
    Ok(Applied {
        from: before,
        to,
        names,
    })
}

impl RefineryConn<'_> {
    async fn get_last_applied_migration_if_table(
        &mut self,
        table: &str,
    ) -> Result<Option<Migration>> {
        let exists: bool = crate::db::query_scalar("SELECT to_regclass($1) IS NOT NULL")
            .bind(table)
            .fetch_one(&mut *self.0)
            .await
            .db("cannot read the migration history")?;
        if !exists {
            return Ok(None);
        }
        self.get_last_applied_migration(table)
            .await
            .map_err(refinery_error)
    }
}

fn refinery_error(e: refinery_core::Error) -> Error {
    use refinery_core::error::Kind;
    match e.kind() {
        Kind::DivergentVersion(applied, ours) => Error::invalid(format!(
            "migration drift: applied migration V{}__{} differs from this binary's V{}__{} (checksum); \
             run `theratime migrate status` and restore the original migration file",
            applied.version(),
            applied.name(),
            ours.version(),
            ours.name()
        )),
        Kind::MissingVersion(m) => Error::invalid(format!(
            "migration V{}__{} is applied in the database but unknown to this binary: \
             the database is newer than this binary; upgrade theratime",
            m.version(),
            m.name()
        )),
        Kind::Connection(what, source) => match source.downcast_ref::<sqlx::Error>() {
            // Keep the database error's exit code (a lock timeout is busy, a
            // constraint violation is invalid data, …).
            Some(db) => Error::with_code(
                crate::error::sqlx_exit_code(db),
                format!("{what}: {}", crate::error::describe_sqlx(db)),
            ),
            None => Error::Other(anyhow::anyhow!("{what}: {source}")),
        },
        _ => Error::invalid(format!("bad migration set: {e}")),
    }
}

/// Apply the global migrations in the caller's transaction (the schema `theratime`
/// is created first: refinery's history table lives in it).
pub async fn apply_global(
    conn: &mut PgConnection,
    set: &MigrationSet,
    target: Option<i32>,
) -> Result<Applied> {
    crate::db::query("SELECT pg_advisory_xact_lock($1)")
        .bind(FLEET_LOCK)
        .execute(&mut *conn)
        .await
        .db("cannot take the migration lock")?;
    crate::db::query("CREATE SCHEMA IF NOT EXISTS theratime")
        .execute(&mut *conn)
        .await
        .db("cannot create the schema theratime")?;
    apply(conn, &set.global, GLOBAL_HISTORY, target).await
}

/// Apply the tenant migrations in a transaction scoped by the helper, and record the
/// tenant's version in the global bookkeeping table in the same transaction.
pub async fn apply_tenant(
    tx: &mut crate::db::TenantTx<'_>,
    set: &MigrationSet,
    target: Option<i32>,
) -> Result<Applied> {
    let started = std::time::Instant::now();
    let tenant_id = tx.tenant_id();
    let applied = apply(tx, &set.tenant, TENANT_HISTORY, target).await?;
    crate::db::query(
        "INSERT INTO theratime.tenant_migrations
             (tenant_id, version, last_status, last_target, last_error, last_started_at, last_duration_ms)
         VALUES ($1, $2, 'ok', $3, NULL, now(), $4)
         ON CONFLICT (tenant_id) DO UPDATE SET
             version = EXCLUDED.version, last_status = 'ok', last_target = EXCLUDED.last_target,
             last_error = NULL, last_started_at = EXCLUDED.last_started_at,
             last_duration_ms = EXCLUDED.last_duration_ms",
    )
    .bind(tenant_id)
    .bind(applied.to)
    .bind(target.unwrap_or(set.latest_tenant_version()))
    .bind(started.elapsed().as_millis() as i64)
    .execute(&mut **tx)
    .await
    .db("cannot record the tenant's migration version")?;
    Ok(applied)
}

/// The version of the global schema, or None when it was never migrated.
pub async fn global_version(conn: &mut PgConnection) -> Result<Option<i32>> {
    let exists: bool = crate::db::query_scalar(
        "SELECT to_regclass('theratime.refinery_schema_history') IS NOT NULL",
    )
    .fetch_one(&mut *conn)
    .await
    .db("cannot read the global migration history")?;
    if !exists {
        return Ok(None);
    }
    crate::db::query_scalar(
        "SELECT coalesce(max(version), 0) FROM theratime.refinery_schema_history",
    )
    .fetch_one(&mut *conn)
    .await
    .db("cannot read the global migration history")
    .map(Some)
}

/// Refuse to work on a database that is not migrated, or newer than this binary.
pub async fn check_global(conn: &mut PgConnection, set: &MigrationSet) -> Result<()> {
    match global_version(conn).await? {
        None => Err(Error::invalid(
            "the database has no theratime schema yet; run `theratime migrate` first",
        )),
        Some(v) if v > set.latest_global_version() => Err(Error::invalid(format!(
            "the database's global schema is at version {v}, newer than this binary's {}; upgrade theratime",
            set.latest_global_version()
        ))),
        Some(v) if v < set.latest_global_version() => Err(Error::invalid(format!(
            "the database's global schema is at version {v}, older than this binary's {}; run `theratime migrate --global`",
            set.latest_global_version()
        ))),
        Some(_) => Ok(()),
    }
}
