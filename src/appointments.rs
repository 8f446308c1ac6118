//! Appointments: booking (one or many), listing, and status changes. Domain only.
//!
//! The database enforces the invariants (no overlaps, no booking over a block, the
//! same-tenant rule); theratime checks first only to give clear messages.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use sqlx::postgres::PgConnection;

use crate::db::audit::{self, Audit};
use crate::db::{self, Isolation, TenantTx};
use crate::error::{DbContext, Error, Result};
use crate::fleet::migrations::{self, MigrationSet};
use crate::tenants::{self, Tenant, TenantStatus};
use crate::time::format_local;
use crate::users::{self, User};

/// An appointment's status: only a booked one can change (cancel, complete, no-show,
/// reschedule); a cancelled one frees its slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AppointmentStatus {
    Booked,
    Cancelled,
    Completed,
    NoShow,
}

db::text_state!(AppointmentStatus {
    Booked => "booked",
    Cancelled => "cancelled",
    Completed => "completed",
    NoShow => "no_show",
});

/// A status change away from `booked` ([`transition`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transition {
    Cancel,
    Complete,
    NoShow,
}

impl Transition {
    /// The status the appointment gets.
    pub fn status(self) -> AppointmentStatus {
        match self {
            Transition::Cancel => AppointmentStatus::Cancelled,
            Transition::Complete => AppointmentStatus::Completed,
            Transition::NoShow => AppointmentStatus::NoShow,
        }
    }

    /// The audited verb.
    pub fn verb(self) -> &'static str {
        match self {
            Transition::Cancel => "appointment cancel",
            Transition::Complete => "appointment complete",
            Transition::NoShow => "appointment no-show",
        }
    }
}

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

/// [`explain`] for a new or changed block: the appointment it overlaps is named, with
/// its start in the tenant's zone (the guard trigger reports it in its DETAIL).
pub fn explain_block(e: Error, tz: chrono_tz::Tz) -> Error {
    let overlapped = match &e {
        Error::Database { error, .. } => error
            .as_database_error()
            // By SQLSTATE and DETAIL: through Citus the constraint name may not arrive.
            .filter(|db| db.code().as_deref() == Some("23P01"))
            .and_then(|db| db.try_downcast_ref::<sqlx::postgres::PgDatabaseError>())
            .and_then(|pg| pg.detail())
            .and_then(parse_overlap_detail),
        _ => None,
    };
    match overlapped {
        Some((id, at)) => Error::conflict(format!(
            "the block overlaps appointment {id} at {} of the therapist; cancel or reschedule \
             it first, or choose another time",
            crate::time::format_local(at, tz)
        )),
        None => explain(e),
    }
}

/// `appointment_id=7 starts_at=2027-01-05T09:00:00Z`, the guard trigger's DETAIL.
fn parse_overlap_detail(detail: &str) -> Option<(i64, DateTime<Utc>)> {
    let mut id = None;
    let mut at = None;
    for part in detail.split_whitespace() {
        if let Some(v) = part.strip_prefix("appointment_id=") {
            id = v.parse().ok();
        } else if let Some(v) = part.strip_prefix("starts_at=") {
            at = DateTime::parse_from_rfc3339(v)
                .ok()
                .map(|t| t.with_timezone(&Utc));
        }
    }
    Some((id?, at?))
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
    if tenant.status != TenantStatus::Active {
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
    pub status: AppointmentStatus,
    pub notes: Option<String>,
    pub cancel_reason: Option<String>,
    pub sequence: i32,
    pub idempotency_key: Option<String>,
    pub series_id: Option<i64>,
}

/// An appointment as printed: times in the tenant's zone.
#[derive(Debug, Clone, Serialize)]
pub struct AppointmentOut {
    pub id: i64,
    pub starts_at: String,
    pub ends_at: String,
    pub status: AppointmentStatus,
    pub therapist_id: i64,
    pub therapist: Option<String>,
    pub client_id: i64,
    pub client: Option<String>,
    pub notes: Option<String>,
    pub cancel_reason: Option<String>,
    pub sequence: i32,
    /// The recurring series this appointment is an occurrence of.
    pub series_id: Option<i64>,
}

impl AppointmentOut {
    pub fn new(a: &Appointment, tz: Tz) -> AppointmentOut {
        AppointmentOut {
            id: a.id,
            starts_at: format_local(a.starts_at, tz),
            ends_at: format_local(a.ends_at, tz),
            status: a.status,
            therapist_id: a.therapist_id,
            therapist: a.therapist.clone(),
            client_id: a.client_id,
            client: a.client.clone(),
            notes: a.notes.clone(),
            cancel_reason: a.cancel_reason.clone(),
            sequence: a.sequence,
            series_id: a.series_id,
        }
    }
}

/// An appointment with its therapist's and client's emails, by a WHERE clause on `a`.
macro_rules! select_appointment {
    ($where:literal) => {
        concat!(
            "SELECT a.id, a.therapist_id, t.email AS therapist, a.client_id, c.email AS client,
                    a.starts_at, a.ends_at, a.status, a.notes, a.cancel_reason, a.sequence, a.idempotency_key,
                    a.series_id
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

/// Appointments by id, in order of start time.
pub async fn fetch_many(tx: &mut TenantTx<'_>, ids: &[i64]) -> Result<Vec<Appointment>> {
    db::query_as(select_appointment!(
        "a.id = ANY($1) ORDER BY a.starts_at, a.id"
    ))
    .bind(ids)
    .fetch_all(&mut **tx)
    .await
    .db("cannot read the appointments")
}

pub struct NewBooking<'a> {
    pub therapist: &'a str,
    pub client: &'a str,
    pub at: &'a str,
    pub duration: Option<&'a str>,
    pub until: Option<&'a str>,
    pub notes: Option<&'a str>,
    pub idempotency_key: Option<&'a str>,
    /// Book even outside the therapist's stored working hours.
    pub outside_hours: bool,
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
    if !b.outside_hours {
        let week = crate::hours::load(&mut tx, therapist.id).await?;
        if !week.is_empty() && !week.contains(start, end, tz) {
            return Err(crate::hours::outside(&therapist, &week, start, tz));
        }
    }
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
        &Audit::entry("book", Some(&format!("appointment {id}")), "booked")
            .tenant_ref(tenant.id, &tenant.slug)
            .details(serde_json::json!({ "starts_at": start, "ends_at": end }))
            .about(&[therapist.id, client.id]),
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
    /// Checked by [`list`] (exit 5 for an unknown status).
    pub status: Option<String>,
}

/// Appointments of a tenant that start in [from, to), filtered.
pub async fn list(
    conn: &mut PgConnection,
    tenant_key: &str,
    f: &Filter,
) -> Result<(Vec<Appointment>, Tz)> {
    let status = f
        .status
        .as_deref()
        .map(|s| {
            s.parse::<AppointmentStatus>().map_err(|_| {
                Error::invalid(format!(
                    "invalid status {s:?}: use booked, cancelled, completed or no_show"
                ))
            })
        })
        .transpose()?;
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
    crate::time::check_window(from, to)?;
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
    .bind(status)
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

/// A status change away from `booked`: cancel, complete, no-show. Completed and
/// no-show need an appointment that has started (exit 5 before then).
pub async fn transition(
    conn: &mut PgConnection,
    set: &MigrationSet,
    tenant_key: &str,
    id: i64,
    change: Transition,
    reason: Option<&str>,
) -> Result<(Appointment, Tz)> {
    let to = change.status();
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let tenant = tenants::resolve(&mut tx, tenant_key).await?;
    let mut tx = db::enter_tenant(tx, tenant.id).await?;
    let changed = db::query(
        "UPDATE appointments SET status = $2, cancel_reason = coalesce($3, cancel_reason), updated_at = now(),
                cancelled_at = CASE WHEN $2 = 'cancelled' THEN now() END
         WHERE id = $1 AND status = 'booked' AND ($2 = 'cancelled' OR starts_at <= now())",
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
        if a.status != AppointmentStatus::Booked {
            return Err(Error::conflict(format!(
                "appointment {id} is {}; only a booked appointment can become {to}",
                a.status
            )));
        }
        return Err(Error::invalid(format!(
            "appointment {id} starts at {} and has not started yet; it can become {to} only once it has started",
            format_local(a.starts_at, tenant.tz())
        )));
    }
    let target = format!("appointment {id}");
    let mut entry = Audit::entry(change.verb(), Some(&target), to.as_str())
        .tenant_ref(tenant.id, &tenant.slug)
        .details(serde_json::json!({ "from": AppointmentStatus::Booked, "to": to }))
        .about(&[a.therapist_id, a.client_id]);
    if let Some(r) = reason {
        entry = entry.personal(Some(a.client_id), serde_json::json!({ "cancel_reason": r }));
    }
    audit::record(&mut tx, &entry).await?;
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
    if current.status != AppointmentStatus::Booked {
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
        &Audit::entry(
            "appointment reschedule",
            Some(&format!("appointment {id}")),
            "rescheduled",
        )
        .tenant_ref(tenant.id, &tenant.slug)
        .details(serde_json::json!({
            "old": { "starts_at": current.starts_at, "ends_at": current.ends_at },
            "new": { "starts_at": start, "ends_at": end },
        }))
        .about(&[a.therapist_id, a.client_id]),
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

/// A booked appointment that has not ended yet.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Upcoming {
    pub id: i64,
    pub starts_at: DateTime<Utc>,
    pub therapist_id: i64,
    pub client_id: i64,
}

/// The booked appointments of `user_id` (as therapist or client) that have not ended,
/// in the tenant `tx` is scoped to, by start time.
pub async fn upcoming(tx: &mut TenantTx<'_>, user_id: i64) -> Result<Vec<Upcoming>> {
    db::query_as(
        "SELECT id, starts_at, therapist_id, client_id FROM appointments
         WHERE (therapist_id = $1 OR client_id = $1) AND status = 'booked' AND ends_at > now()
         ORDER BY starts_at, id",
    )
    .bind(user_id)
    .fetch_all(&mut **tx)
    .await
    .db("cannot look for the user's appointments")
}

/// `#12 at 2027-01-04T10:00:00+01:00, …` (the first 20, then how many more).
pub fn describe(list: &[Upcoming], tz: Tz) -> String {
    let mut parts: Vec<String> = list
        .iter()
        .take(20)
        .map(|a| format!("#{} at {}", a.id, format_local(a.starts_at, tz)))
        .collect();
    if list.len() > 20 {
        parts.push(format!("and {} more", list.len() - 20));
    }
    parts.join(", ")
}

/// Cancel `list` in the tenant `tx` is scoped to (a user leaving: deactivated or
/// erased); returns those it cancelled (still booked).
pub async fn cancel_upcoming(
    tx: &mut TenantTx<'_>,
    list: &[Upcoming],
    reason: Option<&str>,
) -> Result<Vec<Upcoming>> {
    let ids: Vec<i64> = list.iter().map(|a| a.id).collect();
    let cancelled: Vec<i64> = db::query_scalar(
        "UPDATE appointments SET status = 'cancelled', cancel_reason = $2, updated_at = now()
         WHERE id = ANY($1) AND status = 'booked' RETURNING id",
    )
    .bind(&ids)
    .bind(reason)
    .fetch_all(&mut **tx)
    .await
    .db("cannot cancel the appointments")?;
    Ok(list
        .iter()
        .filter(|a| cancelled.contains(&a.id))
        .cloned()
        .collect())
}

/// One audit row per appointment [`cancel_upcoming`] cancelled, `by` naming the
/// command. Call it last, just before the commit (the rows hold the chain head).
pub async fn audit_cancelled(
    conn: &mut PgConnection,
    tenant: (i64, &str),
    cancelled: &[Upcoming],
    reason: Option<&str>,
    by: &str,
) -> Result<()> {
    for a in cancelled {
        let target = format!("appointment {}", a.id);
        let mut entry = Audit::entry("appointment cancel", Some(&target), "cancelled")
            .tenant_ref(tenant.0, tenant.1)
            .details(serde_json::json!({ "from": "booked", "to": "cancelled", "by": by }))
            .about(&[a.therapist_id, a.client_id]);
        if let Some(r) = reason {
            entry = entry.personal(Some(a.client_id), serde_json::json!({ "cancel_reason": r }));
        }
        audit::record(conn, &entry).await?;
    }
    Ok(())
}
