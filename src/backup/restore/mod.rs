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
//!    there (`check_stage`: ids, user references) and insert it ordered by time
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
//!
//! `check` is step 1, `plan` step 2 and the ids of step 3, `load` the rest of step 3
//! and step 4 (and the sequences of step 5); this module holds the report, the
//! restore's transaction and step 5.

mod check;
mod load;
mod plan;

use std::path::Path;

use serde::Serialize;
use sqlx::postgres::PgConnection;

pub use check::{check_archive, validate_header};
pub use plan::{ArchivedUser, PlannedUser, StagedUser, plan_user, validate_users};

use load::{bump_tenant_sequences, create_schema, insert_tenant, insert_users, load};
use plan::{allocate_ids, plan_items, plan_users, stage_users, tenant_id_free};

use crate::backup::archive::{ArchiveReader, Description};
use crate::db::audit::{self, Audit};
use crate::db::{self, Isolation, TenantTx};
use crate::error::{DbContext, Error, Result};
use crate::fleet::migrations::{self, MigrationSet};
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
        &Audit::entry("restore", Some(&path.display().to_string()), "restored")
            .tenant_ref(tenant.id, &tenant.slug),
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

#[cfg(test)]
mod tests {
    use super::*;

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
