//! `theratime doctor`: finds what is wrong with the fleet, each finding with a fix.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use sqlx::postgres::PgConnection;

use crate::backup::quote_ident;
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

pub async fn check(
    conn: &mut PgConnection,
    set: &MigrationSet,
    app_role: Option<&str>,
) -> Result<Vec<Finding>> {
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

    findings.extend(citus_findings(conn).await?);

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

    findings.extend(missing_users(conn, &states).await?);
    findings.extend(role_findings(conn, &states, &missing, app_role).await?);

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
    let mut findings = Vec::new();
    let roles_exist: bool = db::query_scalar(
        "SELECT to_regprocedure('theratime.ensure_tenant_role(bigint)') IS NOT NULL",
    )
    .fetch_one(&mut *conn)
    .await
    .db("cannot look for tenant roles")?;
    if !roles_exist {
        return Ok(findings);
    }
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
    let row_security: bool = db::query_scalar(
        "SELECT relrowsecurity FROM pg_class WHERE oid = 'theratime.users'::regclass",
    )
    .fetch_one(&mut *conn)
    .await
    .db("cannot check row-level security")?;
    if !row_security {
        findings.push(Finding {
            kind: "role_beyond_boundary",
            schema: Some("theratime".into()),
            tenant: None,
            detail: "row-level security is off on theratime.users: every tenant role reads every tenant's users".into(),
            fix: "ALTER TABLE theratime.users ENABLE ROW LEVEL SECURITY;".into(),
        });
    }
    if let Some(app) = app_role {
        findings.extend(app_role_findings(conn, states, app).await?);
    }
    Ok(findings)
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
        let cases = [
            // The group's own share of the global schema.
            (grant("theratime", None, "theratime_tenants", "USAGE"), None),
            (
                grant("theratime", Some("users"), "theratime_tenants", "SELECT"),
                None,
            ),
            (
                grant(
                    "theratime",
                    Some("user_links"),
                    "theratime_tenants",
                    "SELECT",
                ),
                None,
            ),
            // The trail is written through theratime.audit_append only.
            (
                grant(
                    "theratime",
                    Some("audit_log"),
                    "theratime_tenants",
                    "INSERT",
                ),
                Some("role_beyond_boundary"),
            ),
            // ... and nothing more of it, nor anything elsewhere.
            (
                grant(
                    "theratime",
                    Some("audit_log"),
                    "theratime_tenants",
                    "SELECT",
                ),
                Some("role_beyond_boundary"),
            ),
            (
                grant("theratime", Some("users"), "theratime_tenants", "UPDATE"),
                Some("role_beyond_boundary"),
            ),
            (
                grant("theratime", Some("tenants"), "theratime_tenants", "SELECT"),
                Some("role_beyond_boundary"),
            ),
            (
                grant("theratime", None, "theratime_tenants", "CREATE"),
                Some("role_beyond_boundary"),
            ),
            (
                grant(
                    "tenant_3",
                    Some("appointments"),
                    "theratime_tenants",
                    "SELECT",
                ),
                Some("role_beyond_boundary"),
            ),
            (
                grant("public", Some("notes"), "theratime_tenants", "SELECT"),
                Some("role_beyond_boundary"),
            ),
            // A tenant role: only its own schema.
            (
                grant(
                    "tenant_3",
                    Some("appointments"),
                    "theratime_tenant_3",
                    "DELETE",
                ),
                None,
            ),
            (grant("tenant_3", None, "theratime_tenant_3", "USAGE"), None),
            (
                grant(
                    "tenant_4",
                    Some("appointments"),
                    "theratime_tenant_3",
                    "SELECT",
                ),
                Some("role_beyond_boundary"),
            ),
            (
                grant("tenant_33", None, "theratime_tenant_3", "USAGE"),
                Some("role_beyond_boundary"),
            ),
            (
                grant("theratime", Some("tenants"), "theratime_tenant_3", "SELECT"),
                Some("role_beyond_boundary"),
            ),
            (
                grant("theratime", Some("users"), "theratime_tenant_3", "SELECT"),
                Some("role_beyond_boundary"),
            ),
            // PUBLIC: nothing on tenant schemas; the global schema is not doctor's business here.
            (
                grant("tenant_3", None, "PUBLIC", "USAGE"),
                Some("public_privileges"),
            ),
            (
                grant("tenant_3", Some("calendar_blocks"), "PUBLIC", "SELECT"),
                Some("public_privileges"),
            ),
            (grant("tenant_x", None, "PUBLIC", "USAGE"), None),
            (grant("theratime", None, "PUBLIC", "USAGE"), None),
            // Other roles are not tenant roles.
            (
                grant("tenant_3", Some("appointments"), "reporting", "SELECT"),
                None,
            ),
            (
                grant(
                    "tenant_3",
                    Some("appointments"),
                    "theratime_tenant_x",
                    "SELECT",
                ),
                None,
            ),
        ];
        for (g, want) in cases {
            assert_eq!(boundary_kind(&g), want, "{g:?}");
        }
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
