//! `theratime user …`

use super::{Ctx, io};
use crate::cli::UserCmd;
use crate::db::audit;
use crate::error::{Error, Result};
use crate::output::Record;
use crate::person::{Erased, Exported};
use crate::users::UserOut;
use crate::{person, users};

pub async fn run(cmd: UserCmd, ctx: &Ctx) -> Result<()> {
    let p = &ctx.printer;
    match cmd {
        UserCmd::Add { email, name, role } => {
            let tenant = ctx.tenant()?;
            users::validate_email(&email)?;
            users::validate_role(&role)?;
            let set = ctx.migrations()?;
            let mut conn = ctx.connect(false).await?;
            let (user, tenant) = users::add(&mut conn, &set, &tenant, &email, &name, &role).await?;
            p.one(&users::UserOut::new(&user, &tenant)).map_err(io)
        }
        UserCmd::List => {
            let tenant = ctx.tenant()?;
            let mut conn = ctx.connect(false).await?;
            p.list(&users::list(&mut conn, &tenant).await?).map_err(io)
        }
        UserCmd::Show { user } => {
            let mut conn = ctx.connect(false).await?;
            let scope = ctx.settings.single_tenant();
            p.one(&users::show(&mut conn, &user, scope.as_deref()).await?)
                .map_err(io)
        }
        UserCmd::Edit {
            user,
            name,
            email,
            role,
        } => {
            let set = ctx.migrations()?;
            let mut conn = ctx.connect(false).await?;
            let scope = ctx.settings.single_tenant();
            let changes = users::Changes {
                name: name.as_deref(),
                email: email.as_deref(),
                role: role.as_deref(),
            };
            let out = users::edit(&mut conn, &set, &user, scope.as_deref(), &changes).await?;
            p.one(&out).map_err(io)
        }
        UserCmd::Assign { user } => {
            // The destination is the explicit --tenant, never the default tenant.
            let destination =
                ctx.settings.tenant_flag.clone().ok_or_else(|| {
                    Error::usage("give the destination tenant with --tenant SLUG|ID")
                })?;
            let set = ctx.migrations()?;
            let mut conn = ctx.connect(false).await?;
            p.one(&users::assign(&mut conn, &set, &user, &destination).await?)
                .map_err(io)
        }
        UserCmd::Deactivate {
            user,
            cancel_future,
            reason,
        } => {
            let set = ctx.migrations()?;
            let mut conn = ctx.connect(false).await?;
            let scope = ctx.settings.single_tenant();
            let done = users::deactivate(
                &mut conn,
                &set,
                &user,
                scope.as_deref(),
                cancel_future,
                reason.as_deref(),
            )
            .await?;
            lifecycle(ctx, done, "deactivated")
        }
        UserCmd::Reactivate { user } => {
            let set = ctx.migrations()?;
            let mut conn = ctx.connect(false).await?;
            let scope = ctx.settings.single_tenant();
            let done = users::reactivate(&mut conn, &set, &user, scope.as_deref()).await?;
            lifecycle(ctx, done, "active")
        }
        UserCmd::Export { user, out } => {
            let set = ctx.migrations()?;
            let mut conn = ctx.connect(false).await?;
            let scope = ctx.settings.single_tenant();
            let done = person::export(&mut conn, &set, &user, scope.as_deref(), &out).await?;
            ctx.notice(format!(
                "theratime: wrote {} ({} appointments, {} blocks, {} audit rows)",
                done.file, done.appointments, done.blocks, done.audit_rows
            ));
            p.one(&done).map_err(io)
        }
        UserCmd::Erase {
            user,
            dry_run,
            cancel_future,
        } => erase(ctx, &user, dry_run, cancel_future).await,
    }
}

/// `user erase`: confirm by typing the email (not for a dry run), then erase.
async fn erase(ctx: &Ctx, user: &str, dry_run: bool, cancel_future: bool) -> Result<()> {
    let set = ctx.migrations()?;
    let mut conn = ctx.connect(false).await?;
    let scope = ctx.settings.single_tenant();
    if !dry_run {
        let found = users::show(&mut conn, user, scope.as_deref()).await?;
        ctx.confirm_typed(
            &format!(
                "erase the personal data of user {} ({}) for good",
                found.id, found.email
            ),
            &found.email,
        )?;
    }
    let done = person::erase(
        &mut conn,
        &set,
        user,
        scope.as_deref(),
        cancel_future,
        dry_run,
    )
    .await?;
    if dry_run {
        ctx.notice("theratime: dry run: nothing was changed");
    }
    ctx.printer.one(&done).map_err(io)
}

/// Print the user; say so on stderr when they already were in that state, and which
/// appointments were cancelled on the way.
fn lifecycle(ctx: &Ctx, done: users::Lifecycle, state: &str) -> Result<()> {
    if !done.changed {
        ctx.notice(format!(
            "theratime: user {} is already {state}; nothing to do",
            done.user.email
        ));
    }
    if !done.cancelled.is_empty() {
        ctx.notice(format!(
            "theratime: cancelled {} future appointment(s): {}",
            done.cancelled.len(),
            audit::compact_ids(&done.cancelled)
        ));
    }
    ctx.printer.one(&done.user).map_err(io)
}

impl Record for Exported {
    fn headers() -> &'static [&'static str] {
        &["user_id", "file", "appointments", "blocks", "audit_rows"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.user_id.to_string(),
            self.file.clone(),
            self.appointments.to_string(),
            self.blocks.to_string(),
            self.audit_rows.to_string(),
        ]
    }
    fn id(&self) -> String {
        self.file.clone()
    }
}

impl Record for Erased {
    fn headers() -> &'static [&'static str] {
        &[
            "user_id",
            "tenant",
            "dry_run",
            "email",
            "name",
            "appointments_cleared",
            "blocks_cleared",
            "cancelled",
            "audit_values_erased",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.user_id.to_string(),
            self.tenant.clone(),
            self.dry_run.to_string(),
            self.email.clone(),
            self.name.clone(),
            self.appointments_cleared.to_string(),
            self.blocks_cleared.to_string(),
            audit::compact_ids(&self.cancelled),
            self.audit_values_erased.to_string(),
        ]
    }
    fn id(&self) -> String {
        self.user_id.to_string()
    }
}

impl Record for UserOut {
    fn headers() -> &'static [&'static str] {
        &[
            "id",
            "email",
            "name",
            "role",
            "active",
            "tenant",
            "created_at",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.email.clone(),
            self.name.clone(),
            self.role.clone(),
            self.active.to_string(),
            self.tenant.clone(),
            self.created_at.clone(),
        ]
    }
    fn id(&self) -> String {
        self.id.to_string()
    }
}
