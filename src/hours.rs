//! Working hours as data: each therapist's weekly hours in the tenant's zone (ISO
//! weekday, wall-clock opening and closing times; a day may have several intervals).
//! `availability` offers slots inside them and `book` refuses a time outside them
//! (unless `--outside-hours`); a therapist without stored hours is bookable any time.
//! Domain only.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;
use sqlx::postgres::PgConnection;

use crate::appointments::check_party;
use crate::db::audit::{self, Audit};
use crate::db::{self, Isolation, TenantTx};
use crate::error::{DbContext, Error, Result};
use crate::fleet::migrations::{self, MigrationSet};
use crate::tenants;
use crate::users::{self, User};

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// A week of working hours: for each day (Monday first), its intervals in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Week {
    days: [Vec<(NaiveTime, NaiveTime)>; 7],
}

impl Week {
    /// The same interval every day (`availability --hours`).
    pub fn every_day(opens: NaiveTime, closes: NaiveTime) -> Week {
        Week {
            days: std::array::from_fn(|_| vec![(opens, closes)]),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.days.iter().all(Vec::is_empty)
    }

    /// The intervals of the weekday of `date`.
    pub fn on(&self, date: NaiveDate) -> &[(NaiveTime, NaiveTime)] {
        &self.days[date.weekday().num_days_from_monday() as usize]
    }

    /// Every interval as (ISO weekday 1-7, opens, closes).
    pub fn intervals(&self) -> impl Iterator<Item = (i16, NaiveTime, NaiveTime)> + '_ {
        self.days
            .iter()
            .enumerate()
            .flat_map(|(d, v)| v.iter().map(move |(o, c)| (d as i16 + 1, *o, *c)))
    }

    /// Whether `[start, end)` lies inside one interval of its local day in `tz`.
    pub fn contains(&self, start: DateTime<Utc>, end: DateTime<Utc>, tz: Tz) -> bool {
        let (s, e) = (
            start.with_timezone(&tz).naive_local(),
            end.with_timezone(&tz).naive_local(),
        );
        s.date() == e.date()
            && self
                .on(s.date())
                .iter()
                .any(|(o, c)| *o <= s.time() && e.time() <= *c)
    }

    /// `Mon-Fri 09:00-17:00, Sat 10:00-12:00,13:00-15:00`: runs of days with the same
    /// intervals are joined.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        let mut d = 0;
        while d < 7 {
            let mut last = d;
            while last + 1 < 7 && self.days[last + 1] == self.days[d] {
                last += 1;
            }
            if !self.days[d].is_empty() {
                let days = if last == d {
                    title(DAYS[d])
                } else {
                    format!("{}-{}", title(DAYS[d]), title(DAYS[last]))
                };
                parts.push(format!("{days} {}", ranges(&self.days[d])));
            }
            d = last + 1;
        }
        if parts.is_empty() {
            "no working hours".into()
        } else {
            parts.join(", ")
        }
    }

    /// The hours of `date`'s weekday, for a message: `Tue 09:00-17:00` or `no hours on Sat`.
    pub fn describe_day(&self, date: NaiveDate) -> String {
        let day = title(DAYS[date.weekday().num_days_from_monday() as usize]);
        match self.on(date) {
            [] => format!("no hours on {day}"),
            v => format!("{day} {}", ranges(v)),
        }
    }
}

fn title(day: &str) -> String {
    let mut c = day.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

fn ranges(v: &[(NaiveTime, NaiveTime)]) -> String {
    v.iter()
        .map(|(o, c)| format!("{}-{}", o.format("%H:%M"), c.format("%H:%M")))
        .collect::<Vec<_>>()
        .join(",")
}

/// Parse `hours set` words: pairs of DAYS and RANGES, e.g. `mon-fri 09:00-17:00 tue
/// 12:00-20:00`. DAYS is `mon`, `mon-fri` (wrapping: `fri-mon`) or a comma list of
/// those; RANGES is `09:00-17:00` or a comma list (`09:00-12:00,13:00-17:00`). A later
/// pair naming a day replaces what an earlier pair gave that day; days never named have
/// no hours.
pub fn parse_spec(words: &[String]) -> Result<Week> {
    let words: Vec<&str> = words.iter().flat_map(|w| w.split_whitespace()).collect();
    let usage = "use pairs of days and times, e.g. `mon-fri 09:00-17:00 tue 12:00-20:00` \
                 (several intervals: `mon 09:00-12:00,13:00-17:00`)";
    if words.is_empty() || !words.len().is_multiple_of(2) {
        return Err(Error::invalid(format!(
            "invalid working hours {:?}: {usage}",
            words.join(" ")
        )));
    }
    let mut week = Week::default();
    for pair in words.chunks(2) {
        let days = parse_days(pair[0])
            .ok_or_else(|| Error::invalid(format!("invalid days {:?}: {usage}", pair[0])))?;
        let intervals = parse_ranges(pair[1])?;
        for d in days {
            week.days[d] = intervals.clone();
        }
    }
    Ok(week)
}

/// Day indexes (Monday = 0) of `mon`, `mon-fri`, `fri-mon`, `mon,wed,fri`.
fn parse_days(text: &str) -> Option<Vec<usize>> {
    let day = |s: &str| {
        let s = s.trim().to_ascii_lowercase();
        (s.len() >= 3)
            .then(|| DAYS.iter().position(|d| s.starts_with(d)))
            .flatten()
            .filter(|i| {
                let full = [
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                    "sunday",
                ][*i];
                full.starts_with(&s)
            })
    };
    let mut out = Vec::new();
    for item in text.split(',') {
        match item.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (day(a)?, day(b)?);
                let mut d = a;
                loop {
                    out.push(d);
                    if d == b {
                        break;
                    }
                    d = (d + 1) % 7;
                }
            }
            None => out.push(day(item)?),
        }
    }
    out.sort_unstable();
    out.dedup();
    Some(out)
}

/// `09:00-17:00` or `09:00-12:00,13:00-17:00`: sorted, each closing after it opens,
/// none overlapping another.
fn parse_ranges(text: &str) -> Result<Vec<(NaiveTime, NaiveTime)>> {
    let bad = || {
        Error::invalid(format!(
            "invalid hours {text:?}: use HH:MM-HH:MM with the closing time after the opening time, \
             e.g. 09:00-17:00 (several: 09:00-12:00,13:00-17:00)"
        ))
    };
    let mut v = Vec::new();
    for r in text.split(',') {
        let (a, b) = r.split_once('-').ok_or_else(bad)?;
        let (a, b) = (
            crate::time::parse_clock(a).map_err(|_| bad())?,
            crate::time::parse_clock(b).map_err(|_| bad())?,
        );
        if b <= a {
            return Err(bad());
        }
        v.push((a, b));
    }
    v.sort();
    if v.windows(2).any(|w| w[1].0 < w[0].1) {
        return Err(Error::invalid(format!(
            "invalid hours {text:?}: the intervals overlap"
        )));
    }
    Ok(v)
}

/// One interval as printed.
#[derive(Debug, Clone, Serialize)]
pub struct HoursOut {
    pub therapist_id: i64,
    pub therapist: String,
    pub day: String,
    pub opens: String,
    pub closes: String,
}

/// A therapist's stored week (empty when none is stored).
pub async fn load(tx: &mut TenantTx<'_>, therapist_id: i64) -> Result<Week> {
    let rows: Vec<(i16, NaiveTime, NaiveTime)> = db::query_as(
        "SELECT weekday, opens, closes FROM working_hours WHERE therapist_id = $1 ORDER BY weekday, opens",
    )
    .bind(therapist_id)
    .fetch_all(&mut **tx)
    .await
    .db("cannot read the working hours")?;
    let mut week = Week::default();
    for (d, o, c) in rows {
        if let Some(day) = week.days.get_mut((d as usize).wrapping_sub(1)) {
            day.push((o, c));
        }
    }
    Ok(week)
}

/// The error of a booking outside the therapist's stored hours (exit 5).
pub fn outside(user: &User, week: &Week, start: DateTime<Utc>, tz: Tz) -> Error {
    let day = start.with_timezone(&tz).date_naive();
    Error::invalid(format!(
        "{} is outside the working hours of {} ({}; the week: {}); book inside them or pass --outside-hours",
        crate::time::format_table(start, tz),
        user.email,
        week.describe_day(day),
        week.describe()
    ))
}

async fn therapist_of(
    conn: &mut PgConnection,
    tenant: &tenants::Tenant,
    key: &str,
) -> Result<User> {
    let user = users::resolve(conn, key).await?;
    check_party(&user, tenant, "therapist", "therapist")?;
    Ok(user)
}

/// Replace a therapist's week; returns it as stored.
pub async fn set(
    conn: &mut PgConnection,
    set: &MigrationSet,
    tenant_key: &str,
    therapist: &str,
    spec: &[String],
) -> Result<Vec<HoursOut>> {
    let week = parse_spec(spec)?;
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let tenant = tenants::resolve(&mut tx, tenant_key).await?;
    let user = therapist_of(&mut tx, &tenant, therapist).await?;
    let mut tx = db::enter_tenant(tx, tenant.id).await?;
    db::query("DELETE FROM working_hours WHERE therapist_id = $1")
        .bind(user.id)
        .execute(&mut *tx)
        .await
        .db("cannot replace the working hours")?;
    let (days, opens, closes): (Vec<i16>, Vec<NaiveTime>, Vec<NaiveTime>) = {
        let mut v = (Vec::new(), Vec::new(), Vec::new());
        for (d, o, c) in week.intervals() {
            v.0.push(d);
            v.1.push(o);
            v.2.push(c);
        }
        v
    };
    db::query(
        "INSERT INTO working_hours (therapist_id, weekday, opens, closes)
         SELECT $1, d, o, c FROM unnest($2::smallint[], $3::time[], $4::time[]) AS x(d, o, c)",
    )
    .bind(user.id)
    .bind(&days)
    .bind(&opens)
    .bind(&closes)
    .execute(&mut *tx)
    .await
    .db("cannot store the working hours")?;
    audit::record(
        &mut tx,
        &Audit::entry(
            "hours set",
            Some(&format!("user {}", user.id)),
            &week.describe(),
        )
        .tenant_ref(tenant.id, &tenant.slug),
    )
    .await?;
    tx.commit().await?;
    Ok(rows_of(&user, &week))
}

fn rows_of(user: &User, week: &Week) -> Vec<HoursOut> {
    week.intervals()
        .map(|(d, o, c)| HoursOut {
            therapist_id: user.id,
            therapist: user.email.clone(),
            day: DAYS[d as usize - 1].into(),
            opens: o.format("%H:%M").to_string(),
            closes: c.format("%H:%M").to_string(),
        })
        .collect()
}

/// The stored hours of one therapist, or of every therapist of the tenant that has any.
pub async fn show(
    conn: &mut PgConnection,
    tenant_key: &str,
    therapist: Option<&str>,
) -> Result<Vec<HoursOut>> {
    let mut tx = db::begin(conn, Isolation::RepeatableRead).await?;
    let tenant = tenants::resolve(&mut tx, tenant_key).await?;
    let only = match therapist {
        Some(k) => Some(therapist_of(&mut tx, &tenant, k).await?.id),
        None => None,
    };
    let mut tx = db::enter_tenant(tx, tenant.id).await?;
    let rows: Vec<(i64, Option<String>, i16, NaiveTime, NaiveTime)> = db::query_as(
        "SELECT h.therapist_id, u.email, h.weekday, h.opens, h.closes
         FROM working_hours h LEFT JOIN theratime.users u ON u.id = h.therapist_id
         WHERE ($1::bigint IS NULL OR h.therapist_id = $1)
         ORDER BY u.email, h.therapist_id, h.weekday, h.opens",
    )
    .bind(only)
    .fetch_all(&mut *tx)
    .await
    .db("cannot read the working hours")?;
    tx.commit().await?;
    Ok(rows
        .into_iter()
        .map(|(id, email, d, o, c)| HoursOut {
            therapist_id: id,
            therapist: email.unwrap_or_else(|| id.to_string()),
            day: DAYS[(d as usize).clamp(1, 7) - 1].into(),
            opens: o.format("%H:%M").to_string(),
            closes: c.format("%H:%M").to_string(),
        })
        .collect())
}

/// Delete a therapist's stored hours (they are bookable any time again); returns how
/// many intervals were deleted.
pub async fn clear(
    conn: &mut PgConnection,
    set: &MigrationSet,
    tenant_key: &str,
    therapist: &str,
) -> Result<u64> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let tenant = tenants::resolve(&mut tx, tenant_key).await?;
    let user = users::resolve(&mut tx, therapist).await?;
    if user.tenant_id != tenant.id {
        return Err(Error::invalid(format!(
            "therapist {} belongs to another tenant, not to {}",
            user.email, tenant.slug
        )));
    }
    let mut tx = db::enter_tenant(tx, tenant.id).await?;
    let deleted = db::query("DELETE FROM working_hours WHERE therapist_id = $1")
        .bind(user.id)
        .execute(&mut *tx)
        .await
        .db("cannot clear the working hours")?
        .rows_affected();
    audit::record(
        &mut tx,
        &Audit::entry("hours clear", Some(&format!("user {}", user.id)), "cleared")
            .tenant_ref(tenant.id, &tenant.slug),
    )
    .await?;
    tx.commit().await?;
    Ok(deleted)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn specs_parse_into_weeks() {
        // (spec, expected description, or None for an error)
        let cases: [(&str, Option<&str>); 14] = [
            ("mon-fri 09:00-17:00", Some("Mon-Fri 09:00-17:00")),
            (
                "mon-fri 09:00-17:00 tue 12:00-20:00",
                Some("Mon 09:00-17:00, Tue 12:00-20:00, Wed-Fri 09:00-17:00"),
            ),
            (
                "mon,wed 09:00-12:00,13:00-17:00",
                Some("Mon 09:00-12:00,13:00-17:00, Wed 09:00-12:00,13:00-17:00"),
            ),
            (
                "fri-mon 10:00-14:00",
                Some("Mon 10:00-14:00, Fri-Sun 10:00-14:00"),
            ),
            ("Monday 08:00-09:00", Some("Mon 08:00-09:00")),
            (
                "sat 13:00-15:00,10:00-12:00",
                Some("Sat 10:00-12:00,13:00-15:00"),
            ),
            ("mon-sun 00:00-23:59", Some("Mon-Sun 00:00-23:59")),
            ("mon-fri", None),
            ("mon-fri 17:00-09:00", None),
            ("mon 09:00-09:00", None),
            ("mon 09:00-12:00,11:00-13:00", None),
            ("funday 09:00-17:00", None),
            ("mo 09:00-17:00", None),
            ("mon 9-17", None),
        ];
        for (spec, want) in cases {
            let got = parse_spec(&words(spec)).map(|w| w.describe());
            match want {
                Some(want) => assert_eq!(got.unwrap(), want, "{spec}"),
                None => assert_eq!(got.unwrap_err().exit_code(), 5, "{spec}"),
            }
        }
        // One quoted word works like several.
        assert_eq!(
            parse_spec(&["mon-fri 09:00-17:00".to_string()]).unwrap(),
            parse_spec(&words("mon-fri 09:00-17:00")).unwrap()
        );
    }

    #[test]
    fn containment_is_in_local_time_of_the_start_day() {
        let tz: Tz = "Europe/Berlin".parse().unwrap();
        let week = parse_spec(&words("mon-fri 09:00-12:00,13:00-17:00")).unwrap();
        let at = |s: &str| -> DateTime<Utc> { s.parse().unwrap() };
        // (start, end, inside) — 2027-03-16 is a Tuesday, CET (+01:00); 2027-03-30 CEST.
        let cases = [
            ("2027-03-16T08:00:00Z", "2027-03-16T08:50:00Z", true), // 09:00-09:50
            ("2027-03-16T07:30:00Z", "2027-03-16T08:20:00Z", false), // 08:30
            ("2027-03-16T10:30:00Z", "2027-03-16T11:20:00Z", false), // 11:30-12:20 crosses the break
            ("2027-03-16T12:00:00Z", "2027-03-16T13:00:00Z", true),  // 13:00-14:00
            ("2027-03-16T15:10:00Z", "2027-03-16T16:00:00Z", true),  // 16:10-17:00
            ("2027-03-16T15:30:00Z", "2027-03-16T16:20:00Z", false), // 16:30-17:20
            ("2027-03-20T09:00:00Z", "2027-03-20T10:00:00Z", false), // Saturday
            ("2027-03-30T07:00:00Z", "2027-03-30T07:50:00Z", true),  // 09:00 CEST
            ("2027-03-30T08:00:00Z", "2027-03-30T08:50:00Z", true),  // 10:00 CEST
        ];
        for (s, e, want) in cases {
            assert_eq!(week.contains(at(s), at(e), tz), want, "{s}");
        }
        assert_eq!(
            week.describe_day(NaiveDate::from_ymd_opt(2027, 3, 20).unwrap()),
            "no hours on Sat"
        );
    }
}
