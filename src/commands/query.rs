//! `theratime query (-t T | --all-tenants) (SQL | -f FILE)`: the checks and each
//! tenant's run are `crate::query`'s; this reads the statement, runs it over the fleet
//! and prints the one table.

use std::io::{IsTerminal, Read};
use std::sync::Arc;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use sha2::{Digest, Sha256};
use sqlx::postgres::{PgConnectOptions, PgConnection};
use tokio::task::JoinSet;

use super::{Ctx, io};
use crate::audit::{self, Audit};
use crate::cli::QueryArgs;
use crate::db;
use crate::error::{Error, Result};
use crate::output::line;
use crate::query::{self, Answer, AnswerRow, Failure, FailureKind, Statement, TenantRows};
use crate::tenants::Tenant;

/// The largest query file or stdin theratime reads.
const MAX_SQL_BYTES: u64 = 1 << 20;

pub async fn run(args: QueryArgs, ctx: &Ctx) -> Result<()> {
    let sql = read_sql(&args)?;
    let timeout = super::migrate::parse_duration("--statement-timeout", &args.statement_timeout)?;
    let stmt = Statement::new(sql, timeout)?;
    let jobs = args.fleet.jobs;
    if jobs == 0 || jobs > 64 {
        return Err(Error::invalid(format!(
            "--jobs {jobs} is out of range: use 1 to 64"
        )));
    }
    // Every connection of a run is direct, so that Ctrl-C cancels the statements in
    // flight (`db::cancel_statements`).
    db::use_named_statements();
    let opts = ctx.direct_options().await?;
    let connect_timeout = ctx.settings.connect_timeout.value;
    let mut conn = db::connect_direct(&opts, connect_timeout).await?;
    let targets = ctx.fleet_targets(&mut conn, args.fleet.all_tenants).await?;
    let described = query::prepare(&mut conn, targets.first().map(|t| t.id), &stmt).await?;
    let total = targets.len();
    let progress = Progress::new(ctx, total);
    let results = over_tenants(&opts, connect_timeout, targets, jobs, &stmt, &progress).await?;
    progress.done();
    // With -t, the audit row names the tenant.
    let single = match (args.fleet.all_tenants, results.first()) {
        (false, Some((t, _))) => Some(t.clone()),
        _ => None,
    };
    let answer = query::merge(
        described,
        results.into_iter().map(|(t, r)| (t.slug, r)).collect(),
    );
    audit_run(&mut conn, single.as_ref(), &stmt, total, &answer).await?;
    for e in &answer.errors {
        eprintln!(
            "theratime: tenant {}: FAILED: {}",
            e.tenant, e.failure.error
        );
    }
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
    audit::record_alone(
        conn,
        &Audit::new("query", tenant, None, outcome).details(details),
    )
    .await
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

type TenantResult = (Tenant, std::result::Result<TenantRows, Failure>);

// TEMPORARY: replaced by runner::for_each_tenant when it lands.
/// Run the statement in each of `tenants`, `jobs` at once, each on a direct connection
/// of its own (made first, so an unreachable server fails the run at once); every
/// tenant's result, in the order of `tenants`.
async fn over_tenants(
    opts: &PgConnectOptions,
    connect_timeout: Duration,
    tenants: Vec<Tenant>,
    jobs: usize,
    stmt: &Statement,
    progress: &Progress,
) -> Result<Vec<TenantResult>> {
    let total = tenants.len();
    let mut free: Vec<PgConnection> = Vec::new();
    for _ in 0..jobs.min(total) {
        free.push(db::connect_direct(opts, connect_timeout).await?);
    }
    let stmt = Arc::new(stmt.clone());
    let mut queue = tenants.into_iter().enumerate();
    let mut running = JoinSet::new();
    let mut results = Vec::with_capacity(total);
    loop {
        while let Some(mut conn) = free.pop() {
            let Some((i, tenant)) = queue.next() else {
                free.push(conn);
                break;
            };
            let stmt = stmt.clone();
            running.spawn(async move {
                let r = query::in_tenant(&mut conn, &tenant, &stmt).await;
                (conn, i, (tenant, r))
            });
        }
        let Some(done) = running.join_next().await else {
            break;
        };
        let (conn, i, result) =
            done.map_err(|e| Error::Other(anyhow::anyhow!("a query worker failed: {e}")))?;
        progress.finished(result.1.is_err());
        free.push(conn);
        results.push((i, result));
    }
    results.sort_by_key(|(i, _)| *i);
    Ok(results.into_iter().map(|(_, r)| r).collect())
}

// TEMPORARY: replaced by the runner's progress when it lands.
/// A bar on stderr while the tenants answer, on a terminal and without `-q`.
struct Progress {
    bar: Option<ProgressBar>,
    failed: std::cell::Cell<usize>,
}

impl Progress {
    fn new(ctx: &Ctx, total: usize) -> Progress {
        let bar =
            (std::io::stderr().is_terminal() && !ctx.settings.quiet && total > 1).then(|| {
                let bar = ProgressBar::new(total as u64);
                bar.set_style(
                    ProgressStyle::with_template("{bar:30} {pos}/{len} tenants  eta {eta}  {msg}")
                        .expect("valid template"),
                );
                bar.set_message("failed: 0");
                bar
            });
        Progress {
            bar,
            failed: Default::default(),
        }
    }

    fn finished(&self, failed: bool) {
        if failed {
            self.failed.set(self.failed.get() + 1);
        }
        if let Some(bar) = &self.bar {
            bar.inc(1);
            bar.set_message(format!("failed: {}", self.failed.get()));
        }
    }

    fn done(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
