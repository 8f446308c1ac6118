//! `theratime reminders --within D (-t T | --all-tenants)`.

use chrono::Utc;
use sqlx::postgres::PgConnection;

use super::Ctx;
use crate::cli::RemindersArgs;
use crate::error::{DbContext, Result};
use crate::fleet::runner::Work;
use crate::output::Record;
use crate::reminders::{self, Reminder, Window};
use crate::tenants::Tenant;

/// The fleet work: each tenant's reminders of one window.
struct Reminders(Window);

impl Work<Tenant> for Reminders {
    type Output = Vec<Reminder>;
    async fn run(&self, conn: &mut PgConnection, t: &Tenant) -> Result<Vec<Reminder>> {
        reminders::for_tenant(conn, t, &self.0).await
    }
}

pub async fn run(args: RemindersArgs, ctx: &Ctx) -> Result<()> {
    let within = reminders::parse_within(&args.within)?;
    let set = ctx.migrations()?;
    let mut conn = ctx.connect(false).await?;
    // Every tenant gets an audit row for what it hands out: a writer's version guard.
    let mut tx = crate::db::begin(&mut conn, crate::db::Isolation::ReadCommitted).await?;
    crate::fleet::migrations::check_global(&mut tx, &set).await?;
    tx.commit().await.db("cannot commit")?;
    // One window for the whole fleet.
    let now = Utc::now();
    let window = Window {
        from: now,
        to: now + within,
    };
    super::report::over_fleet(ctx, &mut conn, &args.fleet, Reminders(window), "listed").await
}

impl Record for Reminder {
    fn headers() -> &'static [&'static str] {
        &[
            "tenant",
            "appointment",
            "local_start",
            "client",
            "client_email",
            "therapist",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.tenant.clone(),
            self.appointment_id.to_string(),
            self.local_start.clone(),
            self.client_name.clone(),
            self.client_email.clone(),
            self.therapist_email.clone(),
        ]
    }
    fn id(&self) -> String {
        self.appointment_id.to_string()
    }
}
