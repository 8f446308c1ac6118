//! `theratime migrate`, `migrate status` and `migrate new`.

use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use serde::Serialize;
use sqlx::postgres::PgConnection;

use super::{Ctx, Log, io};
use crate::cli::{MigrateArgs, MigrateCmd, OutputFormat};
use crate::db::{self, Isolation};
use crate::error::{DbContext, Error, Result};
use crate::fleet::migrations::{self, MigrationSet};
use crate::fleet::runner::{
    self, Budget, Failures, Finished, Fleet, Outcome, RunLock, Selection, first_line,
};
use crate::fleet::waves::{self, Counts, MaxFailures, RunOutcome, Waves};
use crate::fleet::{
    self, Ask, Canary, MigrationStatus, Plan, SchemaResult, Stage, TenantMigration,
};
use crate::output::{Record, line};

pub async fn run(args: MigrateArgs, ctx: &Ctx) -> Result<()> {
    match args.command {
        Some(MigrateCmd::Status { check }) => status(ctx, check).await,
        Some(MigrateCmd::New {
            ref name,
            global,
            check,
        }) => new(ctx, name, global, check),
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

fn log_line(r: &SchemaResult) -> String {
    let who = match &r.tenant {
        Some(slug) => format!("tenant {slug} ({})", r.schema),
        None => format!("global schema {}", r.schema),
    };
    match &r.error {
        Some(e) => format!(
            "{who}: {} at version {}: {}",
            r.status,
            r.from,
            first_line(e)
        ),
        None => format!(
            "{who}: {} {} -> {} ({} ms)",
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

impl Summary {
    fn new(schemas: Vec<SchemaResult>, dry_run: bool) -> Summary {
        let count = |s: MigrationStatus| schemas.iter().filter(|r| r.status == s).count();
        let failures: Vec<SchemaResult> = schemas.iter().filter(|r| r.failed()).cloned().collect();
        Summary {
            migrated: count(if dry_run {
                MigrationStatus::Pending
            } else {
                MigrationStatus::Migrated
            }),
            up_to_date: count(MigrationStatus::UpToDate),
            failed: failures.len(),
            not_started: count(MigrationStatus::NotStarted),
            dry_run,
            failures,
            schemas,
        }
    }
}

#[derive(Serialize)]
struct CountRow {
    outcome: MigrationStatus,
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
    let summary = Summary::new(schemas, dry_run);
    let p = &ctx.printer;
    if p.quiet {
        let changed = summary.schemas.iter().filter(|r| {
            matches!(
                r.status,
                MigrationStatus::Migrated | MigrationStatus::Pending
            )
        });
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
                    .filter(|r| r.status != MigrationStatus::UpToDate)
                    .cloned()
                    .collect();
                p.list(&pending).map_err(io)?;
            }
            let rows = [
                CountRow {
                    outcome: if dry_run {
                        MigrationStatus::Pending
                    } else {
                        MigrationStatus::Migrated
                    },
                    schemas: summary.migrated,
                },
                CountRow {
                    outcome: MigrationStatus::UpToDate,
                    schemas: summary.up_to_date,
                },
                CountRow {
                    outcome: MigrationStatus::Failed,
                    schemas: summary.failed,
                },
                CountRow {
                    outcome: MigrationStatus::NotStarted,
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

/// How a run goes through its stages: `--waves`, and the failures it tolerates
/// (`None`: no limit, `--continue-on-error`).
#[derive(Debug, Clone)]
struct Staging {
    waves: Option<Waves>,
    max_failures: Option<MaxFailures>,
}

impl Staging {
    fn of(args: &MigrateArgs) -> Result<Staging> {
        let waves = args.waves.as_deref().map(Waves::parse).transpose()?;
        let max_failures = match (&args.max_failures, args.continue_on_error) {
            (_, true) => None,
            (Some(text), false) => Some(MaxFailures::parse(text)?),
            (None, false) => Some(MaxFailures::Count(0)),
        };
        Ok(Staging {
            waves,
            max_failures,
        })
    }
}

/// The checks that need no database (`--jobs`, the timeouts, `--canary`, `--target`),
/// and the work of the run.
fn check_args(args: &MigrateArgs, ctx: &Ctx) -> Result<TenantMigration> {
    runner::check_jobs(args.jobs)?;
    let timeout = |flag: &str, text: &Option<String>| {
        text.as_deref()
            .map(|t| db::timeout_ms(flag, parse_duration(flag, t)?))
            .transpose()
    };
    let lock_timeout = timeout("--lock-timeout", &args.lock_timeout)?;
    let statement_timeout = timeout("--statement-timeout", &args.statement_timeout)?;
    if args.canary == Some(0) {
        return Err(Error::invalid(
            "--canary 0: give at least one canary tenant",
        ));
    }
    let set = ctx.migrations()?;
    if let Some(t) = args.target
        && !set.tenant.iter().any(|m| m.version() == t)
    {
        return Err(Error::invalid(format!(
            "--target {t} is not a tenant migration version of this binary (latest {})",
            set.latest_tenant_version()
        )));
    }
    Ok(TenantMigration {
        set,
        target: args.target,
        lock_timeout,
        statement_timeout,
    })
}

async fn migrate(args: MigrateArgs, ctx: &Ctx) -> Result<()> {
    let work = check_args(&args, ctx)?;
    if args.preflight {
        return preflight(&args, ctx, work.set).await;
    }
    let staging = Staging::of(&args)?;
    let set = work.set.clone();
    // `-t` alone: the default tenant never narrows a migration run.
    let flag = ctx.settings.tenant_flag.as_deref();
    let only = runner::select(args.tenants.all_tenants, flag, None)?;
    if staging.waves.is_some() && matches!(only, Some(Selection::One(_))) {
        return Err(Error::usage(
            "--waves stages a run over the fleet, and -t migrates one tenant: give one or the other",
        ));
    }
    let scope = fleet::scope(args.global, only.is_some(), args.only_failed);
    let log = Log::new(ctx, None);

    // Every connection of a migration run is direct.
    db::use_named_statements();
    let mut conn = ctx.connect(true).await?;
    if !args.dry_run {
        db::require_role_admin(&mut conn, "migrate", ctx.settings.app_role()).await?;
        runner::lock_run(&mut conn, RunLock::Migration, !args.no_wait, |m| {
            log.info(m)
        })
        .await?;
    }
    let mut results = Vec::new();
    if scope.global {
        let r = fleet::migrate_global(&mut conn, &set, args.dry_run).await?;
        if !args.dry_run {
            log.info(&log_line(&r));
        }
        results.push(r);
    }
    let mut failures = Failures::new(0);
    let mut then = String::new();
    let mut reached = None;
    if scope.tenants {
        if !args.dry_run || !scope.global {
            migrations::check_global(&mut conn, &set).await?;
        }
        let plan = plan_tenants(&mut conn, &set, &args, &staging, only).await?;
        if args.dry_run {
            let n = plan.stages.len();
            for (k, stage) in plan.stages.iter().enumerate().filter(|_| n > 1) {
                log.info(&format!("would migrate {}", stage_line(k, n, stage)));
            }
            results.extend(plan.settled);
        } else {
            let fleet = ctx.fleet(true, args.jobs).await?;
            let in_scope = plan.in_scope.clone();
            let run = run_tenants(ctx, &mut conn, &fleet, work, plan, &staging).await?;
            // The application role gets the role of every tenant of the run that has
            // one (new tenants, and all of them when app_role was set after they were made).
            if let Some(app) = ctx.settings.app_role() {
                db::grant_tenant_roles(&mut conn, &in_scope, app).await?;
            }
            results.extend(run.results);
            (failures, then) = (run.failures, run.then);
            reached = Some(run.reached);
        }
    }
    if !args.dry_run {
        audit_run(&mut conn, &args, flag, &results, reached).await?;
    }
    print_summary(ctx, results, args.dry_run)?;
    failures.finish(false, &then)
}

/// The tenants' plan: the fleet's state in one query, `-t` and `--canary-tenants`
/// resolved, then [`fleet::plan`].
async fn plan_tenants(
    conn: &mut PgConnection,
    set: &MigrationSet,
    args: &MigrateArgs,
    staging: &Staging,
    only: Option<Selection>,
) -> Result<Plan> {
    let states = fleet::states(conn).await?;
    let tenant = match only {
        Some(Selection::One(key)) => Some(crate::tenants::resolve(conn, &key).await?.id),
        _ => None,
    };
    let canary = if !args.canary_tenants.is_empty() {
        let mut ids = Vec::new();
        for key in &args.canary_tenants {
            ids.push(crate::tenants::resolve(conn, key.trim()).await?.id);
        }
        Canary::Tenants(ids)
    } else {
        args.canary.map_or(Canary::None, Canary::First)
    };
    let ask = Ask {
        tenant,
        only_failed: args.only_failed,
        target: args.target,
        dry_run: args.dry_run,
        canary,
        waves: staging.waves.clone(),
    };
    Ok(fleet::plan(set, states, &ask))
}

/// What became of the tenants of a run, and the last words of its exit 7.
struct TenantRun {
    results: Vec<SchemaResult>,
    failures: Failures,
    then: String,
    reached: Reached,
}

/// How far a run went through its stages.
#[derive(Debug, Clone, Copy)]
struct Reached {
    /// The last stage started (from 1; 0: none).
    stage: usize,
    stages: usize,
    outcome: RunOutcome,
}

/// Why a run halted: in which stage (from 1), whether within it (tenants of it were
/// not started) or after it, and whether the canary failed.
struct Halt {
    why: String,
    stage: usize,
    within: bool,
    canary: bool,
}

/// `stage 2 of 3: 9 tenant(s) (t-3 … t-11)`, for the log.
fn stage_line(k: usize, n: usize, stage: &Stage) -> String {
    let slugs: Vec<&str> = stage.tenants.iter().map(|t| t.slug.as_str()).collect();
    let names = match slugs.as_slice() {
        [] => String::new(),
        [one] => one.to_string(),
        [first, .., last] => format!("{first} … {last}"),
    };
    let kind = if stage.canary { " canary" } else { "" };
    format!(
        "stage {} of {n}: {}{kind} tenant(s) ({names})",
        k + 1,
        slugs.len()
    )
}

/// Up to five names, then how many in all.
fn some_names(names: &[&str]) -> String {
    const SHOWN: usize = 5;
    if names.len() <= SHOWN {
        return names.join(", ");
    }
    format!("{}, … ({} in all)", names[..SHOWN].join(", "), names.len())
}

/// The last words of a run's exit 7 and, when it halted (tenants `not_started`), why
/// and where: the reason its record keeps.
fn last_words(
    halt: Option<&Halt>,
    stages: usize,
    migrated: i32,
    not_started: &[&str],
    staging: &Staging,
) -> (String, Option<String>) {
    let mut then = String::from("each was rolled back to its previous version");
    let Some(h) = halt else {
        then.push_str("; retry with `theratime migrate --all-tenants --only-failed`");
        return (then, None);
    };
    let place = match (stages, h.within) {
        (1, _) => String::new(),
        (n, true) => format!(" within stage {} of {n}", h.stage),
        (n, false) => format!(" after stage {} of {n}", h.stage),
    };
    let halted = format!("{}, so the run halted{place}", h.why);
    then.push_str(&format!(
        "; {halted}: {migrated} tenant(s) migrated, {} were not started ({})",
        not_started.len(),
        some_names(not_started)
    ));
    if staging.max_failures == Some(MaxFailures::Count(0)) && !h.canary {
        then.push_str(" (use --max-failures N or --continue-on-error to carry on past failures)");
    }
    then.push_str(
        "; fix the failures, then `theratime migrate --all-tenants` carries on \
         (the migrated are skipped; --only-failed retries just the failed)",
    );
    (then, Some(halted))
}

/// Migrate the planned tenants stage by stage (the canary, then the waves): a stage
/// starts only while the run's failures are within `--max-failures` (and the canary
/// had none); within a stage, the failure past the limit starts no new tenant. The
/// run is recorded in `theratime.migration_runs` as it goes.
async fn run_tenants(
    ctx: &Ctx,
    conn: &mut PgConnection,
    fleet: &Fleet,
    work: TenantMigration,
    plan: Plan,
    staging: &Staging,
) -> Result<TenantRun> {
    let mut failures = Failures::new(plan.in_scope.len());
    for r in plan.settled.iter().filter(|r| r.failed()) {
        let why = r.error.clone().unwrap_or_default();
        failures.push(
            r.tenant.as_deref().unwrap_or(&r.schema),
            Error::invalid(why),
        );
    }
    let mut results = plan.settled;
    let total: usize = plan.stages.iter().map(|s| s.tenants.len()).sum();
    let limit = staging.max_failures.map(|m| m.of(total));
    let n = plan.stages.len();
    let run_id =
        waves::start_run(conn, staging.waves.as_ref(), staging.max_failures, n, total).await?;
    let log = Log::new(ctx, Some(total as u64));
    let progress = |f: &Finished<_, _>| {
        let r = SchemaResult::of_run(f);
        if r.failed() {
            log.tenant_failed(&log_line(&r));
        } else {
            log.tenant_done(&log_line(&r));
        }
    };
    let mut counts = Counts::default();
    let mut not_started: Vec<String> = Vec::new();
    let mut halt: Option<Halt> = None;
    let mut stage_reached = 0;
    for (k, stage) in plan.stages.into_iter().enumerate() {
        if halt.is_some() {
            for t in &stage.tenants {
                not_started.push(t.slug.clone());
                results.push(SchemaResult::unchanged(
                    t,
                    MigrationStatus::NotStarted,
                    None,
                ));
            }
            continue;
        }
        if n > 1 {
            log.info(&stage_line(k, n, &stage));
        }
        stage_reached = k + 1;
        if let Some(id) = run_id {
            waves::record_stage(conn, id, stage_reached, counts).await?;
        }
        let budget = limit.map_or(Budget::Unlimited, |l| {
            Budget::Failures(l.saturating_sub(counts.failed as usize))
        });
        let canary = stage.canary;
        let done = fleet
            .for_each_tenant(stage.tenants, budget, work.clone(), &progress)
            .await?;
        let mut failed_here = false;
        let mut within = false;
        for f in done {
            let r = SchemaResult::of_run(&f);
            match r.status {
                MigrationStatus::Migrated => counts.migrated += 1,
                MigrationStatus::NotStarted => {
                    within = true;
                    not_started.push(f.tenant.slug.clone());
                }
                _ => {}
            }
            results.push(r);
            if let Outcome::Failed(e) = f.outcome {
                failures.push(&f.tenant.slug, e);
                counts.failed += 1;
                failed_here = true;
            }
        }
        if canary && failed_here {
            halt = Some(Halt {
                why: "the canary failed".into(),
                stage: stage_reached,
                within,
                canary: true,
            });
        } else if let Some(l) = limit.filter(|l| counts.failed as usize > *l) {
            let given = staging
                .max_failures
                .map(|m| m.to_string())
                .unwrap_or_default();
            let why = format!("more than {l} tenant(s) failed (--max-failures {given})");
            halt = Some(Halt {
                why,
                stage: stage_reached,
                within,
                canary: false,
            });
        }
    }
    log.done();
    counts.not_started = not_started.len() as i32;
    let names: Vec<&str> = not_started.iter().map(String::as_str).collect();
    let halted = halt.filter(|_| !names.is_empty());
    let (then, reason) = last_words(halted.as_ref(), n, counts.migrated, &names, staging);
    let outcome = if halted.is_some() {
        RunOutcome::Halted
    } else {
        RunOutcome::Finished
    };
    if let Some(id) = run_id {
        waves::finish_run(conn, id, outcome, reason.as_deref(), counts).await?;
    }
    Ok(TenantRun {
        results,
        failures,
        then,
        reached: Reached {
            stage: stage_reached,
            stages: n,
            outcome,
        },
    })
}

/// The audit row of a run (the tenants and global migrations have their own): its
/// options and what became of the schemas.
async fn audit_run(
    conn: &mut PgConnection,
    args: &MigrateArgs,
    tenant: Option<&str>,
    results: &[SchemaResult],
    reached: Option<Reached>,
) -> Result<()> {
    if !crate::db::audit::chained(conn).await? {
        return Ok(());
    }
    let count = |s: MigrationStatus| results.iter().filter(|r| r.status == s).count();
    let failed = results.iter().filter(|r| r.failed()).count();
    let details = serde_json::json!({
        "options": {
            "global": args.global,
            "all_tenants": args.tenants.all_tenants,
            "tenant": tenant,
            "jobs": args.jobs,
            "target": args.target,
            "continue_on_error": args.continue_on_error,
            "max_failures": args.max_failures,
            "waves": args.waves,
            "only_failed": args.only_failed,
            "canary": args.canary,
            "canary_tenants": args.canary_tenants,
            "lock_timeout": args.lock_timeout,
            "statement_timeout": args.statement_timeout,
        },
        "migrated": count(MigrationStatus::Migrated),
        "up_to_date": count(MigrationStatus::UpToDate),
        "failed": failed,
        "not_started": count(MigrationStatus::NotStarted),
        "stage": reached.map(|r| r.stage),
        "stages": reached.map(|r| r.stages),
        "run_outcome": reached.map(|r| r.outcome),
    });
    let outcome = if failed > 0 { "failed" } else { "ok" };
    crate::db::audit::record_alone(
        conn,
        &crate::db::audit::Audit::entry("migrate", None, outcome).details(details),
    )
    .await
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
    /// The global schema's row only: the last run over the tenants.
    #[serde(skip_serializing_if = "Option::is_none")]
    last_fleet_run: Option<waves::LastRun>,
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
        last_fleet_run: None,
    }];
    if global.is_some() {
        rows[0].last_fleet_run = waves::last_run(&mut tx, migrations::FLEET_LOCK).await?;
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
                last_fleet_run: None,
            });
        }
    }
    tx.commit().await.db("cannot commit")?;
    ctx.printer.list(&rows).map_err(io)?;
    if let Some(run) = &rows[0].last_fleet_run
        && ctx.printer.format != OutputFormat::Json
    {
        ctx.notice(run);
    }
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
fn new(ctx: &Ctx, name: &str, global: bool, check: bool) -> Result<()> {
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
    let create = |path: &std::path::Path, text: &str| {
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
            .and_then(|mut f| std::io::Write::write_all(&mut f, text.as_bytes()))
            .map_err(|e| Error::Other(anyhow::anyhow!("cannot write {}: {e}", path.display())))
    };
    create(&path, header)?;
    ctx.notice(format!("created {}", path.display()));
    line(path.display()).map_err(io)?;
    if check {
        let check_path = dir.join(format!("V{}__{name}.check.sql", latest + 1));
        create(
            &check_path,
            "-- Preflight check of the migration beside it: read-only queries, each returning\n\
             -- the rows that would make the migration fail in a tenant (e.g. before SET NOT NULL:\n\
             -- SELECT id FROM appointments WHERE notes IS NULL). `migrate --preflight` runs it in\n\
             -- every tenant without changing anything; `migrate` runs it in each tenant's\n\
             -- transaction before the migration and fails the tenant with its rows.\n",
        )?;
        ctx.notice(format!("created {}", check_path.display()));
        line(check_path.display()).map_err(io)?;
    }
    Ok(())
}

/// One tenant's finding of `migrate --preflight`.
#[derive(Debug, Serialize)]
struct PreflightRow {
    tenant: String,
    migration: String,
    /// Rows the check returned.
    rows: usize,
    /// The first of them, `column=value, …` each.
    first: Vec<String>,
}

impl Record for PreflightRow {
    fn headers() -> &'static [&'static str] {
        &["tenant", "migration", "rows", "first rows"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.tenant.clone(),
            self.migration.clone(),
            self.rows.to_string(),
            self.first.join("; "),
        ]
    }
    fn id(&self) -> String {
        self.tenant.clone()
    }
}

/// The checks of one tenant's pending migrations, in a read-only transaction on its
/// schema (as the owner, as the migration itself runs).
struct Preflight {
    set: MigrationSet,
    target: Option<i32>,
}

impl runner::Work<fleet::TenantState> for Preflight {
    type Output = Vec<fleet::Violation>;

    async fn run(
        &self,
        conn: &mut PgConnection,
        t: &fleet::TenantState,
    ) -> Result<Vec<fleet::Violation>> {
        let tx = db::begin_read_only(conn, Isolation::RepeatableRead).await?;
        let mut tx = db::enter_tenant_ddl(tx, t.id).await?;
        let checks = self.set.pending_checks(t.version, self.target);
        let found = fleet::run_checks(&mut tx, &checks).await?;
        tx.rollback().await?;
        Ok(found)
    }
}

/// `migrate --preflight`: the pending migrations' checks across the selection (every
/// tenant without `-t`), `--jobs` at once, read-only. The tenants whose checks found
/// rows are listed and the run exits 7; otherwise the fleet is clear (exit 0).
async fn preflight(args: &MigrateArgs, ctx: &Ctx, set: MigrationSet) -> Result<()> {
    let flag = ctx.settings.tenant_flag.as_deref();
    let only = runner::select(args.tenants.all_tenants, flag, None)?;
    let mut conn = ctx.connect(false).await?;
    migrations::check_global(&mut conn, &set).await?;
    let tenant = match &only {
        Some(Selection::One(key)) => Some(crate::tenants::resolve(&mut conn, key).await?.id),
        _ => None,
    };
    let states = fleet::states(&mut conn).await?;
    let _ = sqlx::Connection::close(conn).await;
    let selected: Vec<fleet::TenantState> = states
        .into_iter()
        .filter(|s| tenant.is_none_or(|id| id == s.id))
        .collect();
    let total = selected.len();
    let targets: Vec<fleet::TenantState> = selected
        .into_iter()
        .filter(|s| !set.pending_checks(s.version, args.target).is_empty())
        .collect();
    let checked = targets.len();
    let log = Log::new(ctx, Some(checked as u64));
    let done = ctx
        .fleet(false, args.jobs)
        .await?
        .for_each_tenant(
            targets,
            false,
            Preflight {
                set,
                target: args.target,
            },
            &|f| match &f.outcome {
                Outcome::Failed(e) => {
                    log.tenant_failed(&format!("tenant {}: FAILED: {e}", f.tenant.slug))
                }
                Outcome::Done(v) if !v.is_empty() => log.tenant_failed(&format!(
                    "tenant {}: {}",
                    f.tenant.slug,
                    v.iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(" | ")
                )),
                _ => log.tenant_done(""),
            },
        )
        .await?;
    log.done();
    let mut rows = Vec::new();
    let mut failures = Failures::new(done.len());
    for f in done {
        match f.outcome {
            Outcome::Done(found) => rows.extend(found.into_iter().map(|v| PreflightRow {
                tenant: f.tenant.slug.clone(),
                migration: v.migration,
                rows: v.total,
                first: v.rows,
            })),
            Outcome::Failed(e) => failures.push(&f.tenant.slug, e),
            Outcome::NotStarted => {}
        }
    }
    ctx.printer.list(&rows).map_err(io)?;
    if !failures.is_empty() {
        return failures.finish(false, "the others were checked");
    }
    let failing: std::collections::BTreeSet<&str> =
        rows.iter().map(|r| r.tenant.as_str()).collect();
    if !failing.is_empty() {
        return Err(Error::with_code(
            crate::error::code::PARTIAL,
            format!(
                "the checks found rows in {} of {total} tenants ({}): the migration would fail there; nothing was changed",
                failing.len(),
                failing.into_iter().collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    ctx.notice(format!(
        "the fleet is clear: {checked} of {total} tenants have pending checks, and none found a row"
    ));
    Ok(())
}

impl Record for SchemaResult {
    fn headers() -> &'static [&'static str] {
        &[
            "schema",
            "tenant",
            "from",
            "to",
            "applied",
            "status",
            "error",
            "duration_ms",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.schema.clone(),
            self.tenant.clone().unwrap_or_default(),
            self.from.to_string(),
            self.to.to_string(),
            self.applied.join(" "),
            self.status.to_string(),
            self.error.clone().unwrap_or_default(),
            self.duration_ms.to_string(),
        ]
    }
    fn id(&self) -> String {
        self.schema.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_words_say_where_the_run_halted_and_how_to_go_on() {
        let staging = |m: Option<MaxFailures>| Staging {
            waves: None,
            max_failures: m,
        };
        let halt = |why: &str, stage, within, canary| Halt {
            why: why.into(),
            stage,
            within,
            canary,
        };
        let limit = "more than 0 tenant(s) failed (--max-failures 0)";
        let resume = "; fix the failures, then `theratime migrate --all-tenants` carries on \
                      (the migrated are skipped; --only-failed retries just the failed)";
        let carry = " (use --max-failures N or --continue-on-error to carry on past failures)";
        // (halt, stages, migrated, not started, --max-failures, the words after
        // "rolled back …; ", the reason)
        type Case<'a> = (
            Option<Halt>,
            usize,
            i32,
            &'a [&'a str],
            Option<MaxFailures>,
            String,
            Option<&'a str>,
        );
        let cases: Vec<Case> = vec![
            (
                None,
                2,
                9,
                &[],
                Some(MaxFailures::Count(3)),
                "retry with `theratime migrate --all-tenants --only-failed`".into(),
                None,
            ),
            (
                Some(halt(limit, 1, false, false)),
                2,
                1,
                &["a", "b"],
                Some(MaxFailures::Count(0)),
                format!(
                    "{limit}, so the run halted after stage 1 of 2: 1 tenant(s) migrated, 2 were not started (a, b){carry}{resume}"
                ),
                Some("after stage 1 of 2"),
            ),
            (
                Some(halt(
                    "more than 1 tenant(s) failed (--max-failures 10%)",
                    2,
                    true,
                    false,
                )),
                3,
                4,
                &["a", "b", "c", "d", "e", "f"],
                Some(MaxFailures::Percent(10)),
                format!(
                    "more than 1 tenant(s) failed (--max-failures 10%), so the run halted within stage 2 of 3: 4 tenant(s) migrated, 6 were not started (a, b, c, d, e, … (6 in all)){resume}"
                ),
                Some("within stage 2 of 3"),
            ),
            (
                Some(halt("the canary failed", 1, false, true)),
                2,
                0,
                &["x"],
                Some(MaxFailures::Count(0)),
                format!(
                    "the canary failed, so the run halted after stage 1 of 2: 0 tenant(s) migrated, 1 were not started (x){resume}"
                ),
                Some("the canary failed, so the run halted after stage 1 of 2"),
            ),
            (
                Some(halt(limit, 1, true, false)),
                1,
                0,
                &["x"],
                None,
                format!(
                    "{limit}, so the run halted: 0 tenant(s) migrated, 1 were not started (x){resume}"
                ),
                Some("so the run halted"),
            ),
        ];
        for (h, stages, migrated, not_started, max, words, reason) in cases {
            let (then, why) = last_words(h.as_ref(), stages, migrated, not_started, &staging(max));
            assert_eq!(
                then,
                format!("each was rolled back to its previous version; {words}")
            );
            match (why, reason) {
                (None, None) => {}
                (Some(why), Some(part)) => {
                    assert!(why.ends_with(part), "{why}");
                    assert!(then.contains(&why), "{then}");
                }
                (why, _) => panic!("{why:?} for {then}"),
            }
        }
    }
}
