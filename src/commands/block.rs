//! `theratime block …` and `theratime availability`.

use super::{Ctx, io};
use crate::blocks::{self, AvailabilityQuery, BlockOut};
use crate::cli::{AvailabilityArgs, BlockCmd};
use crate::error::Result;
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
