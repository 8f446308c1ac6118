//! Step 2 of a restore, and the ids of step 3: the archive's users staged in a
//! temporary table and validated, each planned against the target's users
//! ([`plan_user`], pure), the ids allocated, and the plan as report lines.

use std::collections::HashSet;
use std::path::Path;

use sqlx::postgres::PgConnection;

use super::check::check_id;
use super::load::copy_in;
use super::{Action, Item, ItemKind};
use crate::backup::archive::{ArchiveReader, Description, Event};
use crate::db;
use crate::db::ident::USER_COLUMNS;
use crate::error::{DbContext, Error, Result};
use crate::fleet::migrations::MigrationSet;
use crate::tenants;

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
    /// `allocate_ids` takes a fresh one (remapped) and for a refused user.
    pub new_id: Option<i64>,
    /// `active` of the restored user: only the archived tenant's own users keep theirs.
    pub final_active: bool,
    pub detail: String,
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

/// Read the archive's users section into `pg_temp.restore_users` and validate it
/// ([`validate_users`]).
pub(super) async fn stage_users(
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
pub(super) async fn plan_users(
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

/// Whether the archived tenant id is free here: no tenant has it and no schema is
/// named after it.
pub(super) async fn tenant_id_free(conn: &mut PgConnection, archived_tid: i64) -> Result<bool> {
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
pub(super) async fn allocate_ids(
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

/// The plan: the tenant, every user ([`plan_user`]), every table, and the schema's
/// migration when the archive's version is not the latest.
pub(super) fn plan_items(
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
