//! Recurring series: a rule (daily, weekly or biweekly, a count or an end date, at
//! most 104 occurrences) expanded into local wall-clock times in the tenant's zone by
//! pure functions, then booked in one transaction; `--following` cancels or moves an
//! occurrence and every later one of its series. Domain only.
//!
//! Occurrences keep their local time across DST: each one is the first occurrence's
//! wall-clock time on its own date, resolved in the tenant's zone. One that falls in a
//! DST gap or fold is a conflict naming both readings, like an overlap, a calendar
//! block or (when the therapist has stored hours) a time outside working hours.

use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use sqlx::postgres::PgConnection;

use crate::appointments::{
    self, Appointment, AppointmentStatus, NewBooking, bookable_tenant, check_party, explain,
};
use crate::db::audit::{self, Audit};
use crate::db::{self, Isolation, TenantTx};
use crate::error::{DbContext, Error, Result};
use crate::fleet::migrations::{self, MigrationSet};
use crate::hours::{self, Week};
use crate::tenants::{self, Tenant};
use crate::time::{format_local, format_table, resolve_local};
use crate::users;

/// At most this many occurrences in one series (two years of weekly sessions).
pub const MAX_OCCURRENCES: usize = 104;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Repeat {
    Daily,
    Weekly,
    Biweekly,
}

impl Repeat {
    pub fn as_str(self) -> &'static str {
        match self {
            Repeat::Daily => "daily",
            Repeat::Weekly => "weekly",
            Repeat::Biweekly => "biweekly",
        }
    }

    fn step_days(self) -> i64 {
        match self {
            Repeat::Daily => 1,
            Repeat::Weekly => 7,
            Repeat::Biweekly => 14,
        }
    }
}

/// How a series ends: after a number of occurrences, or on a local date (inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    Count(u32),
    Until(NaiveDate),
}

/// The local wall-clock times of a rule's occurrences: the first one's time of day on
/// every `repeat` step from its date. Calendar arithmetic on local dates, never on
/// instants, so a DST change does not move the time of day.
pub fn local_times(first: NaiveDateTime, repeat: Repeat, end: End) -> Result<Vec<NaiveDateTime>> {
    let nth = |k: usize| first + Duration::days(repeat.step_days() * k as i64);
    match end {
        End::Count(n) if n == 0 || n as usize > MAX_OCCURRENCES => Err(Error::invalid(format!(
            "--count {n} is out of range: a series has 1 to {MAX_OCCURRENCES} occurrences"
        ))),
        End::Count(n) => Ok((0..n as usize).map(nth).collect()),
        End::Until(last) if last < first.date() => Err(Error::invalid(format!(
            "--repeat-until {last} is before the first occurrence ({})",
            first.date()
        ))),
        End::Until(last) => {
            let n = ((last - first.date()).num_days() / repeat.step_days()) as usize + 1;
            if n > MAX_OCCURRENCES {
                return Err(Error::invalid(format!(
                    "a {} series from {} until {last} has {n} occurrences; at most {MAX_OCCURRENCES}",
                    repeat.as_str(),
                    first.date()
                )));
            }
            Ok((0..n).map(nth).collect())
        }
    }
}

/// Why an occurrence cannot be booked (or moved) where the rule puts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// The local time does not exist (the clocks go forward).
    DstGap,
    /// The local time happens twice (the clocks go back).
    DstFold,
    /// Another active appointment of the therapist.
    TherapistBusy,
    /// Another active appointment of the client.
    ClientBusy,
    /// A calendar block of the therapist.
    Block,
    /// Outside the therapist's stored working hours.
    OutsideHours,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    pub kind: ConflictKind,
    pub detail: String,
}

/// One occurrence as planned: its local time, its instants when they exist, and what
/// stands in its way.
#[derive(Debug, Clone, PartialEq)]
pub struct Planned {
    pub local: NaiveDateTime,
    pub slot: Option<(DateTime<Utc>, DateTime<Utc>)>,
    pub conflicts: Vec<Conflict>,
}

/// Resolve each local time in `tz` (`length` after its start): an occurrence in a DST
/// gap or fold gets no slot and a conflict naming both readings.
pub fn plan(locals: &[NaiveDateTime], length: Duration, tz: Tz) -> Vec<Planned> {
    locals
        .iter()
        .map(|&local| {
            let kind = match tz.from_local_datetime(&local) {
                LocalResult::None => ConflictKind::DstGap,
                _ => ConflictKind::DstFold,
            };
            let shown = local.format("%Y-%m-%d %H:%M").to_string();
            match resolve_local(local, tz, &shown) {
                Ok(start) => Planned {
                    local,
                    slot: Some((start, start + length)),
                    conflicts: Vec::new(),
                },
                Err(e) => Planned {
                    local,
                    slot: None,
                    conflicts: vec![Conflict {
                        kind,
                        detail: e.to_string(),
                    }],
                },
            }
        })
        .collect()
}

/// Mark the occurrences outside a therapist's stored hours (none when none are stored).
pub fn check_hours(plans: &mut [Planned], week: &Week, user: &users::User, tz: Tz) {
    if week.is_empty() {
        return;
    }
    for p in plans.iter_mut() {
        if let Some((s, e)) = p.slot
            && !week.contains(s, e, tz)
        {
            p.conflicts.push(Conflict {
                kind: ConflictKind::OutsideHours,
                detail: format!(
                    "outside the working hours of {} ({})",
                    user.email,
                    week.describe_day(p.local.date())
                ),
            });
        }
    }
}

/// What became of an occurrence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Booked,
    Moved,
    /// Conflicting, left out with `--skip-conflicts`.
    Skipped,
    /// Conflicting: nothing of the series was booked or moved.
    Conflict,
    /// Free, but not booked because others conflict.
    NotBooked,
    /// Free, but not moved because others conflict.
    NotMoved,
}

db::text_state!(Status {
    Booked => "booked",
    Moved => "moved",
    Skipped => "skipped",
    Conflict => "conflict",
    NotBooked => "not_booked",
    NotMoved => "not_moved",
});

/// One occurrence as printed (dates and local times in the tenant's zone).
#[derive(Debug, Clone, Serialize)]
pub struct OccurrenceOut {
    pub date: String,
    pub local_time: String,
    pub status: Status,
    pub id: Option<i64>,
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    pub conflicts: Vec<Conflict>,
}

fn occurrence(p: &Planned, status: Status, id: Option<i64>, tz: Tz) -> OccurrenceOut {
    OccurrenceOut {
        date: p.local.date().to_string(),
        local_time: p.local.format("%H:%M").to_string(),
        status,
        id,
        starts_at: p.slot.map(|(s, _)| format_local(s, tz)),
        ends_at: p.slot.map(|(_, e)| format_local(e, tz)),
        conflicts: p.conflicts.clone(),
    }
}

/// A series booking as printed: the rule and every occurrence.
#[derive(Debug, Clone, Serialize)]
pub struct SeriesOut {
    /// None when nothing was booked.
    pub series_id: Option<i64>,
    pub repeat: Repeat,
    pub local_time: String,
    pub time_zone: String,
    pub booked: usize,
    pub skipped: usize,
    pub occurrences: Vec<OccurrenceOut>,
}

/// The result of a series command: what to print, and, when it was refused, why
/// (exit 3, nothing changed).
pub struct Outcome<T> {
    pub out: T,
    pub refused: Option<String>,
}

/// The message of a refusal: every conflicting date with its reasons.
fn refusal(plans: &[Planned], what: &str, hint: &str) -> String {
    let lines: Vec<String> = plans
        .iter()
        .filter(|p| !p.conflicts.is_empty())
        .map(|p| {
            let why: Vec<&str> = p.conflicts.iter().map(|c| c.detail.as_str()).collect();
            format!("  {}: {}", p.local.format("%Y-%m-%d %H:%M"), why.join("; "))
        })
        .collect();
    format!(
        "{} of {} occurrence(s) conflict; nothing was {what}{hint}:\n{}",
        lines.len(),
        plans.len(),
        lines.join("\n")
    )
}

/// Add the overlaps with other appointments of the therapist or the client and with
/// the therapist's calendar blocks, in one query; appointments in `exclude` (those
/// being moved) do not count. The caller holds the therapist's schedule lock.
async fn find_conflicts(
    tx: &mut TenantTx<'_>,
    plans: &mut [Planned],
    therapist: i64,
    client: i64,
    exclude: &[i64],
    tz: Tz,
) -> Result<()> {
    let (mut idx, mut starts, mut ends) = (Vec::new(), Vec::new(), Vec::new());
    for (i, p) in plans.iter().enumerate() {
        if let Some((s, e)) = p.slot {
            idx.push(i as i32);
            starts.push(s);
            ends.push(e);
        }
    }
    // (occurrence index, what, its id, start, end)
    type Found = (i32, String, i64, DateTime<Utc>, DateTime<Utc>);
    let found: Vec<Found> = db::query_as(
        "WITH o AS (SELECT * FROM unnest($1::int[], $2::timestamptz[], $3::timestamptz[]) AS o(i, s, e))
         SELECT o.i, 'therapist', a.id, a.starts_at, a.ends_at FROM o JOIN appointments a
           ON a.therapist_id = $4 AND a.status <> 'cancelled' AND a.id <> ALL($6)
          AND tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(o.s, o.e, '[)')
         UNION ALL
         SELECT o.i, 'client', a.id, a.starts_at, a.ends_at FROM o JOIN appointments a
           ON a.client_id = $5 AND a.therapist_id <> $4 AND a.status <> 'cancelled' AND a.id <> ALL($6)
          AND tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(o.s, o.e, '[)')
         UNION ALL
         SELECT o.i, 'block', b.id, b.starts_at, b.ends_at FROM o JOIN calendar_blocks b
           ON b.therapist_id = $4 AND tstzrange(b.starts_at, b.ends_at, '[)') && tstzrange(o.s, o.e, '[)')
         ORDER BY 1, 4, 3",
    )
    .bind(&idx)
    .bind(&starts)
    .bind(&ends)
    .bind(therapist)
    .bind(client)
    .bind(exclude)
    .fetch_all(&mut **tx)
    .await
    .db("cannot check the series for conflicts")?;
    for (i, what, id, s, e) in found {
        let when = format!(
            "{}-{}",
            format_table(s, tz),
            e.with_timezone(&tz).format("%H:%M")
        );
        let (kind, detail) = match what.as_str() {
            "therapist" => (
                ConflictKind::TherapistBusy,
                format!("the therapist has appointment {id} at {when}"),
            ),
            "client" => (
                ConflictKind::ClientBusy,
                format!("the client has appointment {id} at {when}"),
            ),
            _ => (
                ConflictKind::Block,
                format!("calendar block {id} of the therapist, {when}"),
            ),
        };
        plans[i as usize].conflicts.push(Conflict { kind, detail });
    }
    Ok(())
}

/// Serialise writers of the therapist's schedule for the rest of the transaction, so
/// the conflict check and the inserts or moves after it see the same schedule.
async fn lock_schedule(tx: &mut TenantTx<'_>, therapist: i64) -> Result<()> {
    db::query("SELECT theratime.lock_therapist_schedule($1)")
        .bind(therapist)
        .execute(&mut **tx)
        .await
        .db("cannot lock the therapist's schedule")?;
    Ok(())
}

/// A series to book.
pub struct NewSeries<'a> {
    pub booking: NewBooking<'a>,
    pub repeat: Repeat,
    pub count: Option<u32>,
    /// `--repeat-until DATE` (local, inclusive).
    pub until_date: Option<&'a str>,
    pub skip_conflicts: bool,
}

/// The length of each occurrence: `--duration`, or `--until` minus `--at`; at most a day.
fn series_length(b: &NewBooking<'_>, tz: Tz) -> Result<Duration> {
    let length = match (b.duration, b.until) {
        (Some(d), _) => crate::time::parse_duration(d)?,
        (None, until) => {
            let (s, e) = crate::time::parse_range(b.at, None, until, tz)?;
            e - s
        }
    };
    if length > Duration::hours(24) {
        return Err(Error::invalid(
            "an occurrence of a series lasts at most 24h",
        ));
    }
    Ok(length)
}

/// Book a series in one transaction. With conflicts, nothing is booked (the outcome
/// says why) unless `skip_conflicts`, which books the free occurrences.
pub async fn book(
    conn: &mut PgConnection,
    set: &MigrationSet,
    tenant_key: &str,
    s: &NewSeries<'_>,
) -> Result<Outcome<SeriesOut>> {
    let b = &s.booking;
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let tenant = bookable_tenant(&mut tx, tenant_key).await?;
    let tz = tenant.tz();
    let first = crate::time::parse_wall_clock(b.at, tz)?;
    let length = series_length(b, tz)?;
    let end = match (s.count, s.until_date) {
        (Some(n), None) => End::Count(n),
        (None, Some(d)) => End::Until(crate::time::parse_date(d)?),
        _ => return Err(Error::usage("give --count N or --repeat-until DATE")),
    };
    let locals = local_times(first, s.repeat, end)?;
    let therapist = users::resolve(&mut tx, b.therapist).await?;
    check_party(&therapist, &tenant, "therapist", "therapist")?;
    let client = users::resolve(&mut tx, b.client).await?;
    check_party(&client, &tenant, "client", "client")?;
    let mut tx = db::enter_tenant(tx, tenant.id).await?;
    lock_schedule(&mut tx, therapist.id).await?;
    let mut plans = plan(&locals, length, tz);
    if !b.outside_hours {
        let week = hours::load(&mut tx, therapist.id).await?;
        check_hours(&mut plans, &week, &therapist, tz);
    }
    find_conflicts(&mut tx, &mut plans, therapist.id, client.id, &[], tz).await?;
    let conflicting = plans.iter().filter(|p| !p.conflicts.is_empty()).count();
    let mut out = SeriesOut {
        series_id: None,
        repeat: s.repeat,
        local_time: first.format("%H:%M").to_string(),
        time_zone: tenant.time_zone.clone(),
        booked: 0,
        skipped: 0,
        occurrences: Vec::new(),
    };
    if conflicting > 0 && (!s.skip_conflicts || conflicting == plans.len()) {
        tx.rollback().await?;
        out.occurrences = plans
            .iter()
            .map(|p| {
                let status = if p.conflicts.is_empty() {
                    Status::NotBooked
                } else {
                    Status::Conflict
                };
                occurrence(p, status, None, tz)
            })
            .collect();
        let hint = if conflicting == plans.len() {
            ""
        } else {
            " (--skip-conflicts books the others)"
        };
        return Ok(Outcome {
            out,
            refused: Some(refusal(&plans, "booked", hint)),
        });
    }
    let parties = (therapist.id, client.id);
    let (series_id, ids) =
        insert_series(&mut tx, s, parties, first, end, &tenant.time_zone, &plans).await?;
    out.series_id = Some(series_id);
    out.booked = ids.len();
    out.skipped = conflicting;
    out.occurrences = plans
        .iter()
        .map(|p| {
            let id = p
                .slot
                .and_then(|(s, _)| ids.iter().find(|(_, at)| *at == s).map(|(id, _)| *id));
            match id {
                Some(id) if p.conflicts.is_empty() => occurrence(p, Status::Booked, Some(id), tz),
                _ => occurrence(p, Status::Skipped, None, tz),
            }
        })
        .collect();
    audit::record(
        &mut tx,
        &Audit::entry(
            "book --repeat",
            Some(&format!("series {series_id}")),
            &format!(
                "booked {} of {} occurrence(s)",
                out.booked,
                out.occurrences.len()
            ),
        )
        .tenant_ref(tenant.id, &tenant.slug),
    )
    .await?;
    tx.commit().await?;
    Ok(Outcome { out, refused: None })
}

/// The series row and its occurrences without conflicts; returns the series id and
/// the booked appointments' ids with their starts.
async fn insert_series(
    tx: &mut TenantTx<'_>,
    s: &NewSeries<'_>,
    parties: (i64, i64),
    first: NaiveDateTime,
    end: End,
    time_zone: &str,
    plans: &[Planned],
) -> Result<(i64, Vec<(i64, DateTime<Utc>)>)> {
    let series_id: i64 = db::query_scalar(
        "INSERT INTO appointment_series (therapist_id, client_id, repeat, first_date, local_time, time_zone,
                                         occurrences, until_date)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(parties.0)
    .bind(parties.1)
    .bind(s.repeat.as_str())
    .bind(first.date())
    .bind(first.time())
    .bind(time_zone)
    .bind(plans.len() as i32)
    .bind(match end {
        End::Until(d) => Some(d),
        End::Count(_) => None,
    })
    .fetch_one(&mut **tx)
    .await
    .db("cannot record the series")?;
    let free: Vec<(DateTime<Utc>, DateTime<Utc>)> = plans
        .iter()
        .filter(|p| p.conflicts.is_empty())
        .filter_map(|p| p.slot)
        .collect();
    let ids: Vec<(i64, DateTime<Utc>)> = db::query_as(
        "INSERT INTO appointments (therapist_id, client_id, starts_at, ends_at, notes, series_id)
         SELECT $1, $2, s, e, $5, $6 FROM unnest($3::timestamptz[], $4::timestamptz[]) AS x(s, e)
         RETURNING id, starts_at",
    )
    .bind(parties.0)
    .bind(parties.1)
    .bind(free.iter().map(|f| f.0).collect::<Vec<_>>())
    .bind(free.iter().map(|f| f.1).collect::<Vec<_>>())
    .bind(s.booking.notes)
    .bind(series_id)
    .fetch_all(&mut **tx)
    .await
    .db("cannot book the series")
    .map_err(explain)?;
    Ok((series_id, ids))
}

/// An occurrence and the later ones of its series, as `--following` finds them.
#[derive(Debug, Clone, sqlx::FromRow)]
struct Member {
    id: i64,
    therapist_id: i64,
    client_id: i64,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    status: AppointmentStatus,
    series_id: Option<i64>,
}

/// The appointment `id` and every later occurrence of its series, locked, in order of
/// start time; refused unless `id` exists (exit 4), is booked (exit 3) and belongs to a
/// series (exit 5).
async fn following(
    tx: &mut TenantTx<'_>,
    tenant: &Tenant,
    id: i64,
    verb: &str,
) -> Result<Vec<Member>> {
    let current: Option<Member> = db::query_as(
        "SELECT id, therapist_id, client_id, starts_at, ends_at, status, series_id
         FROM appointments WHERE id = $1 FOR UPDATE",
    )
    .bind(id)
    .fetch_optional(&mut **tx)
    .await
    .db("cannot read the appointment")?;
    let current = current.ok_or_else(|| {
        Error::not_found(format!(
            "appointment {id} not found in tenant {}",
            tenant.slug
        ))
    })?;
    if current.status != AppointmentStatus::Booked {
        return Err(Error::conflict(format!(
            "appointment {id} is {}; only a booked appointment can be {verb}",
            current.status
        )));
    }
    let Some(series) = current.series_id else {
        return Err(Error::invalid(format!(
            "appointment {id} is not part of a series; drop --following to act on it alone"
        )));
    };
    db::query_as(
        "SELECT id, therapist_id, client_id, starts_at, ends_at, status, series_id
         FROM appointments WHERE series_id = $1 AND starts_at >= $2 AND status = 'booked'
         ORDER BY starts_at, id FOR UPDATE",
    )
    .bind(series)
    .bind(current.starts_at)
    .fetch_all(&mut **tx)
    .await
    .db("cannot read the series")
}

/// Cancel the appointment `id` and every later booked occurrence of its series.
pub async fn cancel_following(
    conn: &mut PgConnection,
    set: &MigrationSet,
    tenant_key: &str,
    id: i64,
    reason: Option<&str>,
) -> Result<(Vec<Appointment>, Tz)> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let tenant = tenants::resolve(&mut tx, tenant_key).await?;
    let mut tx = db::enter_tenant(tx, tenant.id).await?;
    let members = following(&mut tx, &tenant, id, "cancelled").await?;
    let ids: Vec<i64> = members.iter().map(|m| m.id).collect();
    db::query(
        "UPDATE appointments SET status = 'cancelled', cancel_reason = coalesce($2, cancel_reason),
                cancelled_at = now(), updated_at = now()
         WHERE id = ANY($1)",
    )
    .bind(&ids)
    .bind(reason)
    .execute(&mut *tx)
    .await
    .db("cannot cancel the occurrences")?;
    let rows = appointments::fetch_many(&mut tx, &ids).await?;
    audit::record(
        &mut tx,
        &Audit::entry(
            "appointment cancel --following",
            Some(&format!(
                "series {}: appointments {}",
                members[0].series_id.unwrap_or_default(),
                join_ids(&ids)
            )),
            "cancelled",
        )
        .tenant_ref(tenant.id, &tenant.slug),
    )
    .await?;
    tx.commit().await?;
    Ok((rows, tenant.tz()))
}

fn join_ids(ids: &[i64]) -> String {
    ids.iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(",")
}

/// Move the appointment `id` to `at` and every later booked occurrence of its series by
/// the same local-time shift (days and time of day in the tenant's zone), all or
/// nothing. The moved occurrences become a series of their own (split from the old one)
/// unless they are all of it.
pub async fn reschedule_following(
    conn: &mut PgConnection,
    set: &MigrationSet,
    tenant_key: &str,
    id: i64,
    at: &str,
    duration: Option<&str>,
) -> Result<Outcome<(Vec<Appointment>, Vec<OccurrenceOut>, Tz)>> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let tenant = bookable_tenant(&mut tx, tenant_key).await?;
    let tz = tenant.tz();
    let target = crate::time::parse_wall_clock(at, tz)?;
    let length = duration.map(crate::time::parse_duration).transpose()?;
    let mut tx = db::enter_tenant(tx, tenant.id).await?;
    let members = following(&mut tx, &tenant, id, "rescheduled").await?;
    let first = &members[0];
    lock_schedule(&mut tx, first.therapist_id).await?;
    let shift = target - first.starts_at.with_timezone(&tz).naive_local();
    let mut plans: Vec<Planned> = members
        .iter()
        .map(|m| {
            let local = m.starts_at.with_timezone(&tz).naive_local() + shift;
            let own = length.unwrap_or(m.ends_at - m.starts_at);
            plan(&[local], own, tz).remove(0)
        })
        .collect();
    let ids: Vec<i64> = members.iter().map(|m| m.id).collect();
    find_conflicts(
        &mut tx,
        &mut plans,
        first.therapist_id,
        first.client_id,
        &ids,
        tz,
    )
    .await?;
    if plans.iter().any(|p| !p.conflicts.is_empty()) {
        tx.rollback().await?;
        let occ = plans
            .iter()
            .zip(&members)
            .map(|(p, m)| {
                let status = if p.conflicts.is_empty() {
                    Status::NotMoved
                } else {
                    Status::Conflict
                };
                occurrence(p, status, Some(m.id), tz)
            })
            .collect();
        return Ok(Outcome {
            out: (Vec::new(), occ, tz),
            refused: Some(refusal(&plans, "moved", "")),
        });
    }
    let old_series = first.series_id.expect("a member of a series");
    let series = split_series(&mut tx, old_series, first.starts_at, shift, &plans).await?;
    // Row by row, in the order that never puts a moved row on one not yet moved (the
    // exclusion constraints check each row at once): the last first when moving later.
    let mut order: Vec<usize> = (0..members.len()).collect();
    if shift > Duration::zero() {
        order.reverse();
    }
    for i in order {
        let (start, end) = plans[i].slot.expect("no conflicts");
        db::query(
            "UPDATE appointments SET starts_at = $2, ends_at = $3, series_id = $4, sequence = sequence + 1,
                    updated_at = now()
             WHERE id = $1",
        )
        .bind(members[i].id)
        .bind(start)
        .bind(end)
        .bind(series)
        .execute(&mut *tx)
        .await
        .db("cannot move the occurrences")
        .map_err(explain)?;
    }
    let rows = appointments::fetch_many(&mut tx, &ids).await?;
    audit::record(
        &mut tx,
        &Audit::entry(
            "appointment reschedule --following",
            Some(&format!(
                "series {old_series}: appointments {}",
                join_ids(&ids)
            )),
            &format!("rescheduled into series {series}"),
        )
        .tenant_ref(tenant.id, &tenant.slug),
    )
    .await?;
    tx.commit().await?;
    let occ = plans
        .iter()
        .zip(&members)
        .map(|(p, m)| occurrence(p, Status::Moved, Some(m.id), tz))
        .collect();
    Ok(Outcome {
        out: (rows, occ, tz),
        refused: None,
    })
}

/// The series the moved occurrences belong to afterwards: the same one, its rule
/// shifted, when nothing of it starts before `from`; otherwise a new series split
/// from it, with the shifted rule and the moved occurrences.
async fn split_series(
    tx: &mut TenantTx<'_>,
    series: i64,
    from: DateTime<Utc>,
    shift: Duration,
    plans: &[Planned],
) -> Result<i64> {
    let (first_date, local_time): (NaiveDate, chrono::NaiveTime) = db::query_as(
        "SELECT first_date, local_time FROM appointment_series WHERE id = $1 FOR UPDATE",
    )
    .bind(series)
    .fetch_one(&mut **tx)
    .await
    .db("cannot read the series")?;
    let rule = first_date.and_time(local_time) + shift;
    let new_first = plans[0].local.date();
    let earlier: bool = db::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM appointments WHERE series_id = $1 AND starts_at < $2)",
    )
    .bind(series)
    .bind(from)
    .fetch_one(&mut **tx)
    .await
    .db("cannot read the series")?;
    if !earlier {
        db::query(
            "UPDATE appointment_series SET first_date = $2, local_time = $3, updated_at = now() WHERE id = $1",
        )
        .bind(series)
        .bind(new_first)
        .bind(rule.time())
        .execute(&mut **tx)
        .await
        .db("cannot update the series")?;
        return Ok(series);
    }
    db::query_scalar(
        "INSERT INTO appointment_series (therapist_id, client_id, repeat, first_date, local_time, time_zone,
                                         occurrences, until_date, split_from)
         SELECT therapist_id, client_id, repeat, $2, $3, time_zone, $4, until_date + $5, id
         FROM appointment_series WHERE id = $1 RETURNING id",
    )
    .bind(series)
    .bind(new_first)
    .bind(rule.time())
    .bind(plans.len() as i32)
    .bind((rule.date() - first_date).num_days() as i32)
    .fetch_one(&mut **tx)
    .await
    .db("cannot split the series")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn berlin() -> Tz {
        "Europe/Berlin".parse().unwrap()
    }

    fn local(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    fn utc(plans: &[Planned]) -> Vec<String> {
        plans
            .iter()
            .map(|p| match p.slot {
                Some((s, _)) => s.format("%Y-%m-%dT%H:%MZ").to_string(),
                None => format!("{:?}", p.conflicts[0].kind),
            })
            .collect()
    }

    #[test]
    fn rules_expand_into_local_times() {
        // (first, repeat, end, expected local dates, or the start of the error)
        type Case = (
            &'static str,
            Repeat,
            End,
            std::result::Result<Vec<&'static str>, &'static str>,
        );
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let cases: Vec<Case> = vec![
            (
                "2027-03-16 10:00",
                Repeat::Weekly,
                End::Count(3),
                Ok(vec!["2027-03-16", "2027-03-23", "2027-03-30"]),
            ),
            (
                "2027-03-16 10:00",
                Repeat::Biweekly,
                End::Count(3),
                Ok(vec!["2027-03-16", "2027-03-30", "2027-04-13"]),
            ),
            (
                "2027-12-30 10:00",
                Repeat::Daily,
                End::Count(4),
                Ok(vec!["2027-12-30", "2027-12-31", "2028-01-01", "2028-01-02"]),
            ),
            (
                "2027-03-16 10:00",
                Repeat::Weekly,
                End::Until(d("2027-03-30")),
                Ok(vec!["2027-03-16", "2027-03-23", "2027-03-30"]),
            ),
            (
                "2027-03-16 10:00",
                Repeat::Weekly,
                End::Until(d("2027-03-29")),
                Ok(vec!["2027-03-16", "2027-03-23"]),
            ),
            (
                "2027-03-16 10:00",
                Repeat::Biweekly,
                End::Until(d("2027-03-16")),
                Ok(vec!["2027-03-16"]),
            ),
            (
                "2027-03-16 10:00",
                Repeat::Weekly,
                End::Count(0),
                Err("--count 0 is out of range"),
            ),
            (
                "2027-03-16 10:00",
                Repeat::Weekly,
                End::Count(105),
                Err("--count 105 is out of range"),
            ),
            (
                "2027-03-16 10:00",
                Repeat::Weekly,
                End::Until(d("2027-03-15")),
                Err("--repeat-until 2027-03-15 is before"),
            ),
            (
                "2027-01-01 10:00",
                Repeat::Daily,
                End::Until(d("2027-04-15")),
                Err("a daily series from 2027-01-01 until 2027-04-15 has 105 occurrences"),
            ),
        ];
        for (first, repeat, end, want) in cases {
            let got = local_times(local(first), repeat, end);
            match want {
                Ok(dates) => {
                    let got = got.unwrap();
                    let got_dates: Vec<String> = got.iter().map(|t| t.date().to_string()).collect();
                    assert_eq!(got_dates, dates, "{first} {repeat:?} {end:?}");
                    assert!(got.iter().all(|t| t.time() == local(first).time()));
                }
                Err(msg) => {
                    let e = got.unwrap_err();
                    assert_eq!(e.exit_code(), 5);
                    assert!(e.to_string().starts_with(msg), "{e}");
                }
            }
        }
        // 104 weekly occurrences are allowed (two years), 104 daily ones too.
        assert_eq!(
            local_times(local("2027-01-01 10:00"), Repeat::Weekly, End::Count(104))
                .unwrap()
                .len(),
            104
        );
        assert_eq!(
            local_times(
                local("2027-01-01 10:00"),
                Repeat::Daily,
                End::Until(d("2027-04-14"))
            )
            .unwrap()
            .len(),
            104
        );
    }

    #[test]
    fn occurrences_keep_their_local_time_across_dst() {
        let tz = berlin();
        // (first, repeat, count, expected UTC starts or the conflict kind)
        let cases: [(&str, Repeat, u32, Vec<&str>); 4] = [
            (
                // The example: Tuesdays 10:00, the clocks go forward on 2027-03-28.
                "2027-03-16 10:00",
                Repeat::Weekly,
                4,
                vec![
                    "2027-03-16T09:00Z",
                    "2027-03-23T09:00Z",
                    "2027-03-30T08:00Z",
                    "2027-04-06T08:00Z",
                ],
            ),
            (
                // And back on 2027-10-31.
                "2027-10-19 10:00",
                Repeat::Weekly,
                3,
                vec![
                    "2027-10-19T08:00Z",
                    "2027-10-26T08:00Z",
                    "2027-11-02T09:00Z",
                ],
            ),
            (
                // 02:30 does not exist on 2027-03-28 and happens twice on 2027-10-31.
                "2027-03-27 02:30",
                Repeat::Daily,
                3,
                vec!["2027-03-27T01:30Z", "DstGap", "2027-03-29T00:30Z"],
            ),
            (
                "2027-10-24 02:30",
                Repeat::Weekly,
                3,
                vec!["2027-10-24T00:30Z", "DstFold", "2027-11-07T01:30Z"],
            ),
        ];
        for (first, repeat, n, want) in cases {
            let locals = local_times(local(first), repeat, End::Count(n)).unwrap();
            let plans = plan(&locals, Duration::minutes(50), tz);
            assert_eq!(utc(&plans), want, "{first}");
            for p in &plans {
                if let Some((s, e)) = p.slot {
                    assert_eq!(e - s, Duration::minutes(50));
                    assert_eq!(s.with_timezone(&tz).naive_local(), p.local);
                }
            }
        }
        // A gap or fold names both readings.
        let plans = plan(
            &[local("2027-03-28 02:30"), local("2027-10-31 02:30")],
            Duration::minutes(50),
            tz,
        );
        let gap = &plans[0].conflicts[0].detail;
        assert!(
            gap.contains("2027-03-28T01:30+01:00") && gap.contains("2027-03-28T03:30+02:00"),
            "{gap}"
        );
        let fold = &plans[1].conflicts[0].detail;
        assert!(
            fold.contains("2027-10-31T02:30+02:00") && fold.contains("2027-10-31T02:30+01:00"),
            "{fold}"
        );
    }

    #[test]
    fn a_shift_keeps_local_time_for_later_occurrences() {
        let tz = berlin();
        // Moving "this and following" from Tue 10:00 to Wed 11:30 before the change: the
        // later occurrences move to Wed 11:30 local too, so their UTC hour differs.
        let shift = local("2027-03-24 11:30") - local("2027-03-23 10:00");
        let olds = ["2027-03-23 10:00", "2027-03-30 10:00", "2027-04-06 10:00"];
        let locals: Vec<NaiveDateTime> = olds.iter().map(|o| local(o) + shift).collect();
        let plans = plan(&locals, Duration::minutes(50), tz);
        assert_eq!(
            utc(&plans),
            [
                "2027-03-24T10:30Z",
                "2027-03-31T09:30Z",
                "2027-04-07T09:30Z"
            ]
        );
    }
}
