//! `theratime demo`.

use super::Ctx;
use crate::error::Result;

pub async fn run(ctx: &Ctx) -> Result<()> {
    let set = ctx.migrations()?;
    let mut conn = ctx.connect(true).await?;
    let summary = crate::demo::run(&mut conn, &set, ctx.settings.app_role()).await?;
    for t in &summary.tenants {
        println!("{}\t{}\t{}", t.id, t.slug, t.schema());
    }
    ctx.notice(format!(
        "theratime: demo ready: {} new appointment(s), {} new block(s); try `theratime -t {} appointment list`",
        summary.appointments,
        summary.blocks,
        summary.tenants.first().map_or("demo-berlin", |t| t.slug.as_str())
    ));
    Ok(())
}
