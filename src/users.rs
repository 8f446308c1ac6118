//! Users: global rows, each belonging to exactly one tenant. Domain logic only.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::postgres::PgConnection;

use crate::appointments::{self, Upcoming};
use crate::db::audit::{self, Audit};
use crate::db::{self, Isolation};
use crate::error::{DbContext, Error, Result};
use crate::fleet::migrations::{self, MigrationSet};
use crate::tenants::{self, Tenant};
use crate::time::format_local;

pub const ROLES: [&str; 3] = ["admin", "therapist", "client"];

pub fn validate_email(email: &str) -> Result<()> {
    let ok = email.len() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && email.split('@').count() == 2
        && email.split('@').all(|p| !p.is_empty());
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "invalid email {email:?}: use name@example.com"
        )))
    }
}

pub fn validate_role(role: &str) -> Result<()> {
    if ROLES.contains(&role) {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "invalid role {role:?}: use admin, therapist or client"
        )))
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct User {
    pub id: i64,
    pub tenant_id: i64,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub active: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A user as printed, with its tenant's slug.
#[derive(Debug, Clone, Serialize)]
pub struct UserOut {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub role: String,
    pub active: bool,
    pub tenant: String,
    pub created_at: String,
}

impl UserOut {
    pub fn new(u: &User, tenant: &Tenant) -> UserOut {
        UserOut {
            id: u.id,
            email: u.email.clone(),
            name: u.display_name.clone(),
            role: u.role.clone(),
            active: u.active,
            tenant: tenant.slug.clone(),
            created_at: format_local(u.created_at, tenant.tz()),
        }
    }
}

/// Find a user by email (case-insensitively) or id.
pub async fn resolve(conn: &mut PgConnection, key: &str) -> Result<User> {
    let found: Option<User> = db::query_as(
        "SELECT id, tenant_id, email, display_name, role, active, created_at, updated_at FROM theratime.users
         WHERE CASE WHEN $1 ~ '^[0-9]+$' THEN id = $1::bigint ELSE lower(email) = lower($1) END",
    )
    .bind(key.trim())
    .fetch_optional(conn)
    .await
    .db("cannot look up the user")?;
    found.ok_or_else(|| Error::not_found(format!("user {key:?} not found; give an email or an id")))
}

/// Find a user and their tenant. When the command is scoped to a tenant (`scope`:
/// `--tenant`, `THERATIME_TENANT` or `default_tenant`), a user of another tenant is
/// refused (exit 5), so a tenant's operator cannot reach another practice's users.
pub async fn resolve_scoped(
    conn: &mut PgConnection,
    key: &str,
    scope: Option<&str>,
) -> Result<(User, Tenant)> {
    let user = resolve(&mut *conn, key).await?;
    let tenant = tenants::resolve(&mut *conn, &user.tenant_id.to_string()).await?;
    if let Some(scope) = scope {
        let expected = tenants::resolve(&mut *conn, scope).await?;
        if expected.id != tenant.id {
            return Err(Error::invalid(format!(
                "user {} belongs to another tenant, not to {}; \
                 drop --tenant/THERATIME_TENANT to act on any user",
                user.email, expected.slug
            )));
        }
    }
    Ok((user, tenant))
}

fn email_taken(e: Error, email: &str) -> Error {
    match &e {
        Error::Database { error, .. }
            if crate::error::sqlstate(error).as_deref() == Some("23505") =>
        {
            Error::conflict(format!(
                "a user with the email {email:?} already exists (emails are unique, case-insensitively)"
            ))
        }
        _ => e,
    }
}

pub async fn add(
    conn: &mut PgConnection,
    set: &MigrationSet,
    tenant_key: &str,
    email: &str,
    name: &str,
    role: &str,
) -> Result<(User, Tenant)> {
    validate_email(email)?;
    tenants::validate_name(name)?;
    validate_role(role)?;
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let tenant = tenants::resolve(&mut tx, tenant_key).await?;
    let user: User = db::query_as(
        "INSERT INTO theratime.users (tenant_id, email, display_name, role) VALUES ($1, $2, $3, $4)
         RETURNING id, tenant_id, email, display_name, role, active, created_at, updated_at",
    )
    .bind(tenant.id)
    .bind(email.trim())
    .bind(name.trim())
    .bind(role)
    .fetch_one(&mut *tx)
    .await
    .db("cannot add the user")
    .map_err(|e| email_taken(e, email))?;
    audit::record(
        &mut tx,
        &Audit::entry("user add", Some(&target(user.id)), "added")
            .tenant_ref(tenant.id, &tenant.slug)
            .details(serde_json::json!({ "role": user.role }))
            .about(&[user.id])
            .personal(
                Some(user.id),
                serde_json::json!({ "email": user.email, "name": user.display_name }),
            ),
    )
    .await?;
    tx.commit().await.db("cannot commit")?;
    Ok((user, tenant))
}

pub async fn list(conn: &mut PgConnection, tenant_key: &str) -> Result<Vec<UserOut>> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    let tenant = tenants::resolve(&mut tx, tenant_key).await?;
    let users: Vec<User> = db::query_as(
        "SELECT id, tenant_id, email, display_name, role, active, created_at, updated_at FROM theratime.users
         WHERE tenant_id = $1 ORDER BY id",
    )
    .bind(tenant.id)
    .fetch_all(&mut *tx)
    .await
    .db("cannot list users")?;
    tx.commit().await.db("cannot commit")?;
    Ok(users.iter().map(|u| UserOut::new(u, &tenant)).collect())
}

pub async fn show(conn: &mut PgConnection, key: &str, scope: Option<&str>) -> Result<UserOut> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    let (user, tenant) = resolve_scoped(&mut tx, key, scope).await?;
    tx.commit().await.db("cannot commit")?;
    Ok(UserOut::new(&user, &tenant))
}

/// The audit target of a user: by id, never by a personal value.
pub fn target(id: i64) -> String {
    format!("user {id}")
}

/// What `user edit` changes.
#[derive(Debug, Default)]
pub struct Changes<'a> {
    pub name: Option<&'a str>,
    pub email: Option<&'a str>,
    pub role: Option<&'a str>,
}

/// Change name, email and/or role. A role change is refused (exit 3) while the user
/// has booked appointments in the old role that have not ended.
pub async fn edit(
    conn: &mut PgConnection,
    set: &MigrationSet,
    key: &str,
    scope: Option<&str>,
    c: &Changes<'_>,
) -> Result<UserOut> {
    if c.name.is_none() && c.email.is_none() && c.role.is_none() {
        return Err(Error::usage(
            "nothing to change: give --name, --email and/or --role",
        ));
    }
    if let Some(n) = c.name {
        tenants::validate_name(n)?;
    }
    if let Some(e) = c.email {
        validate_email(e)?;
    }
    if let Some(r) = c.role {
        validate_role(r)?;
    }
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let (user, tenant) = resolve_scoped(&mut tx, key, scope).await?;
    lock(&mut tx, user.id).await?;
    // The change first, as the owner (the tenant's role may not write users); a
    // refusal below rolls it back.
    let updated: User = db::query_as(
        "UPDATE theratime.users SET display_name = coalesce($2, display_name), email = coalesce($3, email),
                role = coalesce($4, role), updated_at = now()
         WHERE id = $1 RETURNING id, tenant_id, email, display_name, role, active, created_at, updated_at",
    )
    .bind(user.id)
    .bind(c.name.map(str::trim))
    .bind(c.email.map(str::trim))
    .bind(c.role)
    .fetch_one(&mut *tx)
    .await
    .db("cannot change the user")
    .map_err(|e| email_taken(e, c.email.unwrap_or_default()))?;
    // The tenant's schema is needed (and checked) only for a role change.
    let mut tx = db::enter_tenant_unchecked(tx, tenant.id).await?;
    if let Some(role) = c.role.filter(|r| *r != user.role) {
        db::require_schema(&mut tx).await?;
        let in_old_role: Vec<Upcoming> = appointments::upcoming(&mut tx, user.id)
            .await?
            .into_iter()
            .filter(|a| {
                (user.role == "therapist" && a.therapist_id == user.id)
                    || (user.role == "client" && a.client_id == user.id)
            })
            .collect();
        if !in_old_role.is_empty() {
            return Err(Error::conflict(format!(
                "user {} has {} future booked appointment(s) as {} in tenant {}: {}; \
                 cancel or reschedule them before changing the role to {role}",
                user.email,
                in_old_role.len(),
                user.role,
                tenant.slug,
                appointments::describe(&in_old_role, tenant.tz())
            )));
        }
    }
    record_edit(&mut tx, &user, &updated, &tenant).await?;
    tx.commit().await?;
    Ok(UserOut::new(&updated, &tenant))
}

/// The audit row of an edit: the role's old and new value in the hashed details, the
/// personal ones (name, email) in the erasable side table.
async fn record_edit(
    conn: &mut PgConnection,
    before: &User,
    after: &User,
    tenant: &Tenant,
) -> Result<()> {
    let mut changed = Vec::new();
    let (mut old, mut new) = (serde_json::Map::new(), serde_json::Map::new());
    for (field, a, b) in [
        ("name", &before.display_name, &after.display_name),
        ("email", &before.email, &after.email),
    ] {
        if a != b {
            changed.push(field);
            old.insert(field.into(), a.as_str().into());
            new.insert(field.into(), b.as_str().into());
        }
    }
    let mut details = serde_json::json!({});
    if before.role != after.role {
        changed.push("role");
        details["role"] = serde_json::json!({ "old": before.role, "new": after.role });
    }
    details["changed"] = changed.into();
    let who = target(after.id);
    let mut entry = Audit::entry("user edit", Some(&who), "edited")
        .tenant_ref(tenant.id, &tenant.slug)
        .details(details)
        .about(&[after.id]);
    if !old.is_empty() {
        entry = entry.personal(
            Some(after.id),
            serde_json::json!({ "old": old, "new": new }),
        );
    }
    audit::record(conn, &entry).await
}

/// Lock the user's row until the transaction ends: bookings that name them (FOR SHARE
/// in the same-tenant trigger) wait for us, or we for them.
async fn lock(conn: &mut PgConnection, user_id: i64) -> Result<()> {
    db::query("SELECT 1 FROM theratime.users WHERE id = $1 FOR UPDATE")
        .bind(user_id)
        .execute(conn)
        .await
        .db("cannot lock the user")?;
    Ok(())
}

/// The outcome of an idempotent lifecycle command.
#[derive(Debug)]
pub struct Lifecycle {
    pub user: UserOut,
    /// False: the user already was in that state; nothing was done.
    pub changed: bool,
    /// Appointments cancelled on the way (`--cancel-future`).
    pub cancelled: Vec<i64>,
}

/// Deactivate a user. Refused (exit 3, listing them) while they have booked
/// appointments that have not ended, unless `cancel_future` cancels them in the same
/// transaction. A deactivated user is left as is (changed: false).
pub async fn deactivate(
    conn: &mut PgConnection,
    set: &MigrationSet,
    key: &str,
    scope: Option<&str>,
    cancel_future: bool,
    reason: Option<&str>,
) -> Result<Lifecycle> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let (user, tenant) = resolve_scoped(&mut tx, key, scope).await?;
    lock(&mut tx, user.id).await?;
    if !user.active {
        tx.rollback().await.db("cannot roll back")?;
        return Ok(Lifecycle {
            user: UserOut::new(&user, &tenant),
            changed: false,
            cancelled: Vec::new(),
        });
    }
    // The change first, as the owner (the tenant's role may not write users); a
    // refusal below rolls it back.
    let updated: User = db::query_as(
        "UPDATE theratime.users SET active = false, updated_at = now() WHERE id = $1
         RETURNING id, tenant_id, email, display_name, role, active, created_at, updated_at",
    )
    .bind(user.id)
    .fetch_one(&mut *tx)
    .await
    .db("cannot deactivate the user")?;
    let mut tx = db::enter_tenant(tx, tenant.id).await?;
    let future = appointments::upcoming(&mut tx, user.id).await?;
    if !future.is_empty() && !cancel_future {
        return Err(Error::conflict(format!(
            "user {} has {} future booked appointment(s) in tenant {}: {}; cancel or reschedule \
             them first, or pass --cancel-future [--reason R] to cancel them with the deactivation",
            user.email,
            future.len(),
            tenant.slug,
            appointments::describe(&future, tenant.tz())
        )));
    }
    let cancelled = appointments::cancel_upcoming(&mut tx, &future, reason).await?;
    appointments::audit_cancelled(
        &mut tx,
        (tenant.id, &tenant.slug),
        &cancelled,
        reason,
        "user deactivate",
    )
    .await?;
    let cancelled: Vec<i64> = cancelled.iter().map(|a| a.id).collect();
    let who = target(user.id);
    audit::record(
        &mut tx,
        &Audit::entry("user deactivate", Some(&who), "deactivated")
            .tenant_ref(tenant.id, &tenant.slug)
            .details(serde_json::json!({ "cancelled": cancelled }))
            .about(&[user.id]),
    )
    .await?;
    tx.commit().await?;
    Ok(Lifecycle {
        user: UserOut::new(&updated, &tenant),
        changed: true,
        cancelled,
    })
}

/// Reactivate a deactivated user (an active one is left as is: changed false).
pub async fn reactivate(
    conn: &mut PgConnection,
    set: &MigrationSet,
    key: &str,
    scope: Option<&str>,
) -> Result<Lifecycle> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let (user, tenant) = resolve_scoped(&mut tx, key, scope).await?;
    let updated: Option<User> = db::query_as(
        "UPDATE theratime.users SET active = true, updated_at = now() WHERE id = $1 AND NOT active
         RETURNING id, tenant_id, email, display_name, role, active, created_at, updated_at",
    )
    .bind(user.id)
    .fetch_optional(&mut *tx)
    .await
    .db("cannot reactivate the user")?;
    let Some(updated) = updated else {
        tx.rollback().await.db("cannot roll back")?;
        return Ok(Lifecycle {
            user: UserOut::new(&user, &tenant),
            changed: false,
            cancelled: Vec::new(),
        });
    };
    let who = target(user.id);
    audit::record(
        &mut tx,
        &Audit::entry("user reactivate", Some(&who), "reactivated")
            .tenant_ref(tenant.id, &tenant.slug)
            .about(&[user.id]),
    )
    .await?;
    tx.commit().await.db("cannot commit")?;
    Ok(Lifecycle {
        user: UserOut::new(&updated, &tenant),
        changed: true,
        cancelled: Vec::new(),
    })
}

/// Move a user to another tenant; refused while they have future booked appointments
/// in their current tenant (listed in the message).
pub async fn assign(
    conn: &mut PgConnection,
    set: &MigrationSet,
    key: &str,
    destination: &str,
) -> Result<UserOut> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let user = resolve(&mut tx, key).await?;
    let to = tenants::resolve(&mut tx, destination).await?;
    if to.id == user.tenant_id {
        return Err(Error::conflict(format!(
            "user {} already belongs to tenant {}",
            user.email, to.slug
        )));
    }
    let from = tenants::resolve(&mut tx, &user.tenant_id.to_string()).await?;
    // Move (and so lock) the user first, as the owner: bookings that name them (FOR
    // SHARE in the trigger) wait, or we do. The check of the old tenant's appointments
    // then runs as that tenant's role; a refusal rolls the move back.
    let moved: User = db::query_as(
        "UPDATE theratime.users SET tenant_id = $2, updated_at = now() WHERE id = $1
         RETURNING id, tenant_id, email, display_name, role, active, created_at, updated_at",
    )
    .bind(user.id)
    .bind(to.id)
    .fetch_one(&mut *tx)
    .await
    .db("cannot move the user")?;
    // On one server a trigger on users links a user whom the old tenant's rows name, so
    // that tenant's role still sees them; on Citus that trigger would fire on every
    // node's copy of users and is not there (global V7): the link is made here.
    if crate::citus::is_citus(&mut tx).await? {
        db::query("SELECT theratime.link_moved_user($1, $2)")
            .bind(from.id)
            .bind(user.id)
            .execute(&mut *tx)
            .await
            .db("cannot link the user to the tenant they leave")?;
    }
    let mut tx = db::enter_tenant(tx, from.id).await?;
    let future = appointments::upcoming(&mut tx, user.id).await?;
    if !future.is_empty() {
        return Err(Error::conflict(format!(
            "user {} has future booked appointments in tenant {}: {}; cancel or reschedule them first",
            user.email,
            from.slug,
            appointments::describe(&future, from.tz())
        )));
    }
    let who = target(user.id);
    audit::record(
        &mut tx,
        &Audit::entry("user assign", Some(&who), "assigned")
            .tenant_ref(to.id, &to.slug)
            .details(serde_json::json!({ "from": from.slug, "to": to.slug }))
            .about(&[user.id]),
    )
    .await?;
    tx.commit().await?;
    Ok(UserOut::new(&moved, &to))
}
