//! `theratime query`: one read-only statement in each tenant, as the tenant's role.
//! Domain only: the command layer (`commands/query.rs`) runs [`in_tenant`] over the
//! fleet and prints the [`Answer`] that [`merge`] builds.
//!
//! Nothing a statement does can change data or reach past its tenant, by these layers:
//! - [`Statement::new`] accepts one query (SELECT, WITH, VALUES, TABLE, SHOW or
//!   EXPLAIN) that calls none of the functions that change the session's role or run
//!   SQL text of their own;
//! - [`prepare`]: PostgreSQL parses it once with the extended protocol, which refuses
//!   several statements in one string, so a second statement never runs anywhere;
//! - [`in_tenant`]: a `READ ONLY` transaction (PostgreSQL refuses every write, whoever
//!   the role), the helper's search_path and the tenant's role, the rows read as
//!   text, then a check that the role is still the tenant's (else the rows are
//!   dropped) and a rollback, which also undoes any setting the statement changed.

use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use serde::ser::{SerializeMap, SerializeStruct, Serializer};
use sqlx::postgres::{PgConnection, PgRow, PgValueFormat};
use sqlx::{AssertSqlSafe, Column, Executor, Row, SqlSafeStr, Statement as _, ValueRef};

use crate::db::{self, Isolation};
use crate::error::{DbContext, Error, Result, describe_sqlx, fault, sqlstate};
use crate::tenants::Tenant;

/// The first keywords of the statements `query` runs: queries, and `SHOW`/`EXPLAIN`.
const QUERY_KEYWORDS: &[&str] = &["select", "with", "values", "table", "show", "explain"];

/// Functions a statement may not name: `set_config` changes the session's settings,
/// among them its role (`set_config('role', 'none', true)` is `RESET ROLE`); the
/// `query_to_xml…`, `ts_stat` and `ts_rewrite` run SQL text they are given, which
/// could call it unseen; the advisory lock functions take locks that hold up other
/// tenants' migrations and backups (a session's outlive the rollback); and
/// `pg_logical_emit_message` writes to the WAL past the rollback.
const FORBIDDEN_FUNCTIONS: &[&str] = &[
    "set_config",
    "query_to_xml",
    "query_to_xml_and_xmlschema",
    "query_to_xmlschema",
    "ts_stat",
    "ts_rewrite",
    "pg_advisory_lock",
    "pg_advisory_lock_shared",
    "pg_advisory_xact_lock",
    "pg_advisory_xact_lock_shared",
    "pg_try_advisory_lock",
    "pg_try_advisory_lock_shared",
    "pg_try_advisory_xact_lock",
    "pg_try_advisory_xact_lock_shared",
    "pg_logical_emit_message",
];

/// A statement that passed the checks of [`Statement::new`], with its per-tenant
/// statement timeout.
#[derive(Debug, Clone)]
pub struct Statement {
    sql: String,
    timeout: Duration,
    /// The timeout as the setting takes it ([`db::timeout_ms`]).
    timeout_ms: u64,
}

impl Statement {
    /// Check `sql` (exit 5 with the reason when refused) and `timeout` (zero: none).
    pub fn new(sql: String, timeout: Duration) -> Result<Statement> {
        check(&sql)
            .map_err(|why| Error::invalid(format!("{why}; nothing was run in any tenant")))?;
        let timeout_ms = db::timeout_ms("--statement-timeout", timeout)?;
        Ok(Statement {
            sql,
            timeout,
            timeout_ms,
        })
    }

    pub fn sql(&self) -> &str {
        &self.sql
    }

    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// The settings of the tenant's transaction: the statement timeout and the
    /// tenant's zone (`now()::date` is the practice's date, times print with its offset).
    fn settings(&self, tenant: &Tenant) -> [(&'static str, String); 2] {
        [
            ("statement_timeout", self.timeout_ms.to_string()),
            ("TimeZone", tenant.tz().name().to_string()),
        ]
    }
}

/// Accept `sql`, or say why it is refused before it runs anywhere.
fn check(sql: &str) -> std::result::Result<(), String> {
    if sql.contains('\0') {
        return Err("the query contains a NUL character".into());
    }
    let Some(keyword) = first_keyword(sql) else {
        return Err(
            "the query is empty (or an unterminated comment): give one SELECT, \
             WITH, VALUES, TABLE, SHOW or EXPLAIN statement"
                .into(),
        );
    };
    if !QUERY_KEYWORDS.contains(&keyword.as_str()) {
        return Err(format!(
            "`theratime query` runs one read-only query (SELECT, WITH, VALUES, TABLE, SHOW or \
             EXPLAIN), not {}",
            keyword.to_uppercase()
        ));
    }
    let lower = sql.to_lowercase();
    if lower.contains("u&\"") {
        return Err(
            "the query spells an identifier with Unicode escapes (U&\"…\"), which \
             `theratime query` does not take: write it plainly"
                .into(),
        );
    }
    if let Some(name) = FORBIDDEN_FUNCTIONS.iter().find(|f| names(&lower, f)) {
        return Err(format!(
            "the query names {name}, which could change the tenant's role, run SQL of its \
             own, take locks that hold up other tenants or write past the rollback; \
             `theratime query` does not run it"
        ));
    }
    Ok(())
}

/// The first keyword of `sql`, lowercased, after whitespace, opening parentheses and
/// comments (`--` to the end of the line, `/* */` nested as PostgreSQL nests them);
/// the keyword is the whole word (`select_x` is not `select`);
/// None when there is none (an empty statement, an unterminated comment).
fn first_keyword(sql: &str) -> Option<String> {
    let mut rest = sql;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '(');
        if let Some(comment) = rest.strip_prefix("--") {
            // PostgreSQL ends it at a carriage return too.
            rest = comment
                .split_once(['\n', '\r'])
                .map_or("", |(_, after)| after);
        } else if rest.starts_with("/*") {
            rest = after_block_comment(rest)?;
        } else {
            break;
        }
    }
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$')
        .collect();
    (!word.is_empty()).then(|| word.to_ascii_lowercase())
}

/// The text after the block comment `text` starts with, None when it does not end.
fn after_block_comment(text: &str) -> Option<&str> {
    let mut depth = 0usize;
    let mut i = 0;
    let b = text.as_bytes();
    while i + 1 < b.len() {
        match (b[i], b[i + 1]) {
            (b'/', b'*') => {
                depth += 1;
                i += 2;
            }
            (b'*', b'/') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return Some(&text[i..]);
                }
            }
            _ => i += 1,
        }
    }
    None
}

/// Whether `text` (lowercased) has `name` as a whole word: not inside a longer
/// identifier, wherever it stands (quoted, qualified, even in a string).
fn names(text: &str, name: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        !before.is_some_and(ident) && !after.is_some_and(ident)
    })
}

/// PostgreSQL's own check, once before any tenant runs the statement: parsed with the
/// extended protocol (which takes exactly one statement), in a read-only transaction
/// in the scope of `first` (the first tenant) when that can be entered, else in none.
/// Several statements, a syntax error or a parameter (`$1`) refuse it (exit 5); an
/// error that may be this tenant's alone (a missing table or column) does not, since
/// the raw parser splits statements before it resolves any name. Returns the result's
/// column names when PostgreSQL could describe them.
pub async fn prepare(
    conn: &mut PgConnection,
    first: Option<i64>,
    stmt: &Statement,
) -> Result<Option<Vec<String>>> {
    if let Some(id) = first {
        let tx = db::begin_read_only(conn, Isolation::ReadCommitted).await?;
        // A tenant that cannot be entered reports that in its own run.
        if let Ok(mut tx) = db::enter_tenant(tx, id).await {
            let columns = describe(&mut tx, stmt).await;
            tx.rollback().await?;
            return columns;
        }
    }
    let mut tx = db::begin_read_only(conn, Isolation::ReadCommitted).await?;
    let columns = describe(&mut tx, stmt).await;
    tx.rollback().await.db("cannot roll back")?;
    columns
}

async fn describe(conn: &mut PgConnection, stmt: &Statement) -> Result<Option<Vec<String>>> {
    match (&mut *conn)
        .prepare_with(AssertSqlSafe(stmt.sql.clone()).into_sql_str(), &[])
        .await
    {
        Ok(prepared) => {
            if prepared
                .parameters()
                .is_some_and(|p| p.either(|types| types.len(), |n| n) > 0)
            {
                return Err(Error::invalid(
                    "the query has parameters ($1, …); `theratime query` binds none: write \
                     the values into it; nothing was run in any tenant",
                ));
            }
            Ok(Some(
                prepared
                    .columns()
                    .iter()
                    .map(|c| c.name().to_string())
                    .collect(),
            ))
        }
        Err(e) if let Some(f) = fault(&e) => Err(f),
        // 42601 syntax error (and "cannot insert multiple commands into a prepared
        // statement"); 42P02, 42P18: a parameter.
        Err(e) if matches!(sqlstate(&e).as_deref(), Some("42601" | "42P02" | "42P18")) => {
            Err(Error::invalid(format!(
                "the query is not one statement PostgreSQL can run: {}; nothing was run in \
                 any tenant",
                describe_sqlx(&e)
            )))
        }
        Err(_) => Ok(None),
    }
}

/// How PostgreSQL's text for a column becomes a JSON value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Number,
    Bool,
    Json,
    Text,
}

impl Kind {
    /// The kind of a built-in type by its OID (stable across servers); anything else,
    /// arrays included, is text.
    pub fn of(oid: Option<u32>) -> Kind {
        match oid {
            // int8, int2, int4, oid, float4, float8, numeric
            Some(20 | 21 | 23 | 26 | 700 | 701 | 1700) => Kind::Number,
            Some(16) => Kind::Bool,
            // json, jsonb
            Some(114 | 3802) => Kind::Json,
            _ => Kind::Text,
        }
    }

    /// The JSON value of PostgreSQL's text of a value of this kind; text where it
    /// has no JSON form (NaN, Infinity) or does not parse.
    pub fn json(self, text: Option<&str>) -> serde_json::Value {
        use serde_json::Value;
        let Some(text) = text else {
            return Value::Null;
        };
        let parsed = match self {
            Kind::Number => text.parse::<serde_json::Number>().ok().map(Value::Number),
            Kind::Bool => match text {
                "t" => Some(Value::Bool(true)),
                "f" => Some(Value::Bool(false)),
                _ => None,
            },
            Kind::Json => serde_json::from_str(text).ok(),
            Kind::Text => None,
        };
        parsed.unwrap_or_else(|| Value::String(text.to_string()))
    }
}

/// What one tenant answered.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TenantRows {
    /// The result's column names; None when it had no rows (only rows carry them).
    pub columns: Option<Vec<String>>,
    pub kinds: Vec<Kind>,
    /// Every value as PostgreSQL prints it; None is NULL.
    pub rows: Vec<Vec<Option<String>>>,
}

impl TenantRows {
    fn read(rows: &[PgRow]) -> Result<TenantRows> {
        let Some(first) = rows.first() else {
            return Ok(TenantRows::default());
        };
        let columns = first.columns();
        let mut out = TenantRows {
            columns: Some(columns.iter().map(|c| c.name().to_string()).collect()),
            kinds: columns
                .iter()
                .map(|c| Kind::of(c.type_info().oid().map(|o| o.0)))
                .collect(),
            rows: Vec::with_capacity(rows.len()),
        };
        for row in rows {
            let mut values = Vec::with_capacity(columns.len());
            for i in 0..columns.len() {
                values.push(text_value(row, i)?);
            }
            out.rows.push(values);
        }
        Ok(out)
    }
}

/// A value of a simple-protocol row, which PostgreSQL sends as text whatever its type.
fn text_value(row: &PgRow, i: usize) -> Result<Option<String>> {
    let value = row.try_get_raw(i).db("cannot read a value")?;
    if value.is_null() {
        return Ok(None);
    }
    if value.format() != PgValueFormat::Text {
        return Err(Error::Other(anyhow::anyhow!(
            "column {i} did not arrive as text"
        )));
    }
    let text = value
        .as_str()
        .map_err(|e| Error::Other(anyhow::anyhow!("column {i} is not UTF-8: {e}")))?;
    Ok(Some(text.to_string()))
}

/// Why a tenant gave no rows; the run's exit code follows the worst ([`verdict`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FailureKind {
    /// Its query failed there: an error in its SQL for this tenant, the statement
    /// timeout, a tenant that cannot be entered (exit 7).
    Failed,
    /// The statement tried to write or to reach past the tenant's role: refused,
    /// nothing changed (exit 5).
    Refused,
    /// The connection was lost (exit 6).
    Lost,
}

impl FailureKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FailureKind::Failed => "failed",
            FailureKind::Refused => "refused",
            FailureKind::Lost => "lost",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Failure {
    pub kind: FailureKind,
    pub error: String,
}

impl Failure {
    /// A tenant that failed for a reason of its own.
    pub fn failed(error: impl Into<String>) -> Failure {
        Failure::new(FailureKind::Failed, error)
    }

    fn new(kind: FailureKind, error: impl Into<String>) -> Failure {
        Failure {
            kind,
            error: error.into(),
        }
    }

    /// A failure of the helper (begin, scope, rollback) rather than the statement.
    fn of(e: Error) -> Failure {
        let kind = match e {
            Error::Unreachable(_) => FailureKind::Lost,
            _ => FailureKind::Failed,
        };
        Failure::new(kind, e.to_string())
    }

    /// A failure of the statement, by its SQLSTATE.
    fn of_statement(e: &sqlx::Error, stmt: &Statement) -> Failure {
        if let Some(f) = fault(e) {
            return Failure::of(f);
        }
        let text = describe_sqlx(e);
        match sqlstate(e).as_deref() {
            // read_only_sql_transaction; active_sql_transaction (SET TRANSACTION READ
            // WRITE once a query ran).
            Some("25006" | "25001") => Failure::new(
                FailureKind::Refused,
                format!("refused: the query tries to write ({text}); nothing was changed"),
            ),
            Some("42501") => Failure::new(
                FailureKind::Refused,
                format!(
                    "refused: the tenant's role may not do this ({text}); a query reads its \
                     own tenant's data only"
                ),
            ),
            Some("57014") => Failure::new(
                FailureKind::Failed,
                format!(
                    "{text}; the statement timeout is {} (--statement-timeout)",
                    humantime::format_duration(stmt.timeout)
                ),
            ),
            _ => Failure::new(FailureKind::Failed, text),
        }
    }
}

/// Run the statement in `tenant`'s scope on `conn`, read-only, as the tenant's role,
/// and roll back. The rows are kept only when the statement left the role as it found
/// it: a statement that reset it (through a function of the database that calls
/// `set_config`) ran as the connecting role, and is refused.
pub async fn in_tenant(
    conn: &mut PgConnection,
    tenant: &Tenant,
    stmt: &Statement,
) -> std::result::Result<TenantRows, Failure> {
    // Safe to send as it is: the statement is the operator's query, checked by
    // `Statement::new` and `prepare` (PostgreSQL parsed it as one complete statement,
    // so the newline ends any comment); the transaction confines what it can do. The
    // role it ended as comes back as the last row, in the same round trip.
    let script = format!("{}\n;SELECT current_user::text", stmt.sql);
    // Safe: a number, and a zone name from the tz database ([A-Za-z0-9_/+-]).
    let settings = stmt.settings(tenant);
    let mut rows = db::read_in_tenant(
        conn,
        tenant.id,
        AssertSqlSafe(&settings),
        AssertSqlSafe(script),
    )
    .await
    .map_err(Failure::of)?
    .map_err(|e| Failure::of_statement(&e, stmt))?;
    let role: String = rows
        .pop()
        .ok_or_else(|| Error::Other(anyhow::anyhow!("the role check returned no row")))
        .and_then(|r| {
            r.try_get::<String, _>(0)
                .db("cannot read the transaction's role")
        })
        .map_err(Failure::of)?;
    if role != db::role_name(tenant.id) {
        return Err(Failure::new(
            FailureKind::Refused,
            format!(
                "refused: the query changed the transaction's role to {role:?} (through a \
                 function of the database that changes it); its rows were dropped and \
                 nothing was changed"
            ),
        ));
    }
    TenantRows::read(&rows).map_err(Failure::of)
}

/// One row of the answer: the tenant, and its values with the tenant's kinds.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerRow {
    pub tenant: String,
    kinds: Arc<Vec<Kind>>,
    pub values: Vec<Option<String>>,
}

impl AnswerRow {
    /// The cells of a table or CSV: the tenant, then the values (NULL empty).
    pub fn cells(&self) -> Vec<String> {
        std::iter::once(self.tenant.clone())
            .chain(self.values.iter().map(|v| v.clone().unwrap_or_default()))
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TenantFailure {
    pub tenant: String,
    #[serde(flatten)]
    pub failure: Failure,
}

/// Every tenant's rows in one table, in tenant order, and the tenants that failed.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// `tenant`, then the statement's columns, made unique (`id`, `id_2`).
    pub columns: Vec<String>,
    pub rows: Vec<AnswerRow>,
    pub errors: Vec<TenantFailure>,
}

/// `-o json`: `{"columns": […], "rows": [{"tenant": …, <column>: <value>, …}],
/// "errors": [{"tenant": …, "kind": …, "error": …}]}`, each row's keys in column order.
impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        struct JsonRow<'a>(&'a [String], &'a AnswerRow);
        impl Serialize for JsonRow<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                let JsonRow(columns, row) = self;
                let mut map = s.serialize_map(Some(columns.len()))?;
                map.serialize_entry(&columns[0], &row.tenant)?;
                for ((name, kind), value) in
                    columns[1..].iter().zip(row.kinds.iter()).zip(&row.values)
                {
                    map.serialize_entry(name, &kind.json(value.as_deref()))?;
                }
                map.end()
            }
        }
        let rows: Vec<JsonRow> = self
            .rows
            .iter()
            .map(|r| JsonRow(&self.columns, r))
            .collect();
        let mut out = s.serialize_struct("Answer", 3)?;
        out.serialize_field("columns", &self.columns)?;
        out.serialize_field("rows", &rows)?;
        out.serialize_field("errors", &self.errors)?;
        out.end()
    }
}

/// Merge the tenants' results (in tenant order) into one [`Answer`]. The columns are
/// those `prepare` described, else the first tenant's with rows; a tenant whose rows
/// have other columns (its schema differs) failed.
pub fn merge(
    described: Option<Vec<String>>,
    results: Vec<(String, std::result::Result<TenantRows, Failure>)>,
) -> Answer {
    let expected = described.or_else(|| {
        results
            .iter()
            .find_map(|(_, r)| r.as_ref().ok().and_then(|t| t.columns.clone()))
    });
    let mut answer = Answer {
        columns: unique_names(
            std::iter::once("tenant").chain(expected.iter().flatten().map(String::as_str)),
        ),
        rows: Vec::new(),
        errors: Vec::new(),
    };
    for (tenant, result) in results {
        let result = result.and_then(|t| match (&t.columns, &expected) {
            (Some(got), Some(want)) if got != want => Err(Failure::new(
                FailureKind::Failed,
                format!(
                    "its result has the columns ({}), the query's are ({})",
                    got.join(", "),
                    want.join(", ")
                ),
            )),
            _ => Ok(t),
        });
        match result {
            Ok(t) => {
                let kinds = Arc::new(t.kinds);
                answer
                    .rows
                    .extend(t.rows.into_iter().map(|values| AnswerRow {
                        tenant: tenant.clone(),
                        kinds: kinds.clone(),
                        values,
                    }));
            }
            Err(failure) => answer.errors.push(TenantFailure { tenant, failure }),
        }
    }
    answer
}

/// Column names made unique in order: a name seen before gets `_2` (`_3`, …).
fn unique_names<'a>(names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in names {
        let mut candidate = name.to_string();
        let mut n = 2;
        while out.contains(&candidate) {
            candidate = format!("{name}_{n}");
            n += 1;
        }
        out.push(candidate);
    }
    out
}

/// The run's outcome from its failures: the connection lost (6) before a refused
/// statement (5) before failed tenants (7).
pub fn verdict(errors: &[TenantFailure], total: usize) -> Result<()> {
    let Some(worst) = errors.iter().map(|e| e.failure.kind).max() else {
        return Ok(());
    };
    let n = errors.iter().filter(|e| e.failure.kind == worst).count();
    let tenants = match (n == total, total) {
        (true, 1) => "its tenant".to_string(),
        (true, _) => format!("all {total} tenants"),
        (false, _) => format!("{n} of {total} tenants"),
    };
    Err(match worst {
        FailureKind::Lost => Error::Unreachable(format!(
            "lost the connection to the database in {tenants}; run the query again"
        )),
        FailureKind::Refused => Error::invalid(format!(
            "the query was refused in {tenants}: `theratime query` reads a tenant's data and \
             changes nothing; nothing was changed"
        )),
        FailureKind::Failed if n < total => Error::Partial(format!(
            "the query failed in {tenants}; the others answered"
        )),
        FailureKind::Failed => Error::Partial(format!("the query failed in {tenants}")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_one_plain_query_passes_the_text_check() {
        // (statement, passes)
        let cases = [
            ("SELECT 1", true),
            ("  select count(*) FROM appointments", true),
            ("((SELECT 1)) UNION (SELECT 2)", true),
            ("-- a comment\nWITH x AS (SELECT 1) SELECT * FROM x", true),
            ("/* outer /* nested */ still */ VALUES (1)", true),
            ("TABLE appointments", true),
            ("SHOW search_path", true),
            ("EXPLAIN SELECT 1", true),
            ("SELECT 'set_configuration' AS reset_config_x", true),
            ("SELECT 1 AS my_set_config", true),
            ("", false),
            ("   -- only a comment", false),
            ("/* unterminated SELECT 1", false),
            ("/* /* */ DELETE FROM x; */ SELECT 1", true),
            ("/* */ DELETE FROM appointments", false),
            ("DELETE FROM appointments", false),
            ("SET TRANSACTION READ WRITE", false),
            ("COMMIT", false),
            ("RESET ALL", false),
            ("SET statement_timeout = 0", false),
            ("DO $$ BEGIN END $$", false),
            ("COPY appointments TO PROGRAM 'cat'", false),
            ("CALL p()", false),
            ("\u{b}DELETE FROM x", false),
            // A carriage return ends a `--` comment, as in PostgreSQL.
            ("-- x\rCOPY (\nSELECT 1) TO PROGRAM 'cat'", false),
            ("-- x\rSELECT 1", true),
            ("selectx 1", false),
            ("select_x()", false),
            ("SELECT set_config('TimeZone', 'UTC', true)", false),
            ("SELECT pg_catalog.SET_CONFIG('x.y', 'z', false)", false),
            ("SELECT \"set_config\"('role', 'none', true)", false),
            ("SELECT U&\"\\0073et_config\"('role', 'none', true)", false),
            ("SELECT u&\"x\" FROM t", false),
            ("SELECT query_to_xml('select 1', true, false, '')", false),
            ("SELECT ts_stat('select 1')", false),
            ("SELECT 1\0; DELETE FROM x", false),
        ];
        for (sql, passes) in cases {
            assert_eq!(check(sql).is_ok(), passes, "{sql:?}: {:?}", check(sql));
        }
    }

    #[test]
    fn timeouts_are_bounded_and_rounded_up() {
        let t = Tenant {
            id: 7,
            slug: "acme".into(),
            name: "Acme".into(),
            time_zone: "Europe/Berlin".into(),
            status: crate::tenants::TenantStatus::Active,
            created_at: chrono::Utc::now(),
            updated_at: chrono::Utc::now(),
        };
        // (timeout, accepted, the SET it makes)
        let cases = [
            (Duration::ZERO, true, "0"),
            (Duration::from_micros(500), true, "1"),
            (Duration::from_secs(30), true, "30000"),
            (Duration::from_millis(i32::MAX as u64), true, "2147483647"),
            (Duration::from_millis(i32::MAX as u64 + 1), false, ""),
        ];
        for (timeout, accepted, set) in cases {
            match Statement::new("SELECT 1".into(), timeout) {
                Ok(s) => {
                    assert!(accepted, "{timeout:?}");
                    let settings = s.settings(&t);
                    assert_eq!(
                        settings,
                        [
                            ("statement_timeout", set.to_string()),
                            ("TimeZone", "Europe/Berlin".to_string())
                        ]
                    );
                }
                Err(e) => {
                    assert!(!accepted, "{timeout:?}: {e}");
                    assert_eq!(e.exit_code(), crate::error::code::INVALID);
                }
            }
        }
    }

    #[test]
    fn values_are_typed_by_their_column_type() {
        use serde_json::json;
        // (oid, text, JSON)
        let cases = [
            (Some(20), Some("42"), json!(42)),
            (Some(23), Some("-7"), json!(-7)),
            (Some(701), Some("1.5"), json!(1.5)),
            (Some(701), Some("NaN"), json!("NaN")),
            (Some(1700), Some("12.50"), json!(12.5)),
            (Some(1700), Some("Infinity"), json!("Infinity")),
            (Some(16), Some("t"), json!(true)),
            (Some(16), Some("f"), json!(false)),
            (
                Some(3802),
                Some("{\"a\": [1, null]}"),
                json!({"a": [1, null]}),
            ),
            (Some(114), Some("not json"), json!("not json")),
            (Some(25), Some("42"), json!("42")),
            (
                Some(1184),
                Some("2026-12-01 10:00:00+01"),
                json!("2026-12-01 10:00:00+01"),
            ),
            (Some(1007), Some("{1,2}"), json!("{1,2}")),
            (None, Some("x"), json!("x")),
            (Some(20), None, json!(null)),
            (Some(25), None, json!(null)),
        ];
        for (oid, text, want) in cases {
            assert_eq!(Kind::of(oid).json(text), want, "{oid:?} {text:?}");
        }
    }

    fn rows(columns: &[&str], kinds: &[Kind], rows: &[&[Option<&str>]]) -> TenantRows {
        TenantRows {
            columns: Some(columns.iter().map(|c| c.to_string()).collect()),
            kinds: kinds.to_vec(),
            rows: rows
                .iter()
                .map(|r| r.iter().map(|v| v.map(String::from)).collect())
                .collect(),
        }
    }

    fn failed(error: &str) -> Failure {
        Failure::new(FailureKind::Failed, error)
    }

    /// (described columns, results, columns, rows as CSV, failed tenants)
    type MergeCase<'a> = (
        Option<Vec<String>>,
        Vec<(&'a str, std::result::Result<TenantRows, Failure>)>,
        Vec<&'a str>,
        Vec<&'a str>,
        Vec<&'a str>,
    );

    #[test]
    fn results_merge_in_tenant_order_with_failures_apart() {
        let n = [Kind::Number];
        let cases: Vec<MergeCase> = vec![
            // Described columns; rows in tenant order, then each tenant's own order.
            (
                Some(vec!["n".into()]),
                vec![
                    ("a", Ok(rows(&["n"], &n, &[&[Some("1")], &[Some("2")]]))),
                    ("b", Err(failed("boom"))),
                    ("c", Ok(rows(&["n"], &n, &[&[None]]))),
                ],
                vec!["tenant", "n"],
                vec!["a,1", "a,2", "c,"],
                vec!["b"],
            ),
            // Not described: the first tenant with rows names them; a tenant without
            // rows has no columns to disagree with.
            (
                None,
                vec![
                    ("a", Ok(TenantRows::default())),
                    (
                        "b",
                        Ok(rows(
                            &["x", "x"],
                            &[Kind::Text, Kind::Text],
                            &[&[Some("p"), Some("q")]],
                        )),
                    ),
                ],
                vec!["tenant", "x", "x_2"],
                vec!["b,p,q"],
                vec![],
            ),
            // Other columns in one tenant: it failed.
            (
                Some(vec!["n".into()]),
                vec![
                    ("a", Ok(rows(&["m"], &n, &[&[Some("1")]]))),
                    ("b", Ok(rows(&["n"], &n, &[&[Some("2")]]))),
                ],
                vec!["tenant", "n"],
                vec!["b,2"],
                vec!["a"],
            ),
            // The statement's own `tenant` column is renamed.
            (
                Some(vec!["tenant".into(), "tenant_2".into()]),
                vec![],
                vec!["tenant", "tenant_2", "tenant_2_2"],
                vec![],
                vec![],
            ),
        ];
        for (described, results, columns, cells, failed) in cases {
            let results = results
                .into_iter()
                .map(|(t, r)| (t.to_string(), r))
                .collect();
            let answer = merge(described, results);
            assert_eq!(answer.columns, columns);
            let got: Vec<String> = answer.rows.iter().map(|r| r.cells().join(",")).collect();
            assert_eq!(got, cells);
            let got: Vec<&str> = answer.errors.iter().map(|e| e.tenant.as_str()).collect();
            assert_eq!(got, failed);
        }
    }

    #[test]
    fn json_rows_keep_column_order_and_types() {
        let answer = merge(
            Some(vec!["z".into(), "a".into()]),
            vec![
                (
                    "acme".into(),
                    Ok(rows(
                        &["z", "a"],
                        &[Kind::Number, Kind::Text],
                        &[&[Some("1"), None]],
                    )),
                ),
                (
                    "beta".into(),
                    Err(Failure::new(FailureKind::Refused, "refused: x")),
                ),
            ],
        );
        assert_eq!(
            serde_json::to_string(&answer).unwrap(),
            r#"{"columns":["tenant","z","a"],"rows":[{"tenant":"acme","z":1,"a":null}],"errors":[{"tenant":"beta","kind":"refused","error":"refused: x"}]}"#
        );
    }

    #[test]
    fn the_worst_failure_decides_the_exit_code() {
        use crate::error::code;
        let f = |kind| TenantFailure {
            tenant: "t".into(),
            failure: Failure::new(kind, "x"),
        };
        let (failed, refused, lost) = (
            f(FailureKind::Failed),
            f(FailureKind::Refused),
            f(FailureKind::Lost),
        );
        // (failures, exit code)
        let cases = [
            (vec![], code::OK),
            (vec![failed.clone()], code::PARTIAL),
            (vec![failed.clone(), refused.clone()], code::INVALID),
            (
                vec![refused.clone(), failed.clone(), lost.clone()],
                code::UNREACHABLE,
            ),
        ];
        for (errors, want) in cases {
            let got = verdict(&errors, 3)
                .err()
                .map_or(code::OK, |e| e.exit_code());
            assert_eq!(got, want, "{errors:?}");
        }
        // (failures, tenants, message)
        let cases = [
            (
                vec![failed.clone()],
                3,
                "the query failed in 1 of 3 tenants; the others answered",
            ),
            (
                vec![failed.clone(); 2],
                2,
                "the query failed in all 2 tenants",
            ),
            (vec![failed.clone()], 1, "the query failed in its tenant"),
            (
                vec![refused.clone(), failed],
                2,
                "the query was refused in 1 of 2 tenants: ",
            ),
        ];
        for (errors, total, says) in cases {
            let e = verdict(&errors, total).unwrap_err().to_string();
            assert!(e.starts_with(says), "{e}");
        }
    }
}
