//! Exports for people and other tools: appointments and calendar blocks as CSV or
//! JSON, and one RFC 5545 calendar per therapist. Domain logic only.
//!
//! One flat directory: `<slug>-appointments.csv`, `<slug>-blocks.csv` (or `.json`),
//! `<slug>-therapist-<id>.ics`. Every file is written under a temporary name (0600),
//! fsynced and renamed over the old one. Times in CSV and JSON are RFC 3339 with the
//! tenant's offset; ICS times are UTC.

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use futures_util::StreamExt;
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};
use serde::Serialize;
use sqlx::AssertSqlSafe;
use sqlx::PgConnection;

use crate::backup::archive::{self, AtomicFile};
use crate::db::{self, Isolation, Steady, TenantTx};
use crate::error::{DbContext, Error, Result};
use crate::fleet::runner::Work;
use crate::tenants::Tenant;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    Ics,
}

/// The half-open window `[from, to)` of appointment and block start times.
#[derive(Debug, Clone, Default)]
pub struct Window {
    pub from: Option<String>,
    pub to: Option<String>,
}

/// One tenant's export.
#[derive(Debug, Clone, Serialize)]
pub struct Exported {
    pub tenant: String,
    pub files: Vec<String>,
    pub appointments: u64,
    pub blocks: u64,
}

/// Parse `--from`/`--to`: a time (with an offset, or local to the tenant's zone), or a
/// date; a date in `--to` means the end of that day (see `crate::time`).
pub fn parse_bound(text: &str, tz: Tz, end: bool) -> Result<DateTime<Utc>> {
    if end {
        crate::time::parse_end_bound(text, tz)
    } else {
        crate::time::parse_bound(text, tz)
    }
}

/// The SQL condition on `alias.starts_at` for the window (numbers only: microseconds
/// since the epoch, formatted from i64).
fn window_sql(alias: &str, from: Option<DateTime<Utc>>, to: Option<DateTime<Utc>>) -> String {
    let mut cond = vec!["true".to_string()];
    if let Some(f) = from {
        cond.push(format!(
            "{alias}.starts_at >= to_timestamp({}::double precision / 1000000)",
            f.timestamp_micros()
        ));
    }
    if let Some(t) = to {
        cond.push(format!(
            "{alias}.starts_at < to_timestamp({}::double precision / 1000000)",
            t.timestamp_micros()
        ));
    }
    cond.join(" AND ")
}

const TS: &str = "to_char({}, 'YYYY-MM-DD\"T\"HH24:MI:SSTZH:TZM')";

fn ts(col: &str) -> String {
    TS.replace("{}", col)
}

/// The export's query of one tenant's appointments; tables qualified with the
/// tenant's schema (built from its numeric id), as in a backup.
fn appointments_select(tenant_id: i64, cond: &str) -> String {
    let schema = crate::db::schema_ident(tenant_id);
    format!(
        "SELECT a.id, a.therapist_id, t.display_name AS therapist_name, t.email AS therapist_email,
                a.client_id, c.display_name AS client_name, c.email AS client_email,
                {} AS starts_at, {} AS ends_at, a.status, a.notes, a.cancel_reason, a.sequence,
                {} AS created_at, {} AS updated_at, a.series_id
         FROM {schema}.appointments a
         LEFT JOIN theratime.users t ON t.id = a.therapist_id
         LEFT JOIN theratime.users c ON c.id = a.client_id
         WHERE {cond} ORDER BY a.starts_at, a.id",
        ts("a.starts_at"),
        ts("a.ends_at"),
        ts("a.created_at"),
        ts("a.updated_at")
    )
}

fn blocks_select(tenant_id: i64, cond: &str) -> String {
    let schema = crate::db::schema_ident(tenant_id);
    format!(
        "SELECT b.id, b.therapist_id, t.display_name AS therapist_name, t.email AS therapist_email,
                {} AS starts_at, {} AS ends_at, b.reason, {} AS created_at
         FROM {schema}.calendar_blocks b
         LEFT JOIN theratime.users t ON t.id = b.therapist_id
         WHERE {cond} ORDER BY b.starts_at, b.id",
        ts("b.starts_at"),
        ts("b.ends_at"),
        ts("b.created_at")
    )
}

/// Free text for an iCalendar TEXT value: CR LF and bare CR become LF, which the
/// writer escapes as `\n` (RFC 5545 has no escape for a bare CR).
fn ics_text(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// Export one tenant into `out` (which exists); `None` when the tenant was dropped
/// after the run listed it.
pub async fn export_tenant(
    conn: &mut sqlx::PgConnection,
    tenant: &Tenant,
    format: Format,
    window: &Window,
    out: &Path,
) -> Result<Option<Exported>> {
    let tz = tenant.tz();
    let from = window
        .from
        .as_deref()
        .map(|s| parse_bound(s, tz, false))
        .transpose()?;
    let to = window
        .to
        .as_deref()
        .map(|s| parse_bound(s, tz, true))
        .transpose()?;
    crate::time::check_window(from, to)?;
    for _ in 0..5 {
        match export_once(conn, tenant, format, (from, to), out).await? {
            Attempt::Done(e) => return Ok(Some(e)),
            Attempt::Gone => return Ok(None),
            Attempt::Changed => {}
        }
    }
    Err(Error::Busy(format!(
        "tenant {} kept changing (migrations) during the export; try again",
        tenant.slug
    )))
}

/// The fleet work of an export: each tenant's files (None: the tenant was dropped
/// after the run listed it).
pub struct Export {
    pub format: Format,
    pub window: Window,
    /// The directory, which exists.
    pub out: PathBuf,
}

impl Work<Tenant> for Export {
    type Output = Option<Exported>;

    async fn run(&self, conn: &mut PgConnection, t: &Tenant) -> Result<Option<Exported>> {
        export_tenant(conn, t, self.format, &self.window, &self.out).await
    }
}

/// One try at exporting a tenant, from one snapshot.
enum Attempt {
    Done(Exported),
    /// The tenant was dropped after the run listed it.
    Gone,
    /// A migration or drop committed after the snapshot was taken (retry).
    Changed,
}

async fn export_once(
    conn: &mut sqlx::PgConnection,
    tenant: &Tenant,
    format: Format,
    (from, to): (Option<DateTime<Utc>>, Option<DateTime<Utc>>),
    out: &Path,
) -> Result<Attempt> {
    // One snapshot for the tenant's files, never while the tenant is migrated or
    // dropped (same protocol as a backup).
    // The global reads first, as the owner; the tenant's files as the tenant's role.
    let mut tx = db::begin(conn, Isolation::RepeatableRead).await?;
    if let Steady::Changed = db::lock_tenant_steady(&mut tx, tenant.id).await? {
        tx.rollback().await.db("cannot roll back")?;
        return Ok(Attempt::Changed);
    }
    let listed: bool =
        db::query_scalar("SELECT EXISTS (SELECT FROM theratime.tenants WHERE id = $1)")
            .bind(tenant.id)
            .fetch_one(&mut *tx)
            .await
            .db("cannot look up the tenant")?;
    if !listed {
        tx.rollback().await.db("cannot roll back")?;
        return Ok(Attempt::Gone);
    }
    let mut tx = db::enter_tenant_unchecked(tx, tenant.id).await?;
    db::require_schema(&mut tx).await?;
    // Times are formatted by the server in the tenant's zone.
    db::query("SELECT set_config('TimeZone', $1, true)")
        .bind(&tenant.time_zone)
        .execute(&mut *tx)
        .await
        .db("cannot set the tenant's time zone")?;
    let mut files = Vec::new();
    let (appointments, blocks) = match format {
        Format::Csv | Format::Json => {
            let ext = if format == Format::Csv { "csv" } else { "json" };
            let parts = [
                (
                    "appointments",
                    appointments_select(tenant.id, &window_sql("a", from, to)),
                ),
                (
                    "blocks",
                    blocks_select(tenant.id, &window_sql("b", from, to)),
                ),
            ];
            let mut counts = [0u64; 2];
            for (count, (what, select)) in counts.iter_mut().zip(&parts) {
                let name = format!("{}-{what}.{ext}", tenant.slug);
                *count = if format == Format::Csv {
                    copy_csv(&mut tx, out, &name, select, &mut files).await?
                } else {
                    write_json(&mut tx, out, &name, select, &mut files).await?
                };
            }
            (counts[0], counts[1])
        }
        Format::Ics => write_ics(&mut tx, tenant, out, from, to, &mut files).await?,
    };
    tx.commit().await?;
    let names: Vec<String> = files
        .iter()
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    crate::db::audit::record_alone(
        conn,
        &crate::db::audit::Audit::entry("export", Some(&tenant.slug), "written")
            .tenant_ref(tenant.id, &tenant.slug)
            .details(serde_json::json!({
                "format": format!("{format:?}").to_lowercase(), "files": names, "encrypted": false,
                "appointments": appointments, "blocks": blocks, "from": from, "to": to,
            })),
    )
    .await?;
    Ok(Attempt::Done(Exported {
        tenant: tenant.slug.clone(),
        files: files.iter().map(|p| p.display().to_string()).collect(),
        appointments,
        blocks,
    }))
}

/// `COPY (query) TO STDOUT (FORMAT csv, HEADER)` straight into the file.
async fn copy_csv(
    tx: &mut TenantTx<'_>,
    out: &Path,
    name: &str,
    select: &str,
    files: &mut Vec<PathBuf>,
) -> Result<u64> {
    let file = AtomicFile::create(out, name)?;
    let mut w = BufWriter::with_capacity(256 << 10, file.writer()?);
    // Safe: the query is fixed text, the schema identifier built from the tenant's
    // numeric id, and numeric bounds (see window_sql).
    let sql = format!("COPY ({select}) TO STDOUT WITH (FORMAT csv, HEADER)");
    let mut stream = tx
        .copy_out_raw(&sql)
        .await
        .db(format!("cannot export {name}"))?;
    let mut rows = 0u64;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.db(format!("cannot export {name}"))?;
        rows += 1;
        // One row per message; cells that start like a formula are neutralised.
        w.write_all(&crate::output::csv_row(&chunk)).map_err(io)?;
    }
    drop(stream);
    let f = w.into_inner().map_err(|e| io(e.into_error()))?;
    files.push(file.commit(f)?);
    // The header row is one CopyData message too.
    Ok(rows.saturating_sub(1))
}

/// A JSON array of objects, one per row, streamed.
async fn write_json(
    tx: &mut TenantTx<'_>,
    out: &Path,
    name: &str,
    select: &str,
    files: &mut Vec<PathBuf>,
) -> Result<u64> {
    let file = AtomicFile::create(out, name)?;
    let mut w = BufWriter::with_capacity(256 << 10, file.writer()?);
    // Safe: fixed text plus numeric bounds (see window_sql).
    let sql = format!("SELECT row_to_json(x)::text FROM ({select}) x");
    let mut rows = sqlx::query_scalar::<_, String>(AssertSqlSafe(sql))
        .persistent(false)
        .fetch(&mut **tx);
    let mut n = 0u64;
    w.write_all(b"[").map_err(io)?;
    while let Some(row) = rows.next().await {
        let row = row.db(format!("cannot export {name}"))?;
        if n > 0 {
            w.write_all(b",").map_err(io)?;
        }
        w.write_all(b"\n  ").map_err(io)?;
        w.write_all(row.as_bytes()).map_err(io)?;
        n += 1;
    }
    drop(rows);
    w.write_all(if n > 0 { b"\n]\n" } else { b"]\n" })
        .map_err(io)?;
    let f = w.into_inner().map_err(|e| io(e.into_error()))?;
    files.push(file.commit(f)?);
    Ok(n)
}

#[derive(sqlx::FromRow)]
struct IcsAppointment {
    id: i64,
    client_name: Option<String>,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    status: String,
    notes: Option<String>,
    sequence: i32,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    series_id: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct IcsBlock {
    id: i64,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    reason: Option<String>,
    created_at: DateTime<Utc>,
}

/// The stable UID of an appointment: the same across runs and reschedules.
pub fn appointment_uid(slug: &str, id: i64) -> String {
    format!("appointment-{id}.{slug}@theratime")
}

/// One calendar per therapist of the tenant (and per therapist its rows reference).
async fn write_ics(
    tx: &mut TenantTx<'_>,
    tenant: &Tenant,
    out: &Path,
    from: Option<DateTime<Utc>>,
    to: Option<DateTime<Utc>>,
    files: &mut Vec<PathBuf>,
) -> Result<(u64, u64)> {
    let therapists: Vec<(i64, String)> = db::query_as(
        "SELECT id, display_name FROM theratime.users
         WHERE (tenant_id = $1 AND role = 'therapist')
            OR id IN (SELECT therapist_id FROM appointments UNION SELECT therapist_id FROM calendar_blocks)
         ORDER BY id",
    )
    .bind(tenant.id)
    .fetch_all(&mut **tx)
    .await
    .db("cannot list the therapists")?;
    let (mut na, mut nb) = (0, 0);
    // Safe: numeric bounds only (see window_sql).
    let appt_sql = format!(
        "SELECT a.id, c.display_name AS client_name, a.starts_at, a.ends_at, a.status, a.notes,
                a.sequence, a.created_at, a.updated_at, a.series_id
         FROM appointments a LEFT JOIN theratime.users c ON c.id = a.client_id
         WHERE a.therapist_id = $1 AND {} ORDER BY a.starts_at, a.id",
        window_sql("a", from, to)
    );
    let block_sql = format!(
        "SELECT b.id, b.starts_at, b.ends_at, b.reason, b.created_at FROM calendar_blocks b
         WHERE b.therapist_id = $1 AND {} ORDER BY b.starts_at, b.id",
        window_sql("b", from, to)
    );
    for (tid, tname) in therapists {
        let appts: Vec<IcsAppointment> = sqlx::query_as(AssertSqlSafe(appt_sql.clone()))
            .persistent(false)
            .bind(tid)
            .fetch_all(&mut **tx)
            .await
            .db("cannot read appointments")?;
        let blocks: Vec<IcsBlock> = sqlx::query_as(AssertSqlSafe(block_sql.clone()))
            .persistent(false)
            .bind(tid)
            .fetch_all(&mut **tx)
            .await
            .db("cannot read calendar blocks")?;
        let mut cal = Calendar::empty();
        cal.append_property(icalendar::Property::new("VERSION", "2.0"));
        cal.append_property(icalendar::Property::new(
            "PRODID",
            format!("-//TheraTime//theratime {}//EN", env!("CARGO_PKG_VERSION")),
        ));
        cal.append_property(icalendar::Property::new("CALSCALE", "GREGORIAN"));
        cal.append_property(icalendar::Property::new(
            "X-WR-CALNAME",
            format!("{tname} ({})", tenant.slug),
        ));
        cal.append_property(icalendar::Property::new(
            "X-WR-TIMEZONE",
            tenant.time_zone.clone(),
        ));
        for a in &appts {
            let mut e = Event::new();
            e.uid(&appointment_uid(&tenant.slug, a.id))
                .timestamp(a.updated_at)
                .starts(a.starts_at)
                .ends(a.ends_at)
                .sequence(a.sequence.max(0) as u32)
                .created(a.created_at)
                .last_modified(a.updated_at)
                .summary(&ics_text(&format!(
                    "Appointment: {}",
                    a.client_name.as_deref().unwrap_or("client")
                )))
                .status(if a.status == "cancelled" {
                    EventStatus::Cancelled
                } else {
                    EventStatus::Confirmed
                })
                .add_property("X-THERATIME-STATUS", a.status.clone());
            if let Some(n) = &a.notes {
                e.description(&ics_text(n));
            }
            // Each occurrence of a series is an event of its own (its own UID), so
            // cancelling one cancels just that event in a subscribed calendar.
            if let Some(series) = a.series_id {
                e.add_property("X-THERATIME-SERIES", series.to_string());
            }
            cal.push(e.done());
        }
        for b in &blocks {
            let mut e = Event::new();
            e.uid(&format!("block-{}.{}@theratime", b.id, tenant.slug))
                .timestamp(b.created_at)
                .starts(b.starts_at)
                .ends(b.ends_at)
                .created(b.created_at)
                .summary(&match &b.reason {
                    Some(r) => ics_text(&format!("Blocked: {r}")),
                    None => "Blocked".into(),
                })
                .status(EventStatus::Confirmed)
                .add_property("TRANSP", "OPAQUE");
            cal.push(e.done());
        }
        na += appts.len() as u64;
        nb += blocks.len() as u64;
        let name = format!("{}-therapist-{tid}.ics", tenant.slug);
        let file = AtomicFile::create(out, &name)?;
        let mut w = BufWriter::new(file.writer()?);
        write!(w, "{cal}").map_err(io)?;
        let f = w.into_inner().map_err(|e| io(e.into_error()))?;
        files.push(file.commit(f)?);
    }
    remove_stale_calendars(out, &tenant.slug, files)?;
    Ok((na, nb))
}

/// Delete the tenant's `<slug>-therapist-<id>.ics` files this run did not write (a
/// therapist who has since left the tenant), so the directory shows the tenant as it
/// is. Names are matched exactly: `acme` never touches `acme-east`'s calendars.
fn remove_stale_calendars(out: &Path, slug: &str, written: &[PathBuf]) -> Result<()> {
    let prefix = format!("{slug}-therapist-");
    let entries = std::fs::read_dir(out)
        .map_err(|e| Error::Other(anyhow::anyhow!("cannot list {}: {e}", out.display())))?;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let ours = name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".ics"))
            .is_some_and(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()));
        let path = entry.path();
        if ours && !written.contains(&path) {
            std::fs::remove_file(&path).map_err(|e| {
                Error::Other(anyhow::anyhow!("cannot delete {}: {e}", path.display()))
            })?;
        }
    }
    Ok(())
}

/// A write error of an [`AtomicFile`] (it names the file).
fn io(e: std::io::Error) -> Error {
    Error::Other(e.into())
}

/// Make sure the output directory exists.
pub fn prepare_out(out: &Path) -> Result<()> {
    archive::ensure_dir(out)
}
