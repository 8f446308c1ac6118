//! The Citus side of `theratime tenant …`: each tenant's node in `list` and `show`,
//! `create --node`, `move` and `rebalance`.

use serde::Serialize;
use sqlx::postgres::PgConnection;

use super::{Ctx, io};
use crate::citus::{self, Moved, Node};
use crate::db::{self, Isolation};
use crate::error::{DbContext, Error, Result};
use crate::output::Record;
use crate::tenants::{self, Tenant, TenantDetails, TenantSummary};

/// A record with the node its tenant lives on (Citus only: on plain PostgreSQL the
/// records print as they always did).
#[derive(Debug, Serialize)]
struct Placed<R> {
    #[serde(flatten)]
    record: R,
    node: Option<String>,
}

impl Record for Placed<TenantSummary> {
    fn headers() -> &'static [&'static str] {
        super::tenant::LIST_COLUMNS
    }
    fn cells(&self) -> Vec<String> {
        let mut cells = self.record.cells();
        cells.push(self.node.clone().unwrap_or_default());
        cells
    }
    fn id(&self) -> String {
        self.record.id()
    }
}

impl Record for Placed<TenantDetails> {
    fn headers() -> &'static [&'static str] {
        super::tenant::SHOW_COLUMNS
    }
    fn cells(&self) -> Vec<String> {
        let mut cells = self.record.cells();
        cells.push(self.node.clone().unwrap_or_default());
        cells
    }
    fn id(&self) -> String {
        self.record.id()
    }
}

/// `tenant list`, with each tenant's node on Citus.
pub async fn list(ctx: &Ctx, conn: &mut PgConnection, list: Vec<TenantSummary>) -> Result<()> {
    // In a transaction, like every statement that may pass through PgBouncer.
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    if !citus::is_citus(&mut tx).await? {
        tx.commit().await.db("cannot commit")?;
        return ctx.printer.list(&list).map_err(io);
    }
    let mut nodes = citus::tenant_nodes(&mut tx, None).await?;
    tx.commit().await.db("cannot commit")?;
    let placed: Vec<Placed<TenantSummary>> = list
        .into_iter()
        .map(|record| Placed {
            node: nodes.remove(&record.id),
            record,
        })
        .collect();
    ctx.printer.list(&placed).map_err(io)
}

/// `tenant show`, with the tenant's node on Citus (and the size of its shards, which
/// live on that node, not on the coordinator).
pub async fn show(ctx: &Ctx, conn: &mut PgConnection, mut details: TenantDetails) -> Result<()> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    if !citus::is_citus(&mut tx).await? {
        tx.commit().await.db("cannot commit")?;
        return ctx.printer.one(&details).map_err(io);
    }
    let placement = citus::placement(&mut tx, details.id).await?;
    tx.commit().await.db("cannot commit")?;
    if let Some((_, size)) = &placement {
        details.size_bytes = *size;
    }
    ctx.printer
        .one(&Placed {
            record: details,
            node: placement.map(|p| p.0),
        })
        .map_err(io)
}

/// The progress line of a move, on stderr.
struct Notice<'a>(&'a Ctx);

impl citus::MoveProgress for Notice<'_> {
    fn moving(&self, tenant: &Tenant, from: &str, to: &Node, size_bytes: i64, mode: &str) {
        let how = if mode == "auto" {
            "logical replication: writes go on until the switch-over"
        } else {
            "block_writes: writes to the tenant wait until the copy is done"
        };
        self.0.notice(format!(
            "moving tenant {} ({}, {}) from {from} to {to} ({how}) …",
            tenant.slug,
            tenant.schema(),
            human_size(size_bytes)
        ));
    }
}

fn human_size(bytes: i64) -> String {
    match bytes {
        b if b >= 1 << 30 => format!("{:.1} GB", b as f64 / (1u64 << 30) as f64),
        b if b >= 1 << 20 => format!("{:.1} MB", b as f64 / (1u64 << 20) as f64),
        b => format!("{} kB", b / 1024),
    }
}

fn report(ctx: &Ctx, moved: &Moved) {
    if moved.outcome == "moved" {
        ctx.notice(format!(
            "moved tenant {} to {} in {:.1} s",
            moved.slug,
            moved.to,
            moved.duration_ms as f64 / 1000.0
        ));
    } else {
        ctx.notice(format!(
            "tenant {} is already on {}; nothing to do",
            moved.slug, moved.to
        ));
    }
}

/// `tenant move T --node HOST:PORT`.
pub async fn move_tenant(ctx: &Ctx, key: &str, node: &str) -> Result<()> {
    let node = citus::parse_node(node)?;
    let mut conn = ctx.connect(true).await?;
    let set = ctx.migrations()?;
    crate::fleet::migrations::check_global(&mut conn, &set).await?;
    if !citus::is_citus(&mut conn).await? {
        return Err(citus::needs_citus("tenant move"));
    }
    let tenant = tenants::resolve(&mut conn, key).await?;
    let moved = citus::move_tenant(&mut conn, &tenant, &node, &Notice(ctx)).await?;
    report(ctx, &moved);
    ctx.printer.one(&moved).map_err(io)
}

/// `tenant create … --node HOST:PORT`: checked before the tenant is created; the
/// tenant is moved there after its create transaction committed (Citus places a new
/// schema itself, and a schema cannot be moved before it is committed).
pub async fn check_new_node(conn: &mut PgConnection, node: &str) -> Result<Node> {
    let node = citus::parse_node(node)?;
    if !citus::is_citus(conn).await? {
        return Err(citus::needs_citus("tenant create --node"));
    }
    citus::check_worker(conn, &node).await?;
    Ok(node)
}

pub async fn place_new(
    ctx: &Ctx,
    conn: &mut PgConnection,
    tenant: &Tenant,
    node: &Node,
) -> Result<()> {
    match citus::move_tenant(conn, tenant, node, &Notice(ctx)).await {
        Ok(moved) => {
            if moved.outcome == "moved" {
                report(ctx, &moved);
            }
            Ok(())
        }
        Err(e) => Err(Error::with_code(
            e.exit_code(),
            format!(
                "tenant {} was created (schema {}), but it could not be placed on {node}: {e}; \
                 `theratime tenant move {} --node {node}` tries again",
                tenant.slug,
                tenant.schema(),
                tenant.slug
            ),
        )),
    }
}

/// `tenant rebalance [--dry-run]`: Citus's plan by disk size, shown first (stderr),
/// then one move per tenant, each with its progress line and audit row.
pub async fn rebalance(ctx: &Ctx, dry_run: bool) -> Result<()> {
    let mut conn = ctx.connect(true).await?;
    let set = ctx.migrations()?;
    if !dry_run {
        crate::fleet::migrations::check_global(&mut conn, &set).await?;
    }
    let plan = citus::rebalance_plan(&mut conn).await?;
    if plan.is_empty() {
        ctx.notice("the tenants are spread evenly by size; nothing to move");
        return ctx.printer.list(&plan).map_err(io);
    }
    for m in &plan {
        ctx.notice(format!(
            "plan: tenant {} ({}, {}) from {} to {}",
            m.slug,
            m.schema,
            human_size(m.size_bytes),
            m.from,
            m.to
        ));
    }
    if dry_run {
        return ctx.printer.list(&plan).map_err(io);
    }
    let mut done = Vec::with_capacity(plan.len());
    for m in &plan {
        let step = async {
            let tenant = tenants::resolve(&mut conn, &m.tenant_id.to_string()).await?;
            let to = citus::parse_node(&m.to)?;
            citus::move_tenant(&mut conn, &tenant, &to, &Notice(ctx)).await
        };
        match step.await {
            Ok(moved) => {
                report(ctx, &moved);
                done.push(moved);
            }
            Err(e) if done.is_empty() => return Err(e),
            Err(e) => {
                ctx.printer.list(&done).map_err(io)?;
                return Err(Error::Partial(format!(
                    "moved {} of {} tenant(s); moving {} failed: {e}",
                    done.len(),
                    plan.len(),
                    m.slug
                )));
            }
        }
    }
    ctx.printer.list(&done).map_err(io)
}

impl Record for Moved {
    fn headers() -> &'static [&'static str] {
        &[
            "tenant_id",
            "slug",
            "schema",
            "from",
            "to",
            "size_bytes",
            "outcome",
            "transfer_mode",
            "duration_ms",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.tenant_id.to_string(),
            self.slug.clone(),
            self.schema.clone(),
            self.from.clone(),
            self.to.clone(),
            self.size_bytes.to_string(),
            self.outcome.clone(),
            self.transfer_mode.clone().unwrap_or_default(),
            self.duration_ms.to_string(),
        ]
    }
    fn id(&self) -> String {
        self.tenant_id.to_string()
    }
}
