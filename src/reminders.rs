//! The reminder feed: booked appointments starting within a window, with what an
//! outside sender needs (client name and email, therapist, the local start time in
//! the tenant's zone). theratime sends nothing itself. Domain only.

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use sqlx::postgres::PgConnection;

use crate::db::audit::{self, Audit};
use crate::db::{self, Isolation};
use crate::error::{DbContext, Error, Result};
use crate::tenants::Tenant;
use crate::time::{format_local, format_table};

/// The longest `--within`.
pub const MAX_WINDOW_DAYS: i64 = 31;

/// `--within`: a duration of 1 minute to 31 days, e.g. `24h`, `2d`.
pub fn parse_within(text: &str) -> Result<Duration> {
    let bad = || {
        Error::invalid(format!(
            "invalid --within {text:?}: use a duration from 1m to {MAX_WINDOW_DAYS}d, e.g. 24h or 2d"
        ))
    };
    let d = humantime::parse_duration(text.trim()).map_err(|_| bad())?;
    let d = Duration::from_std(d).map_err(|_| bad())?;
    if d < Duration::minutes(1) || d > Duration::days(MAX_WINDOW_DAYS) {
        return Err(bad());
    }
    Ok(d)
}

/// The window `[from, to)` of every tenant of one run.
#[derive(Debug, Clone, Copy)]
pub struct Window {
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
}

/// One reminder (the `-o json` contract: these fields, snake_case).
#[derive(Debug, Clone, Serialize)]
pub struct Reminder {
    pub tenant: String,
    pub time_zone: String,
    pub appointment_id: i64,
    /// Goes up with every reschedule: a sender keys its messages on id and sequence.
    pub sequence: i32,
    /// RFC 3339 with the tenant's offset.
    pub starts_at: String,
    pub ends_at: String,
    /// `2027-03-02 10:00`, in the tenant's zone.
    pub local_start: String,
    pub client_name: String,
    pub client_email: String,
    pub therapist_name: String,
    pub therapist_email: String,
    pub series_id: Option<i64>,
}

type Row = (
    i64,
    i32,
    DateTime<Utc>,
    DateTime<Utc>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<i64>,
);

/// A tenant's booked appointments starting in `window`, in order of start. Handing
/// clients' names and emails to a sender is data egress: a tenant with any reminders
/// gets an audit row in the same transaction.
pub async fn for_tenant(
    conn: &mut PgConnection,
    tenant: &Tenant,
    window: &Window,
) -> Result<Vec<Reminder>> {
    let tz = tenant.tz();
    // READ COMMITTED: one statement reads, and the audit append locks the chain head,
    // which a snapshot older than another tenant's committed append could not lock.
    let mut tx = db::tenant_tx(conn, tenant.id, Isolation::ReadCommitted).await?;
    let rows: Vec<Row> = db::query_as(
        "SELECT a.id, a.sequence, a.starts_at, a.ends_at, c.display_name, c.email, t.display_name, t.email,
                a.series_id
         FROM appointments a
         LEFT JOIN theratime.users c ON c.id = a.client_id
         LEFT JOIN theratime.users t ON t.id = a.therapist_id
         WHERE a.status = 'booked' AND a.starts_at >= $1 AND a.starts_at < $2
         ORDER BY a.starts_at, a.id",
    )
    .bind(window.from)
    .bind(window.to)
    .fetch_all(&mut *tx)
    .await
    .db("cannot read the upcoming appointments")?;
    if !rows.is_empty() {
        audit::record(
            &mut tx,
            &Audit::entry(
                "reminders",
                Some(&format!("{} appointment(s)", rows.len())),
                "listed",
            )
            .tenant_ref(tenant.id, &tenant.slug),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(rows
        .into_iter()
        .map(|(id, sequence, s, e, cn, ce, tn, te, series_id)| Reminder {
            tenant: tenant.slug.clone(),
            time_zone: tenant.time_zone.clone(),
            appointment_id: id,
            sequence,
            starts_at: format_local(s, tz),
            ends_at: format_local(e, tz),
            local_start: format_table(s, tz),
            client_name: cn.unwrap_or_default(),
            client_email: ce.unwrap_or_default(),
            therapist_name: tn.unwrap_or_default(),
            therapist_email: te.unwrap_or_default(),
            series_id,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows() {
        let cases = [
            ("24h", Some(Duration::hours(24))),
            ("2d", Some(Duration::days(2))),
            ("90m", Some(Duration::minutes(90))),
            ("31d", Some(Duration::days(31))),
            ("32d", None),
            ("30s", None),
            ("0m", None),
            ("tomorrow", None),
        ];
        for (text, want) in cases {
            assert_eq!(parse_within(text).ok(), want, "{text}");
        }
    }
}
