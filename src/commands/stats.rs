//! `theratime stats [-t T | --all-tenants] [--sort size|appointments|dead] [--top N] [--jobs N]`.

use super::{Ctx, io};
use crate::fleet::stats::{FleetTotals, Oldest, TABLE_COLUMNS, TenantStats};
use crate::output::Record;

use crate::cli::{OutputFormat, StatsArgs, StatsSort};
use crate::error::{Error, Result};
use crate::fleet::stats::{self, Report, SortBy};

pub async fn run(args: StatsArgs, ctx: &Ctx) -> Result<()> {
    let sort = args.sort.map(|s| match s {
        StatsSort::Size => SortBy::Size,
        StatsSort::Appointments => SortBy::Appointments,
        StatsSort::Dead => SortBy::Dead,
    });
    crate::fleet::runner::check_jobs(args.jobs)?;
    let selection = ctx.selection(&args.tenants)?;
    let mut conn = ctx.connect(false).await?;
    let targets = ctx.fleet_targets(&mut conn, &selection).await?;
    let ids: Vec<i64> = targets.iter().map(|t| t.id).collect();
    let catalog = stats::catalog(&mut conn, &ids).await?;
    let _ = sqlx::Connection::close(conn).await;
    let chunks = stats::plan(&catalog, args.exact);
    let jobs = args.jobs.min(chunks.len());
    let opts = ctx.connect_options(false).await?;
    let timeout = ctx.settings.connect_timeout.value;
    let mut measured = stats::measure(&opts, timeout, jobs, chunks, catalog.as_of).await?;
    if !args.exact {
        measured.table_bytes = stats::estimated_sizes(&catalog);
    }
    let mut rows = stats::assemble(&targets, &catalog, &measured);
    let fleet = stats::totals(&rows, &catalog, args.exact);
    stats::order(&mut rows, sort, args.top.map(|n| n as usize));
    print(
        ctx,
        Report {
            tenants: rows,
            fleet,
        },
    )
}

/// The tenants' rows and the fleet totals: in a table, the totals as a second table
/// below; in JSON one object (`tenants`, `fleet`); CSV holds one table, so the totals
/// go to stderr there; `-q` prints the tenants' ids only.
fn print(ctx: &Ctx, report: Report) -> Result<()> {
    if ctx.printer.quiet {
        return ctx.printer.list(&report.tenants).map_err(io);
    }
    match ctx.printer.format {
        OutputFormat::Json => {
            let text = serde_json::to_string_pretty(&report).map_err(|e| Error::Other(e.into()))?;
            crate::output::line(text).map_err(io)
        }
        OutputFormat::Table => {
            ctx.printer.list(&report.tenants).map_err(io)?;
            crate::output::line("").map_err(io)?;
            ctx.printer.one(&report.fleet).map_err(io)
        }
        OutputFormat::Csv => {
            ctx.printer.list(&report.tenants).map_err(io)?;
            let f = &report.fleet;
            ctx.notice(format!(
                "fleet: {} tenants, {} bytes ({}), {} dead tuples, {} appointments in the last 7 days and {} \
                 in the next, {} relations in the database ({} in tenant schemas, {} per tenant), as of {}",
                f.tenants,
                f.size_bytes,
                f.sizes,
                f.dead_tuples,
                f.appointments_last_7_days,
                f.appointments_next_7_days,
                f.relations_in_database,
                f.tenant_relations,
                f.relations_per_tenant
                    .map(|r| format!("{r:.1}"))
                    .unwrap_or_else(|| "-".into()),
                f.as_of
            ));
            Ok(())
        }
    }
}

fn opt(v: Option<i64>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

fn oldest_cells(o: &Option<Oldest>) -> [String; 2] {
    match o {
        Some(o) => [
            o.at.clone().unwrap_or_else(|| "never".into()),
            o.table.clone(),
        ],
        None => Default::default(),
    }
}

impl Record for TenantStats {
    fn headers() -> &'static [&'static str] {
        &[
            "tenant",
            "size_bytes",
            "rows_appointments",
            "rows_calendar_blocks",
            "rows_appointment_series",
            "rows_working_hours",
            "dead_tuples",
            "last_vacuum",
            "last_vacuum_table",
            "last_analyze",
            "last_analyze_table",
            "appointments_last_7_days",
            "appointments_next_7_days",
            "relations",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let mut cells = vec![self.tenant.clone(), opt(self.size_bytes)];
        cells.extend(
            TABLE_COLUMNS
                .iter()
                .map(|t| opt(self.rows.as_ref().and_then(|r| r.get(*t).copied()))),
        );
        cells.push(opt(self.dead_tuples));
        cells.extend(oldest_cells(&self.last_vacuum));
        cells.extend(oldest_cells(&self.last_analyze));
        cells.extend([
            opt(self.appointments_last_7_days),
            opt(self.appointments_next_7_days),
            self.relations.to_string(),
        ]);
        cells
    }
    fn id(&self) -> String {
        self.tenant_id.to_string()
    }
}

impl Record for FleetTotals {
    fn headers() -> &'static [&'static str] {
        &[
            "tenants",
            "size_bytes",
            "sizes",
            "dead_tuples",
            "appointments_last_7_days",
            "appointments_next_7_days",
            "relations_in_database",
            "tenant_relations",
            "relations_per_tenant",
            "as_of",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.tenants.to_string(),
            self.size_bytes.to_string(),
            self.sizes.to_string(),
            self.dead_tuples.to_string(),
            self.appointments_last_7_days.to_string(),
            self.appointments_next_7_days.to_string(),
            self.relations_in_database.to_string(),
            self.tenant_relations.to_string(),
            self.relations_per_tenant
                .map(|r| format!("{r:.1}"))
                .unwrap_or_default(),
            self.as_of.clone(),
        ]
    }
    fn id(&self) -> String {
        self.tenants.to_string()
    }
}
