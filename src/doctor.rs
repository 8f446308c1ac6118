//! `theratime doctor`: finds what is wrong with the fleet, each finding with a fix.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use sqlx::postgres::PgConnection;

use crate::db::{self, Isolation};
use crate::error::{DbContext, Result};
use crate::fleet;
use crate::migrations::{self, MigrationSet};
use crate::output::Record;

/// The scratch tenant id of the reference schema built (and rolled back) to compare
/// tenant schemas with; no identity column ever hands it out.
const REFERENCE_TENANT: i64 = i64::MAX;

#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub kind: &'static str,
    pub schema: Option<String>,
    pub tenant: Option<String>,
    pub detail: String,
    pub fix: String,
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

pub async fn check(conn: &mut PgConnection, set: &MigrationSet) -> Result<Vec<Finding>> {
    let mut findings = Vec::new();
    let missing_ext: Vec<String> = db::query_scalar(
        "SELECT e FROM unnest(ARRAY['btree_gist']) AS e WHERE NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = e)",
    )
    .fetch_all(&mut *conn)
    .await
    .db("cannot list extensions")?;
    let extensions_missing = !missing_ext.is_empty();
    for e in missing_ext {
        findings.push(Finding {
            kind: "missing_extension",
            schema: None,
            tenant: None,
            detail: format!("extension {e} is not installed; the no-overlap constraints need it"),
            fix: format!("CREATE EXTENSION {e} WITH SCHEMA theratime; (or `theratime migrate --global` on a new database)"),
        });
    }
    let Some(global) = migrations::global_version(conn).await? else {
        findings.push(Finding {
            kind: "global_schema",
            schema: Some("theratime".into()),
            tenant: None,
            detail: "the database has no theratime schema".into(),
            fix: "run `theratime migrate`".into(),
        });
        return Ok(findings);
    };
    if global != set.latest_global_version() {
        findings.push(Finding {
            kind: "global_schema",
            schema: Some("theratime".into()),
            tenant: None,
            detail: format!(
                "the global schema is at version {global}, this binary's latest is {}",
                set.latest_global_version()
            ),
            fix: if global < set.latest_global_version() {
                "run `theratime migrate --global`".into()
            } else {
                "upgrade theratime".into()
            },
        });
    }

    let rows_without_schema: Vec<(i64, String)> = db::query_as(
        "SELECT t.id, t.slug FROM theratime.tenants t
         WHERE NOT EXISTS (SELECT 1 FROM pg_namespace n WHERE n.nspname = 'tenant_' || t.id) ORDER BY t.id",
    )
    .fetch_all(&mut *conn)
    .await
    .db("cannot look for tenants without schema")?;
    let missing: BTreeSet<i64> = rows_without_schema.iter().map(|(id, _)| *id).collect();
    for (id, slug) in rows_without_schema {
        findings.push(Finding {
            kind: "missing_schema",
            schema: Some(db::schema_name(id)),
            tenant: Some(slug.clone()),
            detail: format!("tenant {slug} has a row but its schema {} does not exist", db::schema_name(id)),
            fix: format!("restore it from a backup, or `theratime tenant drop {slug} --yes` to remove the row"),
        });
    }
    let orphans: Vec<String> = db::query_scalar(
        "SELECT n.nspname::text FROM pg_namespace n
         WHERE n.nspname ~ '^tenant_[0-9]+$'
           AND NOT EXISTS (SELECT 1 FROM theratime.tenants t WHERE 'tenant_' || t.id = n.nspname)
         ORDER BY 1",
    )
    .fetch_all(&mut *conn)
    .await
    .db("cannot look for orphan schemas")?;
    for schema in orphans {
        findings.push(Finding {
            kind: "orphan_schema",
            detail: format!("schema {schema} has no tenant row"),
            fix: format!(
                "inspect it; drop it with `DROP SCHEMA {schema} CASCADE` if it is not needed"
            ),
            schema: Some(schema),
            tenant: None,
        });
    }

    let states = fleet::states(conn).await?;
    for s in &states {
        if let Some(why) = fleet::drift(set, s) {
            findings.push(Finding {
                kind: "checksum_drift",
                schema: Some(db::schema_name(s.id)),
                tenant: Some(s.slug.clone()),
                detail: why,
                fix: "restore the original migration file in migrations/tenant (migrations are never edited once applied)".into(),
            });
        }
    }

    // Each schema's own history against the global bookkeeping row, through the helper.
    let present: Vec<&fleet::TenantState> =
        states.iter().filter(|s| !missing.contains(&s.id)).collect();
    for s in &present {
        let tx = db::begin(conn, Isolation::ReadCommitted).await?;
        let mut tx = db::enter_tenant_ddl(tx, s.id).await?;
        let history = migrations::read_tenant_history(&mut tx).await?;
        tx.commit().await?;
        let history_version = history
            .as_deref()
            .and_then(|h| h.rsplit(',').next())
            .and_then(|last| last.split(':').next())
            .and_then(|v| v.parse::<i32>().ok())
            .unwrap_or(0);
        let agrees = match &history {
            Some(h) if !s.applied.is_empty() => *h == s.applied,
            _ => history_version == s.version,
        };
        if !agrees {
            findings.push(Finding {
                kind: "bookkeeping_mismatch",
                schema: Some(db::schema_name(s.id)),
                tenant: Some(s.slug.clone()),
                detail: format!(
                    "theratime.tenant_migrations says version {} ({}), the schema's own history says version {history_version} ({})",
                    s.version,
                    if s.applied.is_empty() { "-" } else { &s.applied },
                    history.as_deref().unwrap_or("no history table")
                ),
                fix: format!(
                    "find out who changed the schema by hand; then `theratime migrate -t {}` or correct theratime.tenant_migrations",
                    s.slug
                ),
            });
        }
    }

    // Structural drift: compare every up-to-date tenant schema's catalog with a freshly
    // built reference schema, inside a transaction that is rolled back.
    let latest = set.latest_tenant_version();
    let compared: Vec<(i64, String)> = present
        .iter()
        .filter(|s| s.version == latest)
        .map(|s| (s.id, s.slug.clone()))
        .collect();
    // (A reference schema cannot be built without the extensions.)
    if !compared.is_empty() && !extensions_missing {
        let reference = db::schema_name(REFERENCE_TENANT);
        let tx = db::begin(conn, Isolation::ReadCommitted).await?;
        let mut tx = db::enter_tenant_ddl_unchecked(tx, REFERENCE_TENANT).await?;
        db::create_tenant_schema(&mut tx).await?;
        migrations::apply_tenant_unrecorded(&mut tx, set).await?;
        let mut names: Vec<String> = compared
            .iter()
            .map(|(id, _)| db::schema_name(*id))
            .collect();
        names.push(reference.clone());
        let items: Vec<(String, String)> = db::query_as(CATALOG_ITEMS)
            .bind(&names)
            .fetch_all(&mut *tx)
            .await
            .db("cannot read the tenant schemas' catalog")?;
        tx.rollback().await?;
        let mut by_schema: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (schema, item) in items {
            by_schema.entry(schema).or_default().insert(item);
        }
        let want = by_schema.remove(&reference).unwrap_or_default();
        for (id, slug) in compared {
            let schema = db::schema_name(id);
            let have = by_schema.remove(&schema).unwrap_or_default();
            let lacking: Vec<&String> = want.difference(&have).collect();
            let extra: Vec<&String> = have.difference(&want).collect();
            if lacking.is_empty() && extra.is_empty() {
                continue;
            }
            let mut detail = String::from("differs from a freshly created tenant:");
            for l in lacking.iter().take(5) {
                detail.push_str(&format!(" missing [{l}]"));
            }
            for e in extra.iter().take(5) {
                detail.push_str(&format!(" extra [{e}]"));
            }
            let more = (lacking.len() + extra.len()).saturating_sub(10);
            if more > 0 {
                detail.push_str(&format!(" and {more} more"));
            }
            findings.push(Finding {
                kind: "structural_drift",
                schema: Some(schema),
                tenant: Some(slug),
                detail,
                fix: "undo the manual change, or turn it into a tenant migration (`theratime migrate new`) so every tenant gets it".into(),
            });
        }
    }
    Ok(findings)
}

/// Every column, index, constraint, trigger and relation of the given schemas, with the
/// schema's own name taken out so that schemas compare.
const CATALOG_ITEMS: &str = "
WITH s AS (SELECT oid, nspname FROM pg_namespace WHERE nspname = ANY($1)),
items AS (
    SELECT s.nspname, format('column %s.%s %s%s default %s', c.relname, a.attname,
               format_type(a.atttypid, a.atttypmod), CASE WHEN a.attnotnull THEN ' not null' ELSE '' END,
               coalesce(pg_get_expr(d.adbin, d.adrelid), '-')) AS item
    FROM s JOIN pg_class c ON c.relnamespace = s.oid AND c.relkind IN ('r', 'p', 'v', 'm')
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
    UNION ALL
    SELECT s.nspname, 'index ' || pg_get_indexdef(i.indexrelid)
    FROM s JOIN pg_class c ON c.relnamespace = s.oid JOIN pg_index i ON i.indrelid = c.oid
    UNION ALL
    SELECT s.nspname, format('constraint %s.%s %s', c.relname, co.conname, pg_get_constraintdef(co.oid))
    FROM s JOIN pg_constraint co ON co.connamespace = s.oid JOIN pg_class c ON c.oid = co.conrelid
    UNION ALL
    SELECT s.nspname, 'trigger ' || pg_get_triggerdef(t.oid)
    FROM s JOIN pg_class c ON c.relnamespace = s.oid JOIN pg_trigger t ON t.tgrelid = c.oid AND NOT t.tgisinternal
    UNION ALL
    SELECT s.nspname, format('relation %s %s', c.relkind, c.relname)
    FROM s JOIN pg_class c ON c.relnamespace = s.oid WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')
)
SELECT nspname::text, replace(item, quote_ident(nspname) || '.', '') FROM items";
