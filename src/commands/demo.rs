//! `theratime demo`.

use super::{Ctx, io};
use crate::error::Result;
use crate::output::line;

pub async fn run(ctx: &Ctx) -> Result<()> {
    let set = ctx.migrations()?;
    let mut conn = ctx.connect(true).await?;
    let summary = crate::demo::run(&mut conn, &set).await?;
    for t in &summary.tenants {
        line(format_args!("{}\t{}\t{}", t.id, t.slug, t.schema())).map_err(io)?;
    }
    ctx.notice(format!(
        "theratime: demo ready: {} new appointment(s), {} new block(s); try `theratime -t {} appointment list`",
        summary.appointments,
        summary.blocks,
        summary.tenants.first().map_or("demo-berlin", |t| t.slug.as_str())
    ));
    Ok(())
}
