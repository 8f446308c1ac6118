//! `theratime book` (one appointment, or many with `--from-file`).

use super::{Ctx, io};
use crate::appointments::{self, AppointmentOut, Booked, NewBooking};
use crate::bulk;
use crate::cli::BookArgs;
use crate::error::{Error, Result};

pub async fn run(args: BookArgs, ctx: &Ctx) -> Result<()> {
    let tenant = ctx.tenant()?;
    let set = ctx.migrations()?;
    if let Some(file) = &args.from_file {
        let rows = bulk::read_rows(file)?;
        let mut conn = ctx.connect(false).await?;
        let results = bulk::book_many(&mut conn, &set, &tenant, rows, args.atomic).await?;
        ctx.printer.list(&results).map_err(io)?;
        let failed: Vec<&bulk::RowResult> =
            results.iter().filter(|r| r.status == "failed").collect();
        let ok = results
            .iter()
            .filter(|r| r.status == "booked" || r.status == "exists")
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
    };
    if b.duration.is_none() && b.until.is_none() {
        return Err(Error::usage("give --duration or --until"));
    }
    let mut conn = ctx.connect(false).await?;
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
