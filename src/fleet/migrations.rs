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
    /// The preflight checks of tenant migrations (`V<n>__name.check.sql` beside
    /// `V<n>__name.sql`), by version: read-only queries whose rows would make the
    /// migration fail. Only a `--migrations` directory has them.
    pub checks: std::collections::BTreeMap<i32, Check>,
    pub origin: String,
}

/// A folder's migrations and the check files beside them (by version).
type Folder = (Vec<Migration>, Vec<(i32, Check)>);

/// One migration's preflight check file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// `V<n>__name`, the migration it checks.
    pub migration: String,
    pub sql: String,
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
            checks: Default::default(),
            origin: "embedded".into(),
        }
    }

    /// Load `DIR/global` and `DIR/tenant`.
    pub fn from_dir(dir: &Path) -> Result<MigrationSet> {
        let load = |sub: &str| -> Result<Folder> {
            let path: PathBuf = dir.join(sub);
            if !path.is_dir() {
                return Err(Error::not_found(format!(
                    "migrations directory {} has no {sub}/ folder; lay it out like the repository's migrations/",
                    dir.display()
                )));
            }
            load_folder(&path)
        };
        let (global, global_checks) = load("global")?;
        if let Some((_, c)) = global_checks.first() {
            return Err(Error::invalid(format!(
                "{}: check files are for tenant migrations (the global schema has no fleet to check); \
                 move {}.check.sql out of global/",
                dir.display(),
                c.migration
            )));
        }
        let (tenant, checks) = load("tenant")?;
        Ok(MigrationSet {
            global,
            tenant,
            checks: checks.into_iter().collect(),
            origin: dir.display().to_string(),
        })
    }

    /// The tenant migrations up to `version` as "version:checksum,…", as recorded in
    /// the bookkeeping table.
    pub fn applied_list(&self, version: i32) -> String {
        self.tenant
            .iter()
            .filter(|m| m.version() <= version)
            .map(|m| format!("{}:{}", m.version(), m.checksum()))
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Names of the tenant migrations after `from`, up to `target` (or the latest).
    pub fn pending_tenant(&self, from: i32, target: Option<i32>) -> Vec<String> {
        self.tenant
            .iter()
            .filter(|m| m.version() > from && target.is_none_or(|t| m.version() <= t))
            .map(|m| format!("V{}__{}", m.version(), m.name()))
            .collect()
    }

    /// The checks of the tenant migrations after `from`, up to `target` (or the
    /// latest), in version order.
    pub fn pending_checks(&self, from: i32, target: Option<i32>) -> Vec<&Check> {
        self.checks
            .range(from.saturating_add(1)..=target.unwrap_or(i32::MAX))
            .map(|(_, c)| c)
            .collect()
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

/// The version of a migration file name `V<n>__<name>.sql` (`<n>` digits, `<name>`
/// ASCII letters, digits and `_`), or None when the name is not one.
pub fn parse_file_name(file: &str) -> Option<i32> {
    let (n, name) = file
        .strip_prefix('V')?
        .strip_suffix(".sql")?
        .split_once("__")?;
    let digits = !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
    let word = !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if digits && word { n.parse().ok() } else { None }
}

/// The migrations of one folder of a `--migrations` directory, and their check files.
/// Every `.sql` file in it must be a `V<n>__<name>.sql` or the `V<n>__<name>.check.sql`
/// of one of them (a misnamed file or a check without its migration is an error, exit
/// 5, not skipped: the tenants would miss that version or that check); other files
/// are ignored; a subfolder is an error (migrations are read from the folder itself only).
fn load_folder(dir: &Path) -> Result<Folder> {
    let unreadable = |e: std::io::Error| {
        Error::invalid(format!(
            "cannot read migrations from {}: {e}",
            dir.display()
        ))
    };
    let mut migrations: Vec<Migration> = Vec::new();
    let mut checks: Vec<(i32, Check)> = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(unreadable)? {
        let path = entry.map_err(unreadable)?.path();
        let file = path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        if path.is_dir() {
            return Err(Error::invalid(format!(
                "{} is a folder: migrations are read from {} itself; move its files up or remove it",
                path.display(),
                dir.display()
            )));
        }
        if !file.to_ascii_lowercase().ends_with(".sql") {
            continue;
        }
        if let Some(stem) = file.strip_suffix(".check.sql") {
            let version = parse_file_name(&format!("{stem}.sql")).ok_or_else(|| {
                Error::invalid(format!(
                    "check file {} is not named V<n>__<name>.check.sql after its migration",
                    path.display()
                ))
            })?;
            let sql = std::fs::read_to_string(&path).map_err(|e| {
                Error::invalid(format!("cannot read check file {}: {e}", path.display()))
            })?;
            checks.push((
                version,
                Check {
                    migration: stem.to_string(),
                    sql,
                },
            ));
            continue;
        }
        let Some(version) = parse_file_name(&file) else {
            return Err(Error::invalid(format!(
                "migration file {} is not named V<n>__<name>.sql (<n> a number; <name> letters, \
                 digits and _): rename it, or move it out of {}",
                path.display(),
                dir.display()
            )));
        };
        if let Some(other) = migrations.iter().find(|m| m.version() == version) {
            return Err(Error::invalid(format!(
                "{} has two migrations with version {version}: V{version}__{}.sql and {file}",
                dir.display(),
                other.name()
            )));
        }
        let sql = std::fs::read_to_string(&path).map_err(|e| {
            Error::invalid(format!("cannot read migration {}: {e}", path.display()))
        })?;
        let stem = &file[..file.len() - ".sql".len()];
        let migration = Migration::unapplied(stem, &sql)
            .map_err(|e| Error::invalid(format!("bad migration {}: {e}", path.display())))?;
        migrations.push(migration);
    }
    for (version, check) in &checks {
        let matches = migrations.iter().any(|m| {
            m.version() == *version && format!("V{}__{}", m.version(), m.name()) == check.migration
        });
        if !matches {
            return Err(Error::invalid(format!(
                "check file {}.check.sql in {} has no migration {}.sql beside it: \
                 name it after the migration it checks",
                check.migration,
                dir.display(),
                check.migration
            )));
        }
    }
    Ok((sorted(migrations), checks))
}

/// refinery over a sqlx transaction (or any connection the caller scoped), with the
/// schema's history when the caller already read it ([`enter_to_migrate`]): refinery
/// then neither creates nor reads the history table again.
struct RefineryConn<'a> {
    conn: &'a mut PgConnection,
    history: Option<Vec<Migration>>,
}

/// refinery's history table of a tenant schema, created when missing, then read: the
/// statements refinery runs first, folded into the round trip that enters the tenant.
const TENANT_HISTORY_READ: &str = "CREATE TABLE IF NOT EXISTS refinery_schema_history(
             version int4 PRIMARY KEY,
             name VARCHAR(255),
             applied_on VARCHAR(255),
             checksum VARCHAR(255));
    SELECT version, name, applied_on, checksum FROM refinery_schema_history ORDER BY version ASC";

/// A tenant schema's history as [`enter_to_migrate`] read it.
pub struct History(Vec<Migration>);

impl History {
    /// No migration recorded in the schema (its history table was empty or missing).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Enter a tenant to migrate it, in one round trip (the tenant's lock, the timeouts,
/// the scope, its history table): see [`crate::db::enter_tenant_to_migrate`].
pub async fn enter_to_migrate<'c>(
    tx: sqlx::Transaction<'c, sqlx::Postgres>,
    tenant_id: i64,
    timeouts: &[(&'static str, u64)],
) -> Result<(crate::db::TenantTx<'c>, History)> {
    let (tx, rows) =
        crate::db::enter_tenant_to_migrate(tx, tenant_id, timeouts, TENANT_HISTORY_READ).await?;
    let history = rows
        .iter()
        .map(history_row)
        .collect::<Result<Vec<_>, _>>()
        .db("cannot read the tenant's migration history")?;
    Ok((tx, History(history)))
}

/// A row of refinery's history table.
fn history_row(row: &sqlx::postgres::PgRow) -> Result<Migration, sqlx::Error> {
    let version: i32 = row.try_get(0)?;
    let name: String = row.try_get(1)?;
    let applied_on: String = row.try_get(2)?;
    let checksum: String = row.try_get(3)?;
    // Only informative (refinery compares version, name and checksum): a row
    // written by hand in another format is fine.
    let applied_on =
        time::OffsetDateTime::parse(&applied_on, &time::format_description::well_known::Rfc3339)
            .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    let checksum = checksum
        .parse::<u64>()
        .map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    Ok(Migration::applied(version, name, applied_on, checksum))
}

impl AsyncTransaction for RefineryConn<'_> {
    type Error = sqlx::Error;

    #[allow(clippy::manual_async_fn)] // refinery's trait asks for `impl Future + Send`
    fn execute<'a, T: Iterator<Item = &'a str> + Send + 'a>(
        &'a mut self,
        queries: T,
    ) -> impl Future<Output = Result<usize, Self::Error>> + Send + 'a {
        async move {
            let queries: Vec<&str> = queries.collect();
            // The history table was made when the caller read it.
            if self.history.is_some()
                && queries == [Self::assert_migrations_table_query(TENANT_HISTORY).as_str()]
            {
                return Ok(0);
            }
            // One round trip for a migration and its history row: the statements go
            // as one simple-protocol query (a newline first ends any trailing comment).
            let sql = queries.join("\n;\n");
            // The SQL is the migration files' own text and refinery's bookkeeping
            // statements; no user input reaches it. (On Citus: one statement at a time.)
            crate::citus::execute_script(&mut *self.conn, &sql).await?;
            Ok(queries.len())
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
            if let Some(history) = self.history.take() {
                return Ok(history);
            }
            // Safe: refinery's own history query over a fixed table name.
            let rows = sqlx::query(AssertSqlSafe(query.to_owned()))
                .persistent(false)
                .fetch_all(&mut *self.conn)
                .await?;
            rows.iter().map(history_row).collect()
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

/// Apply `migrations` up to `target` on `conn`, inside the caller's transaction;
/// `before` is the version the schema is known to be at.
async fn apply(
    conn: &mut PgConnection,
    migrations: &[Migration],
    table: &str,
    before: i32,
    target: Option<i32>,
    history: Option<History>,
) -> Result<Applied> {
    // Tenant migrations may create triggers on distributed tables (Citus).
    crate::citus::allow_triggers(&mut *conn).await?;
    let mut rc = RefineryConn {
        conn,
        history: history.map(|h| h.0),
    };
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
            Some(db) => crate::error::fault(db).unwrap_or_else(|| {
                Error::with_code(
                    crate::error::sqlx_exit_code(db),
                    format!("{what}: {}", crate::error::describe_sqlx(db)),
                )
            }),
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
    let before = global_version(conn).await?.unwrap_or(0);
    let applied = apply(conn, &set.global, GLOBAL_HISTORY, before, target, None).await?;
    // One audit row per global migration, once the schema has the audit chain (a
    // migration set without it, or a target before it, writes none).
    if !applied.names.is_empty() && crate::db::audit::chained(conn).await? {
        for name in &applied.names {
            crate::db::audit::record(
                conn,
                &crate::db::audit::Audit::entry("migrate global", Some(name), "migrated")
                    .details(serde_json::json!({ "from": before, "to": applied.to })),
            )
            .await?;
        }
    }
    Ok(applied)
}

/// The tenant's row in the global bookkeeping table, written in the transaction
/// that migrated it; the parameters are tenant id, version, applied list, target and
/// duration (ms), numbered from `$a`.
macro_rules! bookkeeping {
    ($a:literal, $b:literal, $c:literal, $d:literal, $e:literal) => {
        concat!(
            "INSERT INTO theratime.tenant_migrations
                 (tenant_id, version, applied, last_status, last_target, last_attempted_version, last_error,
                  last_started_at, last_finished_at, last_duration_ms)
             VALUES ($", $a, ", $", $b, ", $", $c, ", 'ok', $", $d, ", $", $b,
            ", NULL, clock_timestamp() - make_interval(secs => $", $e, " / 1000.0), clock_timestamp(), $", $e, ")
             ON CONFLICT (tenant_id) DO UPDATE SET
                 version = EXCLUDED.version, applied = EXCLUDED.applied, last_status = 'ok',
                 last_target = EXCLUDED.last_target, last_attempted_version = EXCLUDED.last_attempted_version,
                 last_error = NULL, last_started_at = EXCLUDED.last_started_at,
                 last_finished_at = EXCLUDED.last_finished_at, last_duration_ms = EXCLUDED.last_duration_ms"
        )
    };
}

/// Apply the tenant migrations in a transaction scoped by the helper (the schema is
/// at version `before`), and record the tenant's version and applied migrations in the
/// global bookkeeping table in the same transaction.
pub async fn apply_tenant(
    tx: &mut crate::db::TenantTx<'_>,
    set: &MigrationSet,
    before: i32,
    target: Option<i32>,
) -> Result<Applied> {
    migrate_tenant(tx, set, (before, target), None).await
}

/// [`apply_tenant`]; for a fleet run (`run`: the schema's history from
/// [`enter_to_migrate`] and the tenant's slug) the bookkeeping row and the tenant's
/// audit row (`migrate tenant`, with the versions and the migrations applied) go in
/// one round trip after the migrations.
pub async fn migrate_tenant(
    tx: &mut crate::db::TenantTx<'_>,
    set: &MigrationSet,
    (before, target): (i32, Option<i32>),
    run: Option<(History, &str)>,
) -> Result<Applied> {
    require_owner(tx)?;
    let started = std::time::Instant::now();
    let (history, slug) = run.unzip();
    let applied = apply(tx, &set.tenant, TENANT_HISTORY, before, target, history).await?;
    let tenant_id = tx.tenant_id();
    let schema = crate::db::schema_name(tenant_id);
    let entry = slug.map(|slug| {
        crate::db::audit::Audit::entry("migrate tenant", Some(&schema), "migrated")
            .tenant_ref(tenant_id, slug)
            .details(serde_json::json!({
                "from": applied.from, "to": applied.to, "applied": applied.names,
            }))
    });
    let query = match &entry {
        None => crate::db::query(bookkeeping!(1, 2, 3, 4, 5)),
        Some(entry) => crate::db::audit::appending(
            concat!(
                "WITH bookkeeping AS (",
                bookkeeping!(11, 12, 13, 14, 15),
                " RETURNING 1) SELECT theratime.audit_append($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
                 FROM bookkeeping"
            ),
            entry,
        ),
    };
    query
        .bind(tenant_id)
        .bind(applied.to)
        .bind(set.applied_list(applied.to))
        .bind(target.unwrap_or(set.latest_tenant_version()))
        .bind(started.elapsed().as_millis() as i64)
        .execute(&mut **tx)
        .await
        .db("cannot record the tenant's migration version")?;
    Ok(applied)
}

/// Apply the tenant migrations to the schema of `tx` without any bookkeeping (a
/// scratch reference schema for `doctor`).
pub async fn apply_tenant_unrecorded(
    tx: &mut crate::db::TenantTx<'_>,
    set: &MigrationSet,
) -> Result<Applied> {
    require_owner(tx)?;
    apply(tx, &set.tenant, TENANT_HISTORY, 0, None, None).await
}

/// Tenant migrations are DDL: they run as the owner ([`crate::db::enter_tenant_ddl`]),
/// never as the tenant's role.
fn require_owner(tx: &crate::db::TenantTx<'_>) -> Result<()> {
    if tx.access() == crate::db::Access::Owner {
        Ok(())
    } else {
        Err(Error::Other(anyhow::anyhow!(
            "tenant migrations must run as the owner, not as the tenant's role (a bug in theratime)"
        )))
    }
}

/// A tenant schema's own history as "version:checksum,…" (None without a history table).
pub async fn read_tenant_history(tx: &mut crate::db::TenantTx<'_>) -> Result<Option<String>> {
    let exists: bool =
        crate::db::query_scalar("SELECT to_regclass('refinery_schema_history') IS NOT NULL")
            .fetch_one(&mut **tx)
            .await
            .db("cannot read the tenant's migration history")?;
    if !exists {
        return Ok(None);
    }
    let rows: Vec<(i32, String)> = crate::db::query_as(
        "SELECT version, checksum FROM refinery_schema_history ORDER BY version",
    )
    .fetch_all(&mut **tx)
    .await
    .db("cannot read the tenant's migration history")?;
    Ok(Some(
        rows.iter()
            .map(|(v, c)| format!("{v}:{c}"))
            .collect::<Vec<_>>()
            .join(","),
    ))
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

/// The version guard of every command that writes: refuse a database that is not
/// migrated, whose global schema or any tenant is at a newer version than this binary
/// knows (an old binary left on a cron host), or whose global schema is older.
pub async fn check_global(conn: &mut PgConnection, set: &MigrationSet) -> Result<()> {
    let Some(global) = global_version(conn).await? else {
        return Err(Error::invalid(
            "the database has no theratime schema yet; run `theratime migrate` first",
        ));
    };
    let ours = set.latest_global_version();
    if global > ours {
        return Err(Error::invalid(format!(
            "the database's global schema is at version {global}, newer than this binary's {ours}; \
             upgrade theratime (an old binary does not write to a newer database)"
        )));
    }
    if global < ours {
        return Err(Error::invalid(format!(
            "the database's global schema is at version {global}, older than this binary's {ours}; \
             run `theratime migrate --global`"
        )));
    }
    let tenant_max: Option<i32> =
        crate::db::query_scalar("SELECT max(version) FROM theratime.tenant_migrations")
            .fetch_one(&mut *conn)
            .await
            .db("cannot read the tenants' versions")?;
    if let Some(v) = tenant_max.filter(|v| *v > set.latest_tenant_version()) {
        return Err(Error::invalid(format!(
            "tenant schemas are at version {v}, newer than this binary's {}; upgrade theratime \
             (an old binary does not write to a newer database)",
            set.latest_tenant_version()
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::parse_file_name;

    #[test]
    fn migration_file_names() {
        for (name, version) in [
            ("V1__initial.sql", Some(1)),
            ("V12__add_Room_2.sql", Some(12)),
            ("V007__x.sql", Some(7)),
            ("V2__a__b.sql", Some(2)),
            ("V2__a'b.sql", None),
            ("V2__a b.sql", None),
            ("V2__ünï.sql", None),
            ("V2__.sql", None),
            ("V__x.sql", None),
            ("V2_x.sql", None),
            ("v2__x.sql", None),
            ("U2__x.sql", None),
            ("V2.1__x.sql", None),
            ("V2__x.SQL", None),
            ("V2__x.sql.bak", None),
            ("V99999999999__x.sql", None),
        ] {
            assert_eq!(parse_file_name(name), version, "{name}");
        }
    }
}
