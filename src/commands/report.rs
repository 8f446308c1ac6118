//! `theratime report utilization|no-shows|cancellations`.

use std::sync::Arc;

use futures_util::FutureExt;

use super::{Ctx, io};
use sqlx::postgres::PgConnection;

use crate::cli::{FleetOpts, ReportArgs, ReportBy, ReportKind};
use crate::error::{Error, Result};
use crate::output::Record;
use crate::reports::{self, By, Job, Query};

pub async fn run(args: ReportArgs, ctx: &Ctx) -> Result<()> {
    let by = match args.by {
        ReportBy::Tenant => By::Tenant,
        ReportBy::Therapist => By::Therapist,
        ReportBy::Week => By::Week,
    };
    let q = Query::new(&args.from, &args.to, by)?;
    match args.kind {
        ReportKind::Utilization => {
            let job: Job<Query, _> = |c, t, q| reports::utilization(c, t, q).boxed();
            report(ctx, &args, q, job).await
        }
        ReportKind::NoShows => {
            let job: Job<Query, _> = |c, t, q| reports::no_shows(c, t, q).boxed();
            report(ctx, &args, q, job).await
        }
        ReportKind::Cancellations => {
            let job: Job<Query, _> = |c, t, q| reports::cancellations(c, t, q).boxed();
            report(ctx, &args, q, job).await
        }
    }
}

/// Run one report over the selected tenants.
async fn report<R>(ctx: &Ctx, args: &ReportArgs, q: Query, job: Job<Query, Vec<R>>) -> Result<()>
where
    R: Record + Send + 'static,
{
    let mut conn = ctx.connect(false).await?;
    over_fleet(ctx, &mut conn, &args.fleet, q, job, "reported").await
}

/// Run `job` for the tenants of `-t T` or `--all-tenants` (`--jobs` at once) and print
/// every row; a failed tenant is named on stderr and makes the run exit 7 (with `-t`,
/// its own error).
pub async fn over_fleet<Q, R>(
    ctx: &Ctx,
    conn: &mut PgConnection,
    fleet: &FleetOpts,
    q: Q,
    job: Job<Q, Vec<R>>,
    what: &str,
) -> Result<()>
where
    Q: Send + Sync + 'static,
    R: Record + Send + 'static,
{
    if fleet.jobs == 0 {
        return Err(Error::usage("--jobs must be at least 1"));
    }
    let targets = ctx.fleet_targets(conn, fleet.all_tenants).await?;
    let opts = ctx.connect_options(false).await?;
    let results = reports::over_tenants(
        &opts,
        ctx.settings.connect_timeout.value,
        targets,
        fleet.jobs,
        Arc::new(q),
        job,
    )
    .await?;
    finish(ctx, results, fleet.all_tenants, what)
}

/// Print the rows of every tenant that succeeded; the failures on stderr, exit 7
/// (a single tenant's failure is the command's error).
fn finish<R: Record>(
    ctx: &Ctx,
    results: Vec<(crate::tenants::Tenant, Result<Vec<R>>)>,
    all_tenants: bool,
    what: &str,
) -> Result<()> {
    let total = results.len();
    let mut rows = Vec::new();
    let mut failures = Vec::new();
    for (t, r) in results {
        match r {
            Ok(v) => rows.extend(v),
            Err(e) => {
                eprintln!("theratime: tenant {}: FAILED: {e}", t.slug);
                failures.push(e);
            }
        }
    }
    ctx.printer.list(&rows).map_err(io)?;
    match failures.len() {
        0 => Ok(()),
        _ if !all_tenants => Err(failures.pop().expect("one")),
        n => Err(Error::Partial(format!(
            "{n} of {total} tenants failed; the others were {what}"
        ))),
    }
}
