//! `theratime doctor`.

use super::{Ctx, io};
use crate::error::{Error, Result};
use crate::fleet::doctor;
use crate::fleet::doctor::Finding;
use crate::output::Record;

pub async fn run(ctx: &Ctx) -> Result<()> {
    let set = ctx.migrations()?;
    // A direct connection: the check builds a scratch schema in a rolled-back transaction.
    let mut conn = ctx.connect(true).await?;
    if let Some(cluster) = crate::citus::info(&mut conn).await? {
        ctx.notice(format!("theratime: {}", cluster.describe()));
    }
    let findings = doctor::check(&mut conn, &set, ctx.settings.app_role()).await?;
    // No findings: nothing on stdout but JSON's empty array, not an empty table.
    if !findings.is_empty() || ctx.printer.format == crate::cli::OutputFormat::Json {
        ctx.printer.list(&findings).map_err(io)?;
    }
    if findings.is_empty() {
        ctx.notice("theratime: no problems found");
        Ok(())
    } else {
        Err(Error::Partial(format!(
            "doctor found {} problem(s); each row says how to fix it",
            findings.len()
        )))
    }
}

impl Record for Finding {
    fn headers() -> &'static [&'static str] {
        &["kind", "schema", "tenant", "detail", "fix"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.kind.to_string(),
            self.schema.clone().unwrap_or_default(),
            self.tenant.clone().unwrap_or_default(),
            self.detail.clone(),
            self.fix.clone(),
        ]
    }
    fn id(&self) -> String {
        format!("{}:{}", self.kind, self.schema.clone().unwrap_or_default())
    }
}
