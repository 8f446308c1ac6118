//! `theratime demo`.

use serde::Serialize;

use super::{Ctx, io};
use crate::error::Result;
use crate::output::Record;

/// One demo practice, as `demo` prints it.
#[derive(Serialize)]
struct DemoTenant {
    id: i64,
    slug: String,
    name: String,
    time_zone: String,
    schema: String,
}

impl Record for DemoTenant {
    fn headers() -> &'static [&'static str] {
        &["id", "slug", "name", "zone", "schema"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.slug.clone(),
            self.name.clone(),
            self.time_zone.clone(),
            self.schema.clone(),
        ]
    }
    fn id(&self) -> String {
        self.id.to_string()
    }
}

pub async fn run(ctx: &Ctx) -> Result<()> {
    let set = ctx.migrations()?;
    let mut conn = ctx.connect(true).await?;
    let summary = crate::demo::run(&mut conn, &set, ctx.settings.app_role()).await?;
    let rows: Vec<DemoTenant> = summary
        .tenants
        .iter()
        .map(|t| DemoTenant {
            id: t.id,
            slug: t.slug.clone(),
            name: t.name.clone(),
            time_zone: t.time_zone.clone(),
            schema: t.schema(),
        })
        .collect();
    ctx.printer.list(&rows).map_err(io)?;
    ctx.notice(format!(
        "theratime: demo ready: {} new appointment(s), {} new block(s); try `theratime -t {} appointment list`",
        summary.appointments,
        summary.blocks,
        summary.tenants.first().map_or("demo-berlin", |t| t.slug.as_str())
    ));
    Ok(())
}
