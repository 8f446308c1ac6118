//! `theratime tenant …`

use serde::Serialize;

use super::{Ctx, io};
use crate::cli::TenantCmd;
use crate::error::Result;
use crate::output::{Record, line};
use crate::tenants::{self, Created, NewTenant, Tenant, TenantStatus};
use crate::tenants::{TenantDetails, TenantSummary};
use crate::time::format_local;

/// A tenant row as printed by create, update, suspend and resume.
#[derive(Debug, Serialize)]
struct TenantOut {
    id: i64,
    slug: String,
    name: String,
    status: TenantStatus,
    time_zone: String,
    schema: String,
    created_at: String,
    updated_at: String,
}

impl From<&Tenant> for TenantOut {
    fn from(t: &Tenant) -> Self {
        TenantOut {
            id: t.id,
            slug: t.slug.clone(),
            name: t.name.clone(),
            status: t.status,
            time_zone: t.time_zone.clone(),
            schema: t.schema(),
            created_at: format_local(t.created_at, t.tz()),
            updated_at: format_local(t.updated_at, t.tz()),
        }
    }
}

impl Record for TenantOut {
    fn headers() -> &'static [&'static str] {
        &[
            "id",
            "slug",
            "name",
            "status",
            "time_zone",
            "schema",
            "created_at",
            "updated_at",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.slug.clone(),
            self.name.clone(),
            self.status.to_string(),
            self.time_zone.clone(),
            self.schema.clone(),
            self.created_at.clone(),
            self.updated_at.clone(),
        ]
    }
    fn id(&self) -> String {
        self.id.to_string()
    }
}

pub async fn run(cmd: TenantCmd, ctx: &Ctx) -> Result<()> {
    let p = &ctx.printer;
    match cmd {
        TenantCmd::Create {
            slug,
            name,
            timezone,
            if_not_exists,
            node,
        } => {
            // Validate before connecting: a bad value never reaches the database.
            tenants::validate_slug(&slug)?;
            tenants::validate_name(&name)?;
            tenants::validate_time_zone(&timezone)?;
            let set = ctx.migrations()?;
            let mut conn = ctx.connect(true).await?;
            let node = match node {
                Some(n) => Some(super::cluster::check_new_node(&mut conn, &n).await?),
                None => None,
            };
            let new = NewTenant {
                slug: &slug,
                name: &name,
                time_zone: &timezone,
                app_role: ctx.settings.app_role(),
            };
            match tenants::create(&mut conn, &set, &new, if_not_exists).await? {
                Created::New(t) => {
                    ctx.notice(format!("created tenant {} (schema {})", t.slug, t.schema()));
                    if let Some(node) = &node {
                        super::cluster::place_new(ctx, &mut conn, &t, node).await?;
                    }
                    p.one(&TenantOut::from(&t)).map_err(io)
                }
                Created::Existed(t) => {
                    ctx.notice(format!(
                        "tenant {} already exists (schema {}); nothing to do",
                        t.slug,
                        t.schema()
                    ));
                    p.one(&TenantOut::from(&t)).map_err(io)
                }
            }
        }
        TenantCmd::List => {
            let mut conn = ctx.connect(false).await?;
            let list = tenants::list(&mut conn).await?;
            super::cluster::list(ctx, &mut conn, list).await
        }
        TenantCmd::Show { tenant } => {
            let key = ctx.one_tenant(tenant)?;
            let set = ctx.migrations()?;
            let mut conn = ctx.connect(false).await?;
            let details = tenants::show(&mut conn, &set, &key).await?;
            super::cluster::show(ctx, &mut conn, details).await
        }
        TenantCmd::Update {
            tenant,
            name,
            timezone,
        } => {
            let key = ctx.one_tenant(tenant)?;
            let set = ctx.migrations()?;
            let mut conn = ctx.connect(false).await?;
            let t = tenants::update(&mut conn, &set, &key, name.as_deref(), timezone.as_deref())
                .await?;
            p.one(&TenantOut::from(&t)).map_err(io)
        }
        TenantCmd::Move { tenant, node } => {
            let key = ctx.one_tenant(tenant)?;
            super::cluster::move_tenant(ctx, &key, &node).await
        }
        TenantCmd::Rebalance { dry_run } => super::cluster::rebalance(ctx, dry_run).await,
        TenantCmd::Suspend { tenant } => set_status(ctx, tenant, TenantStatus::Suspended).await,
        TenantCmd::Resume { tenant } => set_status(ctx, tenant, TenantStatus::Active).await,
        TenantCmd::Drop { tenant } => {
            let key = ctx.one_tenant(tenant)?;
            let mut conn = ctx.connect(true).await?;
            let set = ctx.migrations()?;
            // Refuse before asking: an old binary does not write to a newer database,
            // and a login that cannot drop the tenant's role cannot drop the tenant.
            crate::db::require_role_admin(&mut conn, "tenant drop", None).await?;
            crate::fleet::migrations::check_global(&mut conn, &set).await?;
            let t = tenants::resolve(&mut conn, &key).await?;
            ctx.confirm_typed(
                &format!(
                    "drop tenant {} (schema {}) with its users and appointments \
                     (users other tenants' appointments or blocks name are kept, deactivated)",
                    t.slug,
                    t.schema()
                ),
                &t.slug,
            )?;
            let kept = tenants::drop(&mut conn, &set, &t).await?;
            for k in &kept {
                ctx.notice(format!(
                    "kept user {} (id {}) as a deactivated user of tenant {}, whose appointments or blocks name them",
                    k.email, k.id, k.tenant
                ));
            }
            ctx.notice(format!("dropped tenant {} (schema {})", t.slug, t.schema()));
            if ctx.settings.quiet {
                line(t.id).map_err(io)?;
            }
            Ok(())
        }
    }
}

async fn set_status(ctx: &Ctx, tenant: Option<String>, status: TenantStatus) -> Result<()> {
    let key = ctx.one_tenant(tenant)?;
    let set = ctx.migrations()?;
    let mut conn = ctx.connect(false).await?;
    let (t, changed) = tenants::set_status(&mut conn, &set, &key, status).await?;
    if !changed {
        ctx.notice(format!(
            "theratime: tenant {} is already {status}; nothing to do",
            t.slug
        ));
    }
    ctx.printer.one(&TenantOut::from(&t)).map_err(io)
}

/// The columns of `tenant list`, and last the node each tenant lives on, which only a
/// Citus database shows (`commands::cluster`).
pub(super) const LIST_COLUMNS: &[&str] = &[
    "id",
    "slug",
    "name",
    "status",
    "time_zone",
    "schema",
    "version",
    "node",
];

/// The fields of `tenant show`, and last the node, as [`LIST_COLUMNS`].
pub(super) const SHOW_COLUMNS: &[&str] = &[
    "id",
    "slug",
    "name",
    "status",
    "time_zone",
    "schema",
    "schema_exists",
    "version",
    "latest_version",
    "users",
    "appointments",
    "calendar_blocks",
    "size_bytes",
    "last_migration_status",
    "last_migration_at",
    "last_migration_error",
    "created_at",
    "updated_at",
    "node",
];

/// `columns` without the node, for a database that is not Citus.
fn without_node(columns: &'static [&'static str]) -> &'static [&'static str] {
    &columns[..columns.len() - 1]
}

impl Record for TenantSummary {
    fn headers() -> &'static [&'static str] {
        without_node(LIST_COLUMNS)
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.slug.clone(),
            self.name.clone(),
            self.status.to_string(),
            self.time_zone.clone(),
            self.schema.clone(),
            self.version.map(|v| v.to_string()).unwrap_or_default(),
        ]
    }
    fn id(&self) -> String {
        self.id.to_string()
    }
}

impl Record for TenantDetails {
    fn headers() -> &'static [&'static str] {
        without_node(SHOW_COLUMNS)
    }
    fn cells(&self) -> Vec<String> {
        let opt = |v: &Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
        vec![
            self.id.to_string(),
            self.slug.clone(),
            self.name.clone(),
            self.status.to_string(),
            self.time_zone.clone(),
            self.schema.clone(),
            self.schema_exists.to_string(),
            self.version.map(|v| v.to_string()).unwrap_or_default(),
            self.latest_version.to_string(),
            self.users.to_string(),
            opt(&self.appointments),
            opt(&self.calendar_blocks),
            self.size_bytes.to_string(),
            self.last_migration_status.clone().unwrap_or_default(),
            self.last_migration_at.clone().unwrap_or_default(),
            self.last_migration_error.clone().unwrap_or_default(),
            self.created_at.clone(),
            self.updated_at.clone(),
        ]
    }
    fn id(&self) -> String {
        self.id.to_string()
    }
}
