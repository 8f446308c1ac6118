//! `theratime block …` and `theratime availability`.

use super::{Ctx, io};
use crate::blocks::Slot;
use crate::blocks::{self, AvailabilityQuery, BlockOut};
use crate::cli::{AvailabilityArgs, BlockCmd};
use crate::error::Result;
use crate::output::Record;
use crate::output::line;

pub async fn run(cmd: BlockCmd, ctx: &Ctx) -> Result<()> {
    let tenant = ctx.tenant()?;
    let p = &ctx.printer;
    match cmd {
        BlockCmd::Add {
            therapist,
            from,
            until,
            reason,
        } => {
            let set = ctx.migrations()?;
            let mut conn = ctx.connect(false).await?;
            let (b, tz) = blocks::add(
                &mut conn,
                &set,
                &tenant,
                &therapist,
                &from,
                &until,
                reason.as_deref(),
            )
            .await?;
            p.one(&BlockOut::new(&b, tz)).map_err(io)
        }
        BlockCmd::List { therapist } => {
            let mut conn = ctx.connect(false).await?;
            let (list, tz) = blocks::list(&mut conn, &tenant, therapist.as_deref()).await?;
            let out: Vec<BlockOut> = list.iter().map(|b| BlockOut::new(b, tz)).collect();
            p.list(&out).map_err(io)
        }
        BlockCmd::Remove { id } => {
            let set = ctx.migrations()?;
            let mut conn = ctx.connect(false).await?;
            blocks::remove(&mut conn, &set, &tenant, id).await?;
            ctx.notice(format!("removed block {id}"));
            if ctx.settings.quiet {
                line(id).map_err(io)?;
            }
            Ok(())
        }
    }
}

pub async fn availability(args: AvailabilityArgs, ctx: &Ctx) -> Result<()> {
    let tenant = ctx.tenant()?;
    let mut conn = ctx.connect(false).await?;
    let q = AvailabilityQuery {
        therapist: &args.therapist,
        date: &args.date,
        days: args.days,
        slot: &args.slot,
        hours: args.hours.as_deref(),
        align: args.align.as_deref(),
    };
    let slots = blocks::availability(&mut conn, &tenant, &q).await?;
    ctx.printer.list(&slots).map_err(io)
}

impl Record for BlockOut {
    fn headers() -> &'static [&'static str] {
        &["id", "therapist", "starts_at", "ends_at", "reason"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.therapist.clone().unwrap_or_default(),
            self.starts_at.clone(),
            self.ends_at.clone(),
            self.reason.clone().unwrap_or_default(),
        ]
    }
    fn id(&self) -> String {
        self.id.to_string()
    }
}

impl Record for Slot {
    fn headers() -> &'static [&'static str] {
        &["date", "starts_at", "ends_at"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.date.clone(),
            self.starts_at.clone(),
            self.ends_at.clone(),
        ]
    }
    fn id(&self) -> String {
        self.starts_at.clone()
    }
}
