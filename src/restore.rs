//! Restore one archive into the configured database, in one transaction: a failure
//! leaves nothing behind. Domain logic only.
//!
//! Order of work (loads like `pg_restore`: data first, then the checks in bulk):
//! 1. read the whole archive once without the database: structure and checksums;
//! 2. stage its users in a temporary table and plan: refuse users whose email exists
//!    in the target (exit 3), keep ids that are free, remap the others, link a
//!    referenced user of another tenant by email or restore it as an inactive user of
//!    the restored tenant;
//! 3. insert the tenant row and its users with their final values, create the schema
//!    with the archive's migration version, read the tenant tables' primary key,
//!    unique and exclusion constraints, other indexes and non-internal triggers from
//!    the catalog and drop them, COPY the data through a staging table into the
//!    tables, ordered by time (`load_order`) and with remapped user ids;
//! 4. re-add the constraints and indexes under their names and definitions (one bulk
//!    index build each validates every row: an overlap or duplicate refuses the
//!    restore, exit 3), check with set-based queries what the row triggers would have
//!    checked and still holds for history (every referenced user exists; no active
//!    appointment overlaps a block of its therapist: exit 5), re-create the triggers
//!    from their catalog definitions; the same-tenant rule is for new writes only
//!    (DESIGN §1: rows stay valid when a user later moves or is deactivated);
//! 5. move the schema's identity sequences past the restored ids (the global ones
//!    moved in step 3, before the inserts), migrate the schema to the latest version,
//!    write the audit row, check that the second read verified and matches the first,
//!    and commit.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::Serialize;
use sqlx::AssertSqlSafe;
use sqlx::postgres::PgConnection;

use crate::archive::{ArchiveReader, Description, Event};
use crate::audit::{self, Audit};
use crate::backup::{USER_COLUMNS, is_user_column, quote_ident};
use crate::db::{self, Isolation, TenantTx};
use crate::error::{DbContext, Error, Result};
use crate::migrations::{self, MigrationSet};
use crate::output::Record;
use crate::tenants::{self, Tenant};

/// One line of a restore report (or dry-run plan).
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub kind: String,
    pub name: String,
    pub archived_id: Option<i64>,
    pub restored_id: Option<i64>,
    pub action: String,
    pub detail: String,
}

impl Record for Item {
    fn headers() -> &'static [&'static str] {
        &[
            "kind",
            "name",
            "archived_id",
            "restored_id",
            "action",
            "detail",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
        vec![
            self.kind.clone(),
            self.name.clone(),
            opt(self.archived_id),
            opt(self.restored_id),
            self.action.clone(),
            self.detail.clone(),
        ]
    }
    fn id(&self) -> String {
        format!("{}:{}", self.kind, self.name)
    }
}

pub struct Report {
    pub items: Vec<Item>,
    /// Emails that exist in the target (the restore is refused).
    pub refused: Vec<String>,
    pub tenant_slug: String,
    pub tenant_id: Option<i64>,
    pub from_version: i32,
    pub to_version: i32,
}

impl Report {
    pub fn conflict(&self) -> Error {
        Error::conflict(format!(
            "{} user(s) of the archive already exist in this database by email: {}; nothing was restored \
             (remove or rename those users, or restore into another database)",
            self.refused.len(),
            self.refused.join(", ")
        ))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    Keep,
    Remap,
    Link,
    Inactive,
    Refuse,
}

impl Action {
    fn as_str(self) -> &'static str {
        match self {
            Action::Keep => "keep",
            Action::Remap => "remap",
            Action::Link => "link",
            Action::Inactive => "restore inactive",
            Action::Refuse => "refuse",
        }
    }
}

/// A staged user: id, tenant, email, active, and the target's user with that email
/// (id, tenant), and whether the id is taken in the target.
type StagedUser = (i64, i64, String, bool, Option<i64>, Option<i64>, bool);

struct PlannedUser {
    id: i64,
    email: String,
    action: Action,
    new_id: Option<i64>,
    final_active: bool,
    existing_tenant: Option<i64>,
}

/// Check an archive against this binary before touching any database.
pub fn check_archive(desc: &Description, set: &MigrationSet) -> Result<()> {
    let h = &desc.header;
    let latest = set.latest_tenant_version();
    if h.schema_version > latest {
        return Err(Error::invalid(format!(
            "backup {} is of schema version {}, newer than this binary knows ({latest}); restore it with a newer theratime",
            desc.file, h.schema_version
        )));
    }
    for m in &h.migrations {
        match set.tenant.iter().find(|x| x.version() == m.version) {
            Some(ours) if ours.checksum().to_string() == m.checksum => {}
            Some(ours) => {
                return Err(Error::invalid(format!(
                    "backup {}: its migration V{}__{} differs from this binary's V{}__{} (checksum); \
                     restore it with the theratime version that wrote it",
                    desc.file,
                    m.version,
                    m.name,
                    ours.version(),
                    ours.name()
                )));
            }
            None => {
                return Err(Error::invalid(format!(
                    "backup {}: its migration V{}__{} is unknown to this binary",
                    desc.file, m.version, m.name
                )));
            }
        }
    }
    Ok(())
}

/// Restore (or with `dry_run`, plan) the archive at `path`. `desc` is the result of
/// [`archive::verify`] on it.
pub async fn restore(
    conn: &mut PgConnection,
    set: &MigrationSet,
    path: &Path,
    desc: &Description,
    identities: &[Box<dyn age::Identity + Send + Sync>],
    as_slug: Option<&str>,
    dry_run: bool,
) -> Result<Report> {
    check_archive(desc, set)?;
    let h = &desc.header;
    let slug = as_slug.unwrap_or(&h.tenant.slug).to_string();
    tenants::validate_slug(&slug)?;
    let archived_tid = h.tenant.id;

    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    // Room to sort a staged table by time in memory (`load_order`).
    sqlx::raw_sql("SET LOCAL DateStyle TO 'ISO, YMD'; SET LOCAL work_mem TO '64MB'")
        .execute(&mut *tx)
        .await
        .db("cannot set the restore's session settings")?;
    migrations::check_global(&mut tx, set).await?;
    if let Some(existing) =
        db::query_scalar::<i64>("SELECT id FROM theratime.tenants WHERE slug = $1")
            .bind(&slug)
            .fetch_optional(&mut *tx)
            .await
            .db("cannot look up the tenant")?
    {
        return Err(Error::conflict(format!(
            "tenant {slug:?} already exists (id {existing}); restore under another slug with --as NEW-SLUG, \
             or drop it first; nothing was restored"
        )));
    }

    // Second read of the archive, streamed into the database.
    let mut reader = ArchiveReader::open(path, identities)?;
    match reader.next_event()? {
        Some(Event::Section(s)) if s.kind == "users" && s.columns == USER_COLUMNS => {}
        _ => {
            return Err(Error::invalid(format!(
                "backup {}: the users section is missing or has other columns than this binary expects",
                path.display()
            )));
        }
    }
    db::query(
        "CREATE TEMP TABLE restore_users (id bigint, tenant_id bigint, email text, display_name text,
             role text, active boolean, created_at timestamptz, updated_at timestamptz) ON COMMIT DROP",
    )
    .execute(&mut *tx)
    .await
    .db("cannot create a staging table")?;
    let staged = copy_in(
        &mut tx,
        &mut reader,
        &format!(
            "COPY pg_temp.restore_users ({}) FROM STDIN",
            USER_COLUMNS.join(", ")
        ),
        "users",
    )
    .await?;

    // Plan the users.
    let rows: Vec<StagedUser> = db::query_as(
        "SELECT r.id, r.tenant_id, r.email, r.active, e.id, e.tenant_id,
                EXISTS (SELECT 1 FROM theratime.users u WHERE u.id = r.id)
         FROM pg_temp.restore_users r
         LEFT JOIN theratime.users e ON lower(e.email) = lower(r.email)
         ORDER BY r.id",
    )
    .fetch_all(&mut *tx)
    .await
    .db("cannot plan the users")?;
    let mut users = Vec::with_capacity(rows.len());
    for (id, tid, email, active, existing, existing_tenant, id_taken) in rows {
        let own = tid == archived_tid;
        let (action, new_id, final_active) = match (own, existing) {
            (true, Some(_)) => (Action::Refuse, None, active),
            (false, Some(e)) => (Action::Link, Some(e), active),
            (own, None) => {
                let final_active = own && active;
                let action = if !own {
                    Action::Inactive
                } else if id_taken {
                    Action::Remap
                } else {
                    Action::Keep
                };
                let new_id = (!id_taken).then_some(id);
                (action, new_id, final_active)
            }
        };
        users.push(PlannedUser {
            id,
            email,
            action,
            new_id,
            final_active,
            existing_tenant,
        });
    }
    let refused: Vec<String> = users
        .iter()
        .filter(|u| u.action == Action::Refuse)
        .map(|u| format!("{} (id {})", u.email, u.id))
        .collect();
    let tenant_id_free: bool = db::query_scalar(
        "SELECT NOT EXISTS (SELECT 1 FROM theratime.tenants WHERE id = $1)
            AND NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $2)",
    )
    .bind(archived_tid)
    .bind(db::schema_name(archived_tid))
    .fetch_one(&mut *tx)
    .await
    .db("cannot check the tenant id")?;

    let mut report = Report {
        items: Vec::new(),
        refused,
        tenant_slug: slug.clone(),
        tenant_id: None,
        from_version: h.schema_version,
        to_version: set.latest_tenant_version(),
    };
    if dry_run || !report.refused.is_empty() {
        report.items = plan_items(desc, &slug, tenant_id_free, &users, set);
        tx.rollback().await.db("cannot roll back")?;
        return if dry_run {
            Ok(report)
        } else {
            Err(report.conflict())
        };
    }
    let want_users = desc.sections.first().map_or(0, |s| s.rows);
    if staged != want_users {
        return Err(Error::invalid(format!(
            "backup {}: {staged} users staged, the manifest says {want_users}",
            path.display()
        )));
    }

    // Ids: keep the free ones, take new ones past every kept id for the rest. The
    // sequences move past the kept ids now, before any insert, so that a concurrent
    // `tenant create` or `user add` never draws an id this restore is about to use.
    let max_kept = users.iter().filter_map(|u| u.new_id).max().unwrap_or(0);
    bump_global_sequence(&mut tx, "theratime.users", max_kept).await?;
    let remaps = users.iter().filter(|u| u.new_id.is_none()).count() as i64;
    if remaps > 0 {
        let fresh: Vec<i64> = db::query_scalar(
            "SELECT nextval(pg_get_serial_sequence('theratime.users', 'id')) FROM generate_series(1, $1)",
        )
        .bind(remaps)
        .fetch_all(&mut *tx)
        .await
        .db("cannot allocate user ids")?;
        let mut fresh = fresh.into_iter();
        for u in users.iter_mut().filter(|u| u.new_id.is_none()) {
            u.new_id = fresh.next();
        }
    }
    let new_tid = if tenant_id_free {
        bump_global_sequence(&mut tx, "theratime.tenants", archived_tid).await?;
        archived_tid
    } else {
        bump_global_sequence(&mut tx, "theratime.tenants", 0).await?;
        db::query_scalar("SELECT nextval(pg_get_serial_sequence('theratime.tenants', 'id'))")
            .fetch_one(&mut *tx)
            .await
            .db("cannot allocate a tenant id")?
    };
    let t = &h.tenant;
    let tenant: Tenant = db::query_as(
        "INSERT INTO theratime.tenants (id, slug, name, time_zone, status, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         RETURNING id, slug, name, time_zone, status, created_at, updated_at",
    )
    .bind(new_tid)
    .bind(&slug)
    .bind(&t.name)
    .bind(&t.time_zone)
    .bind(&t.status)
    .bind(t.created_at)
    .bind(t.updated_at)
    .fetch_one(&mut *tx)
    .await
    .db("cannot insert the tenant")?;

    db::query(
        "CREATE TEMP TABLE restore_map (old_id bigint PRIMARY KEY, new_id bigint NOT NULL,
             action text NOT NULL, final_active boolean NOT NULL) ON COMMIT DROP",
    )
    .execute(&mut *tx)
    .await
    .db("cannot create a staging table")?;
    db::query(
        "INSERT INTO pg_temp.restore_map (old_id, new_id, action, final_active)
         SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::boolean[])",
    )
    .bind(users.iter().map(|u| u.id).collect::<Vec<_>>())
    .bind(
        users
            .iter()
            .map(|u| u.new_id.unwrap_or(u.id))
            .collect::<Vec<_>>(),
    )
    .bind(
        users
            .iter()
            .map(|u| u.action.as_str().to_string())
            .collect::<Vec<_>>(),
    )
    .bind(users.iter().map(|u| u.final_active).collect::<Vec<_>>())
    .execute(&mut *tx)
    .await
    .db("cannot stage the user map")?;
    // Users of the restored tenant with their final values; referenced users of other
    // tenants without a match become its inactive users. Linked users stay as they are.
    db::query(
        "INSERT INTO theratime.users (id, tenant_id, email, display_name, role, active, created_at, updated_at)
         SELECT m.new_id, $1, r.email, r.display_name, r.role, m.final_active, r.created_at, r.updated_at
         FROM pg_temp.restore_users r JOIN pg_temp.restore_map m ON m.old_id = r.id
         WHERE m.action <> 'link'",
    )
    .bind(new_tid)
    .execute(&mut *tx)
    .await
    .db("cannot restore the users")?;

    let mut tx = db::enter_tenant_ddl_unchecked(tx, new_tid).await?;
    db::create_tenant_schema(&mut tx).await?;
    migrations::apply_tenant(&mut tx, set, 0, Some(h.schema_version)).await?;
    let target_tables: HashMap<String, Vec<String>> = crate::backup::tenant_tables(&mut tx)
        .await?
        .into_iter()
        .collect();
    let deferred = drop_post_data(&mut tx).await?;
    let identity = users.iter().all(|u| u.new_id == Some(u.id));
    let mut items = Vec::new();
    let mut seen = HashSet::new();
    while let Some(ev) = reader.next_event()? {
        let Event::Section(s) = ev else {
            return Err(Error::invalid(format!(
                "backup {}: data outside a section",
                path.display()
            )));
        };
        let Some(cols) = target_tables.get(&s.name) else {
            return Err(Error::invalid(format!(
                "backup {}: table {:?} does not exist in schema version {}",
                path.display(),
                s.name,
                h.schema_version
            )));
        };
        if s.kind != "table"
            || !s.columns.iter().all(|c| cols.contains(c))
            || !seen.insert(s.name.clone())
        {
            return Err(Error::invalid(format!(
                "backup {}: table {} has columns this schema version does not have",
                path.display(),
                s.name
            )));
        }
        // Safe: the table and column names were just checked against the catalog of
        // the new schema and are quoted; the rows themselves travel as COPY data.
        let qtable = quote_ident(&s.name);
        let qcols: Vec<String> = s.columns.iter().map(|c| quote_ident(c)).collect();
        // Every table goes through a staging table: rows come out of it in time order
        // where the table has one (`load_order`) and with remapped user ids.
        let remap = !identity && s.columns.iter().any(|c| is_user_column(c));
        sqlx::raw_sql(AssertSqlSafe(format!(
            "CREATE TEMP TABLE restore_stage ON COMMIT DROP AS SELECT {} FROM {qtable} WITH NO DATA",
            qcols.join(", ")
        )))
        .execute(&mut *tx)
        .await
        .db("cannot create a staging table")?;
        let sql = format!(
            "COPY pg_temp.restore_stage ({}) FROM STDIN",
            qcols.join(", ")
        );
        copy_in(&mut tx, &mut reader, &sql, &s.name).await?;
        let exprs: Vec<String> = s
            .columns
            .iter()
            .zip(&qcols)
            .map(|(c, q)| {
                if remap && is_user_column(c) {
                    format!(
                        "coalesce((SELECT m.new_id FROM pg_temp.restore_map m WHERE m.old_id = s.{q}), s.{q})"
                    )
                } else {
                    format!("s.{q}")
                }
            })
            .collect();
        let sql = format!(
            "INSERT INTO {qtable} ({}) SELECT {} FROM pg_temp.restore_stage s{}; DROP TABLE pg_temp.restore_stage",
            qcols.join(", "),
            exprs.join(", "),
            load_order(&s.columns)
                .map(|o| format!(" ORDER BY {o}"))
                .unwrap_or_default()
        );
        let rows = sqlx::raw_sql(AssertSqlSafe(sql))
            .execute(&mut *tx)
            .await
            .db(format!("cannot restore table {}", s.name))?
            .rows_affected();
        let want = desc
            .sections
            .iter()
            .find(|x| x.name == s.name)
            .map_or(0, |x| x.rows);
        if rows != want {
            return Err(Error::invalid(format!(
                "backup {}: table {} restored {rows} rows, the manifest says {want}",
                path.display(),
                s.name
            )));
        }
        items.push(Item {
            kind: "table".into(),
            name: s.name.clone(),
            archived_id: None,
            restored_id: None,
            action: "restore".into(),
            detail: format!("{rows} rows"),
        });
    }

    restore_post_data(&mut tx, &deferred, Kind::Constraint).await?;
    restore_post_data(&mut tx, &deferred, Kind::Index).await?;
    check_history(&mut tx).await?;
    restore_post_data(&mut tx, &deferred, Kind::Trigger).await?;
    bump_tenant_sequences(&mut tx, &h.sequences).await?;
    let applied = migrations::apply_tenant(&mut tx, set, h.schema_version, None).await?;
    // Users of other tenants that the restored rows name (linked by email) stay
    // visible to the tenant's role.
    db::query("SELECT theratime.link_referenced_users($1)")
        .bind(new_tid)
        .execute(&mut *tx)
        .await
        .db("cannot link the users of other tenants")?;
    audit::record(
        &mut tx,
        &Audit::new(
            "restore",
            Some(&tenant),
            Some(&path.display().to_string()),
            "restored",
        ),
    )
    .await?;
    match reader.verified() {
        None => {
            return Err(Error::invalid(format!(
                "backup {}: the second read did not reach the end record",
                path.display()
            )));
        }
        Some((_, sha)) if sha != desc.file_sha256 => {
            return Err(Error::invalid(format!(
                "backup {}: the file changed while it was being restored; nothing was restored",
                path.display()
            )));
        }
        Some(_) => {}
    }
    tx.commit().await?;

    let mut head = plan_items(desc, &slug, true, &users, set);
    head[0].restored_id = Some(new_tid);
    head.retain(|i| i.kind != "table");
    head.extend(items);
    if applied.to != h.schema_version {
        head.push(Item {
            kind: "schema".into(),
            name: db::schema_name(new_tid),
            archived_id: None,
            restored_id: None,
            action: "migrate".into(),
            detail: format!("version {} -> {}", h.schema_version, applied.to),
        });
    }
    report.items = head;
    report.tenant_id = Some(new_tid);
    Ok(report)
}

fn plan_items(
    desc: &Description,
    slug: &str,
    tenant_id_free: bool,
    users: &[PlannedUser],
    set: &MigrationSet,
) -> Vec<Item> {
    let t = &desc.header.tenant;
    let mut items = vec![Item {
        kind: "tenant".into(),
        name: slug.to_string(),
        archived_id: Some(t.id),
        restored_id: tenant_id_free.then_some(t.id),
        action: if tenant_id_free { "keep" } else { "remap" }.into(),
        detail: if slug == t.slug {
            format!("schema {}", db::schema_name(t.id))
        } else {
            format!("restored as {slug} (archived as {})", t.slug)
        },
    }];
    for u in users {
        items.push(Item {
            kind: "user".into(),
            name: u.email.clone(),
            archived_id: Some(u.id),
            restored_id: u.new_id,
            action: u.action.as_str().into(),
            detail: match u.action {
                Action::Refuse => "email exists in this database".into(),
                Action::Link => format!(
                    "existing user of tenant {}",
                    u.existing_tenant.map(|t| t.to_string()).unwrap_or_default()
                ),
                Action::Inactive => "user of another tenant in the archive".into(),
                Action::Remap => "id taken in this database".into(),
                Action::Keep => String::new(),
            },
        });
    }
    for s in desc.sections.iter().filter(|s| s.kind == "table") {
        items.push(Item {
            kind: "table".into(),
            name: s.name.clone(),
            archived_id: None,
            restored_id: None,
            action: "restore".into(),
            detail: format!("{} rows", s.rows),
        });
    }
    if desc.header.schema_version < set.latest_tenant_version() {
        items.push(Item {
            kind: "schema".into(),
            name: slug.to_string(),
            archived_id: None,
            restored_id: None,
            action: "migrate".into(),
            detail: format!(
                "version {} -> {}",
                desc.header.schema_version,
                set.latest_tenant_version()
            ),
        });
    }
    items
}

/// The order a table's rows are loaded in: by time, then id, for tables with a
/// `starts_at` (appointments, blocks). The archive holds rows in the source heap's
/// order, which after years of bookings, reschedules and imports is no order at all;
/// loading them by time lays the restored heap out by time (week views and exports
/// read neighbouring pages) and makes the GiST exclusion indexes rebuilt from it
/// tighter, so validating every row costs markedly less (README, benchmarks).
fn load_order(columns: &[String]) -> Option<&'static str> {
    let has = |name: &str| columns.iter().any(|c| c == name);
    (has("starts_at") && has("id")).then_some("s.starts_at, s.id")
}

/// Stream the current section's data into `COPY … FROM STDIN`; returns the rows.
async fn copy_in(
    conn: &mut PgConnection,
    reader: &mut ArchiveReader,
    sql: &str,
    what: &str,
) -> Result<u64> {
    let mut copy = conn
        .copy_in_raw(sql)
        .await
        .db(format!("cannot restore {what}"))?;
    loop {
        match reader.next_event() {
            Ok(Some(Event::Data(d))) => {
                copy.send(d).await.db(format!("cannot restore {what}"))?;
            }
            Ok(Some(Event::SectionEnd(_))) => break,
            Ok(other) => {
                let _ = copy.abort("archive damaged").await;
                return Err(Error::invalid(format!(
                    "backup: section {what} ends unexpectedly ({other:?})"
                )));
            }
            Err(e) => {
                let _ = copy.abort("archive damaged").await;
                return Err(e);
            }
        }
    }
    copy.finish().await.db(format!("cannot restore {what}"))
}

/// Move a global table's identity sequence past its largest id (and past `at_least`),
/// never backwards. `table` is one of two fixed names.
async fn bump_global_sequence(conn: &mut PgConnection, table: &str, at_least: i64) -> Result<()> {
    let sql = match table {
        "theratime.users" => {
            "SELECT setval(q.s, q.m) FROM (
                 SELECT pg_get_serial_sequence('theratime.users', 'id')::regclass AS s,
                        greatest((SELECT max(id) FROM theratime.users), $1) AS m) q
             WHERE q.m > coalesce(pg_sequence_last_value(q.s), 0)"
        }
        _ => {
            "SELECT setval(q.s, q.m) FROM (
                 SELECT pg_get_serial_sequence('theratime.tenants', 'id')::regclass AS s,
                        greatest((SELECT max(id) FROM theratime.tenants), $1) AS m) q
             WHERE q.m > coalesce(pg_sequence_last_value(q.s), 0)"
        }
    };
    db::query(sql)
        .bind(at_least)
        .execute(conn)
        .await
        .db("cannot move an identity sequence")?;
    Ok(())
}

/// Identity sequences of the tenant's tables continue after the restored ids.
async fn bump_tenant_sequences(
    tx: &mut TenantTx<'_>,
    archived: &std::collections::BTreeMap<String, i64>,
) -> Result<()> {
    let cols: Vec<(String, String)> = db::query_as(
        "SELECT c.relname::text, a.attname::text FROM pg_attribute a
         JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = $1 AND c.relkind = 'r' AND a.attidentity <> '' AND NOT a.attisdropped",
    )
    .bind(db::schema_name(tx.tenant_id()))
    .fetch_all(&mut **tx)
    .await
    .db("cannot list identity columns")?;
    for (table, col) in cols {
        // Safe: catalog names of the new schema, quoted; the schema identifier is
        // built from the numeric tenant id.
        let qualified = format!(
            "{}.{}",
            db::schema_ident(tx.tenant_id()),
            quote_ident(&table)
        );
        // Past the restored ids and past where the source's sequence stood.
        let sql = format!(
            "SELECT setval(q.s, greatest(coalesce(pg_sequence_last_value(q.s), 0), q.m)) FROM (
                 SELECT pg_get_serial_sequence($1, $2)::regclass AS s,
                        (SELECT greatest(max({}), $3) FROM {qualified}) AS m) q
             WHERE q.m IS NOT NULL",
            quote_ident(&col)
        );
        sqlx::query(AssertSqlSafe(sql))
            .persistent(false)
            .bind(&qualified)
            .bind(&col)
            .bind(archived.get(&format!("{table}.{col}")).copied())
            .execute(&mut **tx)
            .await
            .db("cannot move a sequence")?;
    }
    Ok(())
}

/// What [`drop_post_data`] dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Constraint,
    Index,
    Trigger,
}

/// A primary key, unique or exclusion constraint, an index or a non-internal trigger
/// of a tenant table, as the catalog describes it.
#[derive(Debug)]
struct PostData {
    kind: Kind,
    table: String,
    name: String,
    /// `pg_get_constraintdef` / `pg_get_indexdef` / `pg_get_triggerdef`.
    definition: String,
    /// `pg_trigger.tgenabled` (`O` for a constraint).
    enabled: String,
}

/// Read the primary key, unique and exclusion constraints (but those a foreign key
/// depends on), the other indexes and the non-internal triggers of the tenant's tables
/// (just created by the migrations in this transaction) and drop them, so that the
/// load checks and indexes no row one by one, like `pg_restore`'s post-data step;
/// [`restore_post_data`] re-creates them with the same names and definitions.
async fn drop_post_data(tx: &mut TenantTx<'_>) -> Result<Vec<PostData>> {
    let rows: Vec<(String, String, String, String, String)> = db::query_as(
        "SELECT 'constraint', c.relname::text, k.conname::text, pg_get_constraintdef(k.oid), 'O'
         FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = $1 AND k.contype IN ('p', 'u', 'x') AND c.relname <> 'refinery_schema_history'
           AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = k.conindid)
         UNION ALL
         SELECT 'index', c.relname::text, i.relname::text, pg_get_indexdef(i.oid), 'O'
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = $1 AND c.relname <> 'refinery_schema_history'
           AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
         UNION ALL
         SELECT 'trigger', c.relname::text, t.tgname::text, pg_get_triggerdef(t.oid), t.tgenabled::text
         FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = $1 AND NOT t.tgisinternal
         ORDER BY 1, 2, 3",
    )
    .bind(db::schema_name(tx.tenant_id()))
    .fetch_all(&mut **tx)
    .await
    .db("cannot read the tenant's constraints and triggers")?;
    let items: Vec<PostData> = rows
        .into_iter()
        .map(|(kind, table, name, definition, enabled)| PostData {
            kind: match kind.as_str() {
                "constraint" => Kind::Constraint,
                "index" => Kind::Index,
                _ => Kind::Trigger,
            },
            table,
            name,
            definition,
            enabled,
        })
        .collect();
    if items.is_empty() {
        return Ok(items);
    }
    // Safe: table and object names come from the catalog of the schema this
    // transaction just created, quoted as identifiers; the schema identifier is built
    // from the numeric tenant id.
    let schema = db::schema_ident(tx.tenant_id());
    let sql: Vec<String> = items
        .iter()
        .map(|p| {
            let table = format!("{schema}.{}", quote_ident(&p.table));
            match p.kind {
                Kind::Constraint => format!(
                    "ALTER TABLE {table} DROP CONSTRAINT {}",
                    quote_ident(&p.name)
                ),
                Kind::Index => format!("DROP INDEX {schema}.{}", quote_ident(&p.name)),
                Kind::Trigger => format!("DROP TRIGGER {} ON {table}", quote_ident(&p.name)),
            }
        })
        .collect();
    sqlx::raw_sql(AssertSqlSafe(sql.join(";\n")))
        .execute(&mut **tx)
        .await
        .db("cannot set the tenant's constraints and triggers aside for the load")?;
    Ok(items)
}

/// Re-create the constraints or the triggers [`drop_post_data`] dropped, one statement
/// each, under their names and with their catalog definitions (indexes are built over
/// the loaded rows at once). Re-adding an exclusion
/// constraint builds its index over the loaded rows at once and fails on any overlap.
async fn restore_post_data(tx: &mut TenantTx<'_>, items: &[PostData], kind: Kind) -> Result<()> {
    let schema = db::schema_ident(tx.tenant_id());
    for p in items.iter().filter(|p| p.kind == kind) {
        let table = format!("{schema}.{}", quote_ident(&p.table));
        // Safe: the definitions are PostgreSQL's own (pg_get_constraintdef,
        // pg_get_triggerdef) for objects that this transaction's migrations created
        // moments ago; names are quoted catalog names; the schema identifier is built
        // from the numeric tenant id.
        let mut sql = match kind {
            Kind::Constraint => format!(
                "ALTER TABLE {table} ADD CONSTRAINT {} {}",
                quote_ident(&p.name),
                p.definition
            ),
            Kind::Index | Kind::Trigger => p.definition.clone(),
        };
        let state = match p.enabled.as_str() {
            "D" => Some("DISABLE TRIGGER"),
            "R" => Some("ENABLE REPLICA TRIGGER"),
            "A" => Some("ENABLE ALWAYS TRIGGER"),
            _ => None,
        };
        if let (Kind::Trigger, Some(state)) = (kind, state) {
            sql.push_str(&format!(
                ";\nALTER TABLE {table} {state} {}",
                quote_ident(&p.name)
            ));
        }
        let context = match kind {
            Kind::Constraint => format!(
                "the restored data breaks constraint {} of table {}; nothing was restored",
                p.name, p.table
            ),
            Kind::Index => format!(
                "cannot re-create index {} of table {}; nothing was restored",
                p.name, p.table
            ),
            Kind::Trigger => format!(
                "cannot re-create trigger {} of table {}; nothing was restored",
                p.name, p.table
            ),
        };
        sqlx::raw_sql(AssertSqlSafe(sql))
            .execute(&mut **tx)
            .await
            .db(context)?;
    }
    Ok(())
}

/// What the row triggers checked and still must hold for restored history, as
/// set-based queries: every referenced user exists, and no active appointment overlaps
/// a calendar block of its therapist.
async fn check_history(tx: &mut TenantTx<'_>) -> Result<()> {
    let missing: Vec<i64> = db::query_scalar(
        "SELECT DISTINCT x.id FROM (
             SELECT therapist_id AS id FROM appointments
             UNION SELECT client_id FROM appointments
             UNION SELECT therapist_id FROM calendar_blocks) x
         WHERE NOT EXISTS (SELECT 1 FROM theratime.users u WHERE u.id = x.id)
         ORDER BY 1 LIMIT 10",
    )
    .fetch_all(&mut **tx)
    .await
    .db("cannot check the restored users")?;
    if !missing.is_empty() {
        let ids: Vec<String> = missing.iter().map(|i| i.to_string()).collect();
        return Err(Error::invalid(format!(
            "the archive's appointments or blocks reference users that neither it nor this database has (ids {}); \
             nothing was restored",
            ids.join(", ")
        )));
    }
    let clashes: Vec<(i64, i64, i64, i64)> = db::query_as(
        "SELECT a.id, b.id, a.therapist_id, count(*) OVER ()
         FROM appointments a JOIN calendar_blocks b
           ON b.therapist_id = a.therapist_id
          AND tstzrange(b.starts_at, b.ends_at, '[)') && tstzrange(a.starts_at, a.ends_at, '[)')
         WHERE a.status <> 'cancelled'
         ORDER BY a.id, b.id LIMIT 5",
    )
    .fetch_all(&mut **tx)
    .await
    .db("cannot check the restored appointments against the calendar blocks")?;
    if let Some(&(_, _, _, total)) = clashes.first() {
        let list: Vec<String> = clashes
            .iter()
            .map(|(a, b, t, _)| format!("appointment {a} overlaps block {b} of therapist {t}"))
            .collect();
        return Err(Error::invalid(format!(
            "the archive has {total} active appointment(s) overlapping a calendar block of their therapist ({}{}); \
             nothing was restored",
            list.join(", "),
            if total > 5 { ", …" } else { "" }
        )));
    }
    Ok(())
}
