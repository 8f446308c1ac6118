//! `theratime audit list|verify`.

use super::{Ctx, io};
use crate::cli::AuditCmd;
use crate::db::audit::{self, Anchor, Filter};
use crate::db::audit::{AuditOut, Verified};
use crate::error::{DbContext, Error, Result};
use crate::output::Record;

pub async fn run(cmd: AuditCmd, ctx: &Ctx) -> Result<()> {
    let p = &ctx.printer;
    match cmd {
        AuditCmd::List {
            since,
            until,
            actor,
            command,
            target,
            limit,
        } => {
            // Times without an offset are UTC: the trail spans tenants and zones.
            let utc = chrono_tz::Tz::UTC;
            let since = since
                .as_deref()
                .map(|t| crate::time::parse_bound(t, utc))
                .transpose()?;
            let until = until
                .as_deref()
                .map(|t| crate::time::parse_end_bound(t, utc))
                .transpose()?;
            if let (Some(s), Some(u)) = (since, until)
                && s >= u
            {
                return Err(Error::invalid(
                    "--since must be before --until; nothing to list",
                ));
            }
            let filter = Filter {
                // Only an explicit --tenant narrows: the trail is not a one-tenant read.
                tenant: ctx.settings.tenant_flag.clone(),
                since,
                until,
                actor,
                command,
                target,
                user: None,
                limit: (limit > 0).then_some(i64::from(limit)),
            };
            let mut conn = ctx.connect(false).await?;
            require_chain(&mut conn).await?;
            p.list(&audit::list(&mut conn, &filter).await?).map_err(io)
        }
        AuditCmd::Verify { anchor } => {
            let anchor = anchor.as_deref().map(str::parse::<Anchor>).transpose()?;
            let mut conn = ctx.connect(false).await?;
            require_chain(&mut conn).await?;
            let v = audit::verify(&mut conn, anchor).await?;
            p.one(&v).map_err(io)?;
            match &v.problem {
                None => {
                    ctx.notice(format!(
                        "theratime: audit trail intact: {} rows; head {} (keep it: `audit verify --anchor {}` proves later that the chain was not rewritten up to there)",
                        v.rows,
                        match (&v.head_id, &v.head_sha256) {
                            (Some(id), Some(h)) => format!("#{id} sha256:{h}"),
                            _ => "none (empty trail)".into(),
                        },
                        crate::output::Record::id(&v)
                    ));
                    Ok(())
                }
                Some(f) => Err(Error::Partial(format!(
                    "audit trail broken at row #{}: {}",
                    f.row, f.message
                ))),
            }
        }
    }
}

/// Reading the trail needs the audit chain (global migration V5), nothing more: a
/// tenant schema newer than this binary does not change how the trail reads.
async fn require_chain(conn: &mut sqlx::PgConnection) -> Result<()> {
    let mut tx = crate::db::begin(conn, crate::db::Isolation::ReadCommitted).await?;
    let chained = audit::chained(&mut tx).await?;
    tx.commit().await.db("cannot commit")?;
    if chained {
        Ok(())
    } else {
        Err(Error::invalid(
            "the database has no audit chain yet; run `theratime migrate --global`",
        ))
    }
}

impl Record for Verified {
    fn headers() -> &'static [&'static str] {
        &[
            "intact",
            "rows",
            "head_id",
            "head_sha256",
            "personal_rows",
            "personal_erased",
            "problem",
            "row",
            "message",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.intact.to_string(),
            self.rows.to_string(),
            self.head_id.map(|i| i.to_string()).unwrap_or_default(),
            self.head_sha256.clone().unwrap_or_default(),
            self.personal_rows.to_string(),
            self.personal_erased.to_string(),
            self.problem
                .as_ref()
                .map(|p| p.problem.to_string())
                .unwrap_or_default(),
            self.problem
                .as_ref()
                .map(|p| p.row.to_string())
                .unwrap_or_default(),
            self.problem
                .as_ref()
                .map(|p| p.message.clone())
                .unwrap_or_default(),
        ]
    }
    /// `-q`: the head as an anchor for a later `audit verify --anchor`.
    fn id(&self) -> String {
        match (&self.head_id, &self.head_sha256) {
            (Some(id), Some(h)) => format!("{id}:{h}"),
            _ => String::new(),
        }
    }
}

impl Record for AuditOut {
    fn headers() -> &'static [&'static str] {
        &[
            "id", "at", "db_user", "os_user", "command", "tenant", "target", "outcome", "details",
            "values",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let json = |v: &Option<serde_json::Value>| v.as_ref().map(|v| v.to_string());
        vec![
            self.id.to_string(),
            self.at.clone(),
            self.db_user.clone(),
            self.os_user.clone().unwrap_or_default(),
            self.command.clone(),
            self.tenant.clone().unwrap_or_default(),
            self.target.clone().unwrap_or_default(),
            self.outcome.clone(),
            json(&self.details).unwrap_or_default(),
            if self.erased {
                "(erased)".into()
            } else {
                json(&self.values).unwrap_or_default()
            },
        ]
    }
    fn id(&self) -> String {
        self.id.to_string()
    }
}
