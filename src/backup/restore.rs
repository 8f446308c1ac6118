//! Restore one archive into the configured database, in one transaction: a failure
//! leaves nothing behind. Domain logic only.
//!
//! An archive is untrusted input: its checksums prove it intact, not honest (anyone
//! can recompute them). So every header field is validated as the CLI validates the
//! same value typed by an operator, every id and sequence position is bounded
//! ([`MAX_ID`], and a row's id never past the position the archive records for its
//! sequence), rows may name only users the archive carries, with the role the
//! same-tenant rule requires, and a user is linked to an existing user only on the
//! operator's word and never across tenants ([`plan_user`]).
//!
//! Order of work (loads like `pg_restore`: data first, then the checks in bulk):
//! 1. read the whole archive once without the database: structure and checksums,
//!    then the header and the sections' layout ([`check_archive`]);
//! 2. stage its users in a temporary table, validate them ([`validate_users`]) and
//!    plan ([`plan_user`]): refuse emails that exist in the target (exit 3) unless a
//!    referenced user is linked, keep ids that are free, remap the others, restore a
//!    referenced user of another tenant without a match as an inactive user of the
//!    restored tenant;
//! 3. insert the tenant row and its users with their final values, create the schema
//!    with the archive's migration version, read the tenant tables' primary key,
//!    unique and exclusion constraints, other indexes and non-internal triggers from
//!    the catalog and drop them, COPY each table through a staging table, check it
//!    there ([`check_stage`]: ids, user references) and insert it ordered by time
//!    (`load_order`) and with remapped user ids;
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

use crate::backup::archive::{ArchiveReader, Description, Event};
use crate::backup::{USER_COLUMNS, USER_REFERENCES, is_user_column, quote_ident};
use crate::db::audit::{self, Audit};
use crate::db::{self, Isolation, TenantTx};
use crate::error::{DbContext, Error, Result};
use crate::fleet::migrations::{self, MigrationSet};
use crate::output::Record;
use crate::tenants::{self, Tenant};

/// What a line of a restore report is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Tenant,
    User,
    Table,
    Schema,
}

db::text_state!(ItemKind {
    Tenant => "tenant",
    User => "user",
    Table => "table",
    Schema => "schema",
});

/// What restore does (or in a plan would do) with a tenant, a user, a table or the
/// schema: a user gets one of the first five ([`plan_user`]), the tenant keep or
/// remap, a table restore, the schema migrate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Restored with its archived id.
    Keep,
    /// Restored with a new id: the archived one is taken here.
    Remap,
    /// A referenced user of another tenant, linked to the user with its email here.
    Link,
    /// A referenced user of another tenant without a match here, restored as an
    /// inactive user of the restored tenant.
    #[serde(rename = "restore inactive")]
    Inactive,
    /// Its email exists here: the restore is refused (exit 3).
    Refuse,
    /// A table's rows are loaded.
    Restore,
    /// The schema is migrated past the archive's version.
    Migrate,
}

db::text_state!(Action {
    Keep => "keep",
    Remap => "remap",
    Link => "link",
    Inactive => "restore inactive",
    Refuse => "refuse",
    Restore => "restore",
    Migrate => "migrate",
});

/// One line of a restore report (or dry-run plan).
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub kind: ItemKind,
    pub name: String,
    pub archived_id: Option<i64>,
    pub restored_id: Option<i64>,
    pub action: Action,
    pub detail: String,
}

impl Item {
    /// A table whose `rows` rows are (to be) restored.
    fn table(name: &str, rows: u64) -> Item {
        Item {
            kind: ItemKind::Table,
            name: name.to_string(),
            archived_id: None,
            restored_id: None,
            action: Action::Restore,
            detail: format!("{rows} rows"),
        }
    }

    /// The schema `name`, migrated from version `from` to `to`.
    fn migrate(name: String, from: i32, to: i32) -> Item {
        Item {
            kind: ItemKind::Schema,
            name,
            archived_id: None,
            restored_id: None,
            action: Action::Migrate,
            detail: format!("version {from} -> {to}"),
        }
    }
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
            self.kind.to_string(),
            self.name.clone(),
            opt(self.archived_id),
            opt(self.restored_id),
            self.action.to_string(),
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
    /// The report before anything is written: the refused users, no items yet.
    fn new(slug: &str, users: &[PlannedUser], from_version: i32, to_version: i32) -> Report {
        Report {
            items: Vec::new(),
            refused: users
                .iter()
                .filter(|u| u.action == Action::Refuse)
                .map(|u| format!("{} (id {}): {}", u.email, u.id, u.detail))
                .collect(),
            tenant_slug: slug.to_string(),
            tenant_id: None,
            from_version,
            to_version,
        }
    }

    pub fn conflict(&self) -> Error {
        Error::conflict(format!(
            "{} user(s) of the archive already exist in this database by email: {}; nothing was restored \
             (remove or rename those users, restore into another database, or for users of another tenant \
             that the archive's rows name, link them with --link-users)",
            self.refused.len(),
            self.refused.join(", ")
        ))
    }
}

/// The largest id or sequence position an archive may carry: 2^53, the largest
/// integer every JSON reader represents exactly. Far below the identity sequences'
/// maximum, so no archive can exhaust a sequence (every later `tenant create` or
/// `user add` would fail) or hand out ids clients cannot read.
pub const MAX_ID: i64 = 1 << 53;

/// How to restore.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options<'a> {
    /// Restore under this slug instead of the archived one.
    pub as_slug: Option<&'a str>,
    /// Plan only; write nothing.
    pub dry_run: bool,
    /// Link a referenced user of another tenant to the user with that email here
    /// (see [`plan_user`]).
    pub link_users: bool,
}

/// A user of the archive's users section, as staged (NULL where the archive has
/// `\N`; [`validate_users`] refuses those).
#[derive(Debug, Clone, Default, sqlx::FromRow)]
pub struct ArchivedUser {
    pub id: Option<i64>,
    pub tenant_id: Option<i64>,
    pub email: Option<String>,
    pub display_name: Option<String>,
    pub role: Option<String>,
    pub active: Option<bool>,
}

/// A staged user of the archive (validated) as [`plan_user`] sees it: with the target's
/// user of the same email (case-insensitively), if any, and whether its id is taken.
#[derive(Debug, Clone, Default, sqlx::FromRow)]
pub struct StagedUser {
    pub id: i64,
    pub tenant_id: i64,
    pub email: String,
    pub role: String,
    pub active: bool,
    /// The target's user with this email: id, tenant and role (all or none).
    pub existing_id: Option<i64>,
    pub existing_tenant_id: Option<i64>,
    pub existing_role: Option<String>,
    /// A user of the target has this user's id.
    pub id_taken: bool,
}

/// What restore does with one archived user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedUser {
    pub id: i64,
    pub email: String,
    /// Keep, remap, link, inactive or refuse.
    pub action: Action,
    /// The user's id here: the archived one (kept), the linked user's, or None until
    /// [`allocate_ids`] takes a fresh one (remapped) and for a refused user.
    pub new_id: Option<i64>,
    /// `active` of the restored user: only the archived tenant's own users keep theirs.
    pub final_active: bool,
    pub detail: String,
}

/// `Ok` when `v` is a valid id or sequence position (1 ..= [`MAX_ID`]).
fn check_id(v: i64) -> std::result::Result<(), String> {
    if (1..=MAX_ID).contains(&v) {
        Ok(())
    } else {
        Err(format!(
            "{v} is out of range (ids and sequence positions are 1 to 2^53 = {MAX_ID})"
        ))
    }
}

/// Printable text of at most `max` characters.
fn check_text(v: &str, max: usize) -> std::result::Result<(), String> {
    if v.chars().count() <= max && !v.chars().any(char::is_control) {
        Ok(())
    } else {
        Err(format!(
            "{v:?} is not printable text of at most {max} characters"
        ))
    }
}

/// Validate every field of the archive's header as the CLI validates the same values
/// typed by an operator, and the sections' layout; no database needed. The error
/// names the field (exit 5).
pub fn validate_header(desc: &Description, set: &MigrationSet) -> Result<()> {
    let h = &desc.header;
    let t = &h.tenant;
    let bad = |field: &str, why: String| {
        Error::invalid(format!(
            "backup {}: header field {field}: {why}; nothing was restored",
            desc.file
        ))
    };
    let text = |e: Error| e.to_string();
    if h.format != crate::backup::archive::FORMAT {
        return Err(bad(
            "format",
            format!("{} is not {}", h.format, crate::backup::archive::FORMAT),
        ));
    }
    check_id(t.id).map_err(|w| bad("tenant.id", w))?;
    tenants::validate_slug(&t.slug).map_err(|e| bad("tenant.slug", text(e)))?;
    tenants::validate_name(&t.name).map_err(|e| bad("tenant.name", text(e)))?;
    tenants::validate_time_zone(&t.time_zone).map_err(|e| bad("tenant.time_zone", text(e)))?;
    tenants::parse_status(&t.status).map_err(|e| bad("tenant.status", text(e)))?;
    if h.time_zone != t.time_zone {
        return Err(bad(
            "time_zone",
            format!(
                "{:?} differs from tenant.time_zone {:?}",
                h.time_zone, t.time_zone
            ),
        ));
    }
    if h.schema != db::schema_name(t.id) {
        return Err(bad(
            "schema",
            format!("{:?} is not {}", h.schema, db::schema_name(t.id)),
        ));
    }
    if !["fleet", "own"].contains(&h.snapshot.as_str()) {
        return Err(bad(
            "snapshot",
            format!("{:?} is not fleet or own", h.snapshot),
        ));
    }
    if !["zstd", "none"].contains(&h.compression.as_str()) {
        return Err(bad(
            "compression",
            format!("{:?} is not zstd or none", h.compression),
        ));
    }
    check_text(&h.theratime_version, 64).map_err(|w| bad("theratime_version", w))?;
    check_text(&h.server_version, 200).map_err(|w| bad("server_version", w))?;
    // The history is this binary's migrations up to the schema version, in order.
    let ours: Vec<i32> = set
        .tenant
        .iter()
        .map(|m| m.version())
        .filter(|v| *v <= h.schema_version)
        .collect();
    let theirs: Vec<i32> = h.migrations.iter().map(|m| m.version).collect();
    if h.schema_version < 1 || theirs.last() != Some(&h.schema_version) || theirs != ours {
        return Err(bad(
            "migrations",
            format!(
                "the history (versions {theirs:?}) is not this binary's tenant migrations up to schema_version {}",
                h.schema_version
            ),
        ));
    }
    validate_sections(desc)
        .map_err(|w| Error::invalid(format!("backup {}: {w}; nothing was restored", desc.file)))?;
    for (key, value) in &h.sequences {
        let field = format!("sequences[{key:?}]");
        let known = key.split_once('.').is_some_and(|(table, column)| {
            desc.section("table", table)
                .is_some_and(|s| s.columns.iter().any(|c| c == column))
        });
        if !known {
            return Err(bad(
                &field,
                "names no column of a table of the archive".into(),
            ));
        }
        check_id(*value).map_err(|w| bad(&field, w))?;
    }
    Ok(())
}

/// The layout restore relies on: the users section first, with the columns this
/// binary writes, then tenant tables, each once.
fn validate_sections(desc: &Description) -> std::result::Result<(), String> {
    match desc.sections.first() {
        Some(u) if u.kind == "users" && u.name == "users" && u.columns == USER_COLUMNS => {}
        _ => {
            return Err(
                "the first section is not the users section with the columns this binary expects"
                    .into(),
            );
        }
    }
    let mut seen = HashSet::new();
    for s in &desc.sections[1..] {
        if s.kind != "table" {
            return Err(format!(
                "section {:?} is of kind {:?}, not table",
                s.name, s.kind
            ));
        }
        if !seen.insert(s.name.as_str()) {
            return Err(format!("table {:?} has two sections", s.name));
        }
    }
    Ok(())
}

/// Validate the archive's users as `user add` validates them, plus what restore
/// relies on: ids and tenant ids in range, ids and emails (case-insensitively)
/// unique. Returns why not.
pub fn validate_users(users: &[ArchivedUser]) -> std::result::Result<(), String> {
    let mut ids = HashSet::new();
    let mut emails = HashSet::new();
    for (row, u) in users.iter().enumerate() {
        let at = |what: &str, why: String| format!("user row {}: {what}: {why}", row + 1);
        let null = |what: &str| at(what, "missing (\\N)".into());
        let id = u.id.ok_or_else(|| null("id"))?;
        check_id(id).map_err(|w| at("id", w))?;
        let tid = u.tenant_id.ok_or_else(|| null("tenant_id"))?;
        check_id(tid).map_err(|w| at("tenant_id", w))?;
        let email = u.email.as_deref().ok_or_else(|| null("email"))?;
        crate::users::validate_email(email).map_err(|e| at("email", e.to_string()))?;
        let name = u
            .display_name
            .as_deref()
            .ok_or_else(|| null("display_name"))?;
        tenants::validate_name(name).map_err(|e| at("display_name", e.to_string()))?;
        let role = u.role.as_deref().ok_or_else(|| null("role"))?;
        crate::users::validate_role(role).map_err(|e| at("role", e.to_string()))?;
        u.active.ok_or_else(|| null("active"))?;
        if !ids.insert(id) {
            return Err(at("id", format!("{id} appears twice")));
        }
        if !emails.insert(email.to_lowercase()) {
            return Err(at("email", format!("{email} appears twice")));
        }
    }
    Ok(())
}

/// What to do with one archived user (validated) and why; no I/O. The archived
/// tenant's own users (`tenant_id` is `archived_tenant`) keep their ids, or are
/// remapped when the id is taken here; a user of another tenant that the archive's
/// rows name is restored as an inactive user of the restored tenant. An email that
/// exists here is refused, except that with `link_users` a referenced user is linked
/// to the existing user when that user belongs to the tenant the archive names for it
/// and has its role: linking never reaches into another tenant, and only on the
/// operator's word. An own user is never linked (the restored tenant is new, so an
/// existing user with its email belongs to another tenant).
pub fn plan_user(u: &StagedUser, archived_tenant: i64, link_users: bool) -> PlannedUser {
    let own = u.tenant_id == archived_tenant;
    let existing = match (u.existing_id, u.existing_tenant_id, &u.existing_role) {
        (Some(id), Some(tenant), Some(role)) => Some((id, tenant, role)),
        _ => None,
    };
    let (action, detail) = match existing {
        None if !own => (
            Action::Inactive,
            "user of another tenant in the archive".to_string(),
        ),
        None if u.id_taken => (Action::Remap, "id taken in this database".into()),
        None => (Action::Keep, String::new()),
        Some((id, tenant, role)) => {
            let here = format!("user {id} of tenant {tenant}");
            if own {
                (
                    Action::Refuse,
                    format!("email exists in this database ({here})"),
                )
            } else if !link_users {
                (
                    Action::Refuse,
                    format!("email exists in this database ({here}); --link-users links it"),
                )
            } else if tenant != u.tenant_id {
                (
                    Action::Refuse,
                    format!(
                        "email exists as {here}, but the archive names tenant {}: not linked across tenants",
                        u.tenant_id
                    ),
                )
            } else if *role != u.role {
                (
                    Action::Refuse,
                    format!(
                        "email exists as {here} with role {role}, the archive says {}: not linked",
                        u.role
                    ),
                )
            } else {
                (Action::Link, format!("existing {here}"))
            }
        }
    };
    let new_id = match action {
        Action::Link => u.existing_id,
        Action::Keep | Action::Remap | Action::Inactive => (!u.id_taken).then_some(u.id),
        Action::Refuse | Action::Restore | Action::Migrate => None,
    };
    PlannedUser {
        id: u.id,
        email: u.email.clone(),
        action,
        new_id,
        final_active: own && u.active,
        detail,
    }
}

/// Check an archive against this binary before touching any database: its header
/// and layout ([`validate_header`]) and its migrations.
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
    validate_header(desc, set)
}

/// Restore (or with `options.dry_run`, plan) the archive at `path`, in the steps of
/// the module doc. `desc` is the result of [`crate::backup::archive::verify`] on it.
pub async fn restore(
    conn: &mut PgConnection,
    set: &MigrationSet,
    path: &Path,
    desc: &Description,
    identities: &[Box<dyn age::Identity + Send + Sync>],
    options: Options<'_>,
) -> Result<Report> {
    check_archive(desc, set)?;
    let h = &desc.header;
    let slug = options.as_slug.unwrap_or(&h.tenant.slug).to_string();
    tenants::validate_slug(&slug)?;
    let mut tx = begin(conn, set, &slug).await?;

    // Second read of the archive, streamed into the database.
    let mut reader = ArchiveReader::open(path, identities)?;
    stage_users(&mut tx, &mut reader, path, desc).await?;
    let mut users = plan_users(&mut tx, h.tenant.id, options.link_users).await?;
    let tenant_id_free = tenant_id_free(&mut tx, h.tenant.id).await?;
    let mut report = Report::new(&slug, &users, h.schema_version, set.latest_tenant_version());
    if options.dry_run || !report.refused.is_empty() {
        report.items = plan_items(desc, &slug, tenant_id_free, &users, set);
        tx.rollback().await.db("cannot roll back")?;
        return if options.dry_run {
            Ok(report)
        } else {
            Err(report.conflict())
        };
    }

    let new_tid = allocate_ids(&mut tx, &mut users, h.tenant.id, tenant_id_free).await?;
    let tenant = insert_tenant(&mut tx, new_tid, &slug, &h.tenant).await?;
    insert_users(&mut tx, &users, new_tid).await?;
    let mut tx = create_schema(tx, set, new_tid, h.schema_version).await?;
    let remap = !users.iter().all(|u| u.new_id == Some(u.id));
    let (tables, identity_cols) = load(&mut tx, &mut reader, path, desc, remap).await?;
    let version = finish(tx, set, &reader, path, desc, &tenant, &identity_cols).await?;

    let planned = plan_items(desc, &slug, tenant_id_free, &users, set);
    report.items = restored_items(planned, new_tid, tables, h.schema_version, version);
    report.tenant_id = Some(new_tid);
    Ok(report)
}

/// The restore's one transaction, with its session settings, on a global schema this
/// binary knows, for a slug that is free (exit 3 otherwise).
async fn begin<'c>(
    conn: &'c mut PgConnection,
    set: &MigrationSet,
    slug: &str,
) -> Result<sqlx::Transaction<'c, sqlx::Postgres>> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    // Room to sort a staged table by time in memory (`load_order`).
    sqlx::raw_sql("SET LOCAL DateStyle TO 'ISO, YMD'; SET LOCAL work_mem TO '64MB'")
        .execute(&mut *tx)
        .await
        .db("cannot set the restore's session settings")?;
    migrations::check_global(&mut tx, set).await?;
    if let Some(existing) =
        db::query_scalar::<i64>("SELECT id FROM theratime.tenants WHERE slug = $1")
            .bind(slug)
            .fetch_optional(&mut *tx)
            .await
            .db("cannot look up the tenant")?
    {
        return Err(Error::conflict(format!(
            "tenant {slug:?} already exists (id {existing}); restore under another slug with --as NEW-SLUG, \
             or drop it first; nothing was restored"
        )));
    }
    Ok(tx)
}

/// Whether the archived tenant id is free here: no tenant has it and no schema is
/// named after it.
async fn tenant_id_free(conn: &mut PgConnection, archived_tid: i64) -> Result<bool> {
    db::query_scalar(
        "SELECT NOT EXISTS (SELECT 1 FROM theratime.tenants WHERE id = $1)
            AND NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $2)",
    )
    .bind(archived_tid)
    .bind(db::schema_name(archived_tid))
    .fetch_one(conn)
    .await
    .db("cannot check the tenant id")
}

/// The tenant row with its final id and slug and the archive's other values.
async fn insert_tenant(
    conn: &mut PgConnection,
    id: i64,
    slug: &str,
    t: &crate::backup::archive::TenantRow,
) -> Result<Tenant> {
    db::query_as(
        "INSERT INTO theratime.tenants (id, slug, name, time_zone, status, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         RETURNING id, slug, name, time_zone, status, created_at, updated_at",
    )
    .bind(id)
    .bind(slug)
    .bind(&t.name)
    .bind(&t.time_zone)
    // Validated by `validate_header`.
    .bind(tenants::parse_status(&t.status)?)
    .bind(t.created_at)
    .bind(t.updated_at)
    .fetch_one(conn)
    .await
    .db("cannot insert the tenant")
}

/// The new schema at the archive's migration version, entered for DDL (on Citus a
/// distributed schema, made in this transaction).
async fn create_schema<'c>(
    mut tx: sqlx::Transaction<'c, sqlx::Postgres>,
    set: &MigrationSet,
    tenant_id: i64,
    version: i32,
) -> Result<TenantTx<'c>> {
    crate::citus::prepare_tenant_schema(&mut tx).await?;
    let mut tx = db::enter_tenant_ddl_unchecked(tx, tenant_id).await?;
    db::create_tenant_schema(&mut tx).await?;
    migrations::apply_tenant(&mut tx, set, 0, Some(version)).await?;
    Ok(tx)
}

/// Steps 3 and 4: set the new schema's constraints, indexes and triggers aside, load
/// every table, and put them back with the history checks between constraints and
/// triggers. Returns the tables' report lines and the schema's identity columns.
async fn load(
    tx: &mut TenantTx<'_>,
    reader: &mut ArchiveReader,
    path: &Path,
    desc: &Description,
    remap: bool,
) -> Result<(Vec<Item>, Vec<(String, String)>)> {
    let target_tables: HashMap<String, Vec<String>> = crate::backup::tenant_tables(tx)
        .await?
        .into_iter()
        .collect();
    let identity_cols = identity_columns(tx).await?;
    if let Some(key) = desc.header.sequences.keys().find(|k| {
        !identity_cols
            .iter()
            .any(|(t, c)| k.split_once('.') == Some((t.as_str(), c.as_str())))
    }) {
        return Err(Error::invalid(format!(
            "backup {}: header field sequences[{key:?}]: not an identity column of the tenant schema; nothing was restored",
            path.display()
        )));
    }
    let deferred = drop_post_data(tx).await?;
    let tables = load_tables(tx, reader, desc, &target_tables, &identity_cols, remap).await?;
    restore_post_data(tx, &deferred, PostKind::Constraint).await?;
    restore_post_data(tx, &deferred, PostKind::Index).await?;
    check_history(tx).await?;
    restore_post_data(tx, &deferred, PostKind::Trigger).await?;
    Ok((tables, identity_cols))
}

/// Step 5: the schema's sequences past the restored ids, the schema migrated to the
/// latest version, the users of other tenants that the rows name linked, the audit
/// row, the second read checked, commit. Returns the schema's version.
async fn finish(
    mut tx: TenantTx<'_>,
    set: &MigrationSet,
    reader: &ArchiveReader,
    path: &Path,
    desc: &Description,
    tenant: &Tenant,
    identity_cols: &[(String, String)],
) -> Result<i32> {
    let h = &desc.header;
    bump_tenant_sequences(&mut tx, identity_cols, &h.sequences).await?;
    let applied = migrations::apply_tenant(&mut tx, set, h.schema_version, None).await?;
    // Users of other tenants that the restored rows name (linked by email) stay
    // visible to the tenant's role.
    db::query("SELECT theratime.link_referenced_users($1)")
        .bind(tenant.id)
        .execute(&mut *tx)
        .await
        .db("cannot link the users of other tenants")?;
    audit::record(
        &mut tx,
        &Audit::new(
            "restore",
            Some(tenant),
            Some(&path.display().to_string()),
            "restored",
        ),
    )
    .await?;
    second_read_matches(reader, desc)?;
    tx.commit().await?;
    Ok(applied.to)
}

/// The report of a restore that was done: the plan's tenant (with its id here) and
/// users, the tables as loaded, and the schema's migration from `from` to `to`.
fn restored_items(
    planned: Vec<Item>,
    tenant_id: i64,
    tables: Vec<Item>,
    from: i32,
    to: i32,
) -> Vec<Item> {
    let mut items = planned;
    items[0].restored_id = Some(tenant_id);
    if items[0].detail.starts_with("schema ") {
        items[0].detail = format!("schema {}", db::schema_name(tenant_id));
    }
    // The plan's table and schema rows give way to what was loaded and migrated.
    items.retain(|i| !matches!(i.kind, ItemKind::Table | ItemKind::Schema));
    items.extend(tables);
    if to != from {
        items.push(Item::migrate(db::schema_name(tenant_id), from, to));
    }
    items
}

/// A global table's identity sequence that restore moves and draws from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum GlobalSequence {
    Users,
    Tenants,
}

impl GlobalSequence {
    /// Move the sequence past its table's largest id (and past `at_least`), never
    /// backwards.
    async fn bump(self, conn: &mut PgConnection, at_least: i64) -> Result<()> {
        let sql = match self {
            GlobalSequence::Users => {
                "SELECT setval(q.s, q.m) FROM (
                     SELECT pg_get_serial_sequence('theratime.users', 'id')::regclass AS s,
                            greatest((SELECT max(id) FROM theratime.users), $1) AS m) q
                 WHERE q.m > coalesce(pg_sequence_last_value(q.s), 0)"
            }
            GlobalSequence::Tenants => {
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

    /// The table, as `pg_get_serial_sequence` takes it.
    fn table(self) -> &'static str {
        match self {
            GlobalSequence::Users => "theratime.users",
            GlobalSequence::Tenants => "theratime.tenants",
        }
    }

    fn cannot_allocate(self) -> &'static str {
        match self {
            GlobalSequence::Users => "cannot allocate user ids",
            GlobalSequence::Tenants => "cannot allocate a tenant id",
        }
    }

    /// `n` fresh ids from the sequence.
    async fn take(self, conn: &mut PgConnection, n: i64) -> Result<Vec<i64>> {
        db::query_scalar(
            "SELECT nextval(pg_get_serial_sequence($1, 'id')) FROM generate_series(1, $2)",
        )
        .bind(self.table())
        .bind(n)
        .fetch_all(conn)
        .await
        .db(self.cannot_allocate())
    }

    /// One fresh id from the sequence.
    async fn next(self, conn: &mut PgConnection) -> Result<i64> {
        db::query_scalar("SELECT nextval(pg_get_serial_sequence($1, 'id'))")
            .bind(self.table())
            .fetch_one(conn)
            .await
            .db(self.cannot_allocate())
    }
}

/// Ids: keep the free ones, take new ones past every kept id for the rest; returns
/// the restored tenant's id. The sequences move past the kept ids now, before any
/// insert, so that a concurrent `tenant create` or `user add` never draws an id this
/// restore is about to use (the ids are at most [`MAX_ID`]: no archive exhausts them).
async fn allocate_ids(
    tx: &mut PgConnection,
    users: &mut [PlannedUser],
    archived_tid: i64,
    tenant_id_free: bool,
) -> Result<i64> {
    let max_kept = users.iter().filter_map(|u| u.new_id).max().unwrap_or(0);
    GlobalSequence::Users.bump(tx, max_kept).await?;
    let remaps = users.iter().filter(|u| u.new_id.is_none()).count() as i64;
    if remaps > 0 {
        let mut fresh = GlobalSequence::Users.take(tx, remaps).await?.into_iter();
        for u in users.iter_mut().filter(|u| u.new_id.is_none()) {
            u.new_id = fresh.next();
        }
    }
    if tenant_id_free {
        GlobalSequence::Tenants.bump(tx, archived_tid).await?;
        Ok(archived_tid)
    } else {
        GlobalSequence::Tenants.bump(tx, 0).await?;
        GlobalSequence::Tenants.next(tx).await
    }
}

/// The second read (the one streamed into the database) verified and read the same
/// file as the first.
fn second_read_matches(reader: &ArchiveReader, desc: &Description) -> Result<()> {
    match reader.verified() {
        None => Err(Error::invalid(format!(
            "backup {}: the second read did not reach the end record",
            desc.file
        ))),
        Some((_, sha)) if sha != desc.file_sha256 => Err(Error::invalid(format!(
            "backup {}: the file changed while it was being restored; nothing was restored",
            desc.file
        ))),
        Some(_) => Ok(()),
    }
}

/// Read the archive's users section into `pg_temp.restore_users` and validate it
/// ([`validate_users`]).
async fn stage_users(
    conn: &mut PgConnection,
    reader: &mut ArchiveReader,
    path: &Path,
    desc: &Description,
) -> Result<()> {
    match reader.next_event()? {
        Some(Event::Section(s))
            if s.kind == "users" && s.name == "users" && s.columns == USER_COLUMNS => {}
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
    .execute(&mut *conn)
    .await
    .db("cannot create a staging table")?;
    let staged = copy_in(
        conn,
        reader,
        &format!(
            "COPY pg_temp.restore_users ({}) FROM STDIN",
            USER_COLUMNS.join(", ")
        ),
        "users",
    )
    .await?;
    let want = desc.section("users", "users").map_or(0, |s| s.rows);
    if staged != want {
        return Err(Error::invalid(format!(
            "backup {}: {staged} users staged, the manifest says {want}",
            path.display()
        )));
    }
    let users: Vec<ArchivedUser> = db::query_as(
        "SELECT id, tenant_id, email, display_name, role, active FROM pg_temp.restore_users",
    )
    .fetch_all(&mut *conn)
    .await
    .db("cannot read the staged users")?;
    validate_users(&users).map_err(|why| {
        Error::invalid(format!(
            "backup {}: users section, {why}; nothing was restored",
            path.display()
        ))
    })
}

/// Plan every staged user ([`plan_user`]) against the users of the target database.
async fn plan_users(
    conn: &mut PgConnection,
    archived_tid: i64,
    link_users: bool,
) -> Result<Vec<PlannedUser>> {
    // The users an archived email matches are held FOR SHARE: a `tenant drop` that
    // would move or delete one (it locks its users FOR UPDATE, then looks for rows
    // that name them) waits for this restore, or this restore for it.
    db::query(
        "SELECT 1 FROM theratime.users e
         WHERE lower(e.email) IN (SELECT lower(r.email) FROM pg_temp.restore_users r) FOR SHARE",
    )
    .execute(&mut *conn)
    .await
    .db("cannot lock the users the archive matches")?;
    let staged: Vec<StagedUser> = db::query_as(
        "SELECT r.id, r.tenant_id, r.email, r.role, r.active,
                e.id AS existing_id, e.tenant_id AS existing_tenant_id, e.role AS existing_role,
                EXISTS (SELECT 1 FROM theratime.users u WHERE u.id = r.id) AS id_taken
         FROM pg_temp.restore_users r
         LEFT JOIN theratime.users e ON lower(e.email) = lower(r.email)
         ORDER BY r.id",
    )
    .fetch_all(&mut *conn)
    .await
    .db("cannot plan the users")?;
    Ok(staged
        .iter()
        .map(|u| plan_user(u, archived_tid, link_users))
        .collect())
}

/// Users of the restored tenant with their final ids and values; referenced users of
/// other tenants without a match become its inactive users. Linked users stay as
/// they are. `pg_temp.restore_map` maps archived to final ids for the tables.
async fn insert_users(conn: &mut PgConnection, users: &[PlannedUser], new_tid: i64) -> Result<()> {
    db::query(
        "CREATE TEMP TABLE restore_map (old_id bigint PRIMARY KEY, new_id bigint NOT NULL,
             action text NOT NULL, final_active boolean NOT NULL) ON COMMIT DROP",
    )
    .execute(&mut *conn)
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
    .bind(users.iter().map(|u| u.action).collect::<Vec<_>>())
    .bind(users.iter().map(|u| u.final_active).collect::<Vec<_>>())
    .execute(&mut *conn)
    .await
    .db("cannot stage the user map")?;
    db::query(
        "INSERT INTO theratime.users (id, tenant_id, email, display_name, role, active, created_at, updated_at)
         SELECT m.new_id, $1, r.email, r.display_name, r.role, m.final_active, r.created_at, r.updated_at
         FROM pg_temp.restore_users r JOIN pg_temp.restore_map m ON m.old_id = r.id
         WHERE m.action <> 'link'",
    )
    .bind(new_tid)
    .execute(&mut *conn)
    .await
    .db("cannot restore the users")?;
    Ok(())
}

/// Load every table section: COPY it into a staging table, check it
/// ([`check_stage`]), insert it in time order with remapped user ids (`remap`: some
/// user's id changed). Sections are matched with the manifest by kind and name.
async fn load_tables(
    tx: &mut TenantTx<'_>,
    reader: &mut ArchiveReader,
    desc: &Description,
    target_tables: &HashMap<String, Vec<String>>,
    identity_cols: &[(String, String)],
    remap: bool,
) -> Result<Vec<Item>> {
    let file = &desc.file;
    let mut items = Vec::new();
    let mut seen = HashSet::new();
    while let Some(ev) = reader.next_event()? {
        let Event::Section(s) = ev else {
            return Err(Error::invalid(format!(
                "backup {file}: data outside a section"
            )));
        };
        let Some(cols) = target_tables.get(&s.name).filter(|_| s.kind == "table") else {
            return Err(Error::invalid(format!(
                "backup {file}: section {:?} of kind {:?} is no table of schema version {}",
                s.name, s.kind, desc.header.schema_version
            )));
        };
        if !s.columns.iter().all(|c| cols.contains(c)) || !seen.insert(s.name.clone()) {
            return Err(Error::invalid(format!(
                "backup {file}: table {} has columns this schema version does not have",
                s.name
            )));
        }
        // Safe: the table and column names were just checked against the catalog of
        // the new schema and are quoted; the rows themselves travel as COPY data.
        let qtable = quote_ident(&s.name);
        let qcols: Vec<String> = s.columns.iter().map(|c| quote_ident(c)).collect();
        // Every table goes through a staging table: rows come out of it in time order
        // where the table has one (`load_order`) and with remapped user ids.
        sqlx::raw_sql(AssertSqlSafe(format!(
            "CREATE TEMP TABLE restore_stage ON COMMIT DROP AS SELECT {} FROM {qtable} WITH NO DATA",
            qcols.join(", ")
        )))
        .execute(&mut **tx)
        .await
        .db("cannot create a staging table")?;
        let sql = format!(
            "COPY pg_temp.restore_stage ({}) FROM STDIN",
            qcols.join(", ")
        );
        copy_in(tx, reader, &sql, &s.name).await?;
        check_stage(tx, desc, &s.name, &s.columns, identity_cols).await?;
        let exprs: Vec<String> = s
            .columns
            .iter()
            .zip(&qcols)
            .map(|(c, q)| {
                if remap && is_user_column(&s.name, c) {
                    format!(
                        "coalesce((SELECT m.new_id FROM pg_temp.restore_map m WHERE m.old_id = s.{q}), s.{q})"
                    )
                } else {
                    format!("s.{q}")
                }
            })
            .collect();
        let sql = format!(
            "INSERT INTO {qtable} ({}) SELECT {} FROM pg_temp.restore_stage s{}",
            qcols.join(", "),
            exprs.join(", "),
            load_order(&s.columns)
                .map(|o| format!(" ORDER BY {o}"))
                .unwrap_or_default()
        );
        let rows = sqlx::raw_sql(AssertSqlSafe(sql))
            .execute(&mut **tx)
            .await
            .db(format!("cannot restore table {}", s.name))?
            .rows_affected();
        // A statement of its own: on Citus a multi-statement string is refused.
        sqlx::raw_sql("DROP TABLE pg_temp.restore_stage")
            .execute(&mut **tx)
            .await
            .db("cannot drop a staging table")?;
        let want = desc.section("table", &s.name).map_or(0, |x| x.rows);
        if rows != want {
            return Err(Error::invalid(format!(
                "backup {file}: table {} restored {rows} rows, the manifest says {want}",
                s.name
            )));
        }
        items.push(Item::table(&s.name, rows));
    }
    Ok(items)
}

/// The staged rows of one table, before they are inserted: every identity value is in
/// range and not past the sequence position the archive records for its column (an
/// identity hands out no id past its sequence), and every user reference
/// ([`USER_REFERENCES`]) names a user of the archive's users section with the role
/// the same-tenant trigger requires (restored history may name users who moved or
/// were deactivated since, but never a user the archive does not carry).
async fn check_stage(
    tx: &mut TenantTx<'_>,
    desc: &Description,
    table: &str,
    columns: &[String],
    identity_cols: &[(String, String)],
) -> Result<()> {
    let bad = |why: String| {
        Error::invalid(format!(
            "backup {}: table {table}: {why}; nothing was restored",
            desc.file
        ))
    };
    for (_, col) in identity_cols
        .iter()
        .filter(|(t, c)| t == table && columns.contains(c))
    {
        let recorded = desc
            .header
            .sequences
            .get(&format!("{table}.{col}"))
            .copied();
        // Safe: a catalog column name of the new schema, quoted; the bound is bound.
        let q = quote_ident(col);
        let sql = format!(
            "SELECT s.{q} FROM pg_temp.restore_stage s WHERE s.{q} < 1 OR s.{q} > $1 ORDER BY s.{q} DESC LIMIT 1"
        );
        let found: Option<i64> = sqlx::query_scalar(AssertSqlSafe(sql))
            .persistent(false)
            .bind(recorded.unwrap_or(MAX_ID))
            .fetch_optional(&mut **tx)
            .await
            .db(format!("cannot check the ids of table {table}"))?;
        if let Some(v) = found {
            return Err(bad(match recorded {
                Some(r) if check_id(v).is_ok() => format!(
                    "{col} {v} is past the position the archive records for its sequence ({r}); \
                     no row of a backed-up tenant has such an id"
                ),
                _ => format!("{col} {}", check_id(v).unwrap_err()),
            }));
        }
    }
    for r in USER_REFERENCES
        .iter()
        .filter(|r| r.table == table && columns.iter().any(|c| c == r.column))
    {
        // Safe: a column name from the constant USER_REFERENCES, quoted.
        let q = quote_ident(r.column);
        let sql = format!(
            "SELECT DISTINCT s.{q}, u.role FROM pg_temp.restore_stage s
             LEFT JOIN pg_temp.restore_users u ON u.id = s.{q}
             WHERE u.role IS DISTINCT FROM $1 ORDER BY 1 LIMIT 5"
        );
        let found: Vec<(Option<i64>, Option<String>)> = sqlx::query_as(AssertSqlSafe(sql))
            .persistent(false)
            .bind(r.role)
            .fetch_all(&mut **tx)
            .await
            .db(format!("cannot check the users table {table} names"))?;
        if !found.is_empty() {
            let list: Vec<String> = found
                .iter()
                .map(|(id, role)| match (id, role) {
                    (None, _) => "no user (\\N)".to_string(),
                    (Some(id), None) => format!("user {id}, whom the archive does not carry"),
                    (Some(id), Some(role)) => format!("user {id}, of role {role}"),
                })
                .collect();
            return Err(bad(format!(
                "{} may name only users of the archive's users section with the role {}, but names {}",
                r.column,
                r.role,
                list.join("; ")
            )));
        }
    }
    Ok(())
}

/// The plan: the tenant, every user ([`plan_user`]), every table, and the schema's
/// migration when the archive's version is not the latest.
fn plan_items(
    desc: &Description,
    slug: &str,
    tenant_id_free: bool,
    users: &[PlannedUser],
    set: &MigrationSet,
) -> Vec<Item> {
    let t = &desc.header.tenant;
    let mut items = vec![Item {
        kind: ItemKind::Tenant,
        name: slug.to_string(),
        archived_id: Some(t.id),
        restored_id: tenant_id_free.then_some(t.id),
        action: if tenant_id_free {
            Action::Keep
        } else {
            Action::Remap
        },
        detail: if slug == t.slug {
            format!("schema {}", db::schema_name(t.id))
        } else {
            format!("restored as {slug} (archived as {})", t.slug)
        },
    }];
    items.extend(users.iter().map(|u| Item {
        kind: ItemKind::User,
        name: u.email.clone(),
        archived_id: Some(u.id),
        restored_id: u.new_id,
        action: u.action,
        detail: u.detail.clone(),
    }));
    items.extend(
        desc.sections
            .iter()
            .filter(|s| s.kind == "table")
            .map(|s| Item::table(&s.name, s.rows)),
    );
    let (from, latest) = (desc.header.schema_version, set.latest_tenant_version());
    if from < latest {
        items.push(Item::migrate(slug.to_string(), from, latest));
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

/// The identity columns of the tenant's tables, as (table, column).
async fn identity_columns(tx: &mut TenantTx<'_>) -> Result<Vec<(String, String)>> {
    db::query_as(
        "SELECT c.relname::text, a.attname::text FROM pg_attribute a
         JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = $1 AND c.relkind = 'r' AND a.attidentity <> '' AND NOT a.attisdropped
         ORDER BY 1, 2",
    )
    .bind(db::schema_name(tx.tenant_id()))
    .fetch_all(&mut **tx)
    .await
    .db("cannot list identity columns")
}

/// Identity sequences of the tenant's tables continue after the restored ids.
async fn bump_tenant_sequences(
    tx: &mut TenantTx<'_>,
    identity_cols: &[(String, String)],
    archived: &std::collections::BTreeMap<String, i64>,
) -> Result<()> {
    for (table, col) in identity_cols {
        // Safe: catalog names of the new schema, quoted; the schema identifier is
        // built from the numeric tenant id.
        let qualified = format!(
            "{}.{}",
            db::schema_ident(tx.tenant_id()),
            quote_ident(table)
        );
        // Past the restored ids and past where the source's sequence stood. The
        // largest id is read on its own: on Citus a statement that reads a
        // distributed table runs on its worker, whose sequence is not the one that
        // hands out ids through the coordinator.
        let sql = format!(
            "SELECT greatest(max({}), $1) FROM {qualified}",
            quote_ident(col)
        );
        let m: Option<i64> = sqlx::query_scalar(AssertSqlSafe(sql))
            .persistent(false)
            .bind(archived.get(&format!("{table}.{col}")).copied())
            .fetch_one(&mut **tx)
            .await
            .db("cannot move a sequence")?;
        db::query(
            "SELECT setval(q.s, greatest(coalesce(pg_sequence_last_value(q.s), 0), $3)) FROM (
                 SELECT pg_get_serial_sequence($1, $2)::regclass AS s) q
             WHERE $3 IS NOT NULL",
        )
        .bind(&qualified)
        .bind(col)
        .bind(m)
        .execute(&mut **tx)
        .await
        .db("cannot move a sequence")?;
    }
    Ok(())
}

/// What [`drop_post_data`] dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PostKind {
    Constraint,
    Index,
    Trigger,
}

/// A primary key, unique or exclusion constraint, an index or a non-internal trigger
/// of a tenant table, as the catalog describes it.
#[derive(Debug)]
struct PostData {
    kind: PostKind,
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
                "constraint" => PostKind::Constraint,
                "index" => PostKind::Index,
                _ => PostKind::Trigger,
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
                PostKind::Constraint => format!(
                    "ALTER TABLE {table} DROP CONSTRAINT {}",
                    quote_ident(&p.name)
                ),
                PostKind::Index => format!("DROP INDEX {schema}.{}", quote_ident(&p.name)),
                PostKind::Trigger => format!("DROP TRIGGER {} ON {table}", quote_ident(&p.name)),
            }
        })
        .collect();
    crate::citus::execute_script(tx, &sql.join(";\n"))
        .await
        .db("cannot set the tenant's constraints and triggers aside for the load")?;
    Ok(items)
}

/// Re-create the constraints or the triggers [`drop_post_data`] dropped, one statement
/// each, under their names and with their catalog definitions (indexes are built over
/// the loaded rows at once). Re-adding an exclusion
/// constraint builds its index over the loaded rows at once and fails on any overlap.
async fn restore_post_data(
    tx: &mut TenantTx<'_>,
    items: &[PostData],
    kind: PostKind,
) -> Result<()> {
    let schema = db::schema_ident(tx.tenant_id());
    for p in items.iter().filter(|p| p.kind == kind) {
        let table = format!("{schema}.{}", quote_ident(&p.table));
        // Safe: the definitions are PostgreSQL's own (pg_get_constraintdef,
        // pg_get_triggerdef) for objects that this transaction's migrations created
        // moments ago; names are quoted catalog names; the schema identifier is built
        // from the numeric tenant id.
        let mut sql = match kind {
            PostKind::Constraint => format!(
                "ALTER TABLE {table} ADD CONSTRAINT {} {}",
                quote_ident(&p.name),
                p.definition
            ),
            PostKind::Index | PostKind::Trigger => p.definition.clone(),
        };
        let state = match p.enabled.as_str() {
            "D" => Some("DISABLE TRIGGER"),
            "R" => Some("ENABLE REPLICA TRIGGER"),
            "A" => Some("ENABLE ALWAYS TRIGGER"),
            _ => None,
        };
        if let (PostKind::Trigger, Some(state)) = (kind, state) {
            sql.push_str(&format!(
                ";\nALTER TABLE {table} {state} {}",
                quote_ident(&p.name)
            ));
        }
        let context = match kind {
            PostKind::Constraint => format!(
                "the restored data breaks constraint {} of table {}; nothing was restored",
                p.name, p.table
            ),
            PostKind::Index => format!(
                "cannot re-create index {} of table {}; nothing was restored",
                p.name, p.table
            ),
            PostKind::Trigger => format!(
                "cannot re-create trigger {} of table {}; nothing was restored",
                p.name, p.table
            ),
        };
        crate::citus::execute_script(tx, &sql).await.db(context)?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backup::archive::{Header, MigrationRow, SectionSummary, TenantRow};

    fn section(kind: &str, name: &str, columns: &[&str]) -> SectionSummary {
        SectionSummary {
            name: name.into(),
            kind: kind.into(),
            columns: columns.iter().map(|c| c.to_string()).collect(),
            rows: 0,
            bytes: 0,
            sha256: String::new(),
        }
    }

    /// The description of a valid archive of tenant 7, as `backup` writes it.
    fn valid(set: &MigrationSet) -> Description {
        let at = chrono::DateTime::from_timestamp(1_764_277_532, 0).unwrap();
        Description {
            file: "acme.ttbk".into(),
            encrypted: false,
            size_bytes: 0,
            file_sha256: String::new(),
            header: Header {
                format: crate::backup::archive::FORMAT,
                theratime_version: "0.1.0".into(),
                created_at: at,
                tenant: TenantRow {
                    id: 7,
                    slug: "acme".into(),
                    name: "Acme Therapy".into(),
                    time_zone: "Europe/Berlin".into(),
                    status: "active".into(),
                    created_at: at,
                    updated_at: at,
                },
                time_zone: "Europe/Berlin".into(),
                schema: "tenant_7".into(),
                schema_version: set.latest_tenant_version(),
                migrations: set
                    .tenant
                    .iter()
                    .map(|m| MigrationRow {
                        version: m.version(),
                        name: m.name().into(),
                        checksum: m.checksum().to_string(),
                    })
                    .collect(),
                snapshot: "fleet".into(),
                server_version: "17.2".into(),
                compression: "zstd".into(),
                sequences: [("appointments.id".to_string(), 12)].into(),
            },
            sections: vec![
                section("users", "users", USER_COLUMNS),
                section(
                    "table",
                    "appointments",
                    &["id", "therapist_id", "client_id"],
                ),
                section("table", "calendar_blocks", &["id", "therapist_id"]),
            ],
        }
    }

    #[test]
    fn header_fields_are_validated_and_the_error_names_the_field() {
        let set = MigrationSet::embedded();
        check_archive(&valid(&set), &set).unwrap();
        type Edit = fn(&mut Description);
        let cases: &[(Edit, &str)] = &[
            (|d| d.header.format = 2, "header field format"),
            (
                |d| d.header.tenant.id = 0,
                "header field tenant.id: 0 is out of range",
            ),
            (|d| d.header.tenant.id = -5, "header field tenant.id: -5"),
            (
                |d| d.header.tenant.id = MAX_ID + 1,
                "header field tenant.id: 9007199254740993",
            ),
            (
                |d| d.header.tenant.slug = "tenant_7".into(),
                "header field tenant.slug",
            ),
            (
                |d| d.header.tenant.name = " ".into(),
                "header field tenant.name",
            ),
            (
                |d| d.header.tenant.name = "a\nb".into(),
                "header field tenant.name",
            ),
            (
                |d| d.header.tenant.time_zone = "Mars/Olympus_Mons".into(),
                "header field tenant.time_zone",
            ),
            (
                |d| d.header.time_zone = "UTC".into(),
                "header field time_zone",
            ),
            (
                |d| d.header.tenant.status = "Active".into(),
                "header field tenant.status",
            ),
            (
                |d| d.header.schema = "tenant_8".into(),
                "header field schema",
            ),
            (
                |d| d.header.snapshot = "mine".into(),
                "header field snapshot",
            ),
            (
                |d| d.header.compression = "gzip".into(),
                "header field compression",
            ),
            (
                |d| d.header.server_version = "x\u{1b}[2J".into(),
                "header field server_version",
            ),
            (
                |d| d.header.theratime_version = "v".repeat(65),
                "header field theratime_version",
            ),
            (|d| d.header.migrations.clear(), "header field migrations"),
            (|d| d.header.schema_version = 0, "header field migrations"),
            (
                |d| {
                    d.header.sequences.insert("appointments.id".into(), 0);
                },
                "header field sequences[\"appointments.id\"]: 0 is out of range",
            ),
            (
                |d| {
                    d.header
                        .sequences
                        .insert("appointments.id".into(), i64::MAX);
                },
                "header field sequences[\"appointments.id\"]: 9223372036854775807",
            ),
            (
                |d| {
                    d.header.sequences.insert("users.id".into(), 3);
                },
                "header field sequences[\"users.id\"]: names no column",
            ),
            (
                |d| {
                    d.header.sequences.insert("appointments.room".into(), 3);
                },
                "header field sequences[\"appointments.room\"]: names no column",
            ),
            (
                |d| d.sections[0].name = "appointments".into(),
                "the first section is not the users section",
            ),
            (
                |d| {
                    d.sections[0].columns.pop();
                },
                "the first section is not the users section",
            ),
            (
                |d| d.sections[2].kind = "users".into(),
                "section \"calendar_blocks\" is of kind \"users\"",
            ),
            (
                |d| d.sections[2].name = "appointments".into(),
                "table \"appointments\" has two sections",
            ),
        ];
        for (i, (edit, want)) in cases.iter().enumerate() {
            let mut d = valid(&set);
            edit(&mut d);
            let err = check_archive(&d, &set).expect_err(want);
            assert_eq!(err.exit_code(), 5, "case {i}");
            assert!(err.to_string().contains(want), "case {i}: {err}");
        }
        // The largest id is fine.
        let mut d = valid(&set);
        d.header.tenant.id = MAX_ID;
        d.header.schema = db::schema_name(MAX_ID);
        check_archive(&d, &set).unwrap();
    }

    fn user(id: i64, tenant: i64, email: &str, role: &str) -> ArchivedUser {
        ArchivedUser {
            id: Some(id),
            tenant_id: Some(tenant),
            email: Some(email.into()),
            display_name: Some("Ann".into()),
            role: Some(role.into()),
            active: Some(true),
        }
    }

    #[test]
    fn archived_users_are_validated_like_user_add() {
        let good = || {
            vec![
                user(1, 7, "a@x.test", "admin"),
                user(2, 8, "b@x.test", "client"),
            ]
        };
        assert_eq!(validate_users(&good()), Ok(()));
        type Edit = fn(&mut Vec<ArchivedUser>);
        let cases: &[(Edit, &str)] = &[
            (
                |u| u[1].id = Some(i64::MAX),
                "user row 2: id: 9223372036854775807 is out of range",
            ),
            (|u| u[1].id = Some(-1), "user row 2: id: -1"),
            (|u| u[1].id = None, "user row 2: id: missing"),
            (|u| u[0].tenant_id = Some(0), "user row 1: tenant_id: 0"),
            (|u| u[0].tenant_id = None, "user row 1: tenant_id: missing"),
            (
                |u| u[0].email = Some("no-at".into()),
                "user row 1: email: invalid email",
            ),
            (
                |u| u[0].display_name = Some("\u{1b}[31mred".into()),
                "user row 1: display_name: invalid name",
            ),
            (
                |u| u[0].role = Some("root".into()),
                "user row 1: role: invalid role",
            ),
            (|u| u[0].active = None, "user row 1: active: missing"),
            (|u| u[1].id = Some(1), "user row 2: id: 1 appears twice"),
            (
                |u| u[1].email = Some("A@X.test".into()),
                "user row 2: email: A@X.test appears twice",
            ),
        ];
        for (edit, want) in cases {
            let mut u = good();
            edit(&mut u);
            let err = validate_users(&u).expect_err(want);
            assert!(err.contains(want), "{err}");
        }
    }

    /// A staged user 5 of tenant `tenant` (the archive's own tenant is 7), active,
    /// with the target's user 40 of `existing` = (tenant, role) by its email.
    fn staged(
        tenant: i64,
        role: &str,
        existing: Option<(i64, &str)>,
        id_taken: bool,
    ) -> StagedUser {
        StagedUser {
            id: 5,
            tenant_id: tenant,
            email: "c@x.test".into(),
            role: role.into(),
            active: true,
            existing_id: existing.map(|_| 40),
            existing_tenant_id: existing.map(|e| e.0),
            existing_role: existing.map(|e| e.1.to_string()),
            id_taken,
        }
    }

    #[test]
    fn plan_user_keeps_remaps_links_restores_inactive_or_refuses() {
        use Action::*;
        // (staged user, --link-users) -> action, id here, active, why
        type Case<'a> = (StagedUser, bool, Action, Option<i64>, bool, &'a str);
        let cases: &[Case] = &[
            // An own user: its id if free, a new one if taken; never linked.
            (
                staged(7, "client", None, false),
                false,
                Keep,
                Some(5),
                true,
                "",
            ),
            (
                staged(7, "client", None, true),
                false,
                Remap,
                None,
                true,
                "id taken",
            ),
            (
                staged(7, "client", Some((3, "client")), false),
                true,
                Refuse,
                None,
                true,
                "email exists in this database (user 40 of tenant 3)",
            ),
            // A user of another tenant without a match: inactive, id kept if free.
            (
                staged(3, "client", None, false),
                false,
                Inactive,
                Some(5),
                false,
                "another tenant",
            ),
            (
                staged(3, "client", None, true),
                true,
                Inactive,
                None,
                false,
                "another tenant",
            ),
            // ... with a match: linked only on request, in its own tenant, with its role.
            (
                staged(3, "client", Some((3, "client")), false),
                false,
                Refuse,
                None,
                false,
                "--link-users links it",
            ),
            (
                staged(3, "client", Some((3, "client")), true),
                true,
                Link,
                Some(40),
                false,
                "existing user 40 of tenant 3",
            ),
            (
                staged(3, "client", Some((4, "client")), false),
                true,
                Refuse,
                None,
                false,
                "the archive names tenant 3: not linked across tenants",
            ),
            (
                staged(3, "client", Some((3, "therapist")), false),
                true,
                Refuse,
                None,
                false,
                "with role therapist, the archive says client: not linked",
            ),
        ];
        for (i, (u, link, action, new_id, active, why)) in cases.iter().enumerate() {
            let p = plan_user(u, 7, *link);
            assert_eq!(
                (p.action, p.new_id, p.final_active),
                (*action, *new_id, *active),
                "case {i}: {}",
                p.detail
            );
            assert!(p.detail.contains(why), "case {i}: {}", p.detail);
            assert_eq!((p.id, p.email.as_str()), (5, "c@x.test"), "case {i}");
        }
        // An own user archived as inactive stays inactive.
        let mut u = staged(7, "client", None, false);
        u.active = false;
        assert!(!plan_user(&u, 7, false).final_active);
    }

    #[test]
    fn report_states_print_as_before() {
        let kinds = [
            (ItemKind::Tenant, "tenant"),
            (ItemKind::User, "user"),
            (ItemKind::Table, "table"),
            (ItemKind::Schema, "schema"),
        ];
        for (k, text) in kinds {
            assert_eq!(serde_json::to_value(k).unwrap(), text);
            assert_eq!(k.to_string(), text);
        }
        let actions = [
            (Action::Keep, "keep"),
            (Action::Remap, "remap"),
            (Action::Link, "link"),
            (Action::Inactive, "restore inactive"),
            (Action::Refuse, "refuse"),
            (Action::Restore, "restore"),
            (Action::Migrate, "migrate"),
        ];
        assert_eq!(actions.len(), Action::ALL.len());
        for (a, text) in actions {
            assert_eq!(serde_json::to_value(a).unwrap(), text);
            assert_eq!(a.to_string(), text);
            assert_eq!(text.parse::<Action>(), Ok(a));
        }
    }
}
