//! `theratime restore`: the terminal side; the work is in `backup::restore`.

use std::time::Instant;

use super::{Ctx, Log, io};
use crate::backup::archive::{self};
use crate::backup::restore;
use crate::backup::restore::Item;
use crate::cli::RestoreArgs;
use crate::db;
use crate::error::Result;
use crate::output::Record;
use crate::output::line;
use crate::tenants::{self};

pub async fn restore(args: RestoreArgs, ctx: &Ctx) -> Result<()> {
    let log = Log::new(ctx, None);
    let ids = archive::load_identities(&args.identity)?;
    let set = ctx.migrations()?;
    if let Some(s) = &args.as_slug {
        tenants::validate_slug(s)?;
    }
    let started = Instant::now();
    // Verified in full before anything is written (or even connected).
    let desc = archive::verify(&args.file, &ids)?;
    restore::check_archive(&desc, &set)?;
    log.info(&format!(
        "{} is intact: tenant {} at schema version {}",
        args.file.display(),
        desc.header.tenant.slug,
        desc.header.schema_version
    ));
    let mut conn = ctx.connect(true).await?;
    if !args.dry_run {
        db::require_role_admin(&mut conn, "restore", ctx.settings.app_role()).await?;
    }
    let report = restore::restore(
        &mut conn,
        &set,
        &args.file,
        &desc,
        &ids,
        restore::Options {
            as_slug: args.as_slug.as_deref(),
            dry_run: args.dry_run,
            link_users: args.link_users,
        },
    )
    .await?;
    if let (Some(app), Some(id)) = (ctx.settings.app_role(), report.tenant_id) {
        db::grant_tenant_role(&mut conn, id, app).await?;
    }
    if ctx.printer.quiet && !args.dry_run {
        // Like `tenant create -q`: the restored tenant's id.
        line(report.tenant_id.unwrap_or_default()).map_err(io)?;
    } else {
        ctx.printer.list(&report.items).map_err(io)?;
    }
    if args.dry_run {
        if !report.refused.is_empty() {
            return Err(report.conflict());
        }
        log.info(&format!(
            "dry run: tenant {} would be restored; nothing was written",
            report.tenant_slug
        ));
        return Ok(());
    }
    log.info(&format!(
        "restore finished: tenant {} (id {}, schema {}), version {} -> {}, in {:.1}s",
        report.tenant_slug,
        report.tenant_id.unwrap_or_default(),
        db::schema_name(report.tenant_id.unwrap_or_default()),
        report.from_version,
        report.to_version,
        started.elapsed().as_secs_f64()
    ));
    Ok(())
}

impl Record for Item {
    fn headers() -> &'static [&'static str] {
        &[
            "kind",
            "name",
            "archived_id",
            "restored_id",
            "action",
            "detail",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
        vec![
            self.kind.to_string(),
            self.name.clone(),
            opt(self.archived_id),
            opt(self.restored_id),
            self.action.to_string(),
            self.detail.clone(),
        ]
    }
    fn id(&self) -> String {
        format!("{}:{}", self.kind, self.name)
    }
}
