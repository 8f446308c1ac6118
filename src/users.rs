//! Users: global rows, each belonging to exactly one tenant. Domain logic only.

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::postgres::PgConnection;

use crate::audit::{self, Audit};
use crate::db::{self, Isolation};
use crate::error::{DbContext, Error, Result};
use crate::migrations::{self, MigrationSet};
use crate::output::Record;
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

impl Record for UserOut {
    fn headers() -> &'static [&'static str] {
        &[
            "id",
            "email",
            "name",
            "role",
            "active",
            "tenant",
            "created_at",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.email.clone(),
            self.name.clone(),
            self.role.clone(),
            self.active.to_string(),
            self.tenant.clone(),
            self.created_at.clone(),
        ]
    }
    fn id(&self) -> String {
        self.id.to_string()
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
        &Audit::new("user add", Some(&tenant), Some(&user.email), "added"),
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

pub async fn edit(
    conn: &mut PgConnection,
    set: &MigrationSet,
    key: &str,
    scope: Option<&str>,
    name: Option<&str>,
    email: Option<&str>,
) -> Result<UserOut> {
    if name.is_none() && email.is_none() {
        return Err(Error::usage(
            "nothing to change: give --name and/or --email",
        ));
    }
    if let Some(n) = name {
        tenants::validate_name(n)?;
    }
    if let Some(e) = email {
        validate_email(e)?;
    }
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let (user, tenant) = resolve_scoped(&mut tx, key, scope).await?;
    let updated: User = db::query_as(
        "UPDATE theratime.users SET display_name = coalesce($2, display_name), email = coalesce($3, email), updated_at = now()
         WHERE id = $1 RETURNING id, tenant_id, email, display_name, role, active, created_at, updated_at",
    )
    .bind(user.id)
    .bind(name.map(str::trim))
    .bind(email.map(str::trim))
    .fetch_one(&mut *tx)
    .await
    .db("cannot change the user")
    .map_err(|e| email_taken(e, email.unwrap_or_default()))?;
    audit::record(
        &mut tx,
        &Audit::new("user edit", Some(&tenant), Some(&updated.email), "edited"),
    )
    .await?;
    tx.commit().await.db("cannot commit")?;
    Ok(UserOut::new(&updated, &tenant))
}

pub async fn deactivate(
    conn: &mut PgConnection,
    set: &MigrationSet,
    key: &str,
    scope: Option<&str>,
) -> Result<UserOut> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let (user, tenant) = resolve_scoped(&mut tx, key, scope).await?;
    let updated: Option<User> = db::query_as(
        "UPDATE theratime.users SET active = false, updated_at = now() WHERE id = $1 AND active
         RETURNING id, tenant_id, email, display_name, role, active, created_at, updated_at",
    )
    .bind(user.id)
    .fetch_optional(&mut *tx)
    .await
    .db("cannot deactivate the user")?;
    let Some(updated) = updated else {
        return Err(Error::conflict(format!(
            "user {} is already deactivated",
            user.email
        )));
    };
    audit::record(
        &mut tx,
        &Audit::new(
            "user deactivate",
            Some(&tenant),
            Some(&user.email),
            "deactivated",
        ),
    )
    .await?;
    tx.commit().await.db("cannot commit")?;
    Ok(UserOut::new(&updated, &tenant))
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
    let future: Vec<(i64, DateTime<Utc>)> = db::query_as(
        "SELECT id, starts_at FROM appointments
         WHERE (therapist_id = $1 OR client_id = $1) AND status = 'booked' AND ends_at > now()
         ORDER BY starts_at LIMIT 20",
    )
    .bind(user.id)
    .fetch_all(&mut *tx)
    .await
    .db("cannot look for the user's appointments")?;
    if !future.is_empty() {
        let list: Vec<String> = future
            .iter()
            .map(|(id, at)| format!("#{id} at {}", format_local(*at, from.tz())))
            .collect();
        return Err(Error::conflict(format!(
            "user {} has future booked appointments in tenant {}: {}; cancel or reschedule them first",
            user.email,
            from.slug,
            list.join(", ")
        )));
    }
    let target = format!("{} -> {}", from.slug, to.slug);
    audit::record(
        &mut tx,
        &Audit::new(
            "user assign",
            Some(&to),
            Some(&format!("{} {target}", user.email)),
            "assigned",
        ),
    )
    .await?;
    tx.commit().await?;
    Ok(UserOut::new(&moved, &to))
}
