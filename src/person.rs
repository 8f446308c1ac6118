//! A person's data on request (GDPR Articles 15 and 17): `user export` writes
//! everything theratime holds about one user as JSON, `user erase` pseudonymises them.
//! Both visit every tenant schema in one transaction, through the helper: a user who
//! moved left rows in the tenants they came from. Domain only.

use std::io::Write;
use std::path::Path;

use chrono::{DateTime, Utc};
use serde::Serialize;
use sqlx::postgres::PgConnection;

use crate::appointments::{self, AppointmentStatus, Upcoming};
use crate::backup::archive::{self, AtomicFile};
use crate::db::audit::{self, Audit, AuditOut};
use crate::db::{self, Isolation, TenantTx};
use crate::error::{DbContext, Error, Result};
use crate::fleet::migrations::{self, MigrationSet};
use crate::tenants::Tenant;
use crate::time::format_local;
use crate::users::{self, User};

/// Every tenant whose schema exists, by id.
async fn tenants_with_schema(conn: &mut PgConnection) -> Result<Vec<Tenant>> {
    db::query_as(
        "SELECT t.id, t.slug, t.name, t.time_zone, t.status, t.created_at, t.updated_at
         FROM theratime.tenants t
         WHERE EXISTS (SELECT FROM pg_catalog.pg_namespace WHERE nspname = 'tenant_' || t.id)
         ORDER BY t.id",
    )
    .fetch_all(conn)
    .await
    .db("cannot list tenants")
}

/// The user row as exported.
#[derive(Debug, Serialize)]
pub struct UserJson {
    pub id: i64,
    pub tenant: String,
    pub email: String,
    pub name: String,
    pub role: String,
    pub active: bool,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, sqlx::FromRow)]
struct ApptRow {
    id: i64,
    therapist_id: i64,
    client_id: i64,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    status: AppointmentStatus,
    notes: Option<String>,
    cancel_reason: Option<String>,
    sequence: i32,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

/// An appointment that names the person (times in its tenant's zone).
#[derive(Debug, Serialize)]
pub struct ApptJson {
    pub tenant: String,
    pub id: i64,
    /// `therapist` or `client`: the person's part in it.
    pub role: &'static str,
    pub therapist_id: i64,
    pub client_id: i64,
    pub starts_at: String,
    pub ends_at: String,
    pub status: AppointmentStatus,
    pub notes: Option<String>,
    pub cancel_reason: Option<String>,
    pub sequence: i32,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, sqlx::FromRow)]
struct BlockRow {
    id: i64,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    reason: Option<String>,
    created_at: DateTime<Utc>,
}

/// A calendar block of the person (a therapist).
#[derive(Debug, Serialize)]
pub struct BlockJson {
    pub tenant: String,
    pub id: i64,
    pub starts_at: String,
    pub ends_at: String,
    pub reason: Option<String>,
    pub created_at: String,
}

/// The file `user export` writes.
#[derive(Debug, Serialize)]
pub struct PersonExport {
    pub format: &'static str,
    pub exported_at: String,
    pub user: UserJson,
    pub appointments: Vec<ApptJson>,
    pub blocks: Vec<BlockJson>,
    /// The audit rows about them, oldest first, with their personal values.
    pub audit: Vec<AuditOut>,
}

/// What `user export` prints.
#[derive(Debug, Serialize)]
pub struct Exported {
    pub user_id: i64,
    pub file: String,
    pub appointments: usize,
    pub blocks: usize,
    pub audit_rows: usize,
}

/// Read everything about `user` from every tenant and the audit trail.
async fn gather<'c>(
    mut tx: TenantTx<'c>,
    user: &User,
    tenant: &Tenant,
    tenants: &[Tenant],
) -> Result<(PersonExport, TenantTx<'c>)> {
    let mut appointments = Vec::new();
    let mut blocks = Vec::new();
    for t in tenants {
        tx = db::rescope(tx, t.id).await?;
        let tz = t.tz();
        let rows: Vec<ApptRow> = db::query_as(
            "SELECT id, therapist_id, client_id, starts_at, ends_at, status, notes, cancel_reason, sequence,
                    created_at, updated_at
             FROM appointments WHERE therapist_id = $1 OR client_id = $1 ORDER BY starts_at, id",
        )
        .bind(user.id)
        .fetch_all(&mut *tx)
        .await
        .db("cannot read the user's appointments")?;
        appointments.extend(rows.into_iter().map(|a| ApptJson {
            tenant: t.slug.clone(),
            id: a.id,
            role: if a.therapist_id == user.id {
                "therapist"
            } else {
                "client"
            },
            therapist_id: a.therapist_id,
            client_id: a.client_id,
            starts_at: format_local(a.starts_at, tz),
            ends_at: format_local(a.ends_at, tz),
            status: a.status,
            notes: a.notes,
            cancel_reason: a.cancel_reason,
            sequence: a.sequence,
            created_at: format_local(a.created_at, tz),
            updated_at: format_local(a.updated_at, tz),
        }));
        let rows: Vec<BlockRow> = db::query_as(
            "SELECT id, starts_at, ends_at, reason, created_at FROM calendar_blocks
             WHERE therapist_id = $1 ORDER BY starts_at, id",
        )
        .bind(user.id)
        .fetch_all(&mut *tx)
        .await
        .db("cannot read the user's calendar blocks")?;
        blocks.extend(rows.into_iter().map(|b| BlockJson {
            tenant: t.slug.clone(),
            id: b.id,
            starts_at: format_local(b.starts_at, tz),
            ends_at: format_local(b.ends_at, tz),
            reason: b.reason,
            created_at: format_local(b.created_at, tz),
        }));
    }
    let mut audit = audit::rows(
        &mut tx,
        &audit::Filter {
            user: Some(user.id),
            ..Default::default()
        },
    )
    .await?;
    audit.reverse();
    // Their own values only: a row about them may carry another person's (the cancel
    // reason of a client's appointment in a therapist's export).
    for row in audit.iter_mut().filter(|r| r.values_of != Some(user.id)) {
        row.values = None;
    }
    let tz = tenant.tz();
    let export = PersonExport {
        format: "theratime-user-export-1",
        exported_at: Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        user: UserJson {
            id: user.id,
            tenant: tenant.slug.clone(),
            email: user.email.clone(),
            name: user.display_name.clone(),
            role: user.role.clone(),
            active: user.active,
            created_at: format_local(user.created_at, tz),
            updated_at: format_local(user.updated_at, tz),
        },
        appointments,
        blocks,
        audit,
    };
    Ok((export, tx))
}

/// Write `DIR/user-<id>.json` (0600, replaced atomically) with everything about the
/// user; the audit row of the export commits before the file appears.
pub async fn export(
    conn: &mut PgConnection,
    set: &MigrationSet,
    key: &str,
    scope: Option<&str>,
    out: &Path,
) -> Result<Exported> {
    archive::ensure_dir(out)?;
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let (user, tenant) = users::resolve_scoped(&mut tx, key, scope).await?;
    let tenants = tenants_with_schema(&mut tx).await?;
    // As the owner: a person's export reads every tenant and the global trail, an
    // operator's work across the database, not one tenant's data work.
    let tx = db::enter_tenant_ddl_unchecked(tx, user.tenant_id).await?;
    let (data, mut tx) = gather(tx, &user, &tenant, &tenants).await?;
    let name = format!("user-{}.json", user.id);
    let file = AtomicFile::create(out, &name)?;
    let mut w = std::io::BufWriter::new(file.writer()?);
    serde_json::to_writer_pretty(&mut w, &data)
        .map_err(std::io::Error::from)
        .and_then(|_| w.write_all(b"\n"))
        .map_err(|e| Error::Other(anyhow::anyhow!("cannot write {name}: {e}")))?;
    let f = w
        .into_inner()
        .map_err(|e| Error::Other(anyhow::anyhow!("cannot write {name}: {e}")))?;
    let who = users::target(user.id);
    audit::record(
        &mut tx,
        &Audit::entry("user export", Some(&who), "exported")
            .tenant_ref(tenant.id, &tenant.slug)
            .details(serde_json::json!({
                "file": name,
                "appointments": data.appointments.len(),
                "blocks": data.blocks.len(),
                "audit_rows": data.audit.len(),
            }))
            .about(&[user.id]),
    )
    .await?;
    tx.commit().await?;
    let path = file.commit(f)?;
    Ok(Exported {
        user_id: user.id,
        file: path.display().to_string(),
        appointments: data.appointments.len(),
        blocks: data.blocks.len(),
        audit_rows: data.audit.len(),
    })
}

/// What `user erase` did (or, with `--dry-run`, would do).
#[derive(Debug, Serialize)]
pub struct Erased {
    pub user_id: i64,
    pub tenant: String,
    pub dry_run: bool,
    pub email: String,
    pub name: String,
    /// Appointments whose notes or cancel reason were cleared.
    pub appointments_cleared: u64,
    /// Calendar blocks whose reason was cleared.
    pub blocks_cleared: u64,
    pub cancelled: Vec<i64>,
    /// Audit rows whose personal values were blanked.
    pub audit_values_erased: u64,
}

/// The pseudonyms of an erased user.
pub fn pseudonyms(id: i64) -> (String, String) {
    (format!("erased-{id}@invalid"), format!("Erased user {id}"))
}

/// Pseudonymise a person in one transaction: in every tenant, cancel their future
/// bookings (`cancel_future`, else refuse with exit 3 listing them), clear the notes
/// and cancel reasons of the appointments that name them and the reasons of their
/// calendar blocks; replace their email and name with pseudonyms and deactivate them;
/// blank their personal values in the audit trail. Times, statuses and ids stay. One
/// audit row records the erasure without the erased values. `dry_run` rolls back.
pub async fn erase(
    conn: &mut PgConnection,
    set: &MigrationSet,
    key: &str,
    scope: Option<&str>,
    cancel_future: bool,
    dry_run: bool,
) -> Result<Erased> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let (user, tenant) = users::resolve_scoped(&mut tx, key, scope).await?;
    db::query("SELECT 1 FROM theratime.users WHERE id = $1 FOR UPDATE")
        .bind(user.id)
        .execute(&mut *tx)
        .await
        .db("cannot lock the user")?;
    let tenants = tenants_with_schema(&mut tx).await?;
    // As the owner: erasure changes every tenant, the users table and the trail's
    // side table, an operator's work across the database.
    let mut tx = db::enter_tenant_ddl_unchecked(tx, user.tenant_id).await?;
    let mut refused = Vec::new();
    let mut cancelled: Vec<(&Tenant, Vec<Upcoming>)> = Vec::new();
    let (mut appointments_cleared, mut blocks_cleared) = (0, 0);
    for t in &tenants {
        tx = db::rescope(tx, t.id).await?;
        let future = appointments::upcoming(&mut tx, user.id).await?;
        if !future.is_empty() {
            if cancel_future {
                cancelled.push((
                    t,
                    appointments::cancel_upcoming(&mut tx, &future, None).await?,
                ));
            } else {
                refused.push(format!(
                    "{}: {}",
                    t.slug,
                    appointments::describe(&future, t.tz())
                ));
            }
        }
        let (a, b): (i64, i64) = db::query_as(
            "WITH a AS (
                 UPDATE appointments SET notes = NULL, cancel_reason = NULL, updated_at = now()
                 WHERE (therapist_id = $1 OR client_id = $1) AND (notes IS NOT NULL OR cancel_reason IS NOT NULL)
                 RETURNING 1),
             b AS (
                 UPDATE calendar_blocks SET reason = NULL WHERE therapist_id = $1 AND reason IS NOT NULL
                 RETURNING 1)
             SELECT (SELECT count(*) FROM a), (SELECT count(*) FROM b)",
        )
        .bind(user.id)
        .fetch_one(&mut *tx)
        .await
        .db("cannot clear the user's notes")?;
        appointments_cleared += a as u64;
        blocks_cleared += b as u64;
    }
    if !refused.is_empty() {
        return Err(Error::conflict(format!(
            "user {} has future booked appointments ({}); cancel them first, or pass --cancel-future \
             to cancel them with the erasure",
            user.email,
            refused.join("; ")
        )));
    }
    let (email, name, audit_values_erased) = pseudonymise(&mut tx, &user).await?;
    let cancelled_ids: Vec<i64> = cancelled
        .iter()
        .flat_map(|(_, l)| l.iter().map(|a| a.id))
        .collect();
    let result = Erased {
        user_id: user.id,
        tenant: tenant.slug.clone(),
        dry_run,
        email,
        name,
        appointments_cleared,
        blocks_cleared,
        cancelled: cancelled_ids,
        audit_values_erased,
    };
    if dry_run {
        tx.rollback().await?;
        return Ok(result);
    }
    for (t, list) in &cancelled {
        appointments::audit_cancelled(&mut tx, (t.id, &t.slug), list, None, "user erase").await?;
    }
    let who = users::target(user.id);
    audit::record(
        &mut tx,
        &Audit::entry("user erase", Some(&who), "erased")
            .tenant_ref(tenant.id, &tenant.slug)
            .details(serde_json::json!({
                "appointments_cleared": result.appointments_cleared,
                "blocks_cleared": result.blocks_cleared,
                "cancelled": result.cancelled,
                "audit_values_erased": result.audit_values_erased,
            }))
            .about(&[user.id]),
    )
    .await?;
    tx.commit().await?;
    Ok(result)
}

/// Replace the user's email and name with [`pseudonyms`], deactivate them and blank
/// their values in the audit trail; returns the pseudonyms and the values blanked.
async fn pseudonymise(conn: &mut PgConnection, user: &User) -> Result<(String, String, u64)> {
    let (email, name) = pseudonyms(user.id);
    db::query(
        "UPDATE theratime.users SET email = $2, display_name = $3, active = false, updated_at = now()
         WHERE id = $1",
    )
    .bind(user.id)
    .bind(&email)
    .bind(&name)
    .execute(&mut *conn)
    .await
    .db("cannot pseudonymise the user")?;
    // Their values, and any that quote their email (rows written before the values
    // were kept apart, which name the user only by email).
    let audit_values_erased = db::query(
        "UPDATE theratime.audit_personal SET data = NULL, salt = NULL, erased_at = now()
         WHERE erased_at IS NULL AND (user_id = $1 OR strpos(lower(data), lower($2)) > 0)",
    )
    .bind(user.id)
    .bind(&user.email)
    .execute(&mut *conn)
    .await
    .db("cannot erase the user's values in the audit trail")?
    .rows_affected();
    Ok((email, name, audit_values_erased))
}
