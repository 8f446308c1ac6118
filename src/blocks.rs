//! Calendar blocks and availability. Domain only.

use chrono::{DateTime, Duration, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use sqlx::postgres::PgConnection;

use crate::appointments::check_party;
use crate::db::audit::{self, Audit};
use crate::db::{self, Isolation};
use crate::error::{DbContext, Error, Result};
use crate::fleet::migrations::{self, MigrationSet};
use crate::hours::Week;
use crate::tenants;
use crate::time::{format_local, parse_time};
use crate::users;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Block {
    pub id: i64,
    pub therapist_id: i64,
    pub therapist: Option<String>,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct BlockOut {
    pub id: i64,
    pub therapist_id: i64,
    pub therapist: Option<String>,
    pub starts_at: String,
    pub ends_at: String,
    pub reason: Option<String>,
}

impl BlockOut {
    pub fn new(b: &Block, tz: Tz) -> BlockOut {
        BlockOut {
            id: b.id,
            therapist_id: b.therapist_id,
            therapist: b.therapist.clone(),
            starts_at: format_local(b.starts_at, tz),
            ends_at: format_local(b.ends_at, tz),
            reason: b.reason.clone(),
        }
    }
}

pub async fn add(
    conn: &mut PgConnection,
    set: &MigrationSet,
    tenant_key: &str,
    therapist: &str,
    from: &str,
    until: &str,
    reason: Option<&str>,
) -> Result<(Block, Tz)> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let tenant = tenants::resolve(&mut tx, tenant_key).await?;
    let tz = tenant.tz();
    let start = parse_time(from, tz)?;
    let end = parse_time(until, tz)?;
    crate::time::check_order(start, end)?;
    let user = users::resolve(&mut tx, therapist).await?;
    check_party(&user, &tenant, "therapist", "therapist")?;
    let mut tx = db::enter_tenant(tx, tenant.id).await?;
    let id: i64 = db::query_scalar(
        "INSERT INTO calendar_blocks (therapist_id, starts_at, ends_at, reason) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(user.id)
    .bind(start)
    .bind(end)
    .bind(reason)
    .fetch_one(&mut *tx)
    .await
    .db("cannot add the block")
    .map_err(|e| crate::appointments::explain_block(e, tz))?;
    audit::record(
        &mut tx,
        &Audit::entry("block add", Some(&format!("block {id}")), "added")
            .tenant_ref(tenant.id, &tenant.slug)
            .details(serde_json::json!({ "starts_at": start, "ends_at": end }))
            .about(&[user.id]),
    )
    .await?;
    tx.commit().await?;
    let block = Block {
        id,
        therapist_id: user.id,
        therapist: Some(user.email),
        starts_at: start,
        ends_at: end,
        reason: reason.map(String::from),
    };
    Ok((block, tz))
}

pub async fn list(
    conn: &mut PgConnection,
    tenant_key: &str,
    therapist: Option<&str>,
) -> Result<(Vec<Block>, Tz)> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    let tenant = tenants::resolve(&mut tx, tenant_key).await?;
    let therapist = match therapist {
        Some(k) => Some(users::resolve(&mut tx, k).await?.id),
        None => None,
    };
    let mut tx = db::enter_tenant(tx, tenant.id).await?;
    let blocks: Vec<Block> = db::query_as(
        "SELECT b.id, b.therapist_id, u.email AS therapist, b.starts_at, b.ends_at, b.reason
         FROM calendar_blocks b LEFT JOIN theratime.users u ON u.id = b.therapist_id
         WHERE ($1::bigint IS NULL OR b.therapist_id = $1) ORDER BY b.starts_at, b.id",
    )
    .bind(therapist)
    .fetch_all(&mut *tx)
    .await
    .db("cannot list blocks")?;
    tx.commit().await?;
    Ok((blocks, tenant.tz()))
}

pub async fn remove(
    conn: &mut PgConnection,
    set: &MigrationSet,
    tenant_key: &str,
    id: i64,
) -> Result<()> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let tenant = tenants::resolve(&mut tx, tenant_key).await?;
    let mut tx = db::enter_tenant(tx, tenant.id).await?;
    let deleted = db::query("DELETE FROM calendar_blocks WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await
        .db("cannot remove the block")?;
    if deleted.rows_affected() == 0 {
        return Err(Error::not_found(format!(
            "block {id} not found in tenant {}",
            tenant.slug
        )));
    }
    audit::record(
        &mut tx,
        &Audit::entry("block remove", Some(&format!("block {id}")), "removed")
            .tenant_ref(tenant.id, &tenant.slug),
    )
    .await?;
    tx.commit().await
}

/// A free slot.
#[derive(Debug, Clone, Serialize)]
pub struct Slot {
    pub date: String,
    pub starts_at: String,
    pub ends_at: String,
}

pub struct AvailabilityQuery<'a> {
    pub therapist: &'a str,
    pub date: &'a str,
    pub days: u32,
    pub slot: &'a str,
    /// `HH:MM-HH:MM` every day; None: the therapist's stored hours (09:00-17:00 when
    /// none are stored).
    pub hours: Option<&'a str>,
    /// Round slot starts up to this grid (local time, from midnight), e.g. `15m`.
    pub align: Option<&'a str>,
}

/// The free slots of one day's working hours `[open, close)`: each gap between busy
/// intervals offers slots back to back from its start (rounded up to the `align` grid
/// of local time when given), so a slot is offered right after an appointment ends.
pub fn free_slots(
    open: DateTime<Utc>,
    close: DateTime<Utc>,
    busy: &[(DateTime<Utc>, DateTime<Utc>)],
    slot: Duration,
    align: Option<Duration>,
    tz: Tz,
) -> Vec<(DateTime<Utc>, DateTime<Utc>)> {
    let mut inside: Vec<(DateTime<Utc>, DateTime<Utc>)> = busy
        .iter()
        .filter(|(s, e)| *s < close && *e > open)
        .copied()
        .collect();
    inside.sort();
    let mut slots = Vec::new();
    let mut gap_start = open;
    let gaps = inside
        .iter()
        .map(|(s, e)| (*s, *e))
        .chain(std::iter::once((close, close)));
    for (busy_start, busy_end) in gaps {
        let mut t = align_up(gap_start, align, tz);
        while t + slot <= busy_start.min(close) {
            slots.push((t, t + slot));
            t = align_up(t + slot, align, tz);
        }
        gap_start = gap_start.max(busy_end);
    }
    slots
}

/// `at` rounded up to the next multiple of `align` counted from local midnight.
fn align_up(at: DateTime<Utc>, align: Option<Duration>, tz: Tz) -> DateTime<Utc> {
    let Some(align) = align.filter(|a| a.num_seconds() > 0) else {
        return at;
    };
    let local = at.with_timezone(&tz).naive_local();
    let since_midnight = (local - local.date().and_time(NaiveTime::MIN)).num_seconds();
    let step = align.num_seconds();
    let rest = since_midnight.rem_euclid(step);
    if rest == 0 {
        at
    } else {
        at + Duration::seconds(step - rest)
    }
}

/// The shortest `--slot` of `availability` (with `--days` at most 366, this bounds the
/// answer to about 105,000 slots).
const MIN_SLOT_MINUTES: i64 = 5;

/// Free slots of a therapist: within the working hours of each day (in the tenant's
/// zone), not overlapping an active appointment or a block.
pub async fn availability(
    conn: &mut PgConnection,
    tenant_key: &str,
    q: &AvailabilityQuery<'_>,
) -> Result<Vec<Slot>> {
    if q.days == 0 || q.days > 366 {
        return Err(Error::invalid(format!(
            "--days {} is out of range: use 1 to 366",
            q.days
        )));
    }
    let slot = crate::time::parse_duration(q.slot)?;
    let align = q
        .align
        .map(|a| {
            crate::time::parse_duration(a).and_then(|d| {
                if d < Duration::minutes(1) || d > Duration::hours(24) {
                    Err(Error::invalid(format!(
                        "--align {a} is out of range: use 1m to 24h, e.g. 15m"
                    )))
                } else {
                    Ok(d)
                }
            })
        })
        .transpose()?;
    if slot < Duration::minutes(MIN_SLOT_MINUTES) {
        return Err(Error::invalid(format!(
            "--slot {:?} is too short: at least {MIN_SLOT_MINUTES}m",
            q.slot
        )));
    }
    let fixed = q.hours.map(parse_hours).transpose()?;
    let mut tx = db::begin(conn, Isolation::RepeatableRead).await?;
    let tenant = tenants::resolve(&mut tx, tenant_key).await?;
    let tz = tenant.tz();
    let first = crate::time::parse_local_date(q.date, tz)?;
    let user = users::resolve(&mut tx, q.therapist).await?;
    if user.tenant_id != tenant.id || user.role != "therapist" {
        return Err(Error::invalid(format!(
            "{} is not a therapist of tenant {}",
            user.email, tenant.slug
        )));
    }
    let last = first + Duration::days(q.days as i64);
    let from = crate::time::local_midnight(first, tz)?;
    let to = crate::time::local_midnight(last, tz)?;
    let mut tx = db::enter_tenant(tx, tenant.id).await?;
    let week = match fixed {
        Some((open, close)) => Week::every_day(open, close),
        None => {
            let stored = crate::hours::load(&mut tx, user.id).await?;
            if stored.is_empty() {
                let (open, close) = parse_hours("09:00-17:00")?;
                Week::every_day(open, close)
            } else {
                stored
            }
        }
    };
    let busy: Vec<(DateTime<Utc>, DateTime<Utc>)> = db::query_as(
        "SELECT starts_at, ends_at FROM appointments
         WHERE therapist_id = $1 AND status <> 'cancelled' AND starts_at < $3 AND ends_at > $2
         UNION ALL
         SELECT starts_at, ends_at FROM calendar_blocks WHERE therapist_id = $1 AND starts_at < $3 AND ends_at > $2",
    )
    .bind(user.id)
    .bind(from)
    .bind(to)
    .fetch_all(&mut *tx)
    .await
    .db("cannot read the schedule")?;
    tx.commit().await?;
    let mut slots = Vec::new();
    let mut day = first;
    while day < last {
        // Opening or closing times in a DST gap or fold are skipped rather than guessed.
        for (open, close) in week.on(day) {
            let (Ok(open), Ok(close)) = (
                crate::time::resolve_local(day.and_time(*open), tz, ""),
                crate::time::resolve_local(day.and_time(*close), tz, ""),
            ) else {
                continue;
            };
            for (s, e) in free_slots(open, close, &busy, slot, align, tz) {
                slots.push(Slot {
                    date: day.to_string(),
                    starts_at: format_local(s, tz),
                    ends_at: format_local(e, tz),
                });
            }
        }
        day = day.succ_opt().unwrap_or(last);
    }
    Ok(slots)
}

fn parse_hours(text: &str) -> Result<(NaiveTime, NaiveTime)> {
    let bad = || {
        Error::invalid(format!(
            "invalid --hours {text:?}: use HH:MM-HH:MM, e.g. 09:00-17:00"
        ))
    };
    let (a, b) = text.split_once('-').ok_or_else(bad)?;
    let (a, b) = (
        crate::time::parse_clock(a).map_err(|_| bad())?,
        crate::time::parse_clock(b).map_err(|_| bad())?,
    );
    if b <= a {
        return Err(bad());
    }
    Ok((a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(hm: &str) -> DateTime<Utc> {
        format!("2027-03-02T{hm}:00Z").parse().unwrap()
    }

    fn starts(slots: &[(DateTime<Utc>, DateTime<Utc>)], tz: Tz) -> Vec<String> {
        slots
            .iter()
            .map(|(s, _)| s.with_timezone(&tz).format("%H:%M").to_string())
            .collect()
    }

    #[test]
    fn slots_start_in_every_gap() {
        let utc = chrono_tz::UTC;
        // (what, busy intervals, slot minutes, align minutes, expected slot starts)
        type Case<'a> = (
            &'a str,
            Vec<(&'a str, &'a str)>,
            i64,
            Option<i64>,
            Vec<&'a str>,
        );
        let cases: [Case; 6] = [
            (
                "an appointment 10:00-10:50: 10:50 is offered",
                vec![("10:00", "10:50")],
                50,
                None,
                vec![
                    "09:00", "10:50", "11:40", "12:30", "13:20", "14:10", "15:00", "15:50",
                ],
            ),
            (
                "aligned to 15 minutes",
                vec![("10:00", "10:50")],
                50,
                Some(15),
                vec![
                    "09:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00",
                ],
            ),
            (
                "a free day",
                vec![],
                120,
                None,
                vec!["09:00", "11:00", "13:00", "15:00"],
            ),
            (
                "overlapping and unsorted busy times",
                vec![("13:00", "15:00"), ("09:30", "11:00"), ("10:00", "12:00")],
                60,
                None,
                vec!["12:00", "15:00", "16:00"],
            ),
            (
                "busy over the opening and the closing",
                vec![("08:00", "09:20"), ("16:30", "18:00")],
                60,
                None,
                vec![
                    "09:20", "10:20", "11:20", "12:20", "13:20", "14:20", "15:20",
                ],
            ),
            (
                "a gap too short for a slot",
                vec![("09:40", "17:00")],
                50,
                None,
                vec![],
            ),
        ];
        for (what, busy, slot, align, want) in cases {
            let busy: Vec<_> = busy.iter().map(|(s, e)| (at(s), at(e))).collect();
            let got = free_slots(
                at("09:00"),
                at("17:00"),
                &busy,
                Duration::minutes(slot),
                align.map(Duration::minutes),
                utc,
            );
            assert_eq!(starts(&got, utc), want, "{what}");
            assert!(
                got.iter().all(|(s, e)| *e - *s == Duration::minutes(slot)),
                "{what}"
            );
        }
    }

    #[test]
    fn alignment_is_to_the_local_grid() {
        // Kathmandu is UTC+05:45: a 30-minute grid of local time is :15 and :45 in UTC.
        let tz: Tz = "Asia/Kathmandu".parse().unwrap();
        let open = at("03:20"); // 09:05 local
        let got = free_slots(
            open,
            at("05:15"),
            &[],
            Duration::minutes(30),
            Some(Duration::minutes(30)),
            tz,
        );
        assert_eq!(starts(&got, tz), ["09:30", "10:00", "10:30"]);
    }
}
