//! Practice reports over a date range, one set-based query per tenant: utilization
//! (booked minutes over working-hours minutes), the no-show rate (no-shows over
//! completed plus no-shows) and cancellations with their lead time (how long before
//! the start they came). Dates are local to each tenant; a report covers the
//! appointments that start from `from`'s local midnight until the end of `to`.
//! Domain only; each report is [`Work`] for the fleet runner ([`crate::fleet::runner`]).

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use sqlx::postgres::PgConnection;

use crate::db::{self, Isolation};
use crate::error::{DbContext, Error, Result};
use crate::fleet::runner::Work;
use crate::tenants::Tenant;

/// At most this many days in one report.
pub const MAX_DAYS: i64 = 3660;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Tenant,
    Therapist,
    Week,
}

impl By {
    fn as_str(self) -> &'static str {
        match self {
            By::Tenant => "tenant",
            By::Therapist => "therapist",
            By::Week => "week",
        }
    }
}

/// The date range and grouping of a report.
#[derive(Debug, Clone)]
pub struct Query {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub by: By,
}

impl Query {
    /// `--from` and `--to` dates (`to` included), at most [`MAX_DAYS`] days.
    pub fn new(from: &str, to: &str, by: By) -> Result<Query> {
        let (from, to) = (crate::time::parse_date(from)?, crate::time::parse_date(to)?);
        if to < from {
            return Err(Error::invalid(format!("--to {to} is before --from {from}")));
        }
        if (to - from).num_days() >= MAX_DAYS {
            return Err(Error::invalid(format!(
                "--from {from} --to {to} spans more than {MAX_DAYS} days; report a shorter range"
            )));
        }
        Ok(Query { from, to, by })
    }

    /// The instants `[from local midnight, the local midnight after to)` in the tenant's zone.
    fn window(&self, tenant: &Tenant) -> Result<(DateTime<Utc>, DateTime<Utc>)> {
        let tz = tenant.tz();
        let end = self.to.succ_opt().unwrap_or(self.to);
        Ok((
            crate::time::local_midnight(self.from, tz)?,
            crate::time::local_midnight(end, tz)?,
        ))
    }
}

/// The group of a row: the tenant's slug, the therapist's email or the ISO week.
fn group(tenant: &Tenant, by: By, key: String) -> String {
    if by == By::Tenant {
        tenant.slug.clone()
    } else {
        key
    }
}

fn ratio(part: f64, whole: f64) -> Option<f64> {
    (whole > 0.0).then(|| part / whole)
}

/// The grouping key of a row in SQL, from a therapist email `u.email`, a therapist id
/// `therapist_id` and a local date `day` ($4 is the grouping).
macro_rules! key_sql {
    () => {
        "CASE $4 WHEN 'therapist' THEN coalesce(u.email, x.therapist_id::text)
                 WHEN 'week' THEN to_char(x.day, 'IYYY-\"W\"IW') ELSE '' END"
    };
}

/// Run one report query in a read-only snapshot of the tenant. Every query takes the
/// same parameters: $1 the tenant's zone, $2 and $3 the window's instants, $4 the
/// grouping, $5 and $6 the first and last local dates.
async fn fetch<T>(
    conn: &mut PgConnection,
    tenant: &Tenant,
    q: &Query,
    sql: &'static str,
    what: &str,
) -> Result<Vec<T>>
where
    T: for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow> + Send + Unpin,
{
    let (from, to) = q.window(tenant)?;
    let mut tx = db::tenant_tx(conn, tenant.id, Isolation::RepeatableRead).await?;
    let rows = db::query_as(sql)
        .bind(&tenant.time_zone)
        .bind(from)
        .bind(to)
        .bind(q.by.as_str())
        .bind(q.from)
        .bind(q.to)
        .fetch_all(&mut *tx)
        .await
        .db(what)?;
    tx.commit().await?;
    Ok(rows)
}

#[derive(Debug, Clone, Serialize)]
pub struct UtilizationRow {
    pub tenant: String,
    pub group: String,
    pub booked_minutes: f64,
    pub hours_minutes: f64,
    /// booked_minutes / hours_minutes; null without working hours in the group
    pub utilization: Option<f64>,
}

/// Utilization of the therapists with stored working hours (a therapist without them
/// has no capacity to measure against): their non-cancelled appointments' minutes over
/// their working-hours minutes on the days of the range (each day's hours resolved in
/// the tenant's zone, so a DST day counts what the clock really gave).
pub async fn utilization(
    conn: &mut PgConnection,
    tenant: &Tenant,
    q: &Query,
) -> Result<Vec<UtilizationRow>> {
    let rows: Vec<(String, f64, f64)> = fetch(
        conn,
        tenant,
        q,
        concat!(
        "WITH days AS (
             SELECT d::date AS day FROM generate_series($5::date, $6::date, interval '1 day') AS d),
         worked AS (
             SELECT h.therapist_id, d.day,
                    extract(epoch FROM ((d.day + h.closes) AT TIME ZONE $1) - ((d.day + h.opens) AT TIME ZONE $1)) / 60
                        AS minutes
             FROM working_hours h JOIN days d ON extract(isodow FROM d.day) = h.weekday),
         booked AS (
             SELECT a.therapist_id, (a.starts_at AT TIME ZONE $1)::date AS day,
                    extract(epoch FROM a.ends_at - a.starts_at) / 60 AS minutes
             FROM appointments a
             WHERE a.status <> 'cancelled' AND a.starts_at >= $2 AND a.starts_at < $3
               AND a.therapist_id IN (SELECT therapist_id FROM working_hours)),
         x AS (
             SELECT therapist_id, day, 0::numeric AS booked, minutes AS worked FROM worked
             UNION ALL SELECT therapist_id, day, minutes, 0 FROM booked)
         SELECT ",
        key_sql!(),
        " AS key, sum(x.booked)::float8, sum(x.worked)::float8
         FROM x LEFT JOIN theratime.users u ON u.id = x.therapist_id
         GROUP BY 1 ORDER BY 1"
    ),
        "cannot compute the utilization",
    )
    .await?;
    let rows: Vec<UtilizationRow> = rows
        .into_iter()
        .map(|(key, booked, worked)| UtilizationRow {
            tenant: tenant.slug.clone(),
            group: group(tenant, q.by, key),
            booked_minutes: booked,
            hours_minutes: worked,
            utilization: ratio(booked, worked),
        })
        .collect();
    Ok(tenant_row(rows, q.by, || UtilizationRow {
        tenant: tenant.slug.clone(),
        group: tenant.slug.clone(),
        booked_minutes: 0.0,
        hours_minutes: 0.0,
        utilization: None,
    }))
}

/// `--by tenant` always has a row per tenant, even an empty one.
fn tenant_row<R>(rows: Vec<R>, by: By, empty: impl FnOnce() -> R) -> Vec<R> {
    if rows.is_empty() && by == By::Tenant {
        vec![empty()]
    } else {
        rows
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct NoShowRow {
    pub tenant: String,
    pub group: String,
    pub completed: i64,
    pub no_shows: i64,
    /// no_shows / (completed + no_shows); null when both are 0
    pub no_show_rate: Option<f64>,
}

/// No-shows over completed plus no-shows, of the appointments starting in the range.
pub async fn no_shows(
    conn: &mut PgConnection,
    tenant: &Tenant,
    q: &Query,
) -> Result<Vec<NoShowRow>> {
    let rows: Vec<(String, i64, i64)> = fetch(
        conn,
        tenant,
        q,
        concat!(
        "SELECT ",
        key_sql!(),
        " AS key, count(*) FILTER (WHERE x.status = 'completed'), count(*) FILTER (WHERE x.status = 'no_show')
         FROM (SELECT a.therapist_id, a.status, (a.starts_at AT TIME ZONE $1)::date AS day
               FROM appointments a
               WHERE a.status IN ('completed', 'no_show') AND a.starts_at >= $2 AND a.starts_at < $3) x
         LEFT JOIN theratime.users u ON u.id = x.therapist_id
         GROUP BY 1 ORDER BY 1"
    ),
        "cannot count the no-shows",
    )
    .await?;
    let rows = rows
        .into_iter()
        .map(|(key, completed, no_shows)| NoShowRow {
            tenant: tenant.slug.clone(),
            group: group(tenant, q.by, key),
            completed,
            no_shows,
            no_show_rate: ratio(no_shows as f64, (completed + no_shows) as f64),
        })
        .collect();
    Ok(tenant_row(rows, q.by, || NoShowRow {
        tenant: tenant.slug.clone(),
        group: tenant.slug.clone(),
        completed: 0,
        no_shows: 0,
        no_show_rate: None,
    }))
}

#[derive(Debug, Clone, Serialize)]
pub struct CancellationRow {
    pub tenant: String,
    pub group: String,
    /// Appointments starting in the range, whatever their status.
    pub appointments: i64,
    pub cancelled: i64,
    /// Hours between the cancellation and the start (negative: after the start).
    pub median_lead_hours: Option<f64>,
    pub mean_lead_hours: Option<f64>,
    /// Cancelled less than 24 hours before the start (or after it).
    pub within_24h: i64,
}

/// Cancellations of the appointments starting in the range and their lead time: from
/// `cancelled_at` (before it was recorded, the row's last change) to the start.
pub async fn cancellations(
    conn: &mut PgConnection,
    tenant: &Tenant,
    q: &Query,
) -> Result<Vec<CancellationRow>> {
    type Raw = (String, i64, i64, Option<f64>, Option<f64>, i64);
    let rows: Vec<Raw> = fetch(
        conn,
        tenant,
        q,
        concat!(
        "SELECT ",
        key_sql!(),
        " AS key, count(*), count(x.lead) ,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY x.lead), avg(x.lead)::float8,
                count(*) FILTER (WHERE x.lead < 24)
         FROM (SELECT a.therapist_id, (a.starts_at AT TIME ZONE $1)::date AS day,
                      CASE WHEN a.status = 'cancelled'
                           THEN extract(epoch FROM a.starts_at - coalesce(a.cancelled_at, a.updated_at))::float8 / 3600
                      END AS lead
               FROM appointments a WHERE a.starts_at >= $2 AND a.starts_at < $3) x
         LEFT JOIN theratime.users u ON u.id = x.therapist_id
         GROUP BY 1 ORDER BY 1"
    ),
        "cannot count the cancellations",
    )
    .await?;
    let rows = rows
        .into_iter()
        .map(
            |(key, all, cancelled, median, mean, within)| CancellationRow {
                tenant: tenant.slug.clone(),
                group: group(tenant, q.by, key),
                appointments: all,
                cancelled,
                median_lead_hours: median,
                mean_lead_hours: mean,
                within_24h: within,
            },
        )
        .collect();
    Ok(tenant_row(rows, q.by, || CancellationRow {
        tenant: tenant.slug.clone(),
        group: tenant.slug.clone(),
        appointments: 0,
        cancelled: 0,
        median_lead_hours: None,
        mean_lead_hours: None,
        within_24h: 0,
    }))
}

/// The reports as fleet work: each tenant's rows of one report over `Query`.
pub struct Utilization(pub Query);
pub struct NoShows(pub Query);
pub struct Cancellations(pub Query);

impl Work<Tenant> for Utilization {
    type Output = Vec<UtilizationRow>;
    async fn run(&self, conn: &mut PgConnection, t: &Tenant) -> Result<Self::Output> {
        utilization(conn, t, &self.0).await
    }
}

impl Work<Tenant> for NoShows {
    type Output = Vec<NoShowRow>;
    async fn run(&self, conn: &mut PgConnection, t: &Tenant) -> Result<Self::Output> {
        no_shows(conn, t, &self.0).await
    }
}

impl Work<Tenant> for Cancellations {
    type Output = Vec<CancellationRow>;
    async fn run(&self, conn: &mut PgConnection, t: &Tenant) -> Result<Self::Output> {
        cancellations(conn, t, &self.0).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_checked() {
        // (from, to, ok)
        let cases = [
            ("2027-03-01", "2027-03-31", true),
            ("2027-03-01", "2027-03-01", true),
            ("2027-03-02", "2027-03-01", false),
            ("2027-03-01", "2037-03-09", false),
            ("2027-03-01", "soon", false),
        ];
        for (from, to, ok) in cases {
            let got = Query::new(from, to, By::Tenant);
            assert_eq!(got.is_ok(), ok, "{from} {to}");
            if let Err(e) = got {
                assert_eq!(e.exit_code(), 5);
            }
        }
    }
}
