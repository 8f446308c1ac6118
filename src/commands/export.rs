//! `theratime export`: the terminal side; the work is in `backup::export`.

use std::time::Instant;

use serde::Serialize;

use super::backup::{counts, log_tenant};
use super::{Ctx, Log, io};
use crate::backup::export::{self, Export, Exported, Format, Window};
use crate::cli::{ExportArgs, ExportFormat};
use crate::db;
use crate::error::{DbContext, Error, Result};
use crate::fleet::migrations;
use crate::fleet::runner::{self, Failures, Finished, Outcome, RunStatus, Selection};
use crate::output::Record;
use crate::tenants::Tenant;

#[derive(Debug, Serialize)]
struct ExportOut {
    tenant: String,
    status: RunStatus,
    appointments: u64,
    blocks: u64,
    files: Vec<String>,
    error: Option<String>,
}

impl Record for ExportOut {
    fn headers() -> &'static [&'static str] {
        &[
            "tenant",
            "status",
            "appointments",
            "blocks",
            "files",
            "error",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.tenant.clone(),
            self.status.to_string(),
            self.appointments.to_string(),
            self.blocks.to_string(),
            self.files.join(" "),
            self.error.clone().unwrap_or_default(),
        ]
    }
    /// `-q`: the files written, one a line; nothing for a failed tenant.
    fn id(&self) -> String {
        self.files.join("\n")
    }
}

impl ExportOut {
    fn empty(tenant: &Tenant, status: RunStatus, error: String) -> ExportOut {
        ExportOut {
            tenant: tenant.slug.clone(),
            status,
            appointments: 0,
            blocks: 0,
            files: Vec::new(),
            error: Some(error),
        }
    }
}

pub async fn export(args: ExportArgs, ctx: &Ctx) -> Result<()> {
    let format = match args.format {
        ExportFormat::Csv => Format::Csv,
        ExportFormat::Json => Format::Json,
        ExportFormat::Ics => Format::Ics,
    };
    let selection = ctx.selection(&args.fleet.tenants)?;
    let jobs = runner::check_jobs(args.fleet.jobs)?;
    // Check the window's shape before connecting (the zone is applied per tenant).
    for b in [&args.from, &args.to].into_iter().flatten() {
        export::parse_bound(b, chrono_tz::Tz::UTC, false)?;
    }
    let set = ctx.migrations()?;
    let mut conn = ctx.connect(false).await?;
    // Inside a transaction: behind PgBouncer in transaction mode only a transaction
    // keeps one server connection for sqlx's parse/bind round trips.
    let mut tx = db::begin(&mut conn, db::Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, &set).await?;
    tx.commit().await.db("cannot commit")?;
    let targets = ctx.fleet_targets(&mut conn, &selection).await?;
    export::prepare_out(&args.out)?;
    let log = Log::new(ctx, Some(targets.len() as u64));
    let started = Instant::now();
    let work = Export {
        format,
        window: Window {
            from: args.from.clone(),
            to: args.to.clone(),
        },
        out: args.out.clone(),
    };
    let progress = |f: &Finished<Tenant, Option<Exported>>| {
        log_tenant(&log, &f.tenant.slug, &f.outcome, |e: &Exported| {
            format!(
                "{} appointments, {} blocks, {} file(s)",
                e.appointments,
                e.blocks,
                e.files.len()
            )
        })
    };
    let fleet = ctx.fleet(false, jobs).await?;
    let results = fleet
        .for_each_tenant(targets, false, work, &progress)
        .await?;
    log.done();
    let single = selection != Selection::All;
    let (rows, failures) = export_rows(results, single)?;
    ctx.printer.list(&rows).map_err(io)?;
    let summary = format!(
        "export finished: {}, into {} in {:.1}s",
        counts(rows.iter().map(|r| r.status)),
        args.out.display(),
        started.elapsed().as_secs_f64()
    );
    if failures.is_empty() {
        log.info(&summary);
    } else {
        log.error(&summary);
    }
    failures.finish(single, "the others were exported")
}

/// The rows of an export run and its failures. A single tenant dropped before its
/// turn is not found (exit 4): nothing was written.
fn export_rows(
    results: Vec<Finished<Tenant, Option<Exported>>>,
    single: bool,
) -> Result<(Vec<ExportOut>, Failures)> {
    let mut rows = Vec::with_capacity(results.len());
    let mut failures = Failures::new(results.len());
    for f in results {
        let t = f.tenant;
        rows.push(match f.outcome {
            Outcome::Done(None) if single => {
                return Err(Error::not_found(format!(
                    "tenant {} was dropped before it could be exported; nothing was written",
                    t.slug
                )));
            }
            Outcome::Done(None) | Outcome::NotStarted => {
                ExportOut::empty(&t, RunStatus::Skipped, "dropped during the run".into())
            }
            Outcome::Done(Some(e)) => ExportOut {
                tenant: e.tenant,
                status: RunStatus::Ok,
                appointments: e.appointments,
                blocks: e.blocks,
                files: e.files,
                error: None,
            },
            Outcome::Failed(e) => {
                let row = ExportOut::empty(&t, RunStatus::Failed, e.to_string());
                failures.push(&t.slug, e);
                row
            }
        });
    }
    Ok((rows, failures))
}
