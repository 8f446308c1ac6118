//! Appointments: booking (one or many), listing, and status changes. Domain only.
//!
//! The database enforces the invariants (no overlaps, no booking over a block, the
//! same-tenant rule); theratime checks first only to give clear messages.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use sqlx::postgres::PgConnection;

use crate::audit::{self, Audit};
use crate::db::{self, Isolation, TenantTx};
use crate::error::{DbContext, Error, Result};
use crate::migrations::{self, MigrationSet};
use crate::output::Record;
use crate::tenants::{self, Tenant};
use crate::time::format_local;
use crate::users::{self, User};

pub const STATUSES: [&str; 4] = ["booked", "cancelled", "completed", "no_show"];

/// Turn a database refusal into a message about the schedule.
pub fn explain(e: Error) -> Error {
    let Error::Database { error, context } = &e else {
        return e;
    };
    let Some(db) = error.as_database_error() else {
        return e;
    };
    // (On Citus the name may come only in the message, with the shard id as a suffix.)
    let constraint = crate::citus::constraint_name(db.constraint(), db.message());
    let msg = match constraint {
        "appointments_no_therapist_overlap" => {
            "the therapist already has an appointment at that time"
        }
        "appointments_no_client_overlap" => "the client already has an appointment at that time",
        "appointments_no_block_overlap" => "the time overlaps a calendar block of the therapist",
        "calendar_blocks_no_appointment_overlap" => {
            "the block overlaps an active appointment of the therapist"
        }
        _ => return e,
    };
    let _ = context;
    Error::conflict(format!(
        "{msg}; choose another time (see `theratime availability`)"
    ))
}

/// A user who may take part in a booking of `tenant` as `role`: exit 5 otherwise.
pub fn check_party(user: &User, tenant: &Tenant, role: &str, what: &str) -> Result<()> {
    if user.tenant_id != tenant.id {
        return Err(Error::invalid(format!(
            "{what} {} belongs to another tenant, not to {}",
            user.email, tenant.slug
        )));
    }
    if user.role != role {
        return Err(Error::invalid(format!(
            "{what} {} has the role {}, not {role}",
            user.email, user.role
        )));
    }
    if !user.active {
        return Err(Error::invalid(format!(
            "{what} {} is deactivated and cannot be booked",
            user.email
        )));
    }
    Ok(())
}

/// The tenant of a scheduling command, refusing suspended tenants for new bookings.
pub async fn bookable_tenant(conn: &mut PgConnection, key: &str) -> Result<Tenant> {
    let tenant = tenants::resolve(conn, key).await?;
    if tenant.status != "active" {
        return Err(Error::invalid(format!(
            "tenant {} is suspended and refuses new bookings; `theratime tenant resume {}` first",
            tenant.slug, tenant.slug
        )));
    }
    Ok(tenant)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Appointment {
    pub id: i64,
    pub therapist_id: i64,
    pub therapist: Option<String>,
    pub client_id: i64,
    pub client: Option<String>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub status: String,
    pub notes: Option<String>,
    pub cancel_reason: Option<String>,
    pub sequence: i32,
    pub idempotency_key: Option<String>,
}

/// An appointment as printed: times in the tenant's zone.
#[derive(Debug, Clone, Serialize)]
pub struct AppointmentOut {
    pub id: i64,
    pub starts_at: String,
    pub ends_at: String,
    pub status: String,
    pub therapist_id: i64,
    pub therapist: Option<String>,
    pub client_id: i64,
    pub client: Option<String>,
    pub notes: Option<String>,
    pub cancel_reason: Option<String>,
    pub sequence: i32,
}

impl AppointmentOut {
    pub fn new(a: &Appointment, tz: Tz) -> AppointmentOut {
        AppointmentOut {
            id: a.id,
            starts_at: format_local(a.starts_at, tz),
            ends_at: format_local(a.ends_at, tz),
            status: a.status.clone(),
            therapist_id: a.therapist_id,
            therapist: a.therapist.clone(),
            client_id: a.client_id,
            client: a.client.clone(),
            notes: a.notes.clone(),
            cancel_reason: a.cancel_reason.clone(),
            sequence: a.sequence,
        }
    }
}

impl Record for AppointmentOut {
    fn headers() -> &'static [&'static str] {
        &[
            "id",
            "starts_at",
            "ends_at",
            "status",
            "therapist",
            "client",
            "notes",
            "cancel_reason",
            "sequence",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        vec![
            self.id.to_string(),
            self.starts_at.clone(),
            self.ends_at.clone(),
            self.status.clone(),
            o(&self.therapist),
            o(&self.client),
            o(&self.notes),
            o(&self.cancel_reason),
            self.sequence.to_string(),
        ]
    }
    fn id(&self) -> String {
        self.id.to_string()
    }
}

/// An appointment with its therapist's and client's emails, by a WHERE clause on `a`.
macro_rules! select_appointment {
    ($where:literal) => {
        concat!(
            "SELECT a.id, a.therapist_id, t.email AS therapist, a.client_id, c.email AS client,
                    a.starts_at, a.ends_at, a.status, a.notes, a.cancel_reason, a.sequence, a.idempotency_key
             FROM appointments a
             LEFT JOIN theratime.users t ON t.id = a.therapist_id
             LEFT JOIN theratime.users c ON c.id = a.client_id
             WHERE ",
            $where
        )
    };
}

async fn fetch(tx: &mut TenantTx<'_>, id: i64) -> Result<Option<Appointment>> {
    db::query_as(select_appointment!("a.id = $1"))
        .bind(id)
        .fetch_optional(&mut **tx)
        .await
        .db("cannot read the appointment")
}

pub struct NewBooking<'a> {
    pub therapist: &'a str,
    pub client: &'a str,
    pub at: &'a str,
    pub duration: Option<&'a str>,
    pub until: Option<&'a str>,
    pub notes: Option<&'a str>,
    pub idempotency_key: Option<&'a str>,
}

pub enum Booked {
    New(Appointment),
    /// The same booking made earlier with the same idempotency key.
    Existing(Appointment),
}

/// Book one appointment in one transaction.
pub async fn book(
    conn: &mut PgConnection,
    set: &MigrationSet,
    tenant_key: &str,
    b: &NewBooking<'_>,
) -> Result<(Booked, Tz)> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let tenant = bookable_tenant(&mut tx, tenant_key).await?;
    let tz = tenant.tz();
    let (start, end) = crate::time::parse_range(b.at, b.duration, b.until, tz)?;
    let therapist = users::resolve(&mut tx, b.therapist).await?;
    check_party(&therapist, &tenant, "therapist", "therapist")?;
    let client = users::resolve(&mut tx, b.client).await?;
    check_party(&client, &tenant, "client", "client")?;
    let mut tx = db::enter_tenant(tx, tenant.id).await?;
    let inserted: Option<i64> = db::query_scalar(
        "INSERT INTO appointments (therapist_id, client_id, starts_at, ends_at, notes, idempotency_key)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING id",
    )
    .bind(therapist.id)
    .bind(client.id)
    .bind(start)
    .bind(end)
    .bind(b.notes)
    .bind(b.idempotency_key)
    .fetch_optional(&mut *tx)
    .await
    .db("cannot book")
    .map_err(explain)?;
    let Some(id) = inserted else {
        // The key was used before: the same booking is a successful retry.
        let key = b.idempotency_key.unwrap_or_default();
        let existing: Appointment = db::query_as(select_appointment!("a.idempotency_key = $1"))
            .bind(key)
            .fetch_one(&mut *tx)
            .await
            .db("cannot read the earlier booking")?;
        tx.rollback().await?;
        let same = existing.therapist_id == therapist.id
            && existing.client_id == client.id
            && existing.starts_at == start
            && existing.ends_at == end
            && existing.notes.as_deref() == b.notes;
        return if same {
            Ok((Booked::Existing(existing), tz))
        } else {
            Err(Error::conflict(format!(
                "idempotency key {key:?} was already used for another booking (#{}); use a new key",
                existing.id
            )))
        };
    };
    let appointment = fetch(&mut tx, id).await?.expect("just inserted");
    audit::record(
        &mut tx,
        &Audit::new(
            "book",
            Some(&tenant),
            Some(&format!("appointment {id}")),
            "booked",
        ),
    )
    .await?;
    tx.commit().await?;
    Ok((Booked::New(appointment), tz))
}

#[derive(Debug, Default)]
pub struct Filter {
    pub from: Option<String>,
    pub to: Option<String>,
    pub therapist: Option<String>,
    pub client: Option<String>,
    pub status: Option<String>,
}

/// Appointments of a tenant that start in [from, to), filtered.
pub async fn list(
    conn: &mut PgConnection,
    tenant_key: &str,
    f: &Filter,
) -> Result<(Vec<Appointment>, Tz)> {
    if let Some(s) = &f.status
        && !STATUSES.contains(&s.as_str())
    {
        return Err(Error::invalid(format!(
            "invalid status {s:?}: use booked, cancelled, completed or no_show"
        )));
    }
    let mut tx = db::begin(conn, Isolation::RepeatableRead).await?;
    let tenant = tenants::resolve(&mut tx, tenant_key).await?;
    let tz = tenant.tz();
    let from = f
        .from
        .as_deref()
        .map(|t| crate::time::parse_bound(t, tz))
        .transpose()?;
    let to =
        f.to.as_deref()
            .map(|t| crate::time::parse_end_bound(t, tz))
            .transpose()?;
    let therapist = match &f.therapist {
        Some(k) => Some(users::resolve(&mut tx, k).await?.id),
        None => None,
    };
    let client = match &f.client {
        Some(k) => Some(users::resolve(&mut tx, k).await?.id),
        None => None,
    };
    let mut tx = db::enter_tenant(tx, tenant.id).await?;
    let rows: Vec<Appointment> = db::query_as(select_appointment!(
        "($1::timestamptz IS NULL OR a.starts_at >= $1) AND ($2::timestamptz IS NULL OR a.starts_at < $2)
           AND ($3::bigint IS NULL OR a.therapist_id = $3) AND ($4::bigint IS NULL OR a.client_id = $4)
           AND ($5::text IS NULL OR a.status = $5)
         ORDER BY a.starts_at, a.id"
    ))
    .bind(from)
    .bind(to)
    .bind(therapist)
    .bind(client)
    .bind(f.status.as_deref())
    .fetch_all(&mut *tx)
    .await
    .db("cannot list appointments")?;
    tx.commit().await?;
    Ok((rows, tz))
}

pub async fn show(conn: &mut PgConnection, tenant_key: &str, id: i64) -> Result<(Appointment, Tz)> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    let tenant = tenants::resolve(&mut tx, tenant_key).await?;
    let mut tx = db::enter_tenant(tx, tenant.id).await?;
    let a = fetch(&mut tx, id)
        .await?
        .ok_or_else(|| not_found(id, &tenant))?;
    tx.commit().await?;
    Ok((a, tenant.tz()))
}

fn not_found(id: i64, tenant: &Tenant) -> Error {
    Error::not_found(format!(
        "appointment {id} not found in tenant {}",
        tenant.slug
    ))
}

/// A status change away from `booked`: cancel, complete, no-show.
pub async fn transition(
    conn: &mut PgConnection,
    set: &MigrationSet,
    tenant_key: &str,
    id: i64,
    to: &str,
    reason: Option<&str>,
) -> Result<(Appointment, Tz)> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let tenant = tenants::resolve(&mut tx, tenant_key).await?;
    let mut tx = db::enter_tenant(tx, tenant.id).await?;
    let changed = db::query(
        "UPDATE appointments SET status = $2, cancel_reason = coalesce($3, cancel_reason), updated_at = now()
         WHERE id = $1 AND status = 'booked'",
    )
    .bind(id)
    .bind(to)
    .bind(reason)
    .execute(&mut *tx)
    .await
    .db("cannot change the appointment")
    .map_err(explain)?;
    let a = fetch(&mut tx, id)
        .await?
        .ok_or_else(|| not_found(id, &tenant))?;
    if changed.rows_affected() == 0 {
        return Err(Error::conflict(format!(
            "appointment {id} is {}; only a booked appointment can become {to}",
            a.status
        )));
    }
    audit::record(
        &mut tx,
        &Audit::new(
            "appointment",
            Some(&tenant),
            Some(&format!("appointment {id}")),
            to,
        ),
    )
    .await?;
    tx.commit().await?;
    Ok((a, tenant.tz()))
}

/// Move a booked appointment, keeping its id; its sequence goes up for calendar clients.
pub async fn reschedule(
    conn: &mut PgConnection,
    set: &MigrationSet,
    tenant_key: &str,
    id: i64,
    at: &str,
    duration: Option<&str>,
) -> Result<(Appointment, Tz)> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let tenant = bookable_tenant(&mut tx, tenant_key).await?;
    let tz = tenant.tz();
    let start = crate::time::parse_time(at, tz)?;
    let length = duration.map(crate::time::parse_duration).transpose()?;
    let mut tx = db::enter_tenant(tx, tenant.id).await?;
    let current = fetch(&mut tx, id)
        .await?
        .ok_or_else(|| not_found(id, &tenant))?;
    if current.status != "booked" {
        return Err(Error::conflict(format!(
            "appointment {id} is {}; only a booked appointment can be rescheduled",
            current.status
        )));
    }
    let end = start + length.unwrap_or(current.ends_at - current.starts_at);
    db::query(
        "UPDATE appointments SET starts_at = $2, ends_at = $3, sequence = sequence + 1, updated_at = now()
         WHERE id = $1",
    )
    .bind(id)
    .bind(start)
    .bind(end)
    .execute(&mut *tx)
    .await
    .db("cannot reschedule")
    .map_err(explain)?;
    let a = fetch(&mut tx, id).await?.expect("exists");
    audit::record(
        &mut tx,
        &Audit::new(
            "appointment reschedule",
            Some(&tenant),
            Some(&format!("appointment {id}")),
            "rescheduled",
        ),
    )
    .await?;
    tx.commit().await?;
    Ok((a, tz))
}

/// Users of a set of keys (emails or ids) in one query, by key.
pub async fn resolve_many(
    conn: &mut PgConnection,
    keys: &[String],
) -> Result<HashMap<String, User>> {
    let ids: Vec<i64> = keys.iter().filter_map(|k| k.trim().parse().ok()).collect();
    let emails: Vec<String> = keys.iter().map(|k| k.trim().to_lowercase()).collect();
    let found: Vec<User> = db::query_as(
        "SELECT id, tenant_id, email, display_name, role, active, created_at, updated_at FROM theratime.users
         WHERE id = ANY($1) OR lower(email) = ANY($2)",
    )
    .bind(&ids)
    .bind(&emails)
    .fetch_all(conn)
    .await
    .db("cannot look up users")?;
    let mut map = HashMap::new();
    for u in found {
        map.insert(u.id.to_string(), u.clone());
        map.insert(u.email.to_lowercase(), u);
    }
    Ok(map)
}
