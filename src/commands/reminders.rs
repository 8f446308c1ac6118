//! `theratime reminders --within D (-t T | --all-tenants)`.

use chrono::Utc;
use futures_util::FutureExt;

use super::Ctx;
use crate::cli::RemindersArgs;
use crate::error::{DbContext, Result};
use crate::reminders::{self, Window};
use crate::reports::Job;

pub async fn run(args: RemindersArgs, ctx: &Ctx) -> Result<()> {
    let within = reminders::parse_within(&args.within)?;
    let set = ctx.migrations()?;
    let mut conn = ctx.connect(false).await?;
    // Every tenant gets an audit row for what it hands out: a writer's version guard.
    let mut tx = crate::db::begin(&mut conn, crate::db::Isolation::ReadCommitted).await?;
    crate::migrations::check_global(&mut tx, &set).await?;
    tx.commit().await.db("cannot commit")?;
    // One window for the whole fleet.
    let now = Utc::now();
    let window = Window {
        from: now,
        to: now + within,
    };
    let job: Job<Window, _> = |c, t, w| reminders::for_tenant(c, t, w).boxed();
    super::report::over_fleet(ctx, &mut conn, &args.fleet, window, job, "listed").await
}
