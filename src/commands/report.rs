//! `theratime report utilization|no-shows|cancellations`.

use super::{Ctx, Log, io};
use sqlx::postgres::PgConnection;

use crate::cli::{FleetOpts, ReportArgs, ReportBy, ReportKind};
use crate::error::Result;
use crate::fleet::runner::{self, Failures, Outcome, Selection, Work};
use crate::output::Record;
use crate::reports::{By, Cancellations, NoShows, Query, Utilization};
use crate::reports::{CancellationRow, NoShowRow, UtilizationRow};
use crate::tenants::Tenant;

pub async fn run(args: ReportArgs, ctx: &Ctx) -> Result<()> {
    let by = match args.by {
        ReportBy::Tenant => By::Tenant,
        ReportBy::Therapist => By::Therapist,
        ReportBy::Week => By::Week,
    };
    let q = Query::new(&args.from, &args.to, by)?;
    let mut conn = ctx.connect(false).await?;
    let (conn, fleet) = (&mut conn, &args.fleet);
    match args.kind {
        ReportKind::Utilization => over_fleet(ctx, conn, fleet, Utilization(q), "reported").await,
        ReportKind::NoShows => over_fleet(ctx, conn, fleet, NoShows(q), "reported").await,
        ReportKind::Cancellations => {
            over_fleet(ctx, conn, fleet, Cancellations(q), "reported").await
        }
    }
}

/// Run `work` for the tenants of `-t T` or `--all-tenants` (`--jobs` at once) and
/// print every row; a failed tenant is named on stderr and makes the run exit 7
/// (with `-t`, its own error).
pub async fn over_fleet<W, R>(
    ctx: &Ctx,
    conn: &mut PgConnection,
    fleet: &FleetOpts,
    work: W,
    what: &str,
) -> Result<()>
where
    W: Work<Tenant, Output = Vec<R>>,
    R: Record + Send + 'static,
{
    let jobs = runner::check_jobs(fleet.jobs)?;
    let selection = ctx.selection(&fleet.tenants)?;
    let targets = ctx.fleet_targets(conn, &selection).await?;
    let log = Log::new(ctx, Some(targets.len() as u64));
    let results = ctx
        .fleet(false, jobs)
        .await?
        .for_each_tenant(targets, false, work, &|f| match &f.outcome {
            Outcome::Failed(e) => {
                log.tenant_failed(&format!("tenant {}: FAILED: {e}", f.tenant.slug))
            }
            _ => log.tenant_done(""),
        })
        .await?;
    log.done();
    let mut rows = Vec::new();
    let mut failures = Failures::new(results.len());
    for f in results {
        match f.outcome {
            Outcome::Done(v) => rows.extend(v),
            Outcome::Failed(e) => failures.push(&f.tenant.slug, e),
            Outcome::NotStarted => {}
        }
    }
    ctx.printer.list(&rows).map_err(io)?;
    let single = selection != Selection::All;
    failures.finish(single, &format!("the others were {what}"))
}

impl Record for UtilizationRow {
    fn headers() -> &'static [&'static str] {
        &[
            "tenant",
            "group",
            "booked_minutes",
            "hours_minutes",
            "utilization",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.tenant.clone(),
            self.group.clone(),
            format!("{:.0}", self.booked_minutes),
            format!("{:.0}", self.hours_minutes),
            percent(self.utilization),
        ]
    }
    fn id(&self) -> String {
        self.group.clone()
    }
}

impl Record for NoShowRow {
    fn headers() -> &'static [&'static str] {
        &["tenant", "group", "completed", "no_shows", "no_show_rate"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.tenant.clone(),
            self.group.clone(),
            self.completed.to_string(),
            self.no_shows.to_string(),
            percent(self.no_show_rate),
        ]
    }
    fn id(&self) -> String {
        self.group.clone()
    }
}

impl Record for CancellationRow {
    fn headers() -> &'static [&'static str] {
        &[
            "tenant",
            "group",
            "appointments",
            "cancelled",
            "median_lead_hours",
            "mean_lead_hours",
            "within_24h",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.tenant.clone(),
            self.group.clone(),
            self.appointments.to_string(),
            self.cancelled.to_string(),
            hours(self.median_lead_hours),
            hours(self.mean_lead_hours),
            self.within_24h.to_string(),
        ]
    }
    fn id(&self) -> String {
        self.group.clone()
    }
}

/// A ratio as a percentage cell; empty where it is undefined.
fn percent(v: Option<f64>) -> String {
    v.map(|v| format!("{:.1}%", v * 100.0)).unwrap_or_default()
}

/// Hours with one decimal; empty where there are none.
fn hours(v: Option<f64>) -> String {
    v.map(|v| format!("{v:.1}")).unwrap_or_default()
}
