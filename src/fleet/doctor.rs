//! `theratime doctor`: finds what is wrong with the fleet, each finding with a fix.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use sqlx::AssertSqlSafe;
use sqlx::postgres::PgConnection;

use crate::backup::quote_ident;
use crate::db::{self, Isolation};
use crate::error::{DbContext, Result};
use crate::fleet;
use crate::fleet::migrations::{self, MigrationSet};

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

/// Every finding, one kind of check after the other: extensions, the global schema,
/// tenant rows and schemas, Citus, the tenants' migration histories, their users and
/// roles, and their structure against a freshly built tenant schema.
pub async fn check(
    conn: &mut PgConnection,
    set: &MigrationSet,
    app_role: Option<&str>,
) -> Result<Vec<Finding>> {
    let mut findings = missing_extensions(conn).await?;
    let extensions_missing = !findings.is_empty();
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
    findings.extend(global_schema(set, global));
    let (without_schema, missing) = missing_schemas(conn).await?;
    findings.extend(without_schema);
    findings.extend(orphan_schemas(conn).await?);
    findings.extend(citus_findings(conn).await?);
    let states = fleet::states(conn).await?;
    findings.extend(states.iter().filter_map(|s| checksum_drift(set, s)));
    findings.extend(missing_users(conn, &states).await?);
    findings.extend(role_findings(conn, &states, &missing, app_role).await?);
    let present: Vec<&fleet::TenantState> =
        states.iter().filter(|s| !missing.contains(&s.id)).collect();
    findings.extend(bookkeeping_mismatches(conn, &present).await?);
    // (A reference schema cannot be built without the extensions.)
    if !extensions_missing {
        findings.extend(structural_drift(conn, set, &present).await?);
    }
    Ok(findings)
}

/// Extensions the tenant schemas need that are not installed.
async fn missing_extensions(conn: &mut PgConnection) -> Result<Vec<Finding>> {
    let missing: Vec<String> = db::query_scalar(
        "SELECT e FROM unnest(ARRAY['btree_gist']) AS e WHERE NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = e)",
    )
    .fetch_all(&mut *conn)
    .await
    .db("cannot list extensions")?;
    Ok(missing
        .into_iter()
        .map(|e| Finding {
            kind: "missing_extension",
            schema: None,
            tenant: None,
            detail: format!("extension {e} is not installed; the no-overlap constraints need it"),
            fix: format!("CREATE EXTENSION {e} WITH SCHEMA theratime; (or `theratime migrate --global` on a new database)"),
        })
        .collect())
}

/// The global schema at another version than this binary's latest.
fn global_schema(set: &MigrationSet, global: i32) -> Option<Finding> {
    let latest = set.latest_global_version();
    (global != latest).then(|| Finding {
        kind: "global_schema",
        schema: Some("theratime".into()),
        tenant: None,
        detail: format!(
            "the global schema is at version {global}, this binary's latest is {latest}"
        ),
        fix: if global < latest {
            "run `theratime migrate --global`".into()
        } else {
            "upgrade theratime".into()
        },
    })
}

/// Tenant rows whose schema does not exist, and their ids.
async fn missing_schemas(conn: &mut PgConnection) -> Result<(Vec<Finding>, BTreeSet<i64>)> {
    let rows: Vec<(i64, String)> = db::query_as(
        "SELECT t.id, t.slug FROM theratime.tenants t
         WHERE NOT EXISTS (SELECT 1 FROM pg_namespace n WHERE n.nspname = 'tenant_' || t.id) ORDER BY t.id",
    )
    .fetch_all(&mut *conn)
    .await
    .db("cannot look for tenants without schema")?;
    let ids = rows.iter().map(|(id, _)| *id).collect();
    let findings = rows
        .into_iter()
        .map(|(id, slug)| Finding {
            kind: "missing_schema",
            schema: Some(db::schema_name(id)),
            tenant: Some(slug.clone()),
            detail: format!("tenant {slug} has a row but its schema {} does not exist", db::schema_name(id)),
            fix: format!("restore it from a backup, or `theratime tenant drop {slug} --yes` to remove the row"),
        })
        .collect();
    Ok((findings, ids))
}

/// Tenant schemas without a tenant row.
async fn orphan_schemas(conn: &mut PgConnection) -> Result<Vec<Finding>> {
    let orphans: Vec<String> = db::query_scalar(
        "SELECT n.nspname::text FROM pg_namespace n
         WHERE n.nspname ~ '^tenant_[0-9]+$'
           AND NOT EXISTS (SELECT 1 FROM theratime.tenants t WHERE 'tenant_' || t.id = n.nspname)
         ORDER BY 1",
    )
    .fetch_all(&mut *conn)
    .await
    .db("cannot look for orphan schemas")?;
    Ok(orphans
        .into_iter()
        .map(|schema| Finding {
            kind: "orphan_schema",
            detail: format!("schema {schema} has no tenant row"),
            fix: format!(
                "inspect it; drop it with `DROP SCHEMA {schema} CASCADE` if it is not needed"
            ),
            schema: Some(schema),
            tenant: None,
        })
        .collect())
}

/// A tenant whose recorded migrations this binary does not know, or whose checksums
/// changed ([`fleet::drift`]).
fn checksum_drift(set: &MigrationSet, s: &fleet::TenantState) -> Option<Finding> {
    fleet::drift(set, s).map(|why| Finding {
        kind: "checksum_drift",
        schema: Some(db::schema_name(s.id)),
        tenant: Some(s.slug.clone()),
        detail: why,
        fix: "restore the original migration file in migrations/tenant (migrations are never edited once applied)".into(),
    })
}

/// Tenants' schemas whose history is read per statement: one statement over the whole
/// fleet would take long to plan at 10,000 tenants.
const HISTORY_CHUNK: usize = 500;

/// Each schema's own migration history against the global bookkeeping row
/// ([`bookkeeping_mismatch`]), for the tenants of `present` (their schema exists). The
/// histories are read set-based: one catalog query for the schemas that have a history
/// table, then one `UNION ALL` over those tables per [`HISTORY_CHUNK`] of them.
async fn bookkeeping_mismatches(
    conn: &mut PgConnection,
    present: &[&fleet::TenantState],
) -> Result<Vec<Finding>> {
    let ids: Vec<i64> = present.iter().map(|s| s.id).collect();
    let with_history: Vec<i64> = db::query_scalar(
        "SELECT t.id FROM unnest($1::bigint[]) AS t(id)
         JOIN pg_catalog.pg_namespace n ON n.nspname = 'tenant_' || t.id
         JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid
          AND c.relname = 'refinery_schema_history' AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
         ORDER BY 1",
    )
    .bind(&ids)
    .fetch_all(&mut *conn)
    .await
    .db("cannot list the tenants' migration history tables")?;
    let mut histories: BTreeMap<i64, String> = BTreeMap::new();
    for chunk in with_history.chunks(HISTORY_CHUNK) {
        let branches: Vec<String> = chunk
            .iter()
            .map(|id| {
                format!(
                    "SELECT {id}::bigint AS tenant_id,
                            coalesce(string_agg(h.version::text || ':' || h.checksum, ',' ORDER BY h.version), '') AS history
                     FROM {}.refinery_schema_history h",
                    db::schema_ident(*id)
                )
            })
            .collect();
        // Safe: the schema identifiers are built from numeric tenant ids (quoted), the
        // rest is constant text.
        let sql = format!(
            "SELECT r.tenant_id, r.history FROM ({}) r",
            branches.join("\nUNION ALL\n")
        );
        let rows: Vec<(i64, String)> = sqlx::query_as(AssertSqlSafe(sql))
            .persistent(false)
            .fetch_all(&mut *conn)
            .await
            .db("cannot read the tenants' migration histories")?;
        histories.extend(rows);
    }
    Ok(present
        .iter()
        .filter_map(|s| bookkeeping_mismatch(s, histories.get(&s.id).map(String::as_str)))
        .collect())
}

/// A finding when a schema's own history (`version:checksum,…`, None without a
/// history table) disagrees with its row in `theratime.tenant_migrations`: the applied
/// list where the row records one, else the version.
fn bookkeeping_mismatch(s: &fleet::TenantState, history: Option<&str>) -> Option<Finding> {
    let history_version = history
        .and_then(|h| h.rsplit(',').next())
        .and_then(|last| last.split(':').next())
        .and_then(|v| v.parse::<i32>().ok())
        .unwrap_or(0);
    let agrees = match history {
        Some(h) if !s.applied.is_empty() => h == s.applied,
        _ => history_version == s.version,
    };
    (!agrees).then(|| Finding {
        kind: "bookkeeping_mismatch",
        schema: Some(db::schema_name(s.id)),
        tenant: Some(s.slug.clone()),
        detail: format!(
            "theratime.tenant_migrations says version {} ({}), the schema's own history says version {history_version} ({})",
            s.version,
            if s.applied.is_empty() { "-" } else { &s.applied },
            history.unwrap_or("no history table")
        ),
        fix: format!(
            "find out who changed the schema by hand; then `theratime migrate -t {}` or correct theratime.tenant_migrations",
            s.slug
        ),
    })
}

/// Structural drift: every up-to-date tenant schema of `present` against a freshly
/// built reference schema, compared by their catalogs inside a transaction that is
/// rolled back.
async fn structural_drift(
    conn: &mut PgConnection,
    set: &MigrationSet,
    present: &[&fleet::TenantState],
) -> Result<Vec<Finding>> {
    let latest = set.latest_tenant_version();
    let compared: Vec<&fleet::TenantState> = present
        .iter()
        .copied()
        .filter(|s| s.version == latest)
        .collect();
    if compared.is_empty() {
        return Ok(Vec::new());
    }
    let reference = db::schema_name(REFERENCE_TENANT);
    let tx = db::begin(conn, Isolation::ReadCommitted).await?;
    let mut tx = db::enter_tenant_ddl_unchecked(tx, REFERENCE_TENANT).await?;
    db::create_tenant_schema(&mut tx).await?;
    migrations::apply_tenant_unrecorded(&mut tx, set).await?;
    let mut names: Vec<String> = compared.iter().map(|s| db::schema_name(s.id)).collect();
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
    Ok(compared
        .into_iter()
        .filter_map(|s| {
            let schema = db::schema_name(s.id);
            let have = by_schema.remove(&schema).unwrap_or_default();
            drift_detail(&want, &have).map(|detail| Finding {
                kind: "structural_drift",
                schema: Some(schema),
                tenant: Some(s.slug.clone()),
                detail,
                fix: "undo the manual change, or turn it into a tenant migration (`theratime migrate new`) so every tenant gets it".into(),
            })
        })
        .collect())
}

/// How a schema's catalog items differ from the reference's, the first five of each
/// way, or None when they do not.
fn drift_detail(want: &BTreeSet<String>, have: &BTreeSet<String>) -> Option<String> {
    let lacking: Vec<&String> = want.difference(have).collect();
    let extra: Vec<&String> = have.difference(want).collect();
    if lacking.is_empty() && extra.is_empty() {
        return None;
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
    Some(detail)
}

/// Appointments and blocks that name a user `theratime.users` does not have (a user
/// deleted by hand, or with a tenant dropped before drops kept such users): one
/// finding per tenant. One set-based scan over the fleet.
async fn missing_users(
    conn: &mut PgConnection,
    states: &[fleet::TenantState],
) -> Result<Vec<Finding>> {
    let rows = fleet::user_references(conn, fleet::RefScan::Missing).await?;
    let mut by_tenant: BTreeMap<i64, Vec<&fleet::RefRow>> = BTreeMap::new();
    for r in &rows {
        by_tenant.entry(r.tenant_id).or_default().push(r);
    }
    let mut findings = Vec::new();
    for (tid, refs) in by_tenant {
        let slug = states
            .iter()
            .find(|s| s.id == tid)
            .map_or_else(|| tid.to_string(), |s| s.slug.clone());
        let mut by_ref: BTreeMap<&str, (Vec<i64>, i64)> = BTreeMap::new();
        for r in &refs {
            let e = by_ref.entry(r.reference.as_str()).or_default();
            e.0.push(r.user_id);
            e.1 += r.rows;
        }
        let parts: Vec<String> = by_ref
            .iter()
            .map(|(reference, (ids, rows))| {
                let shown: Vec<String> = ids.iter().take(10).map(i64::to_string).collect();
                format!(
                    "{rows} row(s) of {reference} name user(s) that theratime.users does not have (ids {}{})",
                    shown.join(", "),
                    if ids.len() > 10 { ", …" } else { "" }
                )
            })
            .collect();
        findings.push(Finding {
            kind: "missing_user",
            schema: Some(db::schema_name(tid)),
            tenant: Some(slug.clone()),
            detail: format!(
                "{}; this tenant's backups cannot be restored until they exist",
                parts.join("; ")
            ),
            fix: format!(
                "re-create those users with their ids as deactivated users of {slug} (their email, name and role \
                 are in the users section of an older backup of this tenant): INSERT INTO theratime.users \
                 (id, tenant_id, email, display_name, role, active) VALUES (<id>, {tid}, '<email>', '<name>', '<role>', false)"
            ),
        });
    }
    Ok(findings)
}

/// The tenant migration that makes the tenant's role (migrations/tenant/V2).
const TENANT_ROLE_VERSION: i32 = 2;

/// The group's share of the global schema (global migration V6): (object, privilege),
/// the schema itself as `None`.
const GROUP_PRIVILEGES: &[(Option<&str>, &str)] = &[
    (None, "USAGE"),
    (Some("users"), "SELECT"),
    (Some("user_links"), "SELECT"),
];

/// One privilege from an ACL, as doctor reads them.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Grant {
    pub schema: String,
    /// The table or sequence; None for the schema itself.
    pub object: Option<String>,
    /// `schema`, `table` or `sequence`.
    pub kind: String,
    /// A role name, or `PUBLIC`.
    pub grantee: String,
    pub privilege: String,
}

/// Whether a privilege crosses the tenant boundary, and if so the finding's kind:
/// PUBLIC on a tenant schema or its objects; a tenant role on anything outside its
/// own schema; the group role beyond [`GROUP_PRIVILEGES`].
pub fn boundary_kind(g: &Grant) -> Option<&'static str> {
    let tenant_schema = |s: &str| {
        s.strip_prefix("tenant_")
            .and_then(|id| id.parse::<i64>().ok())
    };
    if g.grantee == "PUBLIC" {
        return tenant_schema(&g.schema).map(|_| "public_privileges");
    }
    if g.grantee == "theratime_tenants" {
        let expected = g.schema == "theratime"
            && GROUP_PRIVILEGES
                .iter()
                .any(|(o, p)| *o == g.object.as_deref() && *p == g.privilege);
        return (!expected).then_some("role_beyond_boundary");
    }
    let role_tenant = g
        .grantee
        .strip_prefix("theratime_tenant_")
        .and_then(|id| id.parse::<i64>().ok());
    match role_tenant {
        Some(id) if tenant_schema(&g.schema) != Some(id) => Some("role_beyond_boundary"),
        _ => None,
    }
}

/// The statement that takes a privilege back.
fn revoke(g: &Grant) -> String {
    let on = match &g.object {
        None => format!("SCHEMA {}", quote_ident(&g.schema)),
        Some(o) => format!(
            "{} {}.{}",
            if g.kind == "sequence" {
                "SEQUENCE"
            } else {
                "TABLE"
            },
            quote_ident(&g.schema),
            quote_ident(o)
        ),
    };
    let from = if g.grantee == "PUBLIC" {
        "PUBLIC".to_string()
    } else {
        quote_ident(&g.grantee)
    };
    format!("REVOKE {} ON {on} FROM {from};", g.privilege)
}

/// Every privilege of PUBLIC on tenant schemas and their objects, and every privilege
/// of the group and of tenant roles outside a tenant role's own schema.
const GRANTS: &str = "
WITH acl AS (
    SELECT n.nspname AS schema, NULL::name AS object, 'schema' AS kind, a.grantee, a.privilege_type
    FROM pg_namespace n CROSS JOIN LATERAL aclexplode(n.nspacl) a
    UNION ALL
    SELECT n.nspname, c.relname, CASE c.relkind WHEN 'S' THEN 'sequence' ELSE 'table' END,
           a.grantee, a.privilege_type
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    CROSS JOIN LATERAL aclexplode(c.relacl) a
)
SELECT acl.schema::text, acl.object::text, acl.kind,
       CASE WHEN acl.grantee = 0 THEN 'PUBLIC' ELSE r.rolname::text END AS grantee,
       acl.privilege_type AS privilege
FROM acl LEFT JOIN pg_roles r ON r.oid = acl.grantee
WHERE (acl.grantee = 0 AND acl.schema ~ '^tenant_[0-9]+$')
   OR r.rolname = 'theratime_tenants'
   OR (r.rolname ~ '^theratime_tenant_[0-9]+$'
       AND acl.schema IS DISTINCT FROM 'tenant_' || substring(r.rolname FROM '[0-9]+$'))
ORDER BY 1, 2, 4, 5";

/// Per tenant with a schema: whether its role exists, and whether it has everything a
/// tenant role needs (member of the group, usable by this login, USAGE on its schema,
/// all four on each table, USAGE on each sequence; on Citus, LOGIN: Citus connects to
/// the workers as the current role).
const TENANT_ROLES: &str = "
SELECT t.id, r.oid IS NOT NULL,
       r.oid IS NOT NULL
       AND (r.rolcanlogin OR NOT EXISTS (SELECT FROM pg_extension WHERE extname = 'citus'))
       AND pg_has_role(r.oid, 'theratime_tenants', 'MEMBER')
       AND pg_has_role(current_user, r.oid, 'MEMBER')
       AND has_schema_privilege(r.oid, n.oid, 'USAGE')
       AND NOT EXISTS (
           SELECT FROM pg_class c WHERE c.relnamespace = n.oid
             AND ((c.relkind = 'r' AND c.relname <> 'refinery_schema_history'
                   AND NOT (has_table_privilege(r.oid, c.oid, 'SELECT') AND has_table_privilege(r.oid, c.oid, 'INSERT')
                            AND has_table_privilege(r.oid, c.oid, 'UPDATE') AND has_table_privilege(r.oid, c.oid, 'DELETE')))
               OR (c.relkind = 'S' AND NOT has_sequence_privilege(r.oid, c.oid, 'USAGE'))))
FROM theratime.tenants t
JOIN pg_namespace n ON n.nspname = 'tenant_' || t.id
LEFT JOIN pg_roles r ON r.rolname = 'theratime_tenant_' || t.id
ORDER BY t.id";

/// Tenant roles of this database's tenants that can do more than a tenant role may:
/// log in (except a tenant role on Citus, which must), bypass row-level security,
/// manage roles, or hold another role than the group.
const ROLE_POWERS: &str = "
SELECT r.rolname::text,
       concat_ws(' ', CASE WHEN r.rolcanlogin AND (r.rolname = 'theratime_tenants'
                                                   OR NOT EXISTS (SELECT FROM pg_extension WHERE extname = 'citus'))
                           THEN 'LOGIN' END, CASE WHEN r.rolsuper THEN 'SUPERUSER' END,
                 CASE WHEN r.rolbypassrls THEN 'BYPASSRLS' END, CASE WHEN r.rolcreaterole THEN 'CREATEROLE' END,
                 CASE WHEN r.rolcreatedb THEN 'CREATEDB' END),
       coalesce((SELECT string_agg(g.rolname::text, ',' ORDER BY g.rolname) FROM pg_auth_members m
                 JOIN pg_roles g ON g.oid = m.roleid
                 WHERE m.member = r.oid AND g.rolname <> 'theratime_tenants'), '')
FROM pg_roles r
WHERE r.rolname IN (SELECT 'theratime_tenant_' || id FROM theratime.tenants) OR r.rolname = 'theratime_tenants'
ORDER BY 1";

/// The tenant boundary (issue #12): every tenant has its role with what it needs; no
/// tenant role, nor the group, nor PUBLIC has more; the application role holds every
/// tenant role. Skipped on a global schema from before tenant roles.
async fn role_findings(
    conn: &mut PgConnection,
    states: &[fleet::TenantState],
    missing_schema: &BTreeSet<i64>,
    app_role: Option<&str>,
) -> Result<Vec<Finding>> {
    let roles_exist: bool = db::query_scalar(
        "SELECT to_regprocedure('theratime.ensure_tenant_role(bigint)') IS NOT NULL",
    )
    .fetch_one(&mut *conn)
    .await
    .db("cannot look for tenant roles")?;
    if !roles_exist {
        return Ok(Vec::new());
    }
    let mut findings = tenant_roles(conn, states, missing_schema).await?;
    findings.extend(grants_beyond_boundary(conn).await?);
    findings.extend(role_powers(conn).await?);
    findings.extend(row_security(conn).await?);
    if let Some(app) = app_role {
        findings.extend(app_role_findings(conn, states, app).await?);
    }
    Ok(findings)
}

/// Tenants (with a schema) whose role is missing or lacks what it needs.
async fn tenant_roles(
    conn: &mut PgConnection,
    states: &[fleet::TenantState],
    missing_schema: &BTreeSet<i64>,
) -> Result<Vec<Finding>> {
    let mut findings = Vec::new();
    let slug_of = |id: i64| states.iter().find(|s| s.id == id);
    let roles: Vec<(i64, bool, bool)> = db::query_as(TENANT_ROLES)
        .fetch_all(&mut *conn)
        .await
        .db("cannot check the tenant roles")?;
    for (id, exists, complete) in roles {
        if missing_schema.contains(&id) || complete {
            continue;
        }
        let Some(s) = slug_of(id) else { continue };
        let role = db::role_name(id);
        let fix = if s.version < TENANT_ROLE_VERSION {
            format!(
                "`theratime migrate -t {}` (its schema predates tenant roles)",
                s.slug
            )
        } else {
            format!("as theratime's login role: SELECT theratime.ensure_tenant_role({id});")
        };
        findings.push(Finding {
            kind: if exists { "incomplete_role" } else { "missing_role" },
            schema: Some(db::schema_name(id)),
            tenant: Some(s.slug.clone()),
            detail: if exists {
                format!("role {role} lacks a privilege on its own schema, is not a member of theratime_tenants, cannot be taken by this login role, or (on Citus) cannot log in")
            } else {
                format!("tenant {} has no role {role}: commands that read or write its data refuse to run", s.slug)
            },
            fix,
        });
    }
    Ok(findings)
}

/// Privileges of PUBLIC, the group or a tenant role that cross the tenant boundary
/// ([`boundary_kind`]), each with its REVOKE.
async fn grants_beyond_boundary(conn: &mut PgConnection) -> Result<Vec<Finding>> {
    let mut findings = Vec::new();
    let grants: Vec<Grant> = db::query_as(GRANTS)
        .fetch_all(&mut *conn)
        .await
        .db("cannot read the privileges of the tenant roles")?;
    for g in grants {
        let Some(kind) = boundary_kind(&g) else {
            continue;
        };
        let what = match &g.object {
            Some(o) => format!("{} {}.{}", g.kind, g.schema, o),
            None => format!("schema {}", g.schema),
        };
        findings.push(Finding {
            kind,
            schema: Some(g.schema.clone()),
            tenant: None,
            detail: format!("{} has {} on {what}", g.grantee, g.privilege),
            fix: revoke(&g),
        });
    }
    Ok(findings)
}

/// Tenant roles (and the group) with attributes or memberships a tenant role may not
/// have ([`ROLE_POWERS`]).
async fn role_powers(conn: &mut PgConnection) -> Result<Vec<Finding>> {
    let mut findings = Vec::new();
    let powers: Vec<(String, String, String)> = db::query_as(ROLE_POWERS)
        .fetch_all(&mut *conn)
        .await
        .db("cannot read the tenant roles' attributes")?;
    for (role, attributes, member_of) in powers {
        let mut fixes = Vec::new();
        if !attributes.is_empty() {
            let off: Vec<String> = attributes.split(' ').map(|a| format!("NO{a}")).collect();
            fixes.push(format!(
                "ALTER ROLE {} {};",
                quote_ident(&role),
                off.join(" ")
            ));
        }
        for g in member_of.split(',').filter(|g| !g.is_empty()) {
            fixes.push(format!(
                "REVOKE {} FROM {};",
                quote_ident(g),
                quote_ident(&role)
            ));
        }
        if fixes.is_empty() {
            continue;
        }
        findings.push(Finding {
            kind: "role_beyond_boundary",
            schema: None,
            tenant: None,
            detail: format!(
                "role {role} can do more than a tenant role may:{}{}",
                if attributes.is_empty() {
                    String::new()
                } else {
                    format!(" {attributes}")
                },
                if member_of.is_empty() {
                    String::new()
                } else {
                    format!(" member of {member_of}")
                }
            ),
            fix: fixes.join(" "),
        });
    }
    Ok(findings)
}

/// Row-level security off on `theratime.users`: every tenant role reads every
/// tenant's users.
async fn row_security(conn: &mut PgConnection) -> Result<Option<Finding>> {
    let row_security: bool = db::query_scalar(
        "SELECT relrowsecurity FROM pg_class WHERE oid = 'theratime.users'::regclass",
    )
    .fetch_one(&mut *conn)
    .await
    .db("cannot check row-level security")?;
    Ok((!row_security).then(|| Finding {
        kind: "role_beyond_boundary",
        schema: Some("theratime".into()),
        tenant: None,
        detail: "row-level security is off on theratime.users: every tenant role reads every tenant's users".into(),
        fix: "ALTER TABLE theratime.users ENABLE ROW LEVEL SECURITY;".into(),
    }))
}

/// On Citus: global tables that are not reference tables (citus was added after the
/// global migrations ran) and tenant schemas that are not distributed schemas (made
/// outside theratime, or before citus was added). Nothing on plain PostgreSQL.
async fn citus_findings(conn: &mut PgConnection) -> Result<Vec<Finding>> {
    let mut findings = Vec::new();
    for table in crate::citus::missing_reference_tables(conn).await? {
        findings.push(Finding {
            kind: "not_reference_table",
            schema: Some("theratime".into()),
            tenant: None,
            detail: format!(
                "{table} is not a reference table on this Citus cluster: the triggers of tenant \
                 schemas and the tenant roles on the workers cannot read it"
            ),
            fix: "SELECT theratime.citus_setup(); (makes the global tables reference tables and distributes the global functions)".into(),
        });
    }
    for (id, slug) in crate::citus::undistributed_schemas(conn).await? {
        let schema = db::schema_name(id);
        findings.push(Finding {
            kind: "undistributed_schema",
            detail: format!(
                "schema {schema} of tenant {slug} is not a distributed schema: it stays on the \
                 coordinator, and `tenant move` cannot move it"
            ),
            fix: format!(
                "back it up and restore it, which creates it as a distributed schema: \
                 `theratime backup -t {slug} --out DIR`, `theratime tenant drop {slug} --yes`, \
                 `theratime restore DIR/{slug}-….ttbk`"
            ),
            schema: Some(schema),
            tenant: Some(slug),
        });
    }
    Ok(findings)
}

/// The application role (`app_role`) exists and may take every tenant's role.
async fn app_role_findings(
    conn: &mut PgConnection,
    states: &[fleet::TenantState],
    app: &str,
) -> Result<Vec<Finding>> {
    let exists: bool = db::query_scalar("SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = $1)")
        .bind(app)
        .fetch_one(&mut *conn)
        .await
        .db("cannot look up the application role")?;
    if !exists {
        return Ok(vec![Finding {
            kind: "app_role",
            schema: None,
            tenant: None,
            detail: format!("app_role {app:?} is not a role of this server"),
            fix: format!(
                "CREATE ROLE {} LOGIN NOINHERIT; then `theratime migrate`, or unset app_role",
                quote_ident(app)
            ),
        }]);
    }
    let lacking: Vec<i64> = db::query_scalar(
        "SELECT t.id FROM theratime.tenants t JOIN pg_roles r ON r.rolname = 'theratime_tenant_' || t.id
         WHERE NOT pg_has_role($1, r.oid, 'MEMBER') ORDER BY t.id",
    )
    .bind(app)
    .fetch_all(&mut *conn)
    .await
    .db("cannot check the application role")?;
    Ok(lacking
        .into_iter()
        .map(|id| Finding {
            kind: "app_role",
            schema: Some(db::schema_name(id)),
            tenant: states.iter().find(|s| s.id == id).map(|s| s.slug.clone()),
            detail: format!(
                "the application role {app} cannot take the role {}",
                db::role_name(id)
            ),
            fix: format!(
                "`theratime migrate` (with app_role set), or GRANT {} TO {};",
                quote_ident(&db::role_name(id)),
                quote_ident(app)
            ),
        })
        .collect())
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

#[cfg(test)]
mod tests {
    use super::*;

    fn grant(schema: &str, object: Option<&str>, grantee: &str, privilege: &str) -> Grant {
        Grant {
            schema: schema.into(),
            object: object.map(String::from),
            kind: if object.is_some() { "table" } else { "schema" }.into(),
            grantee: grantee.into(),
            privilege: privilege.into(),
        }
    }

    #[test]
    fn privileges_that_cross_the_tenant_boundary() {
        const ROLE: Option<&str> = Some("role_beyond_boundary");
        const PUBLIC: Option<&str> = Some("public_privileges");
        // (schema, object, grantee, privilege) -> finding
        type Case = (
            &'static str,
            Option<&'static str>,
            &'static str,
            &'static str,
            Option<&'static str>,
        );
        // One case a line: a table.
        #[rustfmt::skip]
        let cases: &[Case] = &[
            // The group's own share of the global schema.
            ("theratime", None, "theratime_tenants", "USAGE", None),
            ("theratime", Some("users"), "theratime_tenants", "SELECT", None),
            ("theratime", Some("user_links"), "theratime_tenants", "SELECT", None),
            // The trail is written through theratime.audit_append only.
            ("theratime", Some("audit_log"), "theratime_tenants", "INSERT", ROLE),
            // ... and nothing more of it, nor anything elsewhere.
            ("theratime", Some("audit_log"), "theratime_tenants", "SELECT", ROLE),
            ("theratime", Some("users"), "theratime_tenants", "UPDATE", ROLE),
            ("theratime", Some("tenants"), "theratime_tenants", "SELECT", ROLE),
            ("theratime", None, "theratime_tenants", "CREATE", ROLE),
            ("tenant_3", Some("appointments"), "theratime_tenants", "SELECT", ROLE),
            ("public", Some("notes"), "theratime_tenants", "SELECT", ROLE),
            // A tenant role: only its own schema.
            ("tenant_3", Some("appointments"), "theratime_tenant_3", "DELETE", None),
            ("tenant_3", None, "theratime_tenant_3", "USAGE", None),
            ("tenant_4", Some("appointments"), "theratime_tenant_3", "SELECT", ROLE),
            ("tenant_33", None, "theratime_tenant_3", "USAGE", ROLE),
            ("theratime", Some("tenants"), "theratime_tenant_3", "SELECT", ROLE),
            ("theratime", Some("users"), "theratime_tenant_3", "SELECT", ROLE),
            // PUBLIC: nothing on tenant schemas; the global schema is not doctor's business here.
            ("tenant_3", None, "PUBLIC", "USAGE", PUBLIC),
            ("tenant_3", Some("calendar_blocks"), "PUBLIC", "SELECT", PUBLIC),
            ("tenant_x", None, "PUBLIC", "USAGE", None),
            ("theratime", None, "PUBLIC", "USAGE", None),
            // Other roles are not tenant roles.
            ("tenant_3", Some("appointments"), "reporting", "SELECT", None),
            ("tenant_3", Some("appointments"), "theratime_tenant_x", "SELECT", None),
        ];
        for &(schema, object, grantee, privilege, want) in cases {
            let g = grant(schema, object, grantee, privilege);
            assert_eq!(boundary_kind(&g), want, "{g:?}");
        }
    }

    fn state(version: i32, applied: &str) -> fleet::TenantState {
        fleet::TenantState {
            id: 9,
            slug: "acme".into(),
            time_zone: "UTC".into(),
            version,
            applied: applied.into(),
            last_status: None,
            last_error: None,
            last_started_at: None,
            last_duration_ms: None,
        }
    }

    #[test]
    fn the_bookkeeping_row_must_agree_with_the_schemas_own_history() {
        // (bookkeeping version, applied list, the schema's history) -> finding detail
        type Case = (
            i32,
            &'static str,
            Option<&'static str>,
            Option<&'static str>,
        );
        let cases: &[Case] = &[
            // The applied list, where the row records one, must be the history.
            (2, "1:a,2:b", Some("1:a,2:b"), None),
            (
                2,
                "1:a,2:b",
                Some("1:a,2:c"),
                Some("says version 2 (1:a,2:b), the schema's own history says version 2 (1:a,2:c)"),
            ),
            (
                2,
                "1:a,2:b",
                Some(""),
                Some("own history says version 0 ()"),
            ),
            (
                2,
                "1:a,2:b",
                None,
                Some("own history says version 0 (no history table)"),
            ),
            // Rows from before checksums were recorded: the version must agree.
            (2, "", Some("1:a,2:z"), None),
            (
                1,
                "",
                Some("1:a,2:z"),
                Some("says version 1 (-), the schema's own history says version 2"),
            ),
            (0, "", None, None),
            (0, "", Some(""), None),
            (
                3,
                "",
                None,
                Some("own history says version 0 (no history table)"),
            ),
        ];
        for &(version, applied, history, want) in cases {
            let got = bookkeeping_mismatch(&state(version, applied), history);
            match (want, got) {
                (None, None) => {}
                (Some(want), Some(f)) => {
                    assert_eq!(
                        (f.kind, f.schema.as_deref(), f.tenant.as_deref()),
                        ("bookkeeping_mismatch", Some("tenant_9"), Some("acme"))
                    );
                    assert!(f.detail.contains(want), "{history:?}: {}", f.detail);
                    assert!(f.fix.contains("theratime migrate -t acme"), "{}", f.fix);
                }
                (want, got) => {
                    panic!("{version} {applied:?} {history:?}: want {want:?}, got {got:?}")
                }
            }
        }
    }

    #[test]
    fn drift_names_five_items_each_way_and_counts_the_rest() {
        let set =
            |items: &[&str]| -> BTreeSet<String> { items.iter().map(|i| i.to_string()).collect() };
        let want = set(&["a", "b", "c"]);
        assert_eq!(drift_detail(&want, &want), None);
        assert_eq!(
            drift_detail(&want, &set(&["a", "c", "x"])).as_deref(),
            Some("differs from a freshly created tenant: missing [b] extra [x]")
        );
        let many: Vec<String> = (0..8).map(|i| format!("m{i}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        let detail = drift_detail(
            &set(&many),
            &set(&["e1", "e2", "e3", "e4", "e5", "e6", "e7"]),
        )
        .unwrap();
        assert_eq!(detail.matches(" missing [").count(), 5, "{detail}");
        assert_eq!(detail.matches(" extra [").count(), 5, "{detail}");
        assert!(detail.ends_with(" and 5 more"), "{detail}");
    }

    #[test]
    fn revoke_names_the_object_exactly() {
        assert_eq!(
            revoke(&grant(
                "tenant_3",
                Some("appointments"),
                "theratime_tenant_4",
                "SELECT"
            )),
            "REVOKE SELECT ON TABLE \"tenant_3\".\"appointments\" FROM \"theratime_tenant_4\";"
        );
        assert_eq!(
            revoke(&grant("tenant_3", None, "PUBLIC", "USAGE")),
            "REVOKE USAGE ON SCHEMA \"tenant_3\" FROM PUBLIC;"
        );
        let mut seq = grant(
            "tenant_3",
            Some("appointments_id_seq"),
            "theratime_tenants",
            "USAGE",
        );
        seq.kind = "sequence".into();
        assert_eq!(
            revoke(&seq),
            "REVOKE USAGE ON SEQUENCE \"tenant_3\".\"appointments_id_seq\" FROM \"theratime_tenants\";"
        );
    }
}
