//! `migrate lint`: reads migrations with a real SQL parser (sqlparser, PostgreSQL
//! dialect) and finds the statements that are dangerous on a live fleet: table
//! rewrites, long or blocking locks, destroyed data, `NOT NULL` without a validated
//! check, and what cannot run in a tenant migration's transaction. Parsing and
//! classifying are pure ([`lint`]); the fleet-wide impact of each finding comes from
//! one catalog query ([`impact`]).

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::ops::ControlFlow;

use serde::Serialize;
use sqlparser::ast::{
    AlterColumnOperation, AlterTableOperation, ColumnDef, ColumnOption, Expr,
    GeneratedExpressionMode, Ident, LockTableMode, ObjectName, ObjectType, Statement,
    TableConstraint, visit_expressions,
};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::keywords::Keyword;
use sqlparser::parser::Parser;
use sqlparser::tokenizer::Token;
use sqlx::postgres::PgConnection;

use crate::error::{DbContext, Result};

/// What a finding is about. Its [`Severity`] follows from the kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The whole table is rewritten (column type change, volatile default, …).
    TableRewrite,
    /// Data is deleted for good: DROP COLUMN, DROP TABLE, TRUNCATE.
    Destructive,
    /// SET NOT NULL without a validated CHECK (col IS NOT NULL) before it, or a NOT
    /// NULL column added without a default.
    NotNullWithoutCheck,
    /// Cannot run inside a transaction, where every tenant migration runs.
    FailsInTransaction,
    /// An ACCESS EXCLUSIVE lock (most ALTER TABLE forms, RENAME, DROP INDEX, LOCK).
    AccessExclusiveLock,
    /// Writes to the table wait while the whole table is read (CREATE INDEX without
    /// CONCURRENTLY, a foreign key validated when it is added).
    BlocksWrites,
    /// Procedural code (a DO block) that lint cannot read.
    Unchecked,
}

impl Kind {
    pub fn severity(self) -> Severity {
        match self {
            Kind::TableRewrite
            | Kind::Destructive
            | Kind::NotNullWithoutCheck
            | Kind::FailsInTransaction => Severity::Error,
            Kind::AccessExclusiveLock | Kind::BlocksWrites | Kind::Unchecked => Severity::Warning,
        }
    }

    /// Kinds that already say the statement holds the table's ACCESS EXCLUSIVE lock
    /// (a lock finding on the same table would repeat them).
    fn implies_lock(self) -> bool {
        matches!(
            self,
            Kind::TableRewrite | Kind::Destructive | Kind::NotNullWithoutCheck
        )
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::TableRewrite => "table_rewrite",
            Kind::Destructive => "destructive",
            Kind::NotNullWithoutCheck => "not_null_without_check",
            Kind::FailsInTransaction => "fails_in_transaction",
            Kind::AccessExclusiveLock => "access_exclusive_lock",
            Kind::BlocksWrites => "blocks_writes",
            Kind::Unchecked => "unchecked",
        })
    }
}

/// Errors make `migrate lint` exit 7; warnings only with `--strict`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// How far the fleet has got with a migration; decides whether it is linted and
/// whether the tables it creates are new.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Every tenant has it: read only for what it creates and validates.
    Applied,
    /// Some tenants have it, some not: linted; the tables it creates exist somewhere.
    PartlyApplied,
    /// No tenant has it (or a file given on the command line): linted; the tables it
    /// creates are new, so later statements on them are harmless.
    Unapplied,
}

impl Stage {
    /// The stage of migration `version` in a fleet whose tenants are at versions
    /// `oldest` to `newest` (both 0 when it has no tenants: everything is unapplied).
    pub fn of(version: i32, oldest: i32, newest: i32) -> Stage {
        if version <= oldest {
            Stage::Applied
        } else if version <= newest {
            Stage::PartlyApplied
        } else {
            Stage::Unapplied
        }
    }
}

/// One migration file to read, in the order they run.
#[derive(Debug, Clone)]
pub struct Source {
    /// The name shown in findings (`V4__x.sql`, or the path given).
    pub name: String,
    pub sql: String,
    pub stage: Stage,
}

/// A statement of a linted migration that deserves a look.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub migration: String,
    /// Line of the statement's first token (1-based).
    pub line: u64,
    pub severity: Severity,
    pub kind: Kind,
    /// The relation it touches (unqualified names are the tenant's own); for DROP
    /// INDEX the index, whose table the impact query finds.
    pub table: Option<String>,
    pub statement: String,
    pub reason: String,
    pub safer: String,
}

/// A migration that does not parse: where and why.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    pub migration: String,
    pub line: u64,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: cannot parse the statement as PostgreSQL: {}",
            self.migration, self.line, self.message
        )
    }
}

/// One statement as lint read it.
struct Parsed {
    line: u64,
    read: Read,
}

enum Read {
    Statement(Box<Statement>),
    /// A DO block: its body is procedural code.
    Do,
    /// What sqlparser cannot parse (its message and the statement's first line):
    /// PostgreSQL may still accept it, so it is reported `unchecked`, not refused.
    Unread(String, String),
}

/// The statements of one file. Text that does not tokenize (an unterminated string or
/// comment) is an error; a statement sqlparser cannot parse is [`Read::Unread`], or,
/// when `lenient` (a migration every tenant has applied, read only for context),
/// skipped.
fn parse(sql: &str, lenient: bool) -> std::result::Result<Vec<Parsed>, (u64, String)> {
    let dialect = PostgreSqlDialect {};
    let mut parser = Parser::new(&dialect)
        .try_with_sql(sql)
        .map_err(|e| (1, e.to_string()))?;
    let mut out = Vec::new();
    loop {
        while parser.consume_token(&Token::SemiColon) {}
        let next = parser.peek_token();
        if next.token == Token::EOF {
            return Ok(out);
        }
        let line = next.span.start.line;
        let is_do = matches!(&next.token, Token::Word(w) if w.keyword == Keyword::DO);
        let unread = |message: String| {
            let first = sql
                .lines()
                .nth(line.saturating_sub(1) as usize)
                .unwrap_or("");
            Read::Unread(message, first.trim().to_string())
        };
        let read = if is_do {
            Read::Do
        } else {
            match parser.parse_statement() {
                Ok(s) if statement_ends(&parser) => Read::Statement(Box::new(s)),
                Ok(_) => unread(format!(
                    "expected ';' after the statement, found {}",
                    parser.peek_token()
                )),
                Err(e) => unread(e.to_string()),
            }
        };
        if !matches!(read, Read::Statement(_)) {
            // The rest of the statement (a DO block's body is one dollar-quoted token).
            skip_statement(&mut parser);
            if lenient && matches!(read, Read::Unread(..)) {
                continue;
            }
        }
        out.push(Parsed { line, read });
    }
}

fn statement_ends(parser: &Parser) -> bool {
    matches!(parser.peek_token().token, Token::SemiColon | Token::EOF)
}

fn skip_statement(parser: &mut Parser) {
    while !statement_ends(parser) {
        parser.next_token();
    }
}

/// What the migrations read so far tell about the tables.
#[derive(Default)]
struct State {
    /// Tables created by an unapplied migration: new in every tenant.
    new_tables: HashSet<String>,
    /// NOT VALID checks `(col IS NOT NULL)` not yet validated: (table, constraint) → column.
    unvalidated: HashMap<(String, String), String>,
    /// Columns with a validated CHECK (col IS NOT NULL): (table, column).
    validated: HashSet<(String, String)>,
}

/// One finding of a statement, before it gets its place.
struct Hit {
    kind: Kind,
    table: Option<String>,
    reason: String,
    safer: String,
}

impl Hit {
    fn new(kind: Kind, table: &str, reason: String, safer: impl Into<String>) -> Hit {
        Hit {
            kind,
            table: Some(table.to_string()),
            reason,
            safer: safer.into(),
        }
    }
}

/// Lint `sources` (in the order they run): the findings of every statement of the
/// migrations that are not applied everywhere, in order; or the first statement of
/// such a migration that does not parse.
pub fn lint(sources: &[Source]) -> std::result::Result<Vec<Finding>, ParseError> {
    let mut state = State::default();
    let mut findings = Vec::new();
    for source in sources {
        let applied = source.stage == Stage::Applied;
        let parsed = parse(&source.sql, applied).map_err(|(line, message)| ParseError {
            migration: source.name.clone(),
            line,
            message,
        })?;
        for p in parsed {
            let (hits, statement) = match &p.read {
                Read::Statement(s) => (classify(s, source.stage, &mut state), s.to_string()),
                Read::Do => (
                    vec![Hit {
                        kind: Kind::Unchecked,
                        table: None,
                        reason: "a DO block runs procedural code, which lint cannot read".into(),
                        safer: "review what it does by hand, or write it as plain statements lint can check".into(),
                    }],
                    "DO …".to_string(),
                ),
                Read::Unread(message, first_line) => (
                    vec![Hit {
                        kind: Kind::Unchecked,
                        table: None,
                        reason: format!(
                            "lint's SQL parser cannot read this statement ({message}); PostgreSQL \
                             may still accept it, or it is a syntax error that `migrate` will report"
                        ),
                        safer: "review it by hand, and rehearse the migration (`migrate --dry-run`, \
                                a copy of the database)"
                            .into(),
                    }],
                    format!("{first_line} …"),
                ),
            };
            if applied {
                continue;
            }
            findings.extend(hits.into_iter().map(|h| Finding {
                migration: source.name.clone(),
                line: p.line,
                severity: h.kind.severity(),
                kind: h.kind,
                table: h.table,
                statement: statement.clone(),
                reason: h.reason,
                safer: h.safer,
            }));
        }
    }
    Ok(findings)
}

/// A name as PostgreSQL folds it: unquoted identifiers in lower case.
fn ident(i: &Ident) -> String {
    if i.quote_style.is_some() {
        i.value.clone()
    } else {
        i.value.to_lowercase()
    }
}

/// A table name, schema-qualified as written (`tenant_table` or `theratime.users`).
fn table_name(name: &ObjectName) -> String {
    name.0
        .iter()
        .map(|p| p.as_ident().map_or_else(|| p.to_string(), ident))
        .collect::<Vec<_>>()
        .join(".")
}

const LOCK_TIMEOUT: &str = "keep the migration short and run it with `theratime migrate --lock-timeout 2s` \
     (a tenant whose table is busy then fails at once instead of queueing every query behind it, \
     and `--only-failed` retries it), at a quiet hour for the big tenants";

const VALIDATE_LATER: &str = "a tenant's pending migrations share one transaction, so put VALIDATE \
     CONSTRAINT in a later migration applied by a separate run (`theratime migrate --target N`)";

/// The findings of one statement; updates `state` with what it creates and validates.
fn classify(statement: &Statement, stage: Stage, state: &mut State) -> Vec<Hit> {
    let mut hits = match statement {
        Statement::CreateTable(t) => {
            if stage == Stage::Unapplied {
                state.new_tables.insert(table_name(&t.name));
            }
            Vec::new()
        }
        Statement::AlterTable(alter) => {
            let table = table_name(&alter.name);
            let mut hits = Vec::new();
            for op in &alter.operations {
                hits.extend(alter_operation(&table, op, state));
            }
            hits
        }
        Statement::CreateIndex(index) => {
            let table = table_name(&index.table_name);
            if index.concurrently {
                vec![Hit::new(
                    Kind::FailsInTransaction,
                    &table,
                    "CREATE INDEX CONCURRENTLY cannot run inside a transaction block, and theratime runs \
                     every tenant migration in one: the migration fails in every tenant"
                        .into(),
                    "write CREATE INDEX IF NOT EXISTS in the migration, and for a big table build the index \
                     beforehand outside theratime with CREATE INDEX CONCURRENTLY in each tenant schema",
                )]
            } else {
                vec![Hit::new(
                    Kind::BlocksWrites,
                    &table,
                    format!(
                        "CREATE INDEX without CONCURRENTLY blocks every write to {table} while it reads the \
                         whole table, until the tenant's migration commits"
                    ),
                    "CONCURRENTLY cannot run in a tenant migration (a transaction): for a big table build the \
                     index beforehand with CREATE INDEX CONCURRENTLY IF NOT EXISTS in each tenant schema \
                     outside theratime and write the migration as CREATE INDEX IF NOT EXISTS (it then finds \
                     the index and does nothing); otherwise run it with --lock-timeout at a quiet hour",
                )]
            }
        }
        Statement::Drop {
            object_type, names, ..
        } => drop_objects(*object_type, names),
        Statement::Truncate(t) => t
            .table_names
            .iter()
            .map(|target| {
                Hit::new(
                    Kind::Destructive,
                    &table_name(&target.name),
                    "TRUNCATE deletes every row of the table in every tenant, under an ACCESS EXCLUSIVE \
                     lock; it cannot be undone"
                        .into(),
                    "delete only the rows meant to go (DELETE … WHERE), after `theratime backup --all-tenants`",
                )
            })
            .collect(),
        Statement::Lock(lock) => {
            let mode = lock.lock_mode.clone().unwrap_or(LockTableMode::AccessExclusive);
            let blocks = match mode {
                LockTableMode::AccessExclusive => "every read and write",
                LockTableMode::Exclusive
                | LockTableMode::ShareRowExclusive
                | LockTableMode::Share => "every write",
                _ => return Vec::new(),
            };
            lock.tables
                .iter()
                .map(|target| {
                    Hit::new(
                        Kind::AccessExclusiveLock,
                        &table_name(&target.name),
                        format!(
                            "LOCK TABLE in {mode} mode blocks {blocks} on the table until the tenant's \
                             migration commits"
                        ),
                        LOCK_TIMEOUT,
                    )
                })
                .collect()
        }
        Statement::Vacuum(_) => vec![Hit {
            kind: Kind::FailsInTransaction,
            table: None,
            reason: "VACUUM cannot run inside a transaction block, and theratime runs every tenant \
                     migration in one: the migration fails in every tenant"
                .into(),
            safer: "leave vacuuming to autovacuum, or run VACUUM outside theratime".into(),
        }],
        _ => Vec::new(),
    };
    // Statements on a table this unapplied set creates touch no data: only what fails
    // anyway is worth saying.
    hits.retain(|h| {
        matches!(h.kind, Kind::FailsInTransaction | Kind::Unchecked)
            || h.table
                .as_ref()
                .is_none_or(|t| !state.new_tables.contains(t))
    });
    // One finding per kind and table; a lock finding only where nothing else already
    // says the table is locked.
    let locked: HashSet<Option<String>> = hits
        .iter()
        .filter(|h| h.kind.implies_lock())
        .map(|h| h.table.clone())
        .collect();
    let mut seen = HashSet::new();
    hits.retain(|h| {
        !(h.kind == Kind::AccessExclusiveLock && locked.contains(&h.table))
            && seen.insert((h.kind, h.table.clone()))
    });
    hits
}

fn drop_objects(object_type: ObjectType, names: &[ObjectName]) -> Vec<Hit> {
    names
        .iter()
        .filter_map(|name| {
            let table = table_name(name);
            match object_type {
                ObjectType::Table => Some(Hit::new(
                    Kind::Destructive,
                    &table,
                    "DROP TABLE deletes the table and all its rows in every tenant; it cannot be undone".into(),
                    "stop using the table in one release, back up the fleet (`theratime backup \
                     --all-tenants`), and drop it in a later one",
                )),
                ObjectType::Index => Some(Hit::new(
                    Kind::AccessExclusiveLock,
                    &table,
                    "DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table until the tenant's \
                     migration commits"
                        .into(),
                    "DROP INDEX CONCURRENTLY cannot run in a tenant migration (a transaction): for a big table \
                     drop the index outside theratime with CONCURRENTLY in each tenant schema and write the \
                     migration as DROP INDEX IF EXISTS; otherwise run it with --lock-timeout",
                )),
                _ => None,
            }
        })
        .collect()
}

/// The findings of one ALTER TABLE subcommand.
fn alter_operation(table: &str, op: &AlterTableOperation, state: &mut State) -> Vec<Hit> {
    let lock = |what: &str| {
        Hit::new(
            Kind::AccessExclusiveLock,
            table,
            format!(
                "{what} takes an ACCESS EXCLUSIVE lock on {table}: it waits for every query on the table, \
                 and every query after it waits too, until the tenant's migration commits"
            ),
            LOCK_TIMEOUT,
        )
    };
    match op {
        AlterTableOperation::AddColumn { column_def, .. } => add_column(table, column_def)
            .into_iter()
            .chain([lock("ADD COLUMN")])
            .collect(),
        AlterTableOperation::DropColumn { column_names, .. } => column_names
            .iter()
            .map(|c| {
                Hit::new(
                    Kind::Destructive,
                    table,
                    format!(
                        "DROP COLUMN {} deletes the column's data in every tenant; it cannot be undone, and \
                         code that still reads it fails",
                        ident(c)
                    ),
                    "stop reading and writing the column in one release, back up the fleet (`theratime \
                     backup --all-tenants`), and drop it in a later one",
                )
            })
            .collect(),
        AlterTableOperation::AlterColumn { column_name, op } => {
            let column = ident(column_name);
            match op {
                AlterColumnOperation::SetDataType { data_type, .. } => vec![Hit::new(
                    Kind::TableRewrite,
                    table,
                    format!(
                        "ALTER COLUMN {column} TYPE {data_type} rewrites the whole table and its indexes under \
                         an ACCESS EXCLUSIVE lock (unless the change is binary-compatible, such as varchar(n) \
                         to text or to a longer varchar)"
                    ),
                    "add a column of the new type, backfill it in batches, move the code to it, and drop \
                     the old column in a later release",
                )],
                AlterColumnOperation::SetNotNull
                    if !state.validated.contains(&(table.to_string(), column.clone())) =>
                {
                    vec![Hit::new(
                        Kind::NotNullWithoutCheck,
                        table,
                        format!(
                            "SET NOT NULL on {column} reads the whole table under an ACCESS EXCLUSIVE lock, and \
                             fails the tenant's migration when a row has a null"
                        ),
                        format!(
                            "first ADD CONSTRAINT {table}_{column}_not_null CHECK ({column} IS NOT NULL) NOT \
                             VALID and VALIDATE CONSTRAINT it (reads and writes go on meanwhile); SET NOT NULL \
                             then skips the scan. {VALIDATE_LATER}"
                        ),
                    )]
                }
                AlterColumnOperation::SetNotNull => vec![lock("SET NOT NULL")],
                _ => vec![lock("ALTER COLUMN")],
            }
        }
        AlterTableOperation::AddConstraint {
            constraint,
            not_valid,
        } => add_constraint(table, constraint, *not_valid, state)
            .unwrap_or_else(|| vec![lock("ADD CONSTRAINT")]),
        AlterTableOperation::ValidateConstraint { name } => {
            let key = (table.to_string(), ident(name));
            if let Some(column) = state.unvalidated.remove(&key) {
                state.validated.insert((table.to_string(), column));
            }
            Vec::new()
        }
        AlterTableOperation::RenameColumn { .. }
        | AlterTableOperation::RenameTable { .. }
        | AlterTableOperation::RenameConstraint { .. } => vec![Hit::new(
            Kind::AccessExclusiveLock,
            table,
            format!(
                "RENAME takes an ACCESS EXCLUSIVE lock on {table}, and code that uses the old name fails as \
                 soon as the tenant's migration commits"
            ),
            format!(
                "add the new name beside the old one (a new column kept in step, or a view) and remove the \
                 old one once no code uses it; {LOCK_TIMEOUT}"
            ),
        )],
        AlterTableOperation::SetLogged | AlterTableOperation::SetUnlogged => vec![Hit::new(
            Kind::TableRewrite,
            table,
            "SET LOGGED or SET UNLOGGED rewrites the whole table under an ACCESS EXCLUSIVE lock".into(),
            "create the table logged from the start; for an existing big table, copy it in batches into \
             a new one",
        )],
        // Lighter locks that let reads go on and are short: no finding.
        AlterTableOperation::EnableTrigger { .. }
        | AlterTableOperation::DisableTrigger { .. }
        | AlterTableOperation::EnableAlwaysTrigger { .. }
        | AlterTableOperation::EnableReplicaTrigger { .. }
        | AlterTableOperation::SetOptionsParens { .. } => Vec::new(),
        _ => vec![lock("ALTER TABLE")],
    }
}

/// Volatile functions: as a column default they are computed for every existing row.
/// `now()`, `current_timestamp` and other STABLE functions are not (PostgreSQL 11+).
const VOLATILE: &[&str] = &[
    "random",
    "random_normal",
    "setseed",
    "clock_timestamp",
    "timeofday",
    "gen_random_uuid",
    "uuidv4",
    "uuidv7",
    "uuid_generate_v1",
    "uuid_generate_v1mc",
    "uuid_generate_v4",
    "nextval",
    "txid_current",
];

/// The first volatile function `expr` calls, if any.
fn volatile_call(expr: &Expr) -> Option<String> {
    let found = visit_expressions(expr, |e| {
        if let Expr::Function(f) = e
            && let Some(name) = f.name.0.last().and_then(|p| p.as_ident()).map(ident)
            && VOLATILE.contains(&name.as_str())
        {
            return ControlFlow::Break(name);
        }
        ControlFlow::Continue(())
    });
    match found {
        ControlFlow::Break(name) => Some(name),
        ControlFlow::Continue(()) => None,
    }
}

/// ADD COLUMN: a value computed for every existing row rewrites the table; NOT NULL
/// without a default fails wherever the table has rows.
fn add_column(table: &str, column: &ColumnDef) -> Vec<Hit> {
    let name = ident(&column.name);
    let type_name = column.data_type.to_string().to_lowercase();
    let mut computed = matches!(
        type_name.as_str(),
        "serial" | "bigserial" | "smallserial" | "serial2" | "serial4" | "serial8"
    )
    .then(|| format!("of type {type_name} (a sequence default)"));
    let mut has_default = computed.is_some();
    let mut not_null = false;
    for option in column.options.iter().map(|o| &o.option) {
        match option {
            ColumnOption::Default(expr) => {
                has_default = true;
                if let Some(f) = volatile_call(expr) {
                    computed = Some(format!("with the volatile default {f}()"));
                }
            }
            ColumnOption::Generated {
                generation_expr,
                generation_expr_mode,
                ..
            } => {
                has_default = true;
                match (generation_expr, generation_expr_mode) {
                    (None, _) => computed = Some("as an identity column".into()),
                    (Some(_), Some(GeneratedExpressionMode::Virtual)) => {}
                    (Some(_), _) => computed = Some("as a stored generated column".into()),
                }
            }
            ColumnOption::NotNull | ColumnOption::PrimaryKey(_) => not_null = true,
            _ => {}
        }
    }
    let mut hits = Vec::new();
    if let Some(what) = computed {
        hits.push(Hit::new(
            Kind::TableRewrite,
            table,
            format!(
                "ADD COLUMN {name} {what} computes a value for every existing row: the whole table is \
                 rewritten under an ACCESS EXCLUSIVE lock (a constant or a STABLE default such as now() is \
                 not, since PostgreSQL 11)"
            ),
            "add the column without a default (or with a constant one), SET DEFAULT for new rows, and \
             backfill the existing rows in batches",
        ));
    } else if not_null && !has_default {
        hits.push(Hit::new(
            Kind::NotNullWithoutCheck,
            table,
            format!(
                "ADD COLUMN {name} NOT NULL without a default fails in every tenant whose table has rows (they \
                 would hold nulls)"
            ),
            "give it a constant DEFAULT (no rewrite since PostgreSQL 11), or add it nullable, backfill it, \
             and SET NOT NULL behind a validated CHECK (col IS NOT NULL)",
        ));
    }
    hits
}

/// ADD CONSTRAINT: `None` when only the lock is worth saying.
fn add_constraint(
    table: &str,
    constraint: &TableConstraint,
    not_valid: bool,
    state: &mut State,
) -> Option<Vec<Hit>> {
    match constraint {
        TableConstraint::Check(check) => {
            if let Some(column) = not_null_column(&check.expr) {
                let key = (table.to_string(), column);
                match &check.name {
                    Some(name) if not_valid => {
                        state
                            .unvalidated
                            .insert((table.to_string(), ident(name)), key.1);
                    }
                    _ if !not_valid => {
                        state.validated.insert(key);
                    }
                    _ => {}
                }
            }
            Some(if not_valid {
                Vec::new()
            } else {
                vec![Hit::new(
                    Kind::AccessExclusiveLock,
                    table,
                    format!(
                        "ADD CONSTRAINT … CHECK reads every row of {table} while it holds an ACCESS EXCLUSIVE lock"
                    ),
                    format!(
                        "add it NOT VALID (new rows are checked at once), then VALIDATE CONSTRAINT, which lets \
                         reads and writes go on; {VALIDATE_LATER}"
                    ),
                )]
            })
        }
        TableConstraint::ForeignKey(_) if not_valid => Some(Vec::new()),
        TableConstraint::ForeignKey(fk) => Some({
            vec![Hit::new(
                Kind::BlocksWrites,
                table,
                format!(
                    "ADD FOREIGN KEY reads every row of {table} while it blocks writes to {table} and {}",
                    table_name(&fk.foreign_table)
                ),
                format!(
                    "add it NOT VALID (new rows are checked at once), then VALIDATE CONSTRAINT, which lets \
                     reads and writes go on; {VALIDATE_LATER}"
                ),
            )]
        }),
        TableConstraint::Unique(_)
        | TableConstraint::PrimaryKey(_)
        | TableConstraint::Exclude(_) => Some(vec![Hit::new(
            Kind::AccessExclusiveLock,
            table,
            format!(
                "ADD CONSTRAINT builds an index on {table} while it holds an ACCESS EXCLUSIVE lock"
            ),
            format!(
                "for a big table build a unique index beforehand with CREATE UNIQUE INDEX CONCURRENTLY in \
                     each tenant schema outside theratime, then ADD CONSTRAINT … UNIQUE USING INDEX (a short \
                     lock); {LOCK_TIMEOUT}"
            ),
        )]),
        _ => None,
    }
}

/// The column of a check `(col IS NOT NULL)`.
fn not_null_column(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Nested(inner) => not_null_column(inner),
        Expr::IsNotNull(inner) => match inner.as_ref() {
            Expr::Identifier(i) => Some(ident(i)),
            Expr::Nested(e) => not_null_column(&Expr::IsNotNull(e.clone())),
            _ => None,
        },
        _ => None,
    }
}

/// The fleet-wide footprint of one relation, from the catalog.
#[derive(Debug, Clone, Default, PartialEq, Serialize, sqlx::FromRow)]
pub struct Impact {
    /// The relation's name, as in [`Finding::table`].
    pub name: String,
    /// Tenants whose schema has it.
    pub tenants: i64,
    /// Estimated rows (`reltuples`; a table never vacuumed or analyzed counts 0).
    pub rows: i64,
    /// `pg_total_relation_size`: table, indexes and TOAST.
    pub bytes: i64,
    /// The tenant where it is biggest (bytes, then rows).
    pub largest_tenant: Option<String>,
    pub largest_rows: i64,
    pub largest_bytes: i64,
}

/// The impact of the relations `names` (unqualified: tenant tables, or an index,
/// counted as its table) across every tenant schema, in one catalog query.
pub async fn impact(conn: &mut PgConnection, names: &[String]) -> Result<Vec<Impact>> {
    crate::db::query_as(
        "WITH rel AS (
             SELECT c.relname::text AS name, t.id, t.slug,
                    greatest(tbl.reltuples, 0)::bigint AS rows,
                    pg_catalog.pg_total_relation_size(tbl.oid) AS bytes
             FROM pg_catalog.pg_class c
             JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
             JOIN theratime.tenants t ON n.nspname = 'tenant_' || t.id
             LEFT JOIN pg_catalog.pg_index i ON i.indexrelid = c.oid
             JOIN pg_catalog.pg_class tbl ON tbl.oid = coalesce(i.indrelid, c.oid)
             WHERE c.relname = ANY($1) AND c.relkind IN ('r', 'p', 'i')
         )
         SELECT name, count(*) AS tenants, sum(rows)::bigint AS rows, sum(bytes)::bigint AS bytes,
                (array_agg(slug ORDER BY bytes DESC, rows DESC, id))[1] AS largest_tenant,
                (array_agg(rows ORDER BY bytes DESC, rows DESC, id))[1] AS largest_rows,
                (array_agg(bytes ORDER BY bytes DESC, rows DESC, id))[1] AS largest_bytes
         FROM rel GROUP BY name ORDER BY name",
    )
    .bind(names)
    .fetch_all(conn)
    .await
    .db("cannot read the tables' sizes from the catalog")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unapplied(sql: &str) -> Source {
        Source {
            name: "V9__x.sql".into(),
            sql: sql.into(),
            stage: Stage::Unapplied,
        }
    }

    /// (kind, table) of every finding of `sources`.
    fn kinds(sources: &[Source]) -> Vec<(Kind, Option<String>)> {
        lint(sources)
            .unwrap()
            .into_iter()
            .map(|f| (f.kind, f.table))
            .collect()
    }

    fn t(name: &str) -> Option<String> {
        Some(name.to_string())
    }

    #[test]
    fn each_statement_gets_its_findings() {
        use Kind::*;
        for (sql, want) in [
            // table_rewrite
            (
                "ALTER TABLE appointments ALTER COLUMN notes TYPE varchar(200)",
                vec![(TableRewrite, t("appointments"))],
            ),
            (
                "ALTER TABLE appointments ALTER COLUMN sequence SET DATA TYPE bigint USING sequence::bigint",
                vec![(TableRewrite, t("appointments"))],
            ),
            (
                "ALTER TABLE appointments ADD COLUMN token uuid DEFAULT gen_random_uuid()",
                vec![(TableRewrite, t("appointments"))],
            ),
            (
                "ALTER TABLE appointments ADD COLUMN jitter int NOT NULL DEFAULT (random() * 10)::int",
                vec![(TableRewrite, t("appointments"))],
            ),
            (
                "ALTER TABLE appointments ADD COLUMN n bigserial",
                vec![(TableRewrite, t("appointments"))],
            ),
            (
                "ALTER TABLE appointments ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY",
                vec![(TableRewrite, t("appointments"))],
            ),
            (
                "ALTER TABLE appointments ADD COLUMN m int GENERATED ALWAYS AS (sequence * 2) STORED",
                vec![(TableRewrite, t("appointments"))],
            ),
            (
                "ALTER TABLE appointments SET UNLOGGED",
                vec![(TableRewrite, t("appointments"))],
            ),
            // destructive
            (
                "ALTER TABLE appointments DROP COLUMN notes",
                vec![(Destructive, t("appointments"))],
            ),
            (
                "DROP TABLE IF EXISTS calendar_blocks, working_hours CASCADE",
                vec![
                    (Destructive, t("calendar_blocks")),
                    (Destructive, t("working_hours")),
                ],
            ),
            (
                "TRUNCATE calendar_blocks",
                vec![(Destructive, t("calendar_blocks"))],
            ),
            // not_null_without_check
            (
                "ALTER TABLE appointments ALTER COLUMN notes SET NOT NULL",
                vec![(NotNullWithoutCheck, t("appointments"))],
            ),
            (
                "ALTER TABLE appointments ADD COLUMN room text NOT NULL",
                vec![(NotNullWithoutCheck, t("appointments"))],
            ),
            // fails_in_transaction
            (
                "CREATE INDEX CONCURRENTLY appointments_notes_idx ON appointments (notes)",
                vec![(FailsInTransaction, t("appointments"))],
            ),
            ("VACUUM appointments", vec![(FailsInTransaction, None)]),
            // access_exclusive_lock
            (
                "ALTER TABLE appointments ADD COLUMN room text",
                vec![(AccessExclusiveLock, t("appointments"))],
            ),
            (
                "ALTER TABLE appointments ADD COLUMN room text NOT NULL DEFAULT 'main', ADD COLUMN floor int",
                vec![(AccessExclusiveLock, t("appointments"))],
            ),
            (
                "ALTER TABLE appointments ADD COLUMN booked_on timestamptz NOT NULL DEFAULT now()",
                vec![(AccessExclusiveLock, t("appointments"))],
            ),
            (
                "ALTER TABLE appointments RENAME COLUMN notes TO note",
                vec![(AccessExclusiveLock, t("appointments"))],
            ),
            (
                "ALTER TABLE calendar_blocks RENAME TO blocks",
                vec![(AccessExclusiveLock, t("calendar_blocks"))],
            ),
            (
                "ALTER TABLE appointments ADD CONSTRAINT notes_len CHECK (length(notes) < 500)",
                vec![(AccessExclusiveLock, t("appointments"))],
            ),
            (
                "ALTER TABLE appointments ADD CONSTRAINT appointments_key UNIQUE (idempotency_key, id)",
                vec![(AccessExclusiveLock, t("appointments"))],
            ),
            (
                "ALTER TABLE appointments ALTER COLUMN notes SET DEFAULT ''",
                vec![(AccessExclusiveLock, t("appointments"))],
            ),
            (
                "LOCK TABLE appointments",
                vec![(AccessExclusiveLock, t("appointments"))],
            ),
            (
                "LOCK appointments IN SHARE MODE",
                vec![(AccessExclusiveLock, t("appointments"))],
            ),
            (
                "DROP INDEX appointments_starts_at_idx",
                vec![(AccessExclusiveLock, t("appointments_starts_at_idx"))],
            ),
            // blocks_writes
            (
                "CREATE INDEX appointments_notes_idx ON appointments (notes)",
                vec![(BlocksWrites, t("appointments"))],
            ),
            (
                "CREATE UNIQUE INDEX IF NOT EXISTS k ON Appointments USING btree (lower(notes))",
                vec![(BlocksWrites, t("appointments"))],
            ),
            (
                "ALTER TABLE appointments ADD CONSTRAINT fk FOREIGN KEY (series_id) REFERENCES appointment_series (id)",
                vec![(BlocksWrites, t("appointments"))],
            ),
            // unchecked
            ("DO $$ BEGIN PERFORM 1; END $$", vec![(Unchecked, None)]),
            // Clean statements: none.
            (
                "CREATE TABLE rooms (id bigint PRIMARY KEY, name text NOT NULL)",
                vec![],
            ),
            ("SELECT 1", vec![]),
            (
                "UPDATE appointments SET notes = '' WHERE notes IS NULL",
                vec![],
            ),
            (
                "ALTER TABLE appointments ADD CONSTRAINT c CHECK (notes IS NOT NULL) NOT VALID",
                vec![],
            ),
            (
                "ALTER TABLE appointments ADD CONSTRAINT fk FOREIGN KEY (series_id) REFERENCES appointment_series (id) NOT VALID",
                vec![],
            ),
            ("ALTER TABLE appointments VALIDATE CONSTRAINT c", vec![]),
            (
                "ALTER TABLE appointments DISABLE TRIGGER appointments_guard",
                vec![],
            ),
            ("LOCK appointments IN ACCESS SHARE MODE", vec![]),
            ("DROP FUNCTION IF EXISTS f()", vec![]),
            ("COMMENT ON TABLE appointments IS 'x'", vec![]),
        ] {
            assert_eq!(kinds(&[unapplied(sql)]), want, "{sql}");
        }
    }

    #[test]
    fn a_migrations_stage_follows_the_fleets_versions() {
        for (version, oldest, newest, stage) in [
            (1, 0, 0, Stage::Unapplied),
            (3, 3, 3, Stage::Applied),
            (4, 3, 3, Stage::Unapplied),
            (2, 2, 4, Stage::Applied),
            (3, 2, 4, Stage::PartlyApplied),
            (4, 2, 4, Stage::PartlyApplied),
            (5, 2, 4, Stage::Unapplied),
        ] {
            assert_eq!(
                Stage::of(version, oldest, newest),
                stage,
                "V{version} in {oldest}..{newest}"
            );
        }
    }

    #[test]
    fn severities_follow_the_kind() {
        for (kind, severity) in [
            (Kind::TableRewrite, Severity::Error),
            (Kind::Destructive, Severity::Error),
            (Kind::NotNullWithoutCheck, Severity::Error),
            (Kind::FailsInTransaction, Severity::Error),
            (Kind::AccessExclusiveLock, Severity::Warning),
            (Kind::BlocksWrites, Severity::Warning),
            (Kind::Unchecked, Severity::Warning),
        ] {
            assert_eq!(kind.severity(), severity, "{kind}");
        }
    }

    #[test]
    fn set_not_null_needs_a_validated_check_before_it() {
        use Kind::*;
        let check =
            "ALTER TABLE appointments ADD CONSTRAINT notes_nn CHECK (notes IS NOT NULL) NOT VALID;";
        let validate = "ALTER TABLE appointments VALIDATE CONSTRAINT notes_nn;";
        let set = "ALTER TABLE appointments ALTER COLUMN notes SET NOT NULL;";
        for (sql, want) in [
            // Checked and validated first: only the (short) lock.
            (format!("{check}\n{validate}\n{set}"), AccessExclusiveLock),
            // Not validated, or validated after, or another column's: scan.
            (format!("{check}\n{set}"), NotNullWithoutCheck),
            (format!("{check}\n{set}\n{validate}"), NotNullWithoutCheck),
            (
                format!(
                    "{check}\n{validate}\nALTER TABLE appointments ALTER COLUMN cancel_reason SET NOT NULL;"
                ),
                NotNullWithoutCheck,
            ),
            // Another table's check.
            (
                format!(
                    "ALTER TABLE calendar_blocks ADD CONSTRAINT notes_nn CHECK (notes IS NOT NULL) NOT VALID;\n\
                     ALTER TABLE calendar_blocks VALIDATE CONSTRAINT notes_nn;\n{set}"
                ),
                NotNullWithoutCheck,
            ),
            // A check added validated (it has its own lock finding) counts.
            (
                format!(
                    "ALTER TABLE appointments ADD CONSTRAINT notes_nn CHECK ((notes IS NOT NULL));\n{set}"
                ),
                AccessExclusiveLock,
            ),
        ] {
            let found = kinds(&[unapplied(&sql)]);
            assert_eq!(
                found.last(),
                Some(&(want, t("appointments"))),
                "{sql}\n{found:?}"
            );
        }
        // The check may come from an earlier migration, applied or not.
        let earlier = Source {
            name: "V2__check.sql".into(),
            sql: format!("{check}\n{validate}"),
            stage: Stage::Applied,
        };
        assert_eq!(
            kinds(&[earlier, unapplied(set)]),
            vec![(AccessExclusiveLock, t("appointments"))]
        );
    }

    #[test]
    fn statements_on_a_table_the_unapplied_set_creates_are_harmless() {
        let create = "CREATE TABLE rooms (id bigint PRIMARY KEY, name text);\n";
        let later = "ALTER TABLE rooms ALTER COLUMN name TYPE varchar(80);\n\
                     CREATE INDEX rooms_name_idx ON rooms (name);\n\
                     ALTER TABLE rooms ALTER COLUMN name SET NOT NULL;\n\
                     ALTER TABLE rooms ADD COLUMN token uuid DEFAULT gen_random_uuid();";
        assert_eq!(kinds(&[unapplied(&format!("{create}{later}"))]), vec![]);
        // Across migrations too.
        assert_eq!(kinds(&[unapplied(create), unapplied(later)]), vec![]);
        // What cannot run in a transaction still fails.
        assert_eq!(
            kinds(&[unapplied(&format!(
                "{create}CREATE INDEX CONCURRENTLY i ON rooms (name)"
            ))]),
            vec![(Kind::FailsInTransaction, t("rooms"))]
        );
        // A table created by a migration some tenants already have is not new.
        let partly = Source {
            name: "V8__rooms.sql".into(),
            sql: create.into(),
            stage: Stage::PartlyApplied,
        };
        assert_eq!(
            kinds(&[
                partly,
                unapplied("CREATE INDEX rooms_name_idx ON rooms (name)")
            ]),
            vec![(Kind::BlocksWrites, t("rooms"))]
        );
    }

    #[test]
    fn findings_name_their_migration_line_and_statement() {
        let sources = [
            Source {
                name: "V2__old.sql".into(),
                sql: "DROP TABLE appointments;".into(),
                stage: Stage::Applied,
            },
            unapplied(
                "-- a comment\nCREATE TABLE rooms (id int);\n\n  ALTER TABLE \"Appointments\"\n    DROP COLUMN notes;\n",
            ),
        ];
        let found = lint(&sources).unwrap();
        assert_eq!(
            found,
            vec![Finding {
                migration: "V9__x.sql".into(),
                line: 4,
                severity: Severity::Error,
                kind: Kind::Destructive,
                table: t("Appointments"),
                statement: "ALTER TABLE \"Appointments\" DROP COLUMN notes".into(),
                reason: "DROP COLUMN notes deletes the column's data in every tenant; it cannot be undone, \
                         and code that still reads it fails"
                    .into(),
                safer: "stop reading and writing the column in one release, back up the fleet (`theratime \
                        backup --all-tenants`), and drop it in a later one"
                    .into(),
            }]
        );
        assert!(
            found
                .iter()
                .all(|f| !f.reason.is_empty() && !f.safer.is_empty())
        );
    }

    #[test]
    fn a_statement_the_parser_cannot_read_is_unchecked_and_bad_tokens_are_errors() {
        // Valid PostgreSQL sqlparser does not know, a typo, two statements without a
        // ';': each an `unchecked` warning at its line; the statements around it are read.
        let findings = lint(&[unapplied(
            "SELECT 1;\n\nALTER TABLE appointments FROBNICATE notes;\nALTER TABLE appointments DROP COLUMN notes;",
        )])
        .unwrap();
        let got: Vec<_> = findings.iter().map(|f| (f.line, f.kind)).collect();
        assert_eq!(got, vec![(3, Kind::Unchecked), (4, Kind::Destructive)]);
        assert!(
            findings[0].reason.contains("Expected"),
            "{}",
            findings[0].reason
        );
        assert_eq!(
            findings[0].statement,
            "ALTER TABLE appointments FROBNICATE notes; …"
        );
        let findings = lint(&[unapplied("SELECT 1 SELECT 2")]).unwrap();
        assert!(
            findings[0].reason.contains("expected ';'"),
            "{}",
            findings[0].reason
        );
        // Text that does not tokenize is an error naming the file and line.
        let err = lint(&[unapplied("SELECT 'unterminated")]).unwrap_err();
        assert_eq!((err.migration.as_str(), err.line), ("V9__x.sql", 1));
        // An applied migration is read for context only: what does not parse is skipped.
        let applied = Source {
            name: "V1__old.sql".into(),
            sql: "FROBNICATE;\nCREATE TABLE rooms (id int);".into(),
            stage: Stage::Applied,
        };
        assert_eq!(kinds(&[applied, unapplied("SELECT 1")]), vec![]);
    }

    #[test]
    fn the_repositorys_tenant_migrations_parse() {
        let set = crate::fleet::migrations::MigrationSet::embedded();
        let sources: Vec<Source> = set
            .tenant
            .iter()
            .map(|m| Source {
                name: m.name().to_string(),
                sql: m.sql().unwrap_or_default().to_string(),
                stage: Stage::Unapplied,
            })
            .collect();
        // On a fresh fleet every table is new: nothing to say.
        assert_eq!(lint(&sources).unwrap(), vec![]);
    }
}
