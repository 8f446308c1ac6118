//! `theratime migrate`, `migrate status` and `migrate new`.

use std::collections::HashSet;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;
use sqlx::postgres::PgConnection;

use super::{Ctx, io};
use crate::cli::{MigrateArgs, MigrateCmd, OutputFormat};
use crate::db::{self, Isolation};
use crate::error::{DbContext, Error, Result};
use crate::fleet::{self, FleetOptions, Progress, SchemaResult, TenantState};
use crate::migrations::{self, MigrationSet};
use crate::output::{Record, line};

pub async fn run(args: MigrateArgs, ctx: &Ctx) -> Result<()> {
    match args.command {
        Some(MigrateCmd::Status { check }) => status(ctx, check).await,
        Some(MigrateCmd::New { ref name, global }) => new(ctx, name, global),
        Some(MigrateCmd::Lint { ref files, strict }) => super::lint::run(ctx, files, strict).await,
        None => migrate(args, ctx).await,
    }
}

/// Parse a duration such as `500ms`, `2s` or `1m30s`.
pub fn parse_duration(flag: &str, text: &str) -> Result<Duration> {
    humantime::parse_duration(text.trim()).map_err(|e| {
        Error::invalid(format!(
            "{flag} {text:?} is not a duration ({e}); use e.g. 500ms, 2s or 1m30s"
        ))
    })
}

/// Take the fleet lock for this session: wait (saying so), or with `--no-wait` exit 8.
async fn lock_fleet(conn: &mut PgConnection, ctx: &Ctx, no_wait: bool) -> Result<()> {
    let got: bool = db::query_scalar("SELECT pg_try_advisory_lock($1)")
        .bind(migrations::FLEET_LOCK)
        .fetch_one(&mut *conn)
        .await
        .db("cannot take the migration lock")?;
    if got {
        return Ok(());
    }
    if no_wait {
        return Err(Error::Busy(
            "another migration run holds the migration lock; try again when it is done, or drop --no-wait to wait for it"
                .into(),
        ));
    }
    ctx.notice("theratime: another migration run holds the lock; waiting for it to finish");
    db::query("SELECT pg_advisory_lock($1)")
        .bind(migrations::FLEET_LOCK)
        .execute(&mut *conn)
        .await
        .db("cannot take the migration lock")?;
    Ok(())
}

/// Log lines without a terminal, a bar with one.
struct Reporter {
    bar: Option<ProgressBar>,
    quiet: bool,
    failures: std::sync::atomic::AtomicUsize,
}

impl Reporter {
    fn new(ctx: &Ctx, total: usize) -> Reporter {
        let bar =
            (std::io::stderr().is_terminal() && !ctx.settings.quiet && total > 0).then(|| {
                let bar = ProgressBar::new(total as u64);
                bar.set_style(
                    ProgressStyle::with_template(
                        "{bar:30} {pos}/{len} tenants  {per_sec}  eta {eta}  {msg}",
                    )
                    .expect("valid template"),
                );
                bar.set_message("failed: 0");
                bar
            });
        Reporter {
            bar,
            quiet: ctx.settings.quiet,
            failures: Default::default(),
        }
    }

    fn done(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Progress for Reporter {
    fn finished(&self, r: &SchemaResult) {
        let failures = if r.failed() {
            self.failures
                .fetch_add(1, std::sync::atomic::Ordering::SeqCst)
                + 1
        } else {
            self.failures.load(std::sync::atomic::Ordering::SeqCst)
        };
        match &self.bar {
            Some(bar) => {
                bar.inc(1);
                bar.set_message(format!("failed: {failures}"));
                if let Some(e) = &r.error {
                    bar.println(format!(
                        "{} ({}): FAILED: {}",
                        r.tenant.as_deref().unwrap_or(""),
                        r.schema,
                        first_line(e)
                    ));
                }
            }
            None if !self.quiet => eprintln!("{}", log_line(r)),
            None => {}
        }
    }
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or_default()
}

fn log_line(r: &SchemaResult) -> String {
    let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ");
    let who = match &r.tenant {
        Some(slug) => format!("tenant {slug} ({})", r.schema),
        None => format!("global schema {}", r.schema),
    };
    match &r.error {
        Some(e) => format!(
            "{now} {who}: {} at version {}: {}",
            r.status,
            r.from,
            first_line(e)
        ),
        None => format!(
            "{now} {who}: {} {} -> {} ({} ms)",
            r.status, r.from, r.to, r.duration_ms
        ),
    }
}

/// The summary of a run: counts, failures, and every schema's result.
#[derive(Debug, Serialize)]
struct Summary {
    migrated: usize,
    up_to_date: usize,
    failed: usize,
    not_started: usize,
    dry_run: bool,
    failures: Vec<SchemaResult>,
    schemas: Vec<SchemaResult>,
}

#[derive(Serialize)]
struct CountRow {
    outcome: &'static str,
    schemas: usize,
}

impl Record for CountRow {
    fn headers() -> &'static [&'static str] {
        &["outcome", "schemas"]
    }
    fn cells(&self) -> Vec<String> {
        vec![self.outcome.to_string(), self.schemas.to_string()]
    }
    fn id(&self) -> String {
        self.outcome.to_string()
    }
}

fn print_summary(ctx: &Ctx, schemas: Vec<SchemaResult>, dry_run: bool) -> Result<()> {
    let count = |s: &str| schemas.iter().filter(|r| r.status == s).count();
    let summary = Summary {
        migrated: count(if dry_run { "pending" } else { "migrated" }),
        up_to_date: count("up to date"),
        failed: schemas.iter().filter(|r| r.failed()).count(),
        not_started: count("not started"),
        dry_run,
        failures: schemas.iter().filter(|r| r.failed()).cloned().collect(),
        schemas,
    };
    let p = &ctx.printer;
    if p.quiet {
        let changed: Vec<&SchemaResult> = summary
            .schemas
            .iter()
            .filter(|r| r.status == "migrated" || r.status == "pending")
            .collect();
        for r in changed {
            line(&r.schema).map_err(io)?;
        }
        return Ok(());
    }
    match p.format {
        OutputFormat::Json => {
            let mut out = std::io::stdout().lock();
            serde_json::to_writer_pretty(&mut out, &summary).map_err(|e| io(e.into()))?;
            writeln!(out).map_err(io)?;
            Ok(())
        }
        OutputFormat::Csv => p.list(&summary.schemas).map_err(io),
        OutputFormat::Table => {
            if dry_run {
                let pending: Vec<SchemaResult> = summary
                    .schemas
                    .iter()
                    .filter(|r| r.status != "up to date")
                    .cloned()
                    .collect();
                p.list(&pending).map_err(io)?;
            }
            let rows = [
                CountRow {
                    outcome: if dry_run { "pending" } else { "migrated" },
                    schemas: summary.migrated,
                },
                CountRow {
                    outcome: "up to date",
                    schemas: summary.up_to_date,
                },
                CountRow {
                    outcome: "failed",
                    schemas: summary.failed,
                },
                CountRow {
                    outcome: "not started",
                    schemas: summary.not_started,
                },
            ];
            p.list(&rows).map_err(io)?;
            if !summary.failures.is_empty() {
                p.list(&summary.failures).map_err(io)?;
            }
            Ok(())
        }
    }
}

async fn migrate(args: MigrateArgs, ctx: &Ctx) -> Result<()> {
    if args.jobs == 0 || args.jobs > 64 {
        return Err(Error::invalid(format!(
            "--jobs {} is out of range: use 1 to 64",
            args.jobs
        )));
    }
    let lock_timeout = args
        .lock_timeout
        .as_deref()
        .map(|t| parse_duration("--lock-timeout", t))
        .transpose()?;
    let statement_timeout = args
        .statement_timeout
        .as_deref()
        .map(|t| parse_duration("--statement-timeout", t))
        .transpose()?;
    let set = ctx.migrations()?;
    if let Some(t) = args.target
        && !set.tenant.iter().any(|m| m.version() == t)
    {
        return Err(Error::invalid(format!(
            "--target {t} is not a tenant migration version of this binary (latest {})",
            set.latest_tenant_version()
        )));
    }
    let only_tenant = ctx.settings.tenant_flag.clone();
    let do_global =
        args.global || (!args.all_tenants && only_tenant.is_none() && !args.only_failed);
    let do_tenants = !args.global;

    let opts = ctx.direct_options().await?;
    // Every connection of a migration run is direct.
    db::use_named_statements();
    let timeout = ctx.settings.connect_timeout.value;
    let mut conn = db::connect_direct(&opts, timeout).await?;
    if !args.dry_run {
        db::require_role_admin(&mut conn, "migrate", ctx.settings.app_role()).await?;
        lock_fleet(&mut conn, ctx, args.no_wait).await?;
    }

    let mut results = Vec::new();
    if do_global {
        let current = migrations::global_version(&mut conn).await?.unwrap_or(0);
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
            applied: pending.clone(),
            status: "up to date".into(),
            error: None,
            duration_ms: 0,
        };
        if args.dry_run {
            if !pending.is_empty() {
                r.status = "pending".into();
                r.to = set.latest_global_version();
            }
        } else {
            let started = std::time::Instant::now();
            let mut tx = db::begin(&mut conn, Isolation::ReadCommitted).await?;
            let applied = migrations::apply_global(&mut tx, &set, None).await?;
            tx.commit()
                .await
                .db("cannot commit the global migrations")?;
            r.to = applied.to;
            r.applied = applied.names;
            r.duration_ms = started.elapsed().as_millis() as u64;
            if !r.applied.is_empty() {
                r.status = "migrated".into();
            }
            ctx.notice(log_line(&r));
        }
        results.push(r);
    }

    if do_tenants {
        if !args.dry_run || !do_global {
            migrations::check_global(&mut conn, &set).await?;
        }
        let mut states = fleet::states(&mut conn).await?;
        if let Some(key) = &only_tenant {
            let t = crate::tenants::resolve(&mut conn, key).await?;
            states.retain(|s| s.id == t.id);
        }
        if args.only_failed {
            states.retain(|s| s.last_status.as_deref() == Some("failed"));
        }
        let target_version = args.target.unwrap_or(set.latest_tenant_version());
        let in_scope: Vec<i64> = states.iter().map(|s| s.id).collect();
        let mut pending = Vec::new();
        for s in states {
            if let Some(why) = fleet::drift(&set, &s) {
                results.push(SchemaResult::unchanged(&s, "refused", Some(why)));
            } else if s.version >= target_version {
                results.push(SchemaResult::unchanged(&s, "up to date", None));
            } else {
                pending.push(s);
            }
        }
        if args.dry_run {
            for s in &pending {
                let mut r = SchemaResult::unchanged(s, "pending", None);
                r.applied = set.pending_tenant(s.version, args.target);
                r.to = target_version;
                results.push(r);
            }
            print_summary(ctx, results, true)?;
            return Ok(());
        }
        let fleet_opts = FleetOptions {
            jobs: args.jobs,
            target: args.target,
            continue_on_error: args.continue_on_error,
            lock_timeout,
            statement_timeout,
        };
        // Canary tenants first.
        let canary = pick_canary(&mut pending, &args, &mut conn).await?;
        let reporter = Arc::new(Reporter::new(ctx, canary.len() + pending.len()));
        let mut canary_failed = false;
        if !canary.is_empty() {
            ctx.notice(format!(
                "theratime: migrating {} canary tenant(s) first",
                canary.len()
            ));
            let done =
                fleet::run(&opts, timeout, &set, canary, &fleet_opts, reporter.clone()).await?;
            canary_failed = done.iter().any(SchemaResult::failed);
            results.extend(done);
        }
        if canary_failed {
            results.extend(
                pending
                    .iter()
                    .map(|s| SchemaResult::unchanged(s, "not started", None)),
            );
        } else {
            results.extend(
                fleet::run(&opts, timeout, &set, pending, &fleet_opts, reporter.clone()).await?,
            );
        }
        reporter.done();
        // The application role gets the role of every tenant of the run that has one
        // (new tenants, and all of them when app_role was set after they were made).
        if let Some(app) = ctx.settings.app_role() {
            db::grant_tenant_roles(&mut conn, &in_scope, app).await?;
        }
        let failed: Vec<String> = results
            .iter()
            .filter(|r| r.failed())
            .map(|r| {
                format!(
                    "{}: {}",
                    r.tenant.as_deref().unwrap_or(&r.schema),
                    first_line(r.error.as_deref().unwrap_or(""))
                )
            })
            .collect();
        let not_started = results.iter().filter(|r| r.status == "not started").count();
        audit_run(&mut conn, &args, only_tenant.as_deref(), &results).await?;
        print_summary(ctx, results, false)?;
        if !failed.is_empty() {
            let mut msg = format!(
                "{} tenant(s) failed and were rolled back to their previous version: {}",
                failed.len(),
                failed.join("; ")
            );
            if canary_failed {
                msg.push_str(&format!(
                    "; the canary failed, so {not_started} other tenant(s) were not started"
                ));
            } else if not_started > 0 {
                msg.push_str(&format!(
                    "; {not_started} tenant(s) were not started (use --continue-on-error to carry on past failures)"
                ));
            }
            msg.push_str("; retry with `theratime migrate --all-tenants --only-failed`");
            return Err(Error::Partial(msg));
        }
        return Ok(());
    }
    if !args.dry_run {
        audit_run(&mut conn, &args, only_tenant.as_deref(), &results).await?;
    }
    print_summary(ctx, results, args.dry_run)
}

/// The audit row of a run (the tenants and global migrations have their own): its
/// options and what became of the schemas.
async fn audit_run(
    conn: &mut PgConnection,
    args: &MigrateArgs,
    tenant: Option<&str>,
    results: &[SchemaResult],
) -> Result<()> {
    if !crate::audit::chained(conn).await? {
        return Ok(());
    }
    let count = |s: &str| results.iter().filter(|r| r.status == s).count();
    let failed = results.iter().filter(|r| r.failed()).count();
    let details = serde_json::json!({
        "options": {
            "global": args.global,
            "all_tenants": args.all_tenants,
            "tenant": tenant,
            "jobs": args.jobs,
            "target": args.target,
            "continue_on_error": args.continue_on_error,
            "only_failed": args.only_failed,
            "canary": args.canary,
            "canary_tenants": args.canary_tenants,
            "lock_timeout": args.lock_timeout,
            "statement_timeout": args.statement_timeout,
        },
        "migrated": count("migrated"),
        "up_to_date": count("up to date"),
        "failed": failed,
        "not_started": count("not started"),
    });
    let outcome = if failed > 0 { "failed" } else { "ok" };
    crate::audit::record_alone(
        conn,
        &crate::audit::Audit::new("migrate", None, None, outcome).details(details),
    )
    .await
}

/// Take the canary tenants out of `pending`.
async fn pick_canary(
    pending: &mut Vec<TenantState>,
    args: &MigrateArgs,
    conn: &mut PgConnection,
) -> Result<Vec<TenantState>> {
    if !args.canary_tenants.is_empty() {
        let mut ids = HashSet::new();
        for key in &args.canary_tenants {
            ids.insert(crate::tenants::resolve(conn, key.trim()).await?.id);
        }
        let (canary, rest): (Vec<_>, Vec<_>) = std::mem::take(pending)
            .into_iter()
            .partition(|s| ids.contains(&s.id));
        *pending = rest;
        return Ok(canary);
    }
    match args.canary {
        Some(0) => Err(Error::invalid(
            "--canary 0: give at least one canary tenant",
        )),
        Some(n) => Ok(pending.drain(..n.min(pending.len())).collect()),
        None => Ok(Vec::new()),
    }
}

#[derive(Debug, Serialize)]
struct SchemaStatus {
    schema: String,
    tenant: Option<String>,
    version: Option<i32>,
    latest: i32,
    pending: usize,
    last_status: Option<String>,
    last_error: Option<String>,
    /// RFC 3339 with the tenant's offset.
    last_run_at: Option<String>,
    /// The same time for tables: local to the tenant's zone.
    #[serde(skip)]
    last_run_local: Option<String>,
    last_duration_ms: Option<i64>,
    drift: Option<String>,
}

impl Record for SchemaStatus {
    fn headers() -> &'static [&'static str] {
        &[
            "schema",
            "tenant",
            "version",
            "latest",
            "pending",
            "last_status",
            "last_error",
            "last_run_at",
            "last_duration_ms",
            "drift",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        vec![
            self.schema.clone(),
            o(&self.tenant),
            self.version.map(|v| v.to_string()).unwrap_or_default(),
            self.latest.to_string(),
            self.pending.to_string(),
            o(&self.last_status),
            self.last_error
                .as_deref()
                .map(first_line)
                .unwrap_or_default()
                .to_string(),
            o(&self.last_run_local),
            self.last_duration_ms
                .map(|v| v.to_string())
                .unwrap_or_default(),
            o(&self.drift),
        ]
    }
    fn id(&self) -> String {
        self.schema.clone()
    }
}

async fn status(ctx: &Ctx, check: bool) -> Result<()> {
    let set = ctx.migrations()?;
    let mut conn = ctx.connect(false).await?;
    let mut tx = db::begin(&mut conn, Isolation::RepeatableRead).await?;
    let global = migrations::global_version(&mut tx).await?;
    let latest_global = set.latest_global_version();
    let mut rows = vec![SchemaStatus {
        schema: "theratime".into(),
        tenant: None,
        version: global,
        latest: latest_global,
        pending: set
            .global
            .iter()
            .filter(|m| Some(m.version()) > global)
            .count(),
        last_status: None,
        last_error: None,
        last_run_at: None,
        last_run_local: None,
        last_duration_ms: None,
        drift: global.filter(|g| *g > latest_global).map(|g| {
            format!("applied version {g} is unknown to this binary (latest {latest_global})")
        }),
    }];
    if global.is_some() {
        for s in fleet::states(&mut tx).await? {
            rows.push(SchemaStatus {
                schema: db::schema_name(s.id),
                drift: fleet::drift(&set, &s),
                pending: set.pending_tenant(s.version, None).len(),
                version: Some(s.version),
                latest: set.latest_tenant_version(),
                last_run_at: s
                    .last_started_at
                    .map(|t| crate::time::format_local(t, crate::tenants::zone(&s.time_zone))),
                last_run_local: s
                    .last_started_at
                    .map(|t| crate::time::format_table(t, crate::tenants::zone(&s.time_zone))),
                last_duration_ms: s.last_duration_ms,
                last_status: s.last_status,
                last_error: s.last_error,
                tenant: Some(s.slug),
            });
        }
    }
    tx.commit().await.db("cannot commit")?;
    ctx.printer.list(&rows).map_err(io)?;
    let pending = rows.iter().filter(|r| r.pending > 0).count();
    let drifted = rows.iter().filter(|r| r.drift.is_some()).count();
    if check && (pending > 0 || drifted > 0) {
        return Err(Error::Partial(format!(
            "{pending} schema(s) have pending migrations and {drifted} have drifted; run `theratime migrate` \
             (and `theratime doctor` for drift)"
        )));
    }
    Ok(())
}

/// `migrate new NAME [--global]`: the next numbered, empty migration file.
fn new(ctx: &Ctx, name: &str, global: bool) -> Result<()> {
    if name.is_empty()
        || name.len() > 100
        || !name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    {
        return Err(Error::invalid(format!(
            "invalid migration name {name:?}: use lowercase letters, digits and '_' (e.g. add_room_to_appointments)"
        )));
    }
    let root = ctx
        .settings
        .migrations
        .as_ref()
        .map_or_else(|| PathBuf::from("migrations"), |m| m.value.clone());
    let dir = root.join(if global { "global" } else { "tenant" });
    if !dir.is_dir() {
        return Err(Error::not_found(format!(
            "no migrations directory {}; run from the repository root or pass --migrations DIR",
            dir.display()
        )));
    }
    let existing = MigrationSet::from_dir(&root)?;
    let latest = if global {
        existing.latest_global_version()
    } else {
        existing.latest_tenant_version()
    };
    let path = dir.join(format!("V{}__{name}.sql", latest + 1));
    let header = if global {
        "-- Global migration: runs once, in the theratime schema. Qualify names with theratime.\n"
    } else {
        "-- Tenant migration: runs in every tenant schema, one transaction per tenant;\n\
         -- unqualified names are that tenant's. Qualify global objects with theratime.\n"
    };
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .and_then(|mut f| std::io::Write::write_all(&mut f, header.as_bytes()))
        .map_err(|e| Error::Other(anyhow::anyhow!("cannot write {}: {e}", path.display())))?;
    ctx.notice(format!("created {}", path.display()));
    line(path.display()).map_err(io)
}
