//! `theratime appointment …` (alias `appt`).

use super::{Ctx, io};
use crate::appointments::{self, AppointmentOut, Filter, Transition};
use crate::cli::AppointmentCmd;
use crate::error::{Error, Result};
use crate::output::Record;
use crate::series;
use crate::series::OccurrenceOut;

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

impl Record for AppointmentOut {
    fn headers() -> &'static [&'static str] {
        &[
            "id",
            "starts_at",
            "ends_at",
            "status",
            "therapist",
            "client",
            "notes",
            "cancel_reason",
            "sequence",
            "series",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        vec![
            self.id.to_string(),
            self.starts_at.clone(),
            self.ends_at.clone(),
            self.status.to_string(),
            o(&self.therapist),
            o(&self.client),
            o(&self.notes),
            o(&self.cancel_reason),
            self.sequence.to_string(),
            self.series_id.map(|s| s.to_string()).unwrap_or_default(),
        ]
    }
    fn id(&self) -> String {
        self.id.to_string()
    }
}

impl Record for OccurrenceOut {
    fn headers() -> &'static [&'static str] {
        &[
            "date",
            "local_time",
            "status",
            "id",
            "starts_at",
            "conflicts",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.date.clone(),
            self.local_time.clone(),
            self.status.as_str().into(),
            self.id.map(|i| i.to_string()).unwrap_or_default(),
            self.starts_at.clone().unwrap_or_default(),
            self.conflicts
                .iter()
                .map(|c| c.detail.clone())
                .collect::<Vec<_>>()
                .join("; "),
        ]
    }
    fn id(&self) -> String {
        self.id.map(|i| i.to_string()).unwrap_or_default()
    }
}
