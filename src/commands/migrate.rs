//! `theratime migrate` and `theratime migrate status`.

use serde::Serialize;
use sqlx::postgres::PgConnection;

use super::{Ctx, io};
use crate::cli::{MigrateArgs, MigrateCmd};
use crate::db::{self, Isolation};
use crate::error::{DbContext, Error, Result};
use crate::migrations::{self, MigrationSet};
use crate::output::Record;
use crate::tenants;

#[derive(Debug, Clone, Serialize)]
struct SchemaRun {
    schema: String,
    tenant: Option<String>,
    from: i32,
    to: i32,
    applied: usize,
    status: String,
    error: Option<String>,
}

impl Record for SchemaRun {
    fn headers() -> &'static [&'static str] {
        &[
            "schema", "tenant", "from", "to", "applied", "status", "error",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.schema.clone(),
            self.tenant.clone().unwrap_or_default(),
            self.from.to_string(),
            self.to.to_string(),
            self.applied.to_string(),
            self.status.clone(),
            self.error.clone().unwrap_or_default(),
        ]
    }
    fn id(&self) -> String {
        self.schema.clone()
    }
}

pub async fn run(args: MigrateArgs, ctx: &Ctx) -> Result<()> {
    match args.command {
        Some(MigrateCmd::Status) => status(ctx).await,
        None => migrate(args, ctx).await,
    }
}

async fn lock_fleet(conn: &mut PgConnection, ctx: &Ctx) -> Result<()> {
    let got: bool = db::query_scalar("SELECT pg_try_advisory_lock($1)")
        .bind(migrations::FLEET_LOCK)
        .fetch_one(&mut *conn)
        .await
        .db("cannot take the migration lock")?;
    if !got {
        ctx.notice("theratime: another migration run holds the lock; waiting for it to finish");
        db::query("SELECT pg_advisory_lock($1)")
            .bind(migrations::FLEET_LOCK)
            .execute(&mut *conn)
            .await
            .db("cannot take the migration lock")?;
    }
    Ok(())
}

struct Target {
    id: i64,
    slug: String,
    version: Option<i32>,
}

async fn migrate(args: MigrateArgs, ctx: &Ctx) -> Result<()> {
    let set = ctx.migrations()?;
    let only_tenant = ctx.settings.tenant_flag.clone();
    let do_global = args.global || (!args.all_tenants && only_tenant.is_none());
    let do_tenants = !args.global;
    let mut conn = ctx.connect(true).await?;
    lock_fleet(&mut conn, ctx).await?;

    let mut runs = Vec::new();
    if do_global {
        let mut tx = db::begin(&mut conn, Isolation::ReadCommitted).await?;
        let applied = migrations::apply_global(&mut tx, &set, None).await?;
        tx.commit()
            .await
            .db("cannot commit the global migrations")?;
        ctx.notice(format!(
            "global schema theratime: {} -> {}",
            applied.from, applied.to
        ));
        runs.push(SchemaRun {
            schema: "theratime".into(),
            tenant: None,
            from: applied.from,
            to: applied.to,
            applied: applied.names.len(),
            status: if applied.names.is_empty() {
                "up to date"
            } else {
                "migrated"
            }
            .into(),
            error: None,
        });
    }
    let mut failed = None;
    if do_tenants {
        migrations::check_global(&mut conn, &set).await?;
        let targets = match &only_tenant {
            Some(key) => {
                let t = tenants::resolve(&mut conn, key).await?;
                let version = db::query_scalar(
                    "SELECT version FROM theratime.tenant_migrations WHERE tenant_id = $1",
                )
                .bind(t.id)
                .fetch_optional(&mut conn)
                .await
                .db("cannot read the tenant's version")?;
                vec![Target {
                    id: t.id,
                    slug: t.slug,
                    version,
                }]
            }
            None => {
                let rows: Vec<(i64, String, Option<i32>)> = db::query_as(
                    "SELECT t.id, t.slug, m.version FROM theratime.tenants t
                     LEFT JOIN theratime.tenant_migrations m ON m.tenant_id = t.id ORDER BY t.id",
                )
                .fetch_all(&mut conn)
                .await
                .db("cannot list tenants")?;
                rows.into_iter()
                    .map(|(id, slug, version)| Target { id, slug, version })
                    .collect()
            }
        };
        let latest = set.latest_tenant_version();
        for t in targets {
            let schema = db::schema_name(t.id);
            if t.version == Some(latest) {
                runs.push(SchemaRun {
                    schema,
                    tenant: Some(t.slug),
                    from: latest,
                    to: latest,
                    applied: 0,
                    status: "up to date".into(),
                    error: None,
                });
                continue;
            }
            let result = migrate_tenant(&mut conn, &set, t.id).await;
            match result {
                Ok(applied) => {
                    ctx.notice(format!(
                        "tenant {} ({schema}): {} -> {}",
                        t.slug, applied.from, applied.to
                    ));
                    runs.push(SchemaRun {
                        schema,
                        tenant: Some(t.slug),
                        from: applied.from,
                        to: applied.to,
                        applied: applied.names.len(),
                        status: "migrated".into(),
                        error: None,
                    });
                }
                Err(e) => {
                    let message = e.to_string();
                    record_failure(&mut conn, t.id, latest, &message).await?;
                    ctx.notice(format!("tenant {} ({schema}): FAILED: {message}", t.slug));
                    runs.push(SchemaRun {
                        schema,
                        tenant: Some(t.slug.clone()),
                        from: t.version.unwrap_or(0),
                        to: t.version.unwrap_or(0),
                        applied: 0,
                        status: "failed".into(),
                        error: Some(message.lines().next().unwrap_or_default().to_string()),
                    });
                    failed = Some((t.slug, e));
                    break;
                }
            }
        }
    }
    ctx.printer.list(&runs).map_err(io)?;
    match failed {
        None => Ok(()),
        Some((slug, e)) if runs.len() == 1 => Err(e).map_err(|e| annotate(e, &slug)),
        Some((slug, e)) => Err(Error::Partial(format!(
            "tenant {slug} failed ({e}); it was rolled back to its previous version and no further tenant was started"
        ))),
    }
}

fn annotate(e: Error, slug: &str) -> Error {
    match e {
        Error::Database { context, error } => Error::Database {
            context: format!("tenant {slug}: {context}"),
            error,
        },
        other => other,
    }
}

async fn migrate_tenant(
    conn: &mut PgConnection,
    set: &MigrationSet,
    tenant_id: i64,
) -> Result<migrations::Applied> {
    let mut tx = db::tenant_tx(conn, tenant_id, Isolation::ReadCommitted).await?;
    let applied = migrations::apply_tenant(&mut tx, set, None).await?;
    tx.commit().await?;
    Ok(applied)
}

/// Record a failed run after its transaction rolled back.
async fn record_failure(
    conn: &mut PgConnection,
    tenant_id: i64,
    target: i32,
    message: &str,
) -> Result<()> {
    db::query(
        "INSERT INTO theratime.tenant_migrations (tenant_id, version, last_status, last_target, last_error)
         VALUES ($1, 0, 'failed', $2, $3)
         ON CONFLICT (tenant_id) DO UPDATE SET last_status = 'failed', last_target = EXCLUDED.last_target,
             last_error = EXCLUDED.last_error, last_started_at = now()",
    )
    .bind(tenant_id)
    .bind(target)
    .bind(message)
    .execute(conn)
    .await
    .db("cannot record the failed migration")?;
    Ok(())
}

#[derive(Debug, Serialize, sqlx::FromRow)]
struct SchemaStatus {
    schema: String,
    tenant: Option<String>,
    version: Option<i32>,
    latest: i32,
    pending: i32,
    last_status: Option<String>,
}

impl Record for SchemaStatus {
    fn headers() -> &'static [&'static str] {
        &[
            "schema",
            "tenant",
            "version",
            "latest",
            "pending",
            "last_status",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.schema.clone(),
            self.tenant.clone().unwrap_or_default(),
            self.version.map(|v| v.to_string()).unwrap_or_default(),
            self.latest.to_string(),
            self.pending.to_string(),
            self.last_status.clone().unwrap_or_default(),
        ]
    }
    fn id(&self) -> String {
        self.schema.clone()
    }
}

async fn status(ctx: &Ctx) -> Result<()> {
    let set = ctx.migrations()?;
    let mut conn = ctx.connect(false).await?;
    let global = migrations::global_version(&mut conn).await?;
    let count_pending = |versions: &[i32], current: Option<i32>| {
        versions.iter().filter(|v| Some(**v) > current).count() as i32
    };
    let global_versions: Vec<i32> = set.global.iter().map(|m| m.version()).collect();
    let tenant_versions: Vec<i32> = set.tenant.iter().map(|m| m.version()).collect();
    let mut rows = vec![SchemaStatus {
        schema: "theratime".into(),
        tenant: None,
        version: global,
        latest: set.latest_global_version(),
        pending: count_pending(&global_versions, global),
        last_status: None,
    }];
    if global.is_some() {
        let tenants: Vec<(i64, String, Option<i32>, Option<String>)> = db::query_as(
            "SELECT t.id, t.slug, m.version, m.last_status FROM theratime.tenants t
             LEFT JOIN theratime.tenant_migrations m ON m.tenant_id = t.id ORDER BY t.id",
        )
        .fetch_all(&mut conn)
        .await
        .db("cannot read the fleet's migration status")?;
        rows.extend(
            tenants
                .into_iter()
                .map(|(id, slug, version, last_status)| SchemaStatus {
                    schema: db::schema_name(id),
                    tenant: Some(slug),
                    version,
                    latest: set.latest_tenant_version(),
                    pending: count_pending(&tenant_versions, version),
                    last_status,
                }),
        );
    }
    ctx.printer.list(&rows).map_err(io)
}
