//! `theratime appointment …` (alias `appt`).

use super::{Ctx, io};
use crate::appointments::{self, AppointmentOut, Filter, Transition};
use crate::cli::AppointmentCmd;
use crate::error::{Error, Result};
use crate::series;

pub async fn run(cmd: AppointmentCmd, ctx: &Ctx) -> Result<()> {
    let tenant = ctx.tenant()?;
    let p = &ctx.printer;
    match cmd {
        AppointmentCmd::List {
            from,
            to,
            therapist,
            client,
            status,
        } => {
            let mut conn = ctx.connect(false).await?;
            let f = Filter {
                from,
                to,
                therapist,
                client,
                status,
            };
            let (rows, tz) = appointments::list(&mut conn, &tenant, &f).await?;
            let out: Vec<AppointmentOut> =
                rows.iter().map(|a| AppointmentOut::new(a, tz)).collect();
            p.list(&out).map_err(io)
        }
        AppointmentCmd::Show { id } => {
            let mut conn = ctx.connect(false).await?;
            let (a, tz) = appointments::show(&mut conn, &tenant, id).await?;
            p.one(&AppointmentOut::new(&a, tz)).map_err(io)
        }
        AppointmentCmd::Reschedule {
            id,
            at,
            duration,
            following: true,
        } => {
            let set = ctx.migrations()?;
            let mut conn = ctx.connect(false).await?;
            let outcome = series::reschedule_following(
                &mut conn,
                &set,
                &tenant,
                id,
                &at,
                duration.as_deref(),
            )
            .await?;
            let (rows, occurrences, tz) = outcome.out;
            if let Some(why) = outcome.refused {
                p.list(&occurrences).map_err(io)?;
                return Err(Error::conflict(why));
            }
            let out: Vec<AppointmentOut> =
                rows.iter().map(|a| AppointmentOut::new(a, tz)).collect();
            p.list(&out).map_err(io)
        }
        AppointmentCmd::Reschedule {
            id, at, duration, ..
        } => {
            let set = ctx.migrations()?;
            let mut conn = ctx.connect(false).await?;
            let (a, tz) =
                appointments::reschedule(&mut conn, &set, &tenant, id, &at, duration.as_deref())
                    .await?;
            p.one(&AppointmentOut::new(&a, tz)).map_err(io)
        }
        AppointmentCmd::Cancel {
            id,
            reason,
            following: true,
        } => {
            let set = ctx.migrations()?;
            let mut conn = ctx.connect(false).await?;
            let (rows, tz) =
                series::cancel_following(&mut conn, &set, &tenant, id, reason.as_deref()).await?;
            let out: Vec<AppointmentOut> =
                rows.iter().map(|a| AppointmentOut::new(a, tz)).collect();
            p.list(&out).map_err(io)
        }
        AppointmentCmd::Cancel { id, reason, .. } => {
            transition(ctx, &tenant, id, Transition::Cancel, reason.as_deref()).await
        }
        AppointmentCmd::Complete { id } => {
            transition(ctx, &tenant, id, Transition::Complete, None).await
        }
        AppointmentCmd::NoShow { id } => {
            transition(ctx, &tenant, id, Transition::NoShow, None).await
        }
    }
}

async fn transition(
    ctx: &Ctx,
    tenant: &str,
    id: i64,
    change: Transition,
    reason: Option<&str>,
) -> Result<()> {
    let set = ctx.migrations()?;
    let mut conn = ctx.connect(false).await?;
    let (a, tz) = appointments::transition(&mut conn, &set, tenant, id, change, reason).await?;
    ctx.printer.one(&AppointmentOut::new(&a, tz)).map_err(io)
}
