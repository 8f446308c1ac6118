//! `theratime book` (one appointment, or many with `--from-file`).

use std::io::Write;

use super::{Ctx, io};
use crate::appointments::{self, AppointmentOut, Booked, NewBooking};
use crate::bulk::RowResult;
use crate::bulk::{self, RowStatus};
use crate::cli::{BookArgs, OutputFormat, Repeat};
use crate::error::{Error, Result};
use crate::output::Record;
use crate::series::{self, Outcome, SeriesOut};

pub async fn run(args: BookArgs, ctx: &Ctx) -> Result<()> {
    let tenant = ctx.tenant()?;
    let set = ctx.migrations()?;
    if let Some(file) = &args.from_file {
        let rows = bulk::read_rows(file)?;
        let mut conn = ctx.connect(false).await?;
        let results = bulk::book_many(&mut conn, &set, &tenant, rows, args.atomic).await?;
        ctx.printer.list(&results).map_err(io)?;
        let failed: Vec<&bulk::RowResult> = results
            .iter()
            .filter(|r| r.status == RowStatus::Failed)
            .collect();
        let ok = results
            .iter()
            .filter(|r| matches!(r.status, RowStatus::Booked | RowStatus::Exists))
            .count();
        ctx.notice(format!(
            "theratime: {} row(s): {ok} booked or already booked, {} failed",
            results.len(),
            failed.len()
        ));
        return match failed.first() {
            None => Ok(()),
            // All or nothing: nothing was booked; exit with the first failure's class.
            Some(first) if args.atomic => Err(Error::with_code(
                first.code,
                format!(
                    "--atomic: row {} failed ({}), so no row was booked",
                    first.row,
                    first.error.as_deref().unwrap_or("")
                ),
            )),
            Some(_) => Err(Error::Partial(format!(
                "{} of {} row(s) failed; the others were booked (see the results on stdout)",
                failed.len(),
                results.len()
            ))),
        };
    }
    let b = NewBooking {
        therapist: args.therapist.as_deref().unwrap_or_default(),
        client: args.client.as_deref().unwrap_or_default(),
        at: args.at.as_deref().unwrap_or_default(),
        duration: args.duration.as_deref(),
        until: args.until.as_deref(),
        notes: args.notes.as_deref(),
        idempotency_key: args.idempotency_key.as_deref(),
        outside_hours: args.outside_hours,
    };
    if b.duration.is_none() && b.until.is_none() {
        return Err(Error::usage("give --duration or --until"));
    }
    let mut conn = ctx.connect(false).await?;
    if let Some(repeat) = args.repeat {
        let s = series::NewSeries {
            booking: b,
            repeat: match repeat {
                Repeat::Daily => series::Repeat::Daily,
                Repeat::Weekly => series::Repeat::Weekly,
                Repeat::Biweekly => series::Repeat::Biweekly,
            },
            count: args.count,
            until_date: args.repeat_until.as_deref(),
            skip_conflicts: args.skip_conflicts,
        };
        let outcome = series::book(&mut conn, &set, &tenant, &s).await?;
        return print_series(ctx, outcome);
    }
    let (booked, tz) = appointments::book(&mut conn, &set, &tenant, &b).await?;
    let a = match booked {
        Booked::New(a) => a,
        Booked::Existing(a) => {
            ctx.notice(format!(
                "theratime: already booked with this idempotency key: appointment {}",
                a.id
            ));
            a
        }
    };
    ctx.printer.one(&AppointmentOut::new(&a, tz)).map_err(io)
}

/// A series: the whole result as one JSON object with `-o json` (the contract:
/// `series_id`, `booked`, `skipped`, `occurrences` with their `conflicts`), otherwise
/// one row per occurrence; a refusal is printed the same way, then exits 3.
fn print_series(ctx: &Ctx, outcome: Outcome<SeriesOut>) -> Result<()> {
    let out = &outcome.out;
    if ctx.printer.format == OutputFormat::Json && !ctx.printer.quiet {
        let mut stdout = std::io::stdout().lock();
        serde_json::to_writer_pretty(&mut stdout, out).map_err(|e| io(e.into()))?;
        writeln!(stdout).map_err(io)?;
    } else {
        ctx.printer.list(&out.occurrences).map_err(io)?;
    }
    match outcome.refused {
        Some(why) => Err(Error::conflict(why)),
        None => {
            ctx.notice(format!(
                "theratime: series {}: {} {} occurrence(s) booked, {} skipped",
                out.series_id.unwrap_or_default(),
                out.repeat.as_str(),
                out.booked,
                out.skipped
            ));
            Ok(())
        }
    }
}

impl Record for RowResult {
    fn headers() -> &'static [&'static str] {
        &["row", "status", "id", "code", "error"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.row.to_string(),
            self.status.to_string(),
            self.id.map(|i| i.to_string()).unwrap_or_default(),
            self.code.to_string(),
            self.error.clone().unwrap_or_default(),
        ]
    }
    fn id(&self) -> String {
        self.id.map(|i| i.to_string()).unwrap_or_default()
    }
}
