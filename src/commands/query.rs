//! `theratime query (-t T | --all-tenants) (SQL | -f FILE)`: the checks and each
//! tenant's run are `crate::fleet::query`'s; this reads the statement, runs it over the fleet
//! and prints the one table.

use std::io::Read;
use std::sync::Arc;

use sha2::{Digest, Sha256};
use sqlx::postgres::PgConnection;

use super::{Ctx, Log, io};
use crate::cli::QueryArgs;
use crate::db;
use crate::db::audit::{self, Audit};
use crate::error::{Error, Result};
use crate::fleet::query::{self, Answer, AnswerRow, Failure, FailureKind, Statement, TenantRows};
use crate::fleet::runner::{self, Outcome, Selection, Work};
use crate::output::line;
use crate::tenants::Tenant;

/// The largest query file or stdin theratime reads.
const MAX_SQL_BYTES: u64 = 1 << 20;

pub async fn run(args: QueryArgs, ctx: &Ctx) -> Result<()> {
    let sql = read_sql(&args)?;
    let timeout = super::migrate::parse_duration("--statement-timeout", &args.statement_timeout)?;
    let stmt = Statement::new(sql, timeout)?;
    let jobs = runner::check_jobs(args.fleet.jobs)?;
    let selection = ctx.selection(&args.fleet.tenants)?;
    // Every connection of a run is direct, so that Ctrl-C cancels the statements in
    // flight (`db::cancel_statements`).
    db::use_named_statements();
    let mut conn = ctx.connect(true).await?;
    let targets = ctx.fleet_targets(&mut conn, &selection).await?;
    let described = query::prepare(&mut conn, targets.first().map(|t| t.id), &stmt).await?;
    let total = targets.len();
    let log = Log::new(ctx, Some(total as u64));
    let finished = ctx
        .fleet(true, jobs)
        .await?
        .for_each_tenant(
            targets,
            false,
            InTenant(Arc::new(stmt.clone())),
            &|f| match &f.outcome {
                Outcome::Done(Ok(_)) | Outcome::NotStarted => log.tenant_done(""),
                Outcome::Done(Err(e)) => {
                    log.tenant_failed(&format!("tenant {}: FAILED: {}", f.tenant.slug, e.error))
                }
                Outcome::Failed(e) => {
                    log.tenant_failed(&format!("tenant {}: FAILED: {e}", f.tenant.slug))
                }
            },
        )
        .await?;
    log.done();
    let results: Vec<(Tenant, std::result::Result<TenantRows, Failure>)> = finished
        .into_iter()
        .map(|f| {
            let r = match f.outcome {
                Outcome::Done(r) => r,
                Outcome::Failed(e) => Err(Failure::failed(e.to_string())),
                Outcome::NotStarted => Err(Failure::failed("not started")),
            };
            (f.tenant, r)
        })
        .collect();
    // With -t, the audit row names the tenant.
    let single = match (&selection, results.first()) {
        (Selection::One(_), Some((t, _))) => Some(t.clone()),
        _ => None,
    };
    let failed_in_run: std::collections::HashSet<String> = results
        .iter()
        .filter(|(_, r)| r.is_err())
        .map(|(t, _)| t.slug.clone())
        .collect();
    let answer = query::merge(
        described,
        results.into_iter().map(|(t, r)| (t.slug, r)).collect(),
    );
    // A tenant whose rows do not fit the table fails only here, at the merge.
    for e in answer
        .errors
        .iter()
        .filter(|e| !failed_in_run.contains(&e.tenant))
    {
        log.tenant_failed(&format!("tenant {}: FAILED: {}", e.tenant, e.failure.error));
    }
    audit_run(&mut conn, single.as_ref(), &stmt, total, &answer).await?;
    print(ctx, &answer)?;
    query::verdict(&answer.errors, total)
}

/// The run's audit row (its rows leave through stdout): one per run, written after the
/// tenants answered and before anything is printed. The statement may quote personal
/// values, so the row keeps its SHA-256, not its text.
async fn audit_run(
    conn: &mut PgConnection,
    tenant: Option<&Tenant>,
    stmt: &Statement,
    total: usize,
    answer: &Answer,
) -> Result<()> {
    if !audit::chained(conn).await? {
        return Ok(());
    }
    let count = |kinds: &[FailureKind]| {
        answer
            .errors
            .iter()
            .filter(|e| kinds.contains(&e.failure.kind))
            .count()
    };
    let details = serde_json::json!({
        "statement_sha256": hex::encode(Sha256::digest(stmt.sql().as_bytes())),
        "statement_timeout_ms": stmt.timeout().as_millis() as u64,
        "tenants": total,
        "answered": total - answer.errors.len(),
        "failed": count(&[FailureKind::Failed, FailureKind::Lost]),
        "refused": count(&[FailureKind::Refused]),
        "rows": answer.rows.len(),
    });
    let worst = answer.errors.iter().map(|e| e.failure.kind).max();
    let outcome = worst.map_or("ok", FailureKind::as_str);
    let entry = Audit::entry("query", None, outcome).details(details);
    let entry = match tenant {
        Some(t) => entry.tenant_ref(t.id, &t.slug),
        None => entry,
    };
    audit::record_alone(conn, &entry).await
}

/// The statement from the argument, or from `-f FILE` (`-` = stdin): at most 1 MiB of
/// UTF-8; a missing file exits 4, an unreadable one 5.
fn read_sql(args: &QueryArgs) -> Result<String> {
    let Some(path) = &args.file else {
        return args
            .sql
            .clone()
            .ok_or_else(|| Error::usage("give the query as an argument or with -f FILE"));
    };
    let mut bytes = Vec::new();
    let read = if path == "-" {
        std::io::stdin()
            .take(MAX_SQL_BYTES + 1)
            .read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|f| f.take(MAX_SQL_BYTES + 1).read_to_end(&mut bytes))
    };
    read.map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::not_found(format!("query file {path} not found")),
        _ => Error::invalid(format!("cannot read the query file {path}: {e}")),
    })?;
    if bytes.len() as u64 > MAX_SQL_BYTES {
        return Err(Error::invalid(format!(
            "the query file {path} is larger than 1 MiB"
        )));
    }
    String::from_utf8(bytes)
        .map_err(|_| Error::invalid(format!("the query file {path} is not UTF-8")))
}

/// The table on stdout; with `-q`, the slug of each tenant that returned rows, once.
fn print(ctx: &Ctx, answer: &Answer) -> Result<()> {
    if ctx.printer.quiet {
        let mut last = None;
        for r in &answer.rows {
            if last != Some(&r.tenant) {
                line(&r.tenant).map_err(io)?;
                last = Some(&r.tenant);
            }
        }
        return Ok(());
    }
    ctx.printer
        .grid(
            &answer.columns,
            answer.rows.iter().map(AnswerRow::cells),
            answer,
        )
        .map_err(io)
}

/// One tenant's run of the statement: its rows or why it gave none (never a runner
/// error: a failure is one tenant's answer, and the others still answer).
struct InTenant(Arc<Statement>);

impl Work<Tenant> for InTenant {
    type Output = std::result::Result<TenantRows, Failure>;

    async fn run(&self, conn: &mut PgConnection, tenant: &Tenant) -> Result<Self::Output> {
        Ok(query::in_tenant(conn, tenant, &self.0).await)
    }
}
