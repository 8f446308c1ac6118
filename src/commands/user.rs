//! `theratime user …`

use super::{Ctx, io};
use crate::cli::UserCmd;
use crate::error::{Error, Result};
use crate::users;

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
        UserCmd::Edit { user, name, email } => {
            let set = ctx.migrations()?;
            let mut conn = ctx.connect(false).await?;
            let scope = ctx.settings.single_tenant();
            let out = users::edit(
                &mut conn,
                &set,
                &user,
                scope.as_deref(),
                name.as_deref(),
                email.as_deref(),
            )
            .await?;
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
        UserCmd::Deactivate { user } => {
            let set = ctx.migrations()?;
            let mut conn = ctx.connect(false).await?;
            let scope = ctx.settings.single_tenant();
            p.one(&users::deactivate(&mut conn, &set, &user, scope.as_deref()).await?)
                .map_err(io)
        }
    }
}
