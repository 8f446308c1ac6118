//! `theratime hours set|show|clear`.

use super::{Ctx, io};
use crate::cli::HoursCmd;
use crate::error::Result;
use crate::hours;
use crate::hours::HoursOut;
use crate::output::Record;

pub async fn run(cmd: HoursCmd, ctx: &Ctx) -> Result<()> {
    let tenant = ctx.tenant()?;
    let p = &ctx.printer;
    match cmd {
        HoursCmd::Set { therapist, spec } => {
            let set = ctx.migrations()?;
            let mut conn = ctx.connect(false).await?;
            let rows = hours::set(&mut conn, &set, &tenant, &therapist, &spec).await?;
            p.list(&rows).map_err(io)
        }
        HoursCmd::Show { therapist } => {
            let mut conn = ctx.connect(false).await?;
            let rows = hours::show(&mut conn, &tenant, therapist.as_deref()).await?;
            p.list(&rows).map_err(io)
        }
        HoursCmd::Clear { therapist } => {
            let set = ctx.migrations()?;
            let mut conn = ctx.connect(false).await?;
            let n = hours::clear(&mut conn, &set, &tenant, &therapist).await?;
            ctx.notice(format!(
                "theratime: cleared {n} interval(s) of {therapist}: bookable any time"
            ));
            Ok(())
        }
    }
}

impl Record for HoursOut {
    fn headers() -> &'static [&'static str] {
        &["therapist", "day", "opens", "closes"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.therapist.clone(),
            self.day.clone(),
            self.opens.clone(),
            self.closes.clone(),
        ]
    }
    fn id(&self) -> String {
        self.therapist_id.to_string()
    }
}
