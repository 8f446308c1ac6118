//! Citus schema-based sharding (DESIGN §9): detection, where each tenant schema
//! lives, moving a tenant to another worker and the rebalance plan. Domain only; on
//! plain PostgreSQL nothing here runs beyond the one detection query.
//!
//! On Citus every tenant schema is a distributed schema, created as one in the
//! tenant's create transaction (`SET LOCAL citus.enable_schema_based_sharding TO on`
//! before `CREATE SCHEMA`); the coordinator routes every statement to the worker that
//! holds it. The global tables that the tenant tables' triggers and the tenant roles
//! read are reference tables (global migration V7, `theratime.citus_setup()`), and the
//! tenant roles can log in, because Citus connects to the workers as the current role.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU8, Ordering};

use serde::Serialize;
use sqlx::AssertSqlSafe;
use sqlx::postgres::PgConnection;

use crate::db::audit::{self, Audit};
use crate::db::{self, Isolation};
use crate::error::{DbContext, Error, Result};
use crate::tenants::Tenant;

/// Whether this process's database has the citus extension: 0 not asked yet, 1 no,
/// 2 yes. A process works on one database, and the extension does not come or go
/// under a running command.
static DETECTED: AtomicU8 = AtomicU8::new(0);

/// Whether the database is a Citus cluster (the `citus` extension is installed);
/// asked once per process.
pub async fn is_citus(conn: &mut PgConnection) -> Result<bool> {
    detect(conn).await.db("cannot look for the citus extension")
}

async fn detect(conn: &mut PgConnection) -> Result<bool, sqlx::Error> {
    match DETECTED.load(Ordering::Relaxed) {
        1 => return Ok(false),
        2 => return Ok(true),
        _ => {}
    }
    let found: bool = db::query_scalar(
        "SELECT EXISTS (SELECT FROM pg_catalog.pg_extension WHERE extname = 'citus')",
    )
    .fetch_one(conn)
    .await?;
    DETECTED.store(if found { 2 } else { 1 }, Ordering::Relaxed);
    Ok(found)
}

/// The refusal of a Citus-only command on plain PostgreSQL (exit 5).
pub fn needs_citus(what: &str) -> Error {
    Error::invalid(format!(
        "{what} needs a Citus cluster (schema-based sharding), but this database has no citus \
         extension; on one PostgreSQL server every tenant lives on that server (move a tenant to \
         another server with `theratime backup` and `theratime restore`)"
    ))
}

/// What `config` and `doctor` say about the cluster.
#[derive(Debug, Clone, Serialize)]
pub struct ClusterInfo {
    pub version: String,
    pub coordinator: Option<String>,
    pub workers: Vec<String>,
}

impl ClusterInfo {
    pub fn describe(&self) -> String {
        format!(
            "Citus {}: coordinator {}, {} worker(s): {}",
            self.version,
            self.coordinator.as_deref().unwrap_or("not registered"),
            self.workers.len(),
            if self.workers.is_empty() {
                "none (add them with citus_add_node)".to_string()
            } else {
                self.workers.join(", ")
            }
        )
    }
}

/// The cluster's Citus version and nodes, or None on plain PostgreSQL.
pub async fn info(conn: &mut PgConnection) -> Result<Option<ClusterInfo>> {
    if !is_citus(conn).await? {
        return Ok(None);
    }
    let version: String = db::query_scalar(
        "SELECT extversion::text FROM pg_catalog.pg_extension WHERE extname = 'citus'",
    )
    .fetch_one(&mut *conn)
    .await
    .db("cannot read the citus version")?;
    let nodes: Vec<(String, bool)> = db::query_as(
        "SELECT nodename || ':' || nodeport, groupid = 0 FROM pg_catalog.pg_dist_node
         WHERE noderole = 'primary' ORDER BY groupid, nodeid",
    )
    .fetch_all(&mut *conn)
    .await
    .db("cannot list the cluster's nodes")?;
    Ok(Some(ClusterInfo {
        version,
        coordinator: nodes.iter().find(|n| n.1).map(|n| n.0.clone()),
        workers: nodes.into_iter().filter(|n| !n.1).map(|n| n.0).collect(),
    }))
}

/// On Citus, the settings of a transaction that creates a tenant schema: the schema
/// becomes a distributed schema, and its tables may carry triggers. Run before
/// `CREATE SCHEMA`; nothing on plain PostgreSQL.
pub async fn prepare_tenant_schema(conn: &mut PgConnection) -> Result<()> {
    if is_citus(conn).await? {
        sqlx::raw_sql(
            "SET LOCAL citus.enable_schema_based_sharding TO on; \
             SET LOCAL citus.enable_unsafe_triggers TO on",
        )
        .execute(conn)
        .await
        .db("cannot prepare the distributed schema")?;
    }
    Ok(())
}

/// On Citus, allow triggers on distributed tables for the rest of the transaction
/// (tenant migrations may create them); nothing on plain PostgreSQL.
pub async fn allow_triggers(conn: &mut PgConnection) -> Result<()> {
    if is_citus(conn).await? {
        sqlx::raw_sql("SET LOCAL citus.enable_unsafe_triggers TO on")
            .execute(conn)
            .await
            .db("cannot allow triggers on distributed tables")?;
    }
    Ok(())
}

/// Run a script of several statements. On plain PostgreSQL it goes as one
/// simple-protocol round trip; on Citus one statement at a time, because Citus sends
/// the text of a DDL statement on to the worker as a prepared statement, which takes
/// only one command ("cannot insert multiple commands into a prepared statement").
pub async fn execute_script(conn: &mut PgConnection, sql: &str) -> Result<(), sqlx::Error> {
    if !detect(conn).await? {
        // Safe: callers pass the migration files' text or SQL they built from
        // catalog names and numeric ids (see each caller).
        sqlx::raw_sql(AssertSqlSafe(sql.to_owned()))
            .execute(conn)
            .await?;
        return Ok(());
    }
    for statement in split_statements(sql) {
        // Safe: one statement of the same script.
        sqlx::raw_sql(AssertSqlSafe(statement.to_owned()))
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Split SQL into its statements at the top-level semicolons: not inside quotes
/// (`'…'`, `E'…'`, `"…"`), dollar quotes (`$tag$…$tag$`) or comments (`--`, nested
/// `/* */`). Pieces that hold only comments and white space are left out.
pub fn split_statements(sql: &str) -> Vec<&str> {
    let b = sql.as_bytes();
    let mut out = Vec::new();
    let (mut start, mut i, mut code) = (0, 0, false);
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'$';
    while i < b.len() {
        match b[i] {
            b'-' if b.get(i + 1) == Some(&b'-') => {
                i = sql[i..].find('\n').map_or(b.len(), |n| i + n);
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut depth = 0;
                while i < b.len() {
                    if b[i..].starts_with(b"/*") {
                        depth += 1;
                        i += 2;
                    } else if b[i..].starts_with(b"*/") {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
            }
            q @ (b'\'' | b'"') => {
                let escapes = q == b'\''
                    && i > 0
                    && matches!(b[i - 1], b'e' | b'E')
                    && (i < 2 || !ident(b[i - 2]));
                i += 1;
                while i < b.len() {
                    let doubled = b[i] == q && b.get(i + 1) == Some(&q);
                    if (escapes && b[i] == b'\\') || doubled {
                        i += 2;
                    } else if b[i] == q {
                        break;
                    } else {
                        i += 1;
                    }
                }
                i += 1;
                code = true;
            }
            b'$' if i == 0 || !ident(b[i - 1]) => {
                let tag_len = b[i + 1..]
                    .iter()
                    .position(|&c| !(c.is_ascii_alphanumeric() || c == b'_'))
                    .map(|n| n + 1);
                let is_tag = tag_len.is_some_and(|n| {
                    b.get(i + n) == Some(&b'$') && !b.get(i + 1).is_some_and(u8::is_ascii_digit)
                });
                if let (true, Some(n)) = (is_tag, tag_len) {
                    let tag = &sql[i..=i + n];
                    i += tag.len();
                    i = sql[i..].find(tag).map_or(b.len(), |m| i + m + tag.len());
                } else {
                    i += 1;
                }
                code = true;
            }
            b';' => {
                if code {
                    out.push(sql[start..i].trim());
                }
                start = i + 1;
                code = false;
                i += 1;
            }
            c => {
                code |= !c.is_ascii_whitespace();
                i += 1;
            }
        }
    }
    if code {
        out.push(sql[start..].trim());
    }
    out
}

/// A constraint's name without the `_<shard id>` suffix that Citus adds to the
/// constraints of a shard (`appointments_no_therapist_overlap_102011`), so that errors
/// raised on a worker map like those of one server.
pub fn shard_less(name: &str) -> &str {
    match name.rsplit_once('_') {
        Some((base, digits))
            if digits.len() >= 6
                && digits.bytes().all(|c| c.is_ascii_digit())
                && !base.is_empty() =>
        {
            base
        }
        _ => name,
    }
}

/// The constraint a database error names, as on one server: the error's constraint
/// field, or (an error relayed from a worker by the coordinator carries none) the
/// quoted name in its message, without the shard suffix.
pub fn constraint_name<'a>(field: Option<&'a str>, message: &'a str) -> &'a str {
    let name = field.unwrap_or_else(|| {
        message
            .split_once("constraint \"")
            .and_then(|(_, rest)| rest.split_once('"'))
            .map_or("", |(name, _)| name)
    });
    shard_less(name)
}

/// A worker node given as `HOST:PORT` (`[v6]:PORT` for an IPv6 address).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    pub host: String,
    pub port: i32,
}

impl std::fmt::Display for Node {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.host, self.port)
    }
}

/// Parse `HOST:PORT` (exit 5 when malformed).
pub fn parse_node(s: &str) -> Result<Node> {
    let bad = || {
        Error::invalid(format!(
            "invalid node {s:?}: give a worker as HOST:PORT, as `theratime config` lists them \
             (e.g. 10.0.0.5:5432)"
        ))
    };
    let (host, port) = s.rsplit_once(':').ok_or_else(bad)?;
    let host = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    let port: u16 = port.parse().map_err(|_| bad())?;
    if host.is_empty() || port == 0 || host.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(bad());
    }
    Ok(Node {
        host: host.to_string(),
        port: i32::from(port),
    })
}

/// The node (`host:port`) of every distributed tenant schema (or of tenant `only`), by
/// tenant id: one query.
pub async fn tenant_nodes(
    conn: &mut PgConnection,
    only: Option<i64>,
) -> Result<HashMap<i64, String>> {
    if !is_citus(conn).await? {
        return Ok(HashMap::new());
    }
    let rows: Vec<(i64, String)> = db::query_as(
        "SELECT substring(n.nspname FROM '^tenant_([0-9]+)$')::bigint, nd.nodename || ':' || nd.nodeport
         FROM pg_catalog.pg_dist_schema ds
         JOIN pg_catalog.pg_namespace n ON n.oid = ds.schemaid
         JOIN LATERAL (SELECT pl.groupid FROM pg_catalog.pg_dist_partition p
                       JOIN pg_catalog.pg_dist_shard s ON s.logicalrelid = p.logicalrelid
                       JOIN pg_catalog.pg_dist_placement pl ON pl.shardid = s.shardid
                       WHERE p.colocationid = ds.colocationid LIMIT 1) g ON true
         JOIN pg_catalog.pg_dist_node nd ON nd.groupid = g.groupid AND nd.noderole = 'primary'
         WHERE n.nspname ~ '^tenant_[0-9]+$' AND ($1::bigint IS NULL OR n.nspname = 'tenant_' || $1)",
    )
    .bind(only)
    .fetch_all(conn)
    .await
    .db("cannot read where the tenant schemas are placed")?;
    Ok(rows.into_iter().collect())
}

/// The node of one tenant's schema (None when it is not distributed).
pub async fn tenant_node(conn: &mut PgConnection, tenant_id: i64) -> Result<Option<String>> {
    Ok(tenant_nodes(conn, Some(tenant_id))
        .await?
        .remove(&tenant_id))
}

/// Tenant schemas that exist but are not distributed (on Citus only).
pub async fn undistributed_schemas(conn: &mut PgConnection) -> Result<Vec<(i64, String)>> {
    if !is_citus(conn).await? {
        return Ok(Vec::new());
    }
    db::query_as(
        "SELECT t.id, t.slug FROM theratime.tenants t
         JOIN pg_catalog.pg_namespace n ON n.nspname = 'tenant_' || t.id
         WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_dist_schema ds WHERE ds.schemaid = n.oid)
         ORDER BY t.id",
    )
    .fetch_all(conn)
    .await
    .db("cannot look for tenant schemas that are not distributed")
}

/// The global tables that must be reference tables on Citus but are not.
pub async fn missing_reference_tables(conn: &mut PgConnection) -> Result<Vec<String>> {
    if !is_citus(conn).await? {
        return Ok(Vec::new());
    }
    db::query_scalar(
        "SELECT t FROM unnest(ARRAY['theratime.tenants', 'theratime.users', 'theratime.user_links',
                                 'theratime.tenant_migrations']) AS t
         WHERE to_regclass(t) IS NOT NULL AND NOT EXISTS (
             SELECT FROM pg_catalog.pg_dist_partition p
             WHERE p.logicalrelid = to_regclass(t) AND p.partmethod = 'n' AND p.repmodel = 't')
         ORDER BY 1",
    )
    .fetch_all(conn)
    .await
    .db("cannot check the reference tables")
}

/// The worker nodes that take tenant schemas.
async fn workers(conn: &mut PgConnection) -> Result<Vec<Node>> {
    let rows: Vec<(String, i32)> = db::query_as(
        "SELECT nodename::text, nodeport FROM pg_catalog.pg_dist_node
         WHERE noderole = 'primary' AND isactive AND shouldhaveshards AND groupid <> 0
         ORDER BY nodeid",
    )
    .fetch_all(conn)
    .await
    .db("cannot list the worker nodes")?;
    Ok(rows
        .into_iter()
        .map(|(host, port)| Node { host, port })
        .collect())
}

/// `node` is an active worker that takes shards, or exit 5 naming the workers.
pub async fn check_worker(conn: &mut PgConnection, node: &Node) -> Result<()> {
    let known = workers(conn).await?;
    if known.contains(node) {
        return Ok(());
    }
    let names: Vec<String> = known.iter().map(Node::to_string).collect();
    Err(Error::invalid(format!(
        "{node} is not a worker of this cluster that takes shards; the workers are: {}",
        if names.is_empty() {
            "none".to_string()
        } else {
            names.join(", ")
        }
    )))
}

/// How shards are moved: with logical replication (writes go on during the copy and
/// pause only for the switch-over) when every worker runs with `wal_level = logical`,
/// otherwise `block_writes` (writes to the tenant wait for the whole copy).
async fn transfer_mode(conn: &mut PgConnection) -> Result<&'static str> {
    let logical: Option<bool> = db::query_scalar(
        "SELECT bool_and(success AND result = 'logical') FROM pg_catalog.run_command_on_workers('SHOW wal_level')",
    )
    .fetch_one(conn)
    .await
    .db("cannot read the workers' wal_level")?;
    Ok(if logical == Some(true) {
        "auto"
    } else {
        "block_writes"
    })
}

/// How `tenant move` reports what it is about to do and what it did.
pub trait MoveProgress {
    fn moving(&self, tenant: &Tenant, from: &str, to: &Node, size_bytes: i64, mode: &str);
}

/// The outcome of one move.
#[derive(Debug, Clone, Serialize)]
pub struct Moved {
    pub tenant_id: i64,
    pub slug: String,
    pub schema: String,
    pub from: String,
    pub to: String,
    pub size_bytes: i64,
    /// moved | unchanged
    pub outcome: String,
    pub transfer_mode: Option<String>,
    pub duration_ms: u64,
}

/// Move a tenant's schema to worker `to` with `citus_schema_move`, holding the
/// tenant's lock (no migration, backup or drop of it runs meanwhile), with its audit
/// row in the same transaction. A tenant already on `to` is left as it is.
pub async fn move_tenant(
    conn: &mut PgConnection,
    tenant: &Tenant,
    to: &Node,
    progress: &dyn MoveProgress,
) -> Result<Moved> {
    if !is_citus(conn).await? {
        return Err(needs_citus("tenant move"));
    }
    let started = std::time::Instant::now();
    check_worker(conn, to).await?;
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    db::lock_tenant(&mut tx, tenant.id).await?;
    let Some(from) = tenant_node(&mut tx, tenant.id).await? else {
        return Err(Error::invalid(format!(
            "the schema {} of tenant {} is not a distributed schema, so Citus cannot move it; \
             `theratime doctor` says how to fix that",
            tenant.schema(),
            tenant.slug
        )));
    };
    let size_bytes = schema_size(&mut tx, tenant.id).await?;
    let mut moved = Moved {
        tenant_id: tenant.id,
        slug: tenant.slug.clone(),
        schema: tenant.schema(),
        from: from.clone(),
        to: to.to_string(),
        size_bytes,
        outcome: "unchanged".into(),
        transfer_mode: None,
        duration_ms: 0,
    };
    if from == to.to_string() {
        tx.rollback().await.db("cannot roll back")?;
        return Ok(moved);
    }
    let mode = transfer_mode(&mut tx).await?;
    progress.moving(tenant, &from, to, size_bytes, mode);
    db::query("SELECT pg_catalog.citus_schema_move($1::regnamespace, $2, $3, $4::citus.shard_transfer_mode)")
        .bind(tenant.schema())
        .bind(&to.host)
        .bind(to.port)
        .bind(mode)
        .execute(&mut *tx)
        .await
        .db(format!("cannot move tenant {} to {to}", tenant.slug))?;
    let target = format!("{} -> {to}", from);
    audit::record(
        &mut tx,
        &Audit::entry("tenant move", Some(&target), "moved").tenant_ref(tenant.id, &tenant.slug),
    )
    .await?;
    tx.commit().await.db("cannot commit the move")?;
    moved.outcome = "moved".into();
    moved.transfer_mode = Some(mode.into());
    moved.duration_ms = started.elapsed().as_millis() as u64;
    Ok(moved)
}

/// Citus's rebalance plan by disk size (`get_rebalance_table_shards_plan` with the
/// `by_disk_size` strategy), as moves of whole tenant schemas (outcome `planned`).
/// Moves of shards that belong to no tenant are not theratime's to make and are left
/// out.
pub async fn rebalance_plan(conn: &mut PgConnection) -> Result<Vec<Moved>> {
    if !is_citus(conn).await? {
        return Err(needs_citus("tenant rebalance"));
    }
    let rows: Vec<(i64, String, String, String, i64)> = db::query_as(
        "WITH plan AS (
             SELECT DISTINCT ON (c.relnamespace) c.relnamespace AS nsp,
                    p.sourcename || ':' || p.sourceport AS source, p.targetname || ':' || p.targetport AS target
             FROM pg_catalog.get_rebalance_table_shards_plan(rebalance_strategy => 'by_disk_size') p
             JOIN pg_catalog.pg_class c ON c.oid = p.table_name
             ORDER BY c.relnamespace)
         SELECT t.id, t.slug, plan.source, plan.target,
                (SELECT coalesce(sum(s.shard_size), 0)::bigint FROM pg_catalog.citus_shards s
                 JOIN pg_catalog.pg_class c ON c.oid = s.table_name WHERE c.relnamespace = plan.nsp)
         FROM plan JOIN pg_catalog.pg_namespace n ON n.oid = plan.nsp
         JOIN theratime.tenants t ON 'tenant_' || t.id = n.nspname
         ORDER BY t.id",
    )
    .fetch_all(conn)
    .await
    .db("cannot plan the rebalance")?;
    Ok(rows
        .into_iter()
        .map(|(tenant_id, slug, from, to, size_bytes)| Moved {
            tenant_id,
            slug,
            schema: db::schema_name(tenant_id),
            from,
            to,
            size_bytes,
            outcome: "planned".into(),
            transfer_mode: None,
            duration_ms: 0,
        })
        .collect())
}

/// Where a tenant's schema lives and how big its shards are (None when it is not
/// distributed, and on plain PostgreSQL).
pub async fn placement(conn: &mut PgConnection, tenant_id: i64) -> Result<Option<(String, i64)>> {
    let Some(node) = tenant_node(conn, tenant_id).await? else {
        return Ok(None);
    };
    let size = schema_size(conn, tenant_id).await?;
    Ok(Some((node, size)))
}

async fn schema_size(conn: &mut PgConnection, tenant_id: i64) -> Result<i64> {
    db::query_scalar(
        "SELECT coalesce(sum(s.shard_size), 0)::bigint FROM pg_catalog.citus_shards s
         JOIN pg_catalog.pg_class c ON c.oid = s.table_name WHERE c.relnamespace = $1::regnamespace",
    )
    .bind(db::schema_name(tenant_id))
    .fetch_one(conn)
    .await
    .db("cannot measure the tenant")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_top_level_semicolons() {
        let cases: &[(&str, &[&str])] = &[
            ("SELECT 1; SELECT 2;", &["SELECT 1", "SELECT 2"]),
            ("SELECT 1", &["SELECT 1"]),
            ("SELECT ';'; SELECT 2", &["SELECT ';'", "SELECT 2"]),
            ("SELECT 'it''s;'; x", &["SELECT 'it''s;'", "x"]),
            (r"SELECT E'a\';b'; x", &[r"SELECT E'a\';b'", "x"]),
            (r"SELECT 'a\'; x", &[r"SELECT 'a\'", "x"]),
            ("SELECT \"a;b\" FROM t; x", &["SELECT \"a;b\" FROM t", "x"]),
            (
                "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql; x",
                &[
                    "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql",
                    "x",
                ],
            ),
            (
                "DO $body$ BEGIN PERFORM 1; END $body$; x",
                &["DO $body$ BEGIN PERFORM 1; END $body$", "x"],
            ),
            (
                "SELECT $1; SELECT a$b; x",
                &["SELECT $1", "SELECT a$b", "x"],
            ),
            (
                "-- a; comment\nSELECT 1; -- tail;",
                &["-- a; comment\nSELECT 1"],
            ),
            (
                "/* a; /* nested; */ b; */ SELECT 1;",
                &["/* a; /* nested; */ b; */ SELECT 1"],
            ),
            ("-- only a comment\n", &[]),
            (" ; ;\n", &[]),
        ];
        for (sql, want) in cases {
            assert_eq!(&split_statements(sql), want, "{sql}");
        }
    }

    #[test]
    fn splits_the_tenant_migration() {
        let sql = include_str!("../migrations/tenant/V1__initial.sql");
        let parts = split_statements(sql);
        assert_eq!(parts.len(), 6, "{parts:#?}");
        assert!(parts[0].contains("CREATE TABLE appointments"));
        assert!(parts[5].starts_with("CREATE TRIGGER calendar_blocks_guard"));
    }

    #[test]
    fn strips_shard_suffixes() {
        for (name, want) in [
            (
                "appointments_no_therapist_overlap_102011",
                "appointments_no_therapist_overlap",
            ),
            (
                "appointments_no_therapist_overlap",
                "appointments_no_therapist_overlap",
            ),
            ("appointments_pkey_1", "appointments_pkey_1"),
            ("_102011", "_102011"),
            ("", ""),
        ] {
            assert_eq!(shard_less(name), want, "{name}");
        }
    }

    #[test]
    fn finds_constraint_names() {
        for (field, message, want) in [
            (
                Some("appointments_no_client_overlap"),
                "",
                "appointments_no_client_overlap",
            ),
            (
                None,
                "conflicting key value violates exclusion constraint \"appointments_no_therapist_overlap_102012\"",
                "appointments_no_therapist_overlap",
            ),
            (
                None,
                "duplicate key value violates unique constraint \"x\"",
                "x",
            ),
            (None, "something else", ""),
        ] {
            assert_eq!(constraint_name(field, message), want, "{message}");
        }
    }

    #[test]
    fn parses_nodes() {
        let ok = |host: &str, port: i32| {
            Some(Node {
                host: host.into(),
                port,
            })
        };
        for (input, want) in [
            ("10.0.0.5:5432", ok("10.0.0.5", 5432)),
            ("worker-1.internal:6432", ok("worker-1.internal", 6432)),
            ("[::1]:5432", ok("::1", 5432)),
            ("127.0.0.1", None),
            ("127.0.0.1:", None),
            (":5432", None),
            ("h:0", None),
            ("h:70000", None),
            ("h:54x", None),
            ("a b:5432", None),
        ] {
            assert_eq!(parse_node(input).ok(), want, "{input}");
        }
    }
}
