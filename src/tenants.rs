//! The tenant lifecycle: domain logic only (no terminal output).

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use sqlx::postgres::PgConnection;

use crate::db::audit::{self, Audit};
use crate::db::{self, Isolation};
use crate::error::{DbContext, Error, Result};
use crate::fleet::migrations::{self, MigrationSet};
use crate::time::format_local;

/// Check a slug against `^[a-z][a-z0-9-]{1,39}$`.
pub fn validate_slug(slug: &str) -> Result<()> {
    let ok = slug.len() >= 2
        && slug.len() <= 40
        && slug.as_bytes()[0].is_ascii_lowercase()
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "invalid slug {slug:?}: use 2 to 40 characters, a lowercase letter first, then lowercase \
             letters, digits or '-' (e.g. acme-therapy)"
        )))
    }
}

pub fn validate_name(name: &str) -> Result<()> {
    let n = name.trim().chars().count();
    if (1..=200).contains(&n) && !name.chars().any(char::is_control) {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "invalid name {name:?}: use 1 to 200 characters without control characters"
        )))
    }
}

/// A tenant's status: a suspended tenant refuses new bookings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TenantStatus {
    Active,
    Suspended,
}

db::text_state!(TenantStatus {
    Active => "active",
    Suspended => "suspended",
});

/// A tenant status given as text (an archive's header): exit 5 unless it is one.
pub fn parse_status(status: &str) -> Result<TenantStatus> {
    status.parse().map_err(|_| {
        Error::invalid(format!(
            "invalid tenant status {status:?}: use active or suspended"
        ))
    })
}

/// Check an IANA time zone name.
pub fn validate_time_zone(zone: &str) -> Result<Tz> {
    zone.parse::<Tz>().map_err(|_| {
        Error::invalid(format!(
            "unknown time zone {zone:?}: use an IANA name such as Europe/Berlin, America/New_York or UTC"
        ))
    })
}

/// A tenant row.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Tenant {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub time_zone: String,
    pub status: TenantStatus,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Tenant {
    pub fn schema(&self) -> String {
        db::schema_name(self.id)
    }
    pub fn tz(&self) -> Tz {
        zone(&self.time_zone)
    }
}

/// A stored zone name as a zone: validated when it was written (UTC should it not parse).
pub fn zone(name: &str) -> Tz {
    name.parse().unwrap_or(Tz::UTC)
}

/// Find a tenant by slug or numeric id.
pub async fn resolve(conn: &mut PgConnection, key: &str) -> Result<Tenant> {
    let found: Option<Tenant> = if let Ok(id) = key.parse::<i64>() {
        db::query_as(
            "SELECT id, slug, name, time_zone, status, created_at, updated_at FROM theratime.tenants WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&mut *conn)
        .await
    } else {
        db::query_as(
            "SELECT id, slug, name, time_zone, status, created_at, updated_at FROM theratime.tenants WHERE slug = $1",
        )
        .bind(key)
        .fetch_optional(&mut *conn)
        .await
    }
    .db("cannot look up the tenant")?;
    found.ok_or_else(|| {
        Error::not_found(format!(
            "tenant {key:?} not found; `theratime tenant list` shows the tenants"
        ))
    })
}

pub struct NewTenant<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub time_zone: &'a str,
    /// The application's login role (`app_role`), granted the new tenant's role.
    pub app_role: Option<&'a str>,
}

pub enum Created {
    New(Tenant),
    Existed(Tenant),
}

/// Create a tenant in one transaction: its row, `CREATE SCHEMA`, every tenant
/// migration (one of them makes the tenant's role), the grant of that role to the
/// application role, its bookkeeping row and an audit row. On any failure nothing
/// remains.
pub async fn create(
    conn: &mut PgConnection,
    set: &MigrationSet,
    new: &NewTenant<'_>,
    if_not_exists: bool,
) -> Result<Created> {
    validate_slug(new.slug)?;
    validate_name(new.name)?;
    validate_time_zone(new.time_zone)?;
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    db::require_role_admin(&mut tx, "tenant create", new.app_role).await?;
    migrations::check_global(&mut tx, set).await?;
    let inserted: Option<Tenant> = db::query_as(
        "INSERT INTO theratime.tenants (slug, name, time_zone) VALUES ($1, $2, $3)
         ON CONFLICT (slug) DO NOTHING
         RETURNING id, slug, name, time_zone, status, created_at, updated_at",
    )
    .bind(new.slug)
    .bind(new.name.trim())
    .bind(new.time_zone)
    .fetch_optional(&mut *tx)
    .await
    .db("cannot insert the tenant")?;
    let Some(tenant) = inserted else {
        let existing = resolve(&mut tx, new.slug).await?;
        tx.rollback().await.db("cannot roll back")?;
        return if if_not_exists {
            Ok(Created::Existed(existing))
        } else {
            Err(Error::conflict(format!(
                "tenant {:?} already exists (id {}); choose another slug or pass --if-not-exists",
                new.slug, existing.id
            )))
        };
    };
    db::lock_tenant(&mut tx, tenant.id).await?;
    // On Citus the new schema is a distributed schema, made in this transaction.
    crate::citus::prepare_tenant_schema(&mut tx).await?;
    let mut tx = db::enter_tenant_ddl_unchecked(tx, tenant.id).await?;
    db::create_tenant_schema(&mut tx).await?;
    migrations::apply_tenant(&mut tx, set, 0, None).await?;
    if let Some(app) = new.app_role {
        db::grant_tenant_role(&mut tx, tenant.id, app).await?;
    }
    audit::record(
        &mut tx,
        &Audit::entry("tenant create", Some(new.slug), "created")
            .tenant_ref(tenant.id, &tenant.slug),
    )
    .await?;
    tx.commit().await?;
    Ok(Created::New(tenant))
}

/// One row of `tenant list`: cheap columns only.
#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct TenantSummary {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub status: TenantStatus,
    pub time_zone: String,
    pub schema: String,
    pub version: Option<i32>,
}

pub async fn list(conn: &mut PgConnection) -> Result<Vec<TenantSummary>> {
    // Every statement runs inside a transaction: behind PgBouncer in transaction
    // mode, only a transaction keeps one server connection for sqlx's
    // parse/bind round trips.
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    let list = db::query_as(
        "SELECT t.id, t.slug, t.name, t.status, t.time_zone, 'tenant_' || t.id AS schema, m.version
         FROM theratime.tenants t LEFT JOIN theratime.tenant_migrations m ON m.tenant_id = t.id
         ORDER BY t.id",
    )
    .fetch_all(&mut *tx)
    .await
    .db("cannot list tenants")?;
    tx.commit().await.db("cannot commit")?;
    Ok(list)
}

/// Everything about one tenant, for `tenant show`.
#[derive(Debug, Clone, Serialize)]
pub struct TenantDetails {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub status: TenantStatus,
    pub time_zone: String,
    pub schema: String,
    pub schema_exists: bool,
    pub version: Option<i32>,
    pub latest_version: i32,
    pub users: i64,
    pub appointments: Option<i64>,
    pub calendar_blocks: Option<i64>,
    pub size_bytes: i64,
    pub last_migration_status: Option<String>,
    pub last_migration_at: Option<String>,
    pub last_migration_error: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

pub async fn show(conn: &mut PgConnection, set: &MigrationSet, key: &str) -> Result<TenantDetails> {
    // One snapshot for the whole report.
    let mut tx = db::begin(conn, Isolation::RepeatableRead).await?;
    let t = resolve(&mut tx, key).await?;
    let tz = t.tz();
    let (schema_exists, size_bytes): (bool, i64) = db::query_as(
        "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1),
                coalesce((SELECT sum(pg_total_relation_size(c.oid))::bigint
                          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                          WHERE n.nspname = $1 AND c.relkind IN ('r', 'm', 'p')), 0)",
    )
    .bind(t.schema())
    .fetch_one(&mut *tx)
    .await
    .db("cannot measure the tenant schema")?;
    let users: i64 = db::query_scalar("SELECT count(*) FROM theratime.users WHERE tenant_id = $1")
        .bind(t.id)
        .fetch_one(&mut *tx)
        .await
        .db("cannot count users")?;
    let run: Option<(i32, String, DateTime<Utc>, Option<String>)> = db::query_as(
        "SELECT version, last_status, last_started_at, last_error FROM theratime.tenant_migrations WHERE tenant_id = $1",
    )
    .bind(t.id)
    .fetch_optional(&mut *tx)
    .await
    .db("cannot read the migration status")?;
    let (appointments, calendar_blocks) = if schema_exists {
        let mut tx = db::enter_tenant(tx, t.id).await?;
        let counts: (i64, i64) = db::query_as(
            "SELECT (SELECT count(*) FROM appointments), (SELECT count(*) FROM calendar_blocks)",
        )
        .fetch_one(&mut *tx)
        .await
        .db("cannot count the tenant's appointments")?;
        tx.commit().await?;
        (Some(counts.0), Some(counts.1))
    } else {
        tx.commit().await.db("cannot commit")?;
        (None, None)
    };
    Ok(TenantDetails {
        id: t.id,
        schema: t.schema(),
        slug: t.slug,
        name: t.name,
        status: t.status,
        time_zone: t.time_zone,
        schema_exists,
        version: run.as_ref().map(|r| r.0),
        latest_version: set.latest_tenant_version(),
        users,
        appointments,
        calendar_blocks,
        size_bytes,
        last_migration_status: run.as_ref().map(|r| r.1.clone()),
        last_migration_at: run.as_ref().map(|r| format_local(r.2, tz)),
        last_migration_error: run.and_then(|r| r.3),
        created_at: format_local(t.created_at, tz),
        updated_at: format_local(t.updated_at, tz),
    })
}

/// Change name and/or time zone.
pub async fn update(
    conn: &mut PgConnection,
    set: &MigrationSet,
    key: &str,
    name: Option<&str>,
    time_zone: Option<&str>,
) -> Result<Tenant> {
    if name.is_none() && time_zone.is_none() {
        return Err(Error::usage(
            "nothing to change: give --name and/or --timezone",
        ));
    }
    if let Some(n) = name {
        validate_name(n)?;
    }
    if let Some(z) = time_zone {
        validate_time_zone(z)?;
    }
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let t = resolve(&mut tx, key).await?;
    let updated: Tenant = db::query_as(
        "UPDATE theratime.tenants SET name = coalesce($2, name), time_zone = coalesce($3, time_zone), updated_at = now()
         WHERE id = $1 RETURNING id, slug, name, time_zone, status, created_at, updated_at",
    )
    .bind(t.id)
    .bind(name.map(str::trim))
    .bind(time_zone)
    .fetch_one(&mut *tx)
    .await
    .db("cannot update the tenant")?;
    // The zone in the hashed details; the name (a practice may carry a person's name)
    // with the erasable values.
    let mut entry = Audit::entry("tenant update", None, "updated").tenant_ref(t.id, &t.slug);
    if time_zone.is_some() {
        entry = entry.details(serde_json::json!({
            "time_zone": { "old": t.time_zone, "new": updated.time_zone }
        }));
    }
    if name.is_some() {
        entry = entry.personal(
            None,
            serde_json::json!({ "name": { "old": t.name, "new": updated.name } }),
        );
    }
    audit::record(&mut tx, &entry).await?;
    tx.commit().await.db("cannot commit")?;
    Ok(updated)
}

/// Suspend or resume. A tenant already in that state is left as is (false: nothing
/// changed), so scripts can repeat the command.
pub async fn set_status(
    conn: &mut PgConnection,
    set: &MigrationSet,
    key: &str,
    status: TenantStatus,
) -> Result<(Tenant, bool)> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let t = resolve(&mut tx, key).await?;
    let updated: Option<Tenant> = db::query_as(
        "UPDATE theratime.tenants SET status = $2, updated_at = now() WHERE id = $1 AND status <> $2
         RETURNING id, slug, name, time_zone, status, created_at, updated_at",
    )
    .bind(t.id)
    .bind(status)
    .fetch_optional(&mut *tx)
    .await
    .db("cannot change the tenant's status")?;
    let Some(updated) = updated else {
        tx.rollback().await.db("cannot roll back")?;
        return Ok((t, false));
    };
    let command = match status {
        TenantStatus::Suspended => "tenant suspend",
        TenantStatus::Active => "tenant resume",
    };
    audit::record(
        &mut tx,
        &Audit::entry(command, None, status.as_str())
            .tenant_ref(t.id, &t.slug)
            .details(serde_json::json!({ "from": t.status, "to": status })),
    )
    .await?;
    tx.commit().await.db("cannot commit")?;
    Ok((updated, true))
}

/// A user of a dropped tenant that another tenant's appointments or blocks name: kept,
/// deactivated, as a user of that tenant.
#[derive(Debug, Clone, Serialize)]
pub struct KeptUser {
    pub id: i64,
    pub email: String,
    /// The tenant the user now belongs to.
    pub tenant: String,
}

/// For each user, the tenant a kept user moves to: of the tenants whose rows name
/// them, the one whose latest such row starts last (the practice they saw most
/// recently); on a tie the lowest tenant id.
pub fn keep_destinations(refs: &[crate::fleet::RefRow]) -> std::collections::BTreeMap<i64, i64> {
    let mut best: std::collections::BTreeMap<i64, (DateTime<Utc>, i64)> = Default::default();
    for r in refs {
        let candidate = (r.last_starts_at, r.tenant_id);
        best.entry(r.user_id)
            .and_modify(|b| {
                if candidate.0 > b.0 || (candidate.0 == b.0 && candidate.1 < b.1) {
                    *b = candidate;
                }
            })
            .or_insert(candidate);
    }
    best.into_iter().map(|(u, (_, t))| (u, t)).collect()
}

/// Drop the schema, the row, (by cascade) the tenant's users and the tenant's role
/// (unless another database of the cluster still uses it), in one transaction.
/// Users whom another tenant's appointments or blocks name are kept (deactivated, as
/// users of the tenant that names them, see [`keep_destinations`]): deleting them
/// would leave that tenant's history naming users that do not exist, and its backups
/// could not be restored.
pub async fn drop(
    conn: &mut PgConnection,
    set: &MigrationSet,
    tenant: &Tenant,
) -> Result<Vec<KeptUser>> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    // Never while the tenant is migrated or backed up.
    db::lock_tenant(&mut tx, tenant.id).await?;
    let kept = keep_referenced_users(&mut tx, tenant).await?;
    let mut tx = db::enter_tenant_ddl_unchecked(tx, tenant.id).await?;
    db::drop_tenant_schema(&mut tx).await?;
    db::drop_tenant_role(&mut tx).await?;
    let deleted = db::query("DELETE FROM theratime.tenants WHERE id = $1")
        .bind(tenant.id)
        .execute(&mut *tx)
        .await
        .db("cannot delete the tenant row")?;
    if deleted.rows_affected() == 0 {
        return Err(Error::not_found(format!(
            "tenant {:?} no longer exists",
            tenant.slug
        )));
    }
    audit::record(
        &mut tx,
        &Audit::entry("tenant drop", None, "dropped").tenant_ref(tenant.id, &tenant.slug),
    )
    .await?;
    tx.commit().await?;
    Ok(kept)
}

/// The part of [`drop`] that keeps the users other tenants' rows name.
async fn keep_referenced_users(conn: &mut PgConnection, tenant: &Tenant) -> Result<Vec<KeptUser>> {
    // Locked: a booking that names one of them (the same-tenant trigger reads the user
    // FOR SHARE) or a restore that links one waits for the drop, or the drop for it,
    // so no new reference appears after the scan.
    let users: Vec<i64> = db::query_scalar(
        "SELECT id FROM theratime.users WHERE tenant_id = $1 ORDER BY id FOR UPDATE",
    )
    .bind(tenant.id)
    .fetch_all(&mut *conn)
    .await
    .db("cannot lock the tenant's users")?;
    // Another tenant's rows can name a user of this tenant only when the user moved
    // here (`user assign`) or a restore linked them, and both leave a row in
    // theratime.user_links: so only those tenants are read, not the whole fleet.
    let linked: Vec<i64> = db::query_scalar(
        "SELECT DISTINCT tenant_id FROM theratime.user_links
         WHERE user_id = ANY ($1) AND tenant_id <> $2 ORDER BY 1",
    )
    .bind(&users)
    .bind(tenant.id)
    .fetch_all(&mut *conn)
    .await
    .db("cannot read the tenant's user links")?;
    let refs = crate::fleet::user_references(
        &mut *conn,
        crate::fleet::RefScan::Users {
            users: &users,
            in_tenants: &linked,
        },
    )
    .await?;
    let destinations = keep_destinations(&refs);
    if destinations.is_empty() {
        return Ok(Vec::new());
    }
    let moved: Vec<(i64, String, i64)> = db::query_as(
        "UPDATE theratime.users u SET tenant_id = d.tenant_id, active = false, updated_at = now()
         FROM unnest($1::bigint[], $2::bigint[]) AS d(user_id, tenant_id)
         WHERE u.id = d.user_id
         RETURNING u.id, u.email, u.tenant_id",
    )
    .bind(destinations.keys().copied().collect::<Vec<_>>())
    .bind(destinations.values().copied().collect::<Vec<_>>())
    .fetch_all(&mut *conn)
    .await
    .db("cannot keep the users other tenants name")?;
    let mut kept = Vec::with_capacity(moved.len());
    for (id, email, to) in moved {
        let to = resolve(&mut *conn, &to.to_string()).await?;
        // The user by id: personal values stay out of the hashed trail.
        let target = crate::users::target(id);
        audit::record(
            &mut *conn,
            &Audit::entry("tenant drop", Some(&target), "kept user")
                .tenant_ref(to.id, &to.slug)
                .details(serde_json::json!({ "from": tenant.slug, "to": to.slug, "active": false }))
                .about(&[id]),
        )
        .await?;
        kept.push(KeptUser {
            id,
            email,
            tenant: to.slug,
        });
    }
    kept.sort_by_key(|k| k.id);
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fleet::RefRow;

    fn row(tenant_id: i64, user_id: i64, day: u32) -> RefRow {
        RefRow {
            tenant_id,
            reference: "appointments.client_id".into(),
            user_id,
            rows: 1,
            last_starts_at: chrono::DateTime::from_timestamp(
                1_764_547_200 + i64::from(day) * 86_400,
                0,
            )
            .unwrap(),
        }
    }

    #[test]
    fn a_kept_user_goes_to_the_tenant_that_names_them_last() {
        type Case<'a> = (&'a [RefRow], &'a [(i64, i64)]);
        let cases: &[Case] = &[
            (&[], &[]),
            (&[row(3, 10, 1)], &[(10, 3)]),
            // The latest row wins, whichever tenant comes first.
            (&[row(3, 10, 1), row(5, 10, 9)], &[(10, 5)]),
            (&[row(5, 10, 9), row(3, 10, 1)], &[(10, 5)]),
            // A tie goes to the lowest tenant id.
            (&[row(5, 10, 4), row(3, 10, 4)], &[(10, 3)]),
            // Users are independent.
            (
                &[row(3, 10, 1), row(5, 11, 1), row(4, 10, 2)],
                &[(10, 4), (11, 5)],
            ),
        ];
        for (refs, want) in cases {
            let got: Vec<(i64, i64)> = keep_destinations(refs).into_iter().collect();
            assert_eq!(got, *want, "{refs:?}");
        }
    }

    #[test]
    fn statuses() {
        for (s, want) in [
            ("active", Some(TenantStatus::Active)),
            ("suspended", Some(TenantStatus::Suspended)),
            ("Active", None),
            ("", None),
        ] {
            assert_eq!(parse_status(s).ok(), want, "{s}");
        }
        let err = parse_status("paused").unwrap_err();
        assert_eq!(err.exit_code(), 5);
        assert!(err.to_string().contains("use active or suspended"), "{err}");
    }
}
