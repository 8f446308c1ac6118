//! Connections and the one tenant-scoped connection helper (DESIGN §2).
//!
//! `begin` opens a transaction (optionally with an isolation level) in which the caller
//! may run statements of its own; `enter_tenant` then sets, in one statement, the
//! search_path to `tenant_<id>, pg_catalog, pg_temp` (`pg_temp` last, so a session's
//! temporary objects can never shadow a tenant table) and the role to
//! `theratime_tenant_<id>` (the tenant's own role, which reaches its schema and nothing
//! of any other), both with `set_config(…, true)`, which is `SET LOCAL`, and returns a
//! [`TenantTx`], the only way to get a transaction that touches a tenant schema. DDL
//! and administration (tenant migrations, create, drop, restore, doctor) enter with
//! [`enter_tenant_ddl`] instead and keep the connecting (owner) role; a tenant
//! migration ([`enter_tenant_to_migrate`]) and a fleet query ([`read_in_tenant`]) fold
//! the same scope into the round trip of their first statements. Nothing else in the
//! code base sets `search_path` or the role. A local setting ends with the
//! transaction, so a pooled connection never carries one tenant's path or role into
//! another's work, and it
//! works behind PgBouncer in transaction mode.

pub mod audit;
pub mod ident;

pub use ident::{role_name, schema_ident, schema_name};

use std::ops::{Deref, DerefMut};
use std::str::FromStr;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use chrono::{DateTime, Utc};

use sqlx::pool::PoolOptions;
use sqlx::postgres::{PgArguments, PgConnectOptions, PgConnection, PgPool, PgRow};
use sqlx::query::{Query, QueryAs, QueryScalar};
use sqlx::{AssertSqlSafe, Connection, FromRow, Postgres, Row, Transaction};

use crate::error::{DbContext, Error, Result, sqlx_exit_code};

/// Transaction isolation levels the caller may choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Isolation {
    #[default]
    ReadCommitted,
    RepeatableRead,
    Serializable,
}

impl Isolation {
    fn begin_statement(self) -> &'static str {
        match self {
            Isolation::ReadCommitted => "BEGIN ISOLATION LEVEL READ COMMITTED",
            Isolation::RepeatableRead => "BEGIN ISOLATION LEVEL REPEATABLE READ",
            Isolation::Serializable => "BEGIN ISOLATION LEVEL SERIALIZABLE",
        }
    }
}

/// Whether statements may be prepared as named, cached statements: only when every
/// connection of this process is direct (migrations, tenant create/drop, backups).
/// Named statements do not survive PgBouncer's transaction pooling, so a process that
/// may talk to a pooler uses unnamed ones (one extra round trip per statement).
static NAMED_STATEMENTS: AtomicBool = AtomicBool::new(false);

/// Declare that this process uses direct connections only (see `NAMED_STATEMENTS`).
pub fn use_named_statements() {
    NAMED_STATEMENTS.store(true, Ordering::Relaxed);
}

fn named() -> bool {
    NAMED_STATEMENTS.load(Ordering::Relaxed)
}

/// A statement; cached as a named prepared statement only on direct connections.
pub fn query(sql: &'static str) -> Query<'static, Postgres, PgArguments> {
    sqlx::query(sql).persistent(named())
}

/// `query` mapping rows to `T`.
pub fn query_as<T>(sql: &'static str) -> QueryAs<'static, Postgres, T, PgArguments>
where
    T: for<'r> FromRow<'r, PgRow>,
{
    sqlx::query_as(sql).persistent(named())
}

/// `query` returning one column.
pub fn query_scalar<T>(sql: &'static str) -> QueryScalar<'static, Postgres, T, PgArguments>
where
    (T,): for<'r> FromRow<'r, PgRow>,
{
    sqlx::query_scalar(sql).persistent(named())
}

/// The text of each variant of a state enum, and what goes with it: `as_str`, `ALL`,
/// `Display`, `FromStr` (the error names the accepted values) and sqlx encoding and
/// decoding as `text`, as a `&str` is (DESIGN §1: states are `text` columns with
/// `CHECK` constraints, not enum types, so no type OID is looked up). The enum derives
/// `Serialize` with `serde(rename_all = "snake_case")`; a unit test of its module
/// checks that serde spells every variant as `as_str` does.
macro_rules! text_state {
    ($ty:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $ty {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $text),+
                }
            }
        }

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $ty {
            type Err = String;
            fn from_str(s: &str) -> std::result::Result<Self, String> {
                match s {
                    $($text => Ok($ty::$variant),)+
                    _ => Err(format!(
                        "{s:?} is not one of {}",
                        [$($text),+].join(", ")
                    )),
                }
            }
        }

        impl sqlx::Type<sqlx::Postgres> for $ty {
            fn type_info() -> sqlx::postgres::PgTypeInfo {
                <str as sqlx::Type<sqlx::Postgres>>::type_info()
            }
            fn compatible(ty: &sqlx::postgres::PgTypeInfo) -> bool {
                <str as sqlx::Type<sqlx::Postgres>>::compatible(ty)
            }
        }

        impl sqlx::postgres::PgHasArrayType for $ty {
            fn array_type_info() -> sqlx::postgres::PgTypeInfo {
                <&str as sqlx::postgres::PgHasArrayType>::array_type_info()
            }
        }

        impl sqlx::Encode<'_, sqlx::Postgres> for $ty {
            fn encode_by_ref(
                &self,
                buf: &mut sqlx::postgres::PgArgumentBuffer,
            ) -> std::result::Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <&str as sqlx::Encode<sqlx::Postgres>>::encode(self.as_str(), buf)
            }
        }

        impl<'r> sqlx::Decode<'r, sqlx::Postgres> for $ty {
            fn decode(
                value: sqlx::postgres::PgValueRef<'r>,
            ) -> std::result::Result<Self, sqlx::error::BoxDynError> {
                Ok(<&str as sqlx::Decode<sqlx::Postgres>>::decode(value)?.parse()?)
            }
        }
    };
}
pub(crate) use text_state;

/// Open a transaction on `conn`. The caller may run its own first statements (a
/// tenant row insert, `SET TRANSACTION SNAPSHOT`, a Citus setting) before
/// [`enter_tenant`].
pub async fn begin(
    conn: &mut PgConnection,
    isolation: Isolation,
) -> Result<Transaction<'_, Postgres>> {
    conn.begin_with(isolation.begin_statement())
        .await
        .db("cannot open a transaction")
}

/// [`begin`] for a transaction that only reads (`theratime query`): `BEGIN … READ ONLY`,
/// in which PostgreSQL refuses every write whoever the role, and refuses to switch to
/// read-write once a query ran (the helper's scoping runs one).
pub async fn begin_read_only(
    conn: &mut PgConnection,
    isolation: Isolation,
) -> Result<Transaction<'_, Postgres>> {
    // Safe: both parts are fixed strings.
    let sql = format!("{} READ ONLY", isolation.begin_statement());
    conn.begin_with(AssertSqlSafe(sql))
        .await
        .db("cannot open a read-only transaction")
}

/// Who the statements of a [`TenantTx`] run as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// The tenant's own role (`SET LOCAL ROLE "theratime_tenant_<id>"`): every
    /// transaction that reads or writes tenant data.
    TenantRole,
    /// The connecting role, which owns the schemas: DDL and administration only
    /// (tenant migrations, create, drop, restore, doctor).
    Owner,
}

/// The helper: scope `tx` to one tenant's schema, which must exist, as the tenant's
/// role. Every statement that reads or writes tenant data runs on such a `TenantTx`.
/// A tenant row whose schema is gone (dropped by hand) is refused here, exit 4, and a
/// tenant without its role (not migrated yet, or the role dropped by hand) exit 5,
/// before any statement can fail on a missing table or a missing privilege.
pub async fn enter_tenant(tx: Transaction<'_, Postgres>, tenant_id: i64) -> Result<TenantTx<'_>> {
    scope(tx, tenant_id, true, Access::TenantRole).await
}

/// [`enter_tenant`] without the schema check: for a fleet backup or export, which
/// tells a tenant dropped during the run (skipped) from a schema dropped by hand
/// (failed) only after taking the tenant's lock. The role is still checked.
pub async fn enter_tenant_unchecked(
    tx: Transaction<'_, Postgres>,
    tenant_id: i64,
) -> Result<TenantTx<'_>> {
    scope(tx, tenant_id, false, Access::TenantRole).await
}

/// The helper for DDL and administration: the tenant's search_path, the connecting
/// (owner) role; the schema must exist (migrations of an existing tenant, doctor).
pub async fn enter_tenant_ddl(
    tx: Transaction<'_, Postgres>,
    tenant_id: i64,
) -> Result<TenantTx<'_>> {
    scope(tx, tenant_id, true, Access::Owner).await
}

/// [`enter_tenant_ddl`] without the existence check: for a schema this transaction is
/// about to create (tenant create, restore, doctor's reference schema) or drop.
pub async fn enter_tenant_ddl_unchecked(
    tx: Transaction<'_, Postgres>,
    tenant_id: i64,
) -> Result<TenantTx<'_>> {
    scope(tx, tenant_id, false, Access::Owner).await
}

/// The tenant's search_path, as a call (`set_config(…, true)` is `SET LOCAL`): the
/// schema first, `pg_temp` last. The only place that sets it.
fn set_path(tenant_id: i64) -> String {
    // Safe to build: the name comes from an i64 (and needs no quotes).
    format!(
        "pg_catalog.set_config('search_path', '{}, pg_catalog, pg_temp', true)",
        schema_name(tenant_id)
    )
}

/// The tenant's role, as a call (`set_config('role', …, true)` is `SET LOCAL ROLE`).
/// The only place that sets it.
fn set_role(tenant_id: i64) -> String {
    // Safe to build: the name comes from an i64.
    format!(
        "pg_catalog.set_config('role', '{}', true)",
        role_name(tenant_id)
    )
}

/// The statement of [`scope`]: one SELECT, whose first two columns say whether the
/// schema and the role are there. The schema check reads pg_namespace through the
/// transaction's snapshot (a fleet backup's shared one included), not the latest
/// catalog state; the role is taken only when the schema check passed and the role
/// exists, so a missing one is reported, not a failed transaction.
fn scope_sql(tenant_id: i64, must_exist: bool, access: Access) -> String {
    // Safe to build: every identifier and literal comes from an i64.
    let schema_ok = if must_exist {
        format!(
            "EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = '{}')",
            schema_name(tenant_id)
        )
    } else {
        "true".to_string()
    };
    let path = set_path(tenant_id);
    match access {
        Access::Owner => format!("SELECT {schema_ok}, true, {path}"),
        Access::TenantRole => format!(
            "SELECT s.ok, r.ok, {path}, CASE WHEN s.ok AND r.ok THEN {} END \
             FROM (SELECT {schema_ok}) s(ok), \
             (SELECT pg_catalog.to_regrole('{}') IS NOT NULL) r(ok)",
            set_role(tenant_id),
            role_name(tenant_id)
        ),
    }
}

async fn scope(
    mut tx: Transaction<'_, Postgres>,
    tenant_id: i64,
    must_exist: bool,
    access: Access,
) -> Result<TenantTx<'_>> {
    let scoped = sqlx::raw_sql(AssertSqlSafe(scope_sql(tenant_id, must_exist, access)))
        .fetch_optional(&mut *tx)
        .await
        .db("cannot scope the transaction to the tenant")?;
    // One row, always.
    if let Some(row) = scoped {
        let (schema_ok, role_ok): (bool, bool) = (
            row.try_get(0)
                .db("cannot scope the transaction to the tenant")?,
            row.try_get(1)
                .db("cannot scope the transaction to the tenant")?,
        );
        if !schema_ok {
            return Err(missing_schema(tenant_id));
        }
        if !role_ok {
            return Err(missing_role(tenant_id));
        }
    }
    Ok(TenantTx {
        tx,
        tenant_id,
        access,
    })
}

/// [`enter_tenant_ddl`] for a tenant migration, in one round trip: the tenant's lock
/// (held to the end of the transaction; a backup of the tenant finishes first), then
/// the `timeouts` (`SET LOCAL`, whole milliseconds, so the wait for the tenant's lock
/// is not bound by them), the scope, and the fixed statements `then` (refinery's
/// history table of the schema). Returns the rows of `then`. A schema dropped by hand
/// is exit 4, as with [`enter_tenant_ddl`].
pub async fn enter_tenant_to_migrate<'c>(
    mut tx: Transaction<'c, Postgres>,
    tenant_id: i64,
    timeouts: &[(&'static str, u64)],
    then: &'static str,
) -> Result<(TenantTx<'c>, Vec<PgRow>)> {
    // Safe to build: the lock key and the scope come from an i64, the settings' names
    // are fixed strings and their values integers, `then` is a fixed string.
    let mut sql = format!(
        "SELECT pg_catalog.pg_advisory_xact_lock({TENANT_LOCK_CLASS}, {})",
        tenant_lock_key(tenant_id)
    );
    for (name, ms) in timeouts {
        sql.push_str(&format!("; SET LOCAL {name} = {ms}"));
    }
    // A missing schema must stop the batch before `then`: with the tenant's schema
    // gone, the first schema of the search_path that exists is pg_catalog. The cast
    // fails (3F000) when the schema does not exist.
    sql.push_str(&format!(
        "; SELECT '{}'::pg_catalog.regnamespace, {}; ",
        schema_ident(tenant_id),
        set_path(tenant_id)
    ));
    sql.push_str(then);
    let rows = match sqlx::raw_sql(AssertSqlSafe(sql)).fetch_all(&mut *tx).await {
        Err(e) if e.as_database_error().and_then(|d| d.code()).as_deref() == Some("3F000") => {
            return Err(missing_schema(tenant_id));
        }
        rows => rows.db("cannot scope the transaction to the tenant")?,
    };
    // The lock's row, the schema's, then the rows of `then`.
    let tenant = TenantTx {
        tx,
        tenant_id,
        access: Access::Owner,
    };
    Ok((tenant, rows.into_iter().skip(2).collect()))
}

/// A read-only look into one tenant in one round trip (`theratime query`): `BEGIN …
/// READ ONLY`, the scope of [`enter_tenant`] (the tenant's search_path and role; a
/// missing schema or role stops the message before anything else runs), the caller's
/// `sql` and `ROLLBACK`, as one simple-protocol message. The outer error is the
/// helper's (exit 4 for a missing schema, 5 for a missing role, or the connection);
/// the inner one the caller's statements'. The transaction never outlives the call.
pub async fn read_in_tenant(
    conn: &mut PgConnection,
    tenant_id: i64,
    settings: AssertSqlSafe<&[(&str, String)]>,
    sql: AssertSqlSafe<String>,
) -> Result<std::result::Result<Vec<PgRow>, sqlx::Error>> {
    let (schema, role) = (schema_ident(tenant_id), role_name(tenant_id));
    // The scope in one statement: the casts fail (3F000, 42704) when the schema or
    // the role does not exist, and then nothing after them runs.
    let mut scope = format!(
        "SELECT '{schema}'::pg_catalog.regnamespace, '\"{role}\"'::pg_catalog.regrole, {}, {}",
        set_path(tenant_id),
        set_role(tenant_id)
    );
    for (name, value) in settings.0 {
        scope.push_str(&format!(
            ", pg_catalog.set_config('{name}', '{value}', true)"
        ));
    }
    // Safe to build: the identifiers come from an i64; the caller vouches for the
    // settings (names and values of its own making) and for `sql`, which comes last
    // but for the rollback, after statements that end with `;`.
    // The session's advisory locks are let go at the end whatever the statement took
    // (`query` refuses the lock functions; a function of the database could still
    // call them): they would outlive the rollback and hold up other tenants' work.
    let script = format!(
        "{} READ ONLY; {scope};\n{}\n;ROLLBACK; SELECT pg_catalog.pg_advisory_unlock_all()",
        Isolation::ReadCommitted.begin_statement(),
        sql.0,
    );
    let e = match sqlx::raw_sql(AssertSqlSafe(script))
        .fetch_all(&mut *conn)
        .await
    {
        // The scope's row first, the unlock's last.
        Ok(mut rows) => {
            rows.pop();
            return Ok(Ok(rows.into_iter().skip(1).collect()));
        }
        Err(e) => e,
    };
    if e.as_database_error().is_none() {
        return Err(crate::error::database_error("cannot read the tenant", e));
    }
    // The rest of the message was skipped: the transaction is still open.
    sqlx::raw_sql("ROLLBACK; SELECT pg_catalog.pg_advisory_unlock_all()")
        .execute(&mut *conn)
        .await
        .db("cannot roll back")?;
    let code = e.as_database_error().and_then(|d| d.code());
    if matches!(code.as_deref(), Some("3F000" | "42704")) {
        // The scope's casts, or the caller's statement with the same error?
        let (schema_ok, role_ok): (bool, bool) = query_as(
            "SELECT pg_catalog.to_regnamespace($1) IS NOT NULL, pg_catalog.to_regrole($2) IS NOT NULL",
        )
        .bind(&schema)
        .bind(format!("\"{role}\""))
        .fetch_one(&mut *conn)
        .await
        .db("cannot look up the tenant schema")?;
        if !schema_ok {
            return Err(missing_schema(tenant_id));
        }
        if !role_ok {
            return Err(missing_role(tenant_id));
        }
    }
    Ok(Err(e))
}

/// A `--lock-timeout` or `--statement-timeout` as PostgreSQL takes it: whole
/// milliseconds, rounded up so that 500us is not 0, which is none. Longer than the
/// setting holds (an int of milliseconds, about 24.8 days) is exit 5.
pub fn timeout_ms(flag: &str, d: Duration) -> Result<u64> {
    let ms = d.as_nanos().div_ceil(1_000_000);
    if ms > i32::MAX as u128 {
        return Err(Error::invalid(format!(
            "{flag} {} is too long: at most 24d (0: none)",
            humantime::format_duration(d)
        )));
    }
    Ok(ms as u64)
}

/// The error for a tenant without its role (exit 5, like a database not migrated).
pub fn missing_role(tenant_id: i64) -> Error {
    Error::invalid(format!(
        "tenant {tenant_id} has no role {} (its schema predates tenant roles, or the role \
         was dropped by hand); nothing was done. Run `theratime migrate -t {tenant_id}`, \
         or see `theratime doctor` for the fix",
        role_name(tenant_id)
    ))
}

/// Move a transaction the helper scoped to another tenant's schema (which must exist),
/// through the same helper: for the few commands that visit every tenant in one
/// transaction (a person's export or erasure).
pub async fn rescope(tx: TenantTx<'_>, tenant_id: i64) -> Result<TenantTx<'_>> {
    let access = tx.access;
    scope(tx.tx, tenant_id, true, access).await
}

/// [`enter_tenant`]'s check, for a transaction entered unchecked: the schema exists
/// in this transaction's snapshot, or exit 4.
pub async fn require_schema(tx: &mut TenantTx<'_>) -> Result<()> {
    let exists: bool =
        query_scalar("SELECT EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = $1)")
            .bind(schema_name(tx.tenant_id()))
            .fetch_one(&mut **tx)
            .await
            .db("cannot look up the tenant schema")?;
    if exists {
        Ok(())
    } else {
        Err(missing_schema(tx.tenant_id()))
    }
}

/// The error for a tenant row whose schema does not exist (exit 4).
pub fn missing_schema(tenant_id: i64) -> Error {
    Error::not_found(format!(
        "schema {} of tenant {tenant_id} does not exist (dropped outside theratime?); \
         `theratime doctor` lists such tenants, `theratime tenant drop` removes the row",
        schema_name(tenant_id)
    ))
}

/// `begin` + `enter_tenant` for callers with nothing to run first.
pub async fn tenant_tx(
    conn: &mut PgConnection,
    tenant_id: i64,
    isolation: Isolation,
) -> Result<TenantTx<'_>> {
    let tx = begin(conn, isolation).await?;
    enter_tenant(tx, tenant_id).await
}

/// A transaction whose search_path is one tenant's schema, running as the tenant's
/// role or (DDL) as the owner.
pub struct TenantTx<'c> {
    tx: Transaction<'c, Postgres>,
    tenant_id: i64,
    access: Access,
}

impl<'c> TenantTx<'c> {
    pub fn tenant_id(&self) -> i64 {
        self.tenant_id
    }

    pub fn access(&self) -> Access {
        self.access
    }

    pub async fn commit(self) -> Result<()> {
        self.tx.commit().await.db("cannot commit")
    }

    pub async fn rollback(self) -> Result<()> {
        self.tx.rollback().await.db("cannot roll back")
    }
}

impl Deref for TenantTx<'_> {
    type Target = PgConnection;
    fn deref(&self) -> &PgConnection {
        &self.tx
    }
}

impl DerefMut for TenantTx<'_> {
    fn deref_mut(&mut self) -> &mut PgConnection {
        &mut self.tx
    }
}

/// Connection options for a URL (or libpq's PG* environment when `url` is None).
pub fn connect_options(url: Option<&str>) -> Result<PgConnectOptions> {
    let opts = match url {
        Some(url) => PgConnectOptions::from_str(url).map_err(|e| {
            Error::invalid(format!(
                "the database URL ({}) is not valid: {e}",
                crate::config::redact_url(url)
            ))
        })?,
        None => PgConnectOptions::new(),
    };
    // PgBouncer rejects the extra_float_digits startup parameter.
    Ok(opts
        .extra_float_digits(None)
        .statement_cache_capacity(0)
        .application_name("theratime"))
}

/// A description of the server to connect to, without any password.
pub fn describe_target(opts: &PgConnectOptions) -> String {
    let host = opts
        .get_socket()
        .map_or_else(|| opts.get_host().to_string(), |s| s.display().to_string());
    format!(
        "{}:{} as {} (database {})",
        host,
        opts.get_port(),
        opts.get_username(),
        opts.get_database().unwrap_or("<default>")
    )
}

/// Connect once, failing fast: a refused connection fails at once and a silent
/// server fails at `timeout`; sqlx's pool would retry a refused connection until
/// its acquire timeout instead.
pub async fn connect(opts: &PgConnectOptions, timeout: Duration) -> Result<PgConnection> {
    match tokio::time::timeout(timeout, PgConnection::connect_with(opts)).await {
        Ok(Ok(conn)) => Ok(conn),
        Ok(Err(e)) => Err(connect_error(opts, e)),
        Err(_) => Err(Error::Unreachable(format!(
            "cannot connect to {}: no answer within {:.1}s; check that the server runs and \
             the host and port are right, or raise --connect-timeout",
            describe_target(opts),
            timeout.as_secs_f64()
        ))),
    }
}

/// The backends of this process's direct connections: the options they were made
/// with, each backend's pid and start time (a pid alone may be reused by another
/// session once a connection closed).
struct Backend {
    opts: PgConnectOptions,
    pid: i32,
    started: DateTime<Utc>,
}

static BACKENDS: Mutex<Vec<Backend>> = Mutex::new(Vec::new());

/// Ask the server to cancel the statement each recorded backend is running (a cancel
/// request, as psql sends on Ctrl-C), over one fresh connection and within `timeout`;
/// for the interrupted path, after the command's own connections were dropped. A
/// statement then stops at once and its transaction's locks go with the backend,
/// instead of when the statement ends or the server notices the closed socket.
/// Best effort: an unreachable server has nothing to cancel.
pub async fn cancel_statements(timeout: Duration) {
    let backends = std::mem::take(&mut *BACKENDS.lock().unwrap_or_else(|p| p.into_inner()));
    let Some(first) = backends.first() else {
        return;
    };
    let pids: Vec<i32> = backends.iter().map(|b| b.pid).collect();
    let started: Vec<DateTime<Utc>> = backends.iter().map(|b| b.started).collect();
    let cancel = async {
        let mut conn = PgConnection::connect_with(&first.opts).await?;
        sqlx::query(
            "SELECT pg_catalog.pg_cancel_backend(a.pid)
             FROM pg_catalog.pg_stat_activity a
             JOIN unnest($1::int[], $2::timestamptz[]) AS b(pid, started)
               ON a.pid = b.pid AND a.backend_start = b.started
             WHERE a.application_name = 'theratime' AND a.pid <> pg_catalog.pg_backend_pid()",
        )
        .persistent(false)
        .bind(&pids)
        .bind(&started)
        .execute(&mut conn)
        .await?;
        conn.close().await
    };
    let _ = tokio::time::timeout(timeout, cancel).await;
}

fn connect_error(opts: &PgConnectOptions, e: sqlx::Error) -> Error {
    let target = describe_target(opts);
    // rustls's refusal of the server's certificate reaches us as an I/O or TLS error
    // whose text names the certificate.
    if matches!(e, sqlx::Error::Tls(_) | sqlx::Error::Io(_))
        && e.to_string().to_lowercase().contains("certificate")
    {
        return Error::Unreachable(format!(
            "cannot connect to {target}: TLS failed on a certificate problem: {e}; \
             with sslmode=verify-full the server's certificate must be signed by the CA in \
             sslrootcert and name the host exactly as the URL gives it (verify-ca skips the \
             name); check sslrootcert, the host name and the server's certificate"
        ));
    }
    let hint = match crate::error::sqlstate(&e).as_deref() {
        Some("28P01") | Some("28000") => {
            "check the user and password (URL, PGPASSWORD or ~/.pgpass) and pg_hba.conf"
        }
        Some("3D000") => "create the database or fix the database name",
        _ => "check that the server runs and the host, port and sslmode are right",
    };
    if sqlx_exit_code(&e) == crate::error::code::UNREACHABLE
        || matches!(e, sqlx::Error::Configuration(_) | sqlx::Error::Protocol(_))
    {
        Error::Unreachable(format!("cannot connect to {target}: {e}; {hint}"))
    } else {
        Error::Database {
            context: format!("cannot connect to {target}"),
            error: e,
        }
    }
}

/// The custom setting every direct connection sends as a startup option (see
/// [`direct_options`]): a pooler such as PgBouncer drops or refuses startup options,
/// so a session that does not have it did not come straight from the server.
const DIRECT_MARKER: &str = "theratime.direct_session";

/// `opts` for a direct connection: the marker that [`connect_direct`] checks, and
/// `client_connection_check_interval`, so a backend blocked on a lock notices within
/// a second that an interrupted theratime has gone and gives up its locks and waits.
pub fn direct_options(opts: PgConnectOptions) -> PgConnectOptions {
    opts.options([
        ("client_connection_check_interval", "1000"),
        (DIRECT_MARKER, "on"),
    ])
    .statement_cache_capacity(256)
}

/// [`connect`] for the commands that need a session of their own (migrations,
/// backups, restore, tenant create/drop, doctor, demo: session advisory locks, DDL,
/// exported snapshots). Refused, exit 5, before anything is done when the startup
/// options of [`direct_options`] did not reach the server, which is what a pooler in
/// front of it does. The backend is recorded so that [`cancel_statements`] can stop
/// its statement when theratime is interrupted (pooled connections never are: behind
/// a pooler a backend pid names a server connection that other clients share).
pub async fn connect_direct(opts: &PgConnectOptions, timeout: Duration) -> Result<PgConnection> {
    let mut conn = connect(opts, timeout).await?;
    // One simple-protocol round trip (no prepared statement, in case this is a
    // pooler); the literal setting name is ours, not input.
    let row = sqlx::raw_sql(AssertSqlSafe(format!(
        "SELECT pg_catalog.current_setting('{DIRECT_MARKER}', true), pid, backend_start
         FROM pg_catalog.pg_stat_activity WHERE pid = pg_catalog.pg_backend_pid()"
    )))
    .fetch_optional(&mut conn)
    .await
    .db("cannot check the connection")?;
    let direct = match &row {
        Some(row) => {
            let marker: Option<String> = row.try_get(0).db("cannot check the connection")?;
            marker.as_deref() == Some("on")
        }
        None => false,
    };
    let Some(row) = row.filter(|_| direct) else {
        return Err(Error::invalid(format!(
            "this command needs a direct connection to PostgreSQL (session advisory locks, \
             DDL), but {} does not pass startup options through, as a connection pooler \
             such as PgBouncer does; nothing was done. Set --direct-url (THERATIME_DIRECT_URL, \
             direct_url) to the server itself",
            describe_target(opts)
        )));
    };
    let pid: i32 = row.try_get(1).db("cannot read the connection's backend")?;
    let started: DateTime<Utc> = row.try_get(2).db("cannot read the connection's backend")?;
    BACKENDS
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .push(Backend {
            opts: opts.clone(),
            pid,
            started,
        });
    Ok(conn)
}

/// A pool over the same options, for work that runs several tenants at once. Its
/// connections are made lazily; make one connection with [`connect`] first so an
/// unreachable server fails fast.
pub fn pool(opts: &PgConnectOptions, max: u32, timeout: Duration) -> PgPool {
    PoolOptions::<Postgres>::new()
        .max_connections(max)
        .min_connections(0)
        .acquire_timeout(timeout)
        .test_before_acquire(false)
        .connect_lazy_with(opts.clone())
}

/// `CREATE SCHEMA` for the tenant the transaction is scoped to.
pub async fn create_tenant_schema(tx: &mut TenantTx<'_>) -> Result<()> {
    // Safe: the identifier is built from the tenant's numeric id.
    let sql = format!("CREATE SCHEMA {}", schema_ident(tx.tenant_id()));
    sqlx::raw_sql(AssertSqlSafe(sql))
        .execute(&mut **tx)
        .await
        .db("cannot create the tenant schema")?;
    Ok(())
}

/// `DROP SCHEMA … CASCADE` for the tenant the transaction is scoped to.
pub async fn drop_tenant_schema(tx: &mut TenantTx<'_>) -> Result<()> {
    // Safe: the identifier is built from the tenant's numeric id.
    let sql = format!(
        "DROP SCHEMA IF EXISTS {} CASCADE",
        schema_ident(tx.tenant_id())
    );
    sqlx::raw_sql(AssertSqlSafe(sql))
        .execute(&mut **tx)
        .await
        .db("cannot drop the tenant schema")?;
    Ok(())
}

/// Refuse, exit 5, before anything is changed when the connecting role cannot manage
/// tenant roles (it needs CREATEROLE, or to be a superuser), or when the configured
/// application role does not exist. `what` names the command for the message.
pub async fn require_role_admin(
    conn: &mut PgConnection,
    what: &str,
    app_role: Option<&str>,
) -> Result<()> {
    let (user, may, app_exists): (String, bool, bool) = query_as(
        "SELECT current_user::text, r.rolsuper OR r.rolcreaterole,
                $1::text IS NULL OR EXISTS (SELECT FROM pg_catalog.pg_roles a WHERE a.rolname = $1)
         FROM pg_catalog.pg_roles r WHERE r.rolname = current_user",
    )
    .bind(app_role)
    .fetch_one(conn)
    .await
    .db("cannot read the connecting role's privileges")?;
    if !may {
        return Err(Error::invalid(format!(
            "{what} needs the CREATEROLE privilege: every tenant has a role of its own \
             (theratime_tenant_<id>), and theratime connects as {user:?}, which may not create \
             roles; nothing was changed. Grant it as a superuser: ALTER ROLE {} CREATEROLE \
             (or connect as a role that has it)",
            ident::quote_ident(&user)
        )));
    }
    if let Some(app) = app_role
        && !app_exists
    {
        return Err(Error::invalid(format!(
            "app_role {app:?} is not a role of this server; nothing was changed. Create it \
             (CREATE ROLE … LOGIN NOINHERIT) or unset app_role (THERATIME_APP_ROLE)"
        )));
    }
    Ok(())
}

/// Grant the tenant's role to the application's login role (`app_role`), so that it
/// can `SET LOCAL ROLE` per request; false when the tenant has no role yet.
pub async fn grant_tenant_role(
    conn: &mut PgConnection,
    tenant_id: i64,
    app_role: &str,
) -> Result<bool> {
    query_scalar("SELECT theratime.grant_tenant_role($1, $2)")
        .bind(tenant_id)
        .bind(app_role)
        .fetch_one(conn)
        .await
        .db("cannot grant the tenant's role to the application role")
}

/// [`grant_tenant_role`] for many tenants in one round trip.
pub async fn grant_tenant_roles(
    conn: &mut PgConnection,
    tenant_ids: &[i64],
    app_role: &str,
) -> Result<()> {
    query("SELECT theratime.grant_tenant_role(id, $2) FROM unnest($1::bigint[]) AS id")
        .bind(tenant_ids)
        .bind(app_role)
        .execute(conn)
        .await
        .db("cannot grant the tenants' roles to the application role")?;
    Ok(())
}

/// `tenant drop`: drop what the tenant's role holds in this database, and the role
/// itself unless another database of the cluster still depends on it.
pub async fn drop_tenant_role(tx: &mut TenantTx<'_>) -> Result<()> {
    query("SELECT theratime.drop_tenant_role($1)")
        .bind(tx.tenant_id())
        .execute(&mut **tx)
        .await
        .db("cannot drop the tenant's role")?;
    Ok(())
}

/// Advisory-lock class of per-tenant locks (the two-integer key space, apart from the
/// single-bigint fleet lock and the per-therapist schedule locks).
const TENANT_LOCK_CLASS: i32 = 0x5474_4c6b; // "TtLk"

/// The second half of a tenant's lock key (ids are positive; the key space is i32).
fn tenant_lock_key(tenant_id: i64) -> i32 {
    (tenant_id % i64::from(i32::MAX)) as i32
}

/// Hold the tenant's lock exclusively until the transaction ends: migrations, create
/// and drop of one tenant never interleave with each other or with its backup.
pub async fn lock_tenant(conn: &mut PgConnection, tenant_id: i64) -> Result<()> {
    query("SELECT pg_advisory_xact_lock($1, $2)")
        .bind(TENANT_LOCK_CLASS)
        .bind(tenant_lock_key(tenant_id))
        .execute(conn)
        .await
        .db("cannot take the tenant's lock")?;
    Ok(())
}

/// Hold the tenant's lock in shared mode until the transaction ends (backups and
/// exports: many may read one tenant at once, none while it is migrated or dropped).
pub async fn lock_tenant_shared(conn: &mut PgConnection, tenant_id: i64) -> Result<()> {
    query("SELECT pg_advisory_xact_lock_shared($1, $2)")
        .bind(TENANT_LOCK_CLASS)
        .bind(tenant_lock_key(tenant_id))
        .execute(conn)
        .await
        .db("cannot take the tenant's lock")?;
    Ok(())
}

/// What a reader of a whole tenant finds after [`lock_tenant_steady`].
pub enum Steady {
    /// Nothing changed the tenant since the snapshot; its schema version (None when
    /// the tenant is gone).
    Ready(Option<i32>),
    /// A migration or drop committed after the snapshot: its DDL is not MVCC-safe
    /// (a rewritten table looks empty to an older snapshot), so start a new
    /// transaction and try again.
    Changed,
}

/// For a REPEATABLE READ transaction that reads a whole tenant (backup, export):
/// take the tenant's shared lock, then lock its bookkeeping row, which a migration
/// or drop that committed after this transaction's snapshot changed; locking a row
/// changed after the snapshot is a serialization failure.
pub async fn lock_tenant_steady(conn: &mut PgConnection, tenant_id: i64) -> Result<Steady> {
    lock_tenant_shared(&mut *conn, tenant_id).await?;
    match query_scalar(
        "SELECT version FROM theratime.tenant_migrations WHERE tenant_id = $1 FOR SHARE",
    )
    .bind(tenant_id)
    .fetch_optional(conn)
    .await
    {
        Ok(version) => Ok(Steady::Ready(version)),
        Err(e) if crate::error::sqlstate(&e).as_deref() == Some("40001") => Ok(Steady::Changed),
        Err(e) => Err(e).db("cannot read the tenant's version"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every variant of a [`text_state!`] enum: JSON, `Display` and `FromStr` spell it
    /// alike, so a state reads back as what it was printed and stored as.
    fn spelled_alike<T>(all: &[T])
    where
        T: serde::Serialize + std::fmt::Display + std::str::FromStr + PartialEq + std::fmt::Debug,
    {
        for v in all {
            let text = v.to_string();
            assert_eq!(serde_json::to_value(v).unwrap(), text.as_str(), "{v:?}");
            assert_eq!(text.parse::<T>().ok().as_ref(), Some(v), "{v:?}");
        }
    }

    #[test]
    fn states_are_spelled_alike_in_json_tables_and_the_database() {
        spelled_alike(crate::tenants::TenantStatus::ALL);
        spelled_alike(crate::appointments::AppointmentStatus::ALL);
        spelled_alike(crate::bulk::RowStatus::ALL);
        spelled_alike(crate::series::Status::ALL);
        spelled_alike(crate::backup::restore::ItemKind::ALL);
        spelled_alike(crate::backup::restore::Action::ALL);
        assert_eq!(
            "paused".parse::<crate::tenants::TenantStatus>(),
            Err("\"paused\" is not one of active, suspended".to_string())
        );
    }

    #[test]
    fn timeouts_are_whole_milliseconds_up_to_what_postgresql_takes() {
        // (timeout, milliseconds or refused)
        let cases = [
            (Duration::ZERO, Some(0)),
            (Duration::from_micros(500), Some(1)),
            (Duration::from_micros(1500), Some(2)),
            (Duration::from_secs(30), Some(30_000)),
            (
                Duration::from_millis(i32::MAX as u64),
                Some(i32::MAX as u64),
            ),
            (
                Duration::from_millis(i32::MAX as u64) + Duration::from_micros(500),
                None,
            ),
            (Duration::from_secs(30 * 86_400), None),
        ];
        for (d, ms) in cases {
            match timeout_ms("--lock-timeout", d) {
                Ok(got) => assert_eq!(Some(got), ms, "{d:?}"),
                Err(e) => {
                    assert_eq!(ms, None, "{d:?}");
                    assert_eq!(e.exit_code(), crate::error::code::INVALID);
                    assert!(e.to_string().starts_with("--lock-timeout "), "{e}");
                }
            }
        }
    }

    #[test]
    fn the_helper_takes_the_role_only_for_data_work() {
        // (Split, so that the source scan of the integration tests finds the setters
        // of `set_path` and `set_role` only.)
        let path = concat!(
            "set_config('search",
            "_path', 'tenant_42, pg_catalog, pg_temp', true)"
        );
        let schema = "EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'tenant_42')";
        let role_exists = "to_regrole('theratime_tenant_42') IS NOT NULL";
        let takes_role = concat!("set_config('ro", "le', 'theratime_tenant_42', true)");
        // (must_exist, access, checks the schema, takes the role)
        let cases = [
            (true, Access::TenantRole, true, true),
            (false, Access::TenantRole, false, true),
            (true, Access::Owner, true, false),
            (false, Access::Owner, false, false),
        ];
        for (must_exist, access, checks, takes) in cases {
            let sql = scope_sql(42, must_exist, access);
            assert!(sql.starts_with("SELECT "), "{sql}");
            assert!(sql.contains(path), "{sql}");
            assert_eq!(sql.contains(schema), checks, "{sql}");
            assert_eq!(sql.contains(takes_role), takes, "{sql}");
            assert_eq!(sql.contains(role_exists), takes, "{sql}");
            // One statement.
            assert!(!sql.contains(';'), "{sql}");
        }
    }
}
