//! `book --from-file`: many bookings, one result per row. Valid rows are booked,
//! invalid or conflicting rows are reported; `atomic` books all rows or none.
//!
//! Rows are checked in Rust (users in one query), then inserted in batches with one
//! `INSERT … SELECT … FROM unnest(…) ON CONFLICT DO NOTHING RETURNING` each, which
//! skips rows that overlap an existing appointment or an earlier row of the batch.

use std::collections::HashMap;
use std::io::Read;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::postgres::PgConnection;

use crate::appointments::{self, check_party};
use crate::audit::{self, Audit};
use crate::db::{self, Isolation, TenantTx};
use crate::error::{DbContext, Error, Result, code};
use crate::migrations::{self, MigrationSet};
use crate::output::Record;
use crate::tenants::Tenant;

const BATCH: usize = 2000;

/// One input row (CSV with a header row, or one JSON object per line).
#[derive(Debug, Clone, Deserialize)]
pub struct InputRow {
    pub therapist: String,
    pub client: String,
    pub at: String,
    #[serde(default)]
    pub duration: Option<String>,
    #[serde(default)]
    pub until: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
    #[serde(default)]
    pub idempotency_key: Option<String>,
}

/// The result of one row.
#[derive(Debug, Clone, Serialize)]
pub struct RowResult {
    pub row: usize,
    /// booked | exists | failed | rolled_back
    pub status: String,
    pub id: Option<i64>,
    pub code: i32,
    pub error: Option<String>,
}

impl Record for RowResult {
    fn headers() -> &'static [&'static str] {
        &["row", "status", "id", "code", "error"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.row.to_string(),
            self.status.clone(),
            self.id.map(|i| i.to_string()).unwrap_or_default(),
            self.code.to_string(),
            self.error.clone().unwrap_or_default(),
        ]
    }
    fn id(&self) -> String {
        self.id.map(|i| i.to_string()).unwrap_or_default()
    }
}

impl RowResult {
    fn failed(row: usize, code: i32, error: impl Into<String>) -> RowResult {
        RowResult {
            row,
            status: "failed".into(),
            id: None,
            code,
            error: Some(error.into()),
        }
    }
}

/// Read rows from a file or stdin (`-`): JSON lines when the first non-blank
/// character is `{`, CSV with a header row otherwise. A row that cannot be read is
/// an error result, not a fatal one.
pub fn read_rows(path: &str) -> Result<Vec<std::result::Result<InputRow, String>>> {
    let mut text = String::new();
    if path == "-" {
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Error::invalid(format!("cannot read stdin: {e}")))?;
    } else {
        text = std::fs::read_to_string(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::not_found(format!("file {path} not found")),
            _ => Error::invalid(format!("cannot read {path}: {e}")),
        })?;
    }
    if text.trim_start().starts_with('{') {
        return Ok(text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                serde_json::from_str::<InputRow>(l)
                    .map_err(|e| format!("not a booking object: {e}"))
            })
            .collect());
    }
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| Error::invalid(format!("cannot read the CSV header: {e}")))?
        .clone();
    for need in ["therapist", "client", "at"] {
        if !headers.iter().any(|h| h == need) {
            return Err(Error::invalid(format!(
                "the CSV header lacks the column {need:?}: use therapist,client,at,duration,until,notes,idempotency_key"
            )));
        }
    }
    Ok(reader
        .deserialize::<InputRow>()
        .map(|r| {
            r.map(|mut row| {
                for v in [
                    &mut row.duration,
                    &mut row.until,
                    &mut row.notes,
                    &mut row.idempotency_key,
                ] {
                    if v.as_deref() == Some("") {
                        *v = None;
                    }
                }
                row
            })
            .map_err(|e| format!("cannot read the row: {e}"))
        })
        .collect())
}

/// Therapist, client, start and end: what identifies a booking of a batch.
type BookingKey = (i64, i64, DateTime<Utc>, DateTime<Utc>);
/// An inserted row: its id and its booking key.
type Inserted = (i64, i64, i64, DateTime<Utc>, DateTime<Utc>);
/// An earlier booking with the same idempotency key: id, key and notes.
type Earlier = (i64, i64, i64, DateTime<Utc>, DateTime<Utc>, Option<String>);

/// A row ready to insert.
#[derive(Debug, Clone)]
struct Ready {
    row: usize,
    therapist: i64,
    client: i64,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    notes: Option<String>,
    key: Option<String>,
}

pub async fn book_many(
    conn: &mut PgConnection,
    set: &MigrationSet,
    tenant_key: &str,
    rows: Vec<std::result::Result<InputRow, String>>,
    atomic: bool,
) -> Result<Vec<RowResult>> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, set).await?;
    let tenant = appointments::bookable_tenant(&mut tx, tenant_key).await?;
    let tz = tenant.tz();
    let keys: Vec<String> = rows
        .iter()
        .flatten()
        .flat_map(|r| [r.therapist.clone(), r.client.clone()])
        .collect::<std::collections::HashSet<_>>()
        .into_iter()
        .collect();
    let users = appointments::resolve_many(&mut tx, &keys).await?;
    tx.commit().await.db("cannot commit")?;

    let mut results: Vec<RowResult> = Vec::new();
    let mut ready = Vec::new();
    for (i, row) in rows.into_iter().enumerate() {
        let n = i + 1;
        match prepare(n, row, &users, &tenant, tz) {
            Ok(r) => ready.push(r),
            Err(e) => results.push(e),
        }
    }
    let any_invalid = !results.is_empty();
    if atomic && any_invalid {
        results.extend(ready.iter().map(|r| rolled_back(r.row)));
        results.sort_by_key(|r| r.row);
        return Ok(results);
    }
    if atomic {
        let mut tx = db::tenant_tx(conn, tenant.id, Isolation::ReadCommitted).await?;
        let mut batch_results = Vec::new();
        for chunk in ready.chunks(BATCH) {
            batch_results.extend(insert_batch(&mut tx, chunk).await?);
        }
        if batch_results.iter().any(|r| r.status == "failed") {
            tx.rollback().await?;
            results.extend(batch_results.into_iter().map(|r| {
                if r.status == "failed" {
                    r
                } else {
                    rolled_back(r.row)
                }
            }));
        } else {
            audit_bulk(&mut tx, &tenant, &batch_results, &ready).await?;
            tx.commit().await?;
            results.extend(batch_results);
        }
    } else {
        for chunk in ready.chunks(BATCH) {
            let mut tx = db::tenant_tx(conn, tenant.id, Isolation::ReadCommitted).await?;
            let batch_results = match insert_batch(&mut tx, chunk).await {
                Ok(r) => r,
                // A concurrent change made the batch statement fail (a block added,
                // a user deactivated): book this batch row by row instead.
                Err(_) => {
                    tx.rollback().await?;
                    tx = db::tenant_tx(conn, tenant.id, Isolation::ReadCommitted).await?;
                    let mut out = Vec::new();
                    for r in chunk {
                        out.push(insert_one(&mut tx, r).await?);
                    }
                    out
                }
            };
            audit_bulk(&mut tx, &tenant, &batch_results, chunk).await?;
            tx.commit().await?;
            results.extend(batch_results);
        }
    }
    results.sort_by_key(|r| r.row);
    Ok(results)
}

fn rolled_back(row: usize) -> RowResult {
    RowResult {
        row,
        status: "rolled_back".into(),
        id: None,
        code: code::OK,
        error: Some("not booked: --atomic and another row failed".into()),
    }
}

/// One audit row per committed batch: the ids booked (as ranges) and the users they
/// name; none when the batch booked nothing.
async fn audit_bulk(
    tx: &mut TenantTx<'_>,
    tenant: &Tenant,
    results: &[RowResult],
    rows: &[Ready],
) -> Result<()> {
    let booked: Vec<&RowResult> = results.iter().filter(|r| r.status == "booked").collect();
    if booked.is_empty() {
        return Ok(());
    }
    let ids: Vec<i64> = booked.iter().filter_map(|r| r.id).collect();
    let booked_rows: std::collections::HashSet<usize> = booked.iter().map(|r| r.row).collect();
    let users: Vec<i64> = rows
        .iter()
        .filter(|r| booked_rows.contains(&r.row))
        .flat_map(|r| [r.therapist, r.client])
        .collect();
    let target = format!("{} appointments", ids.len());
    audit::record(
        tx,
        &Audit::new("book --from-file", Some(tenant), Some(&target), "booked")
            .details(serde_json::json!({ "booked": ids.len(), "ids": audit::compact_ids(&ids) }))
            .about(&users),
    )
    .await
}

fn prepare(
    row: usize,
    input: std::result::Result<InputRow, String>,
    users: &HashMap<String, crate::users::User>,
    tenant: &Tenant,
    tz: chrono_tz::Tz,
) -> std::result::Result<Ready, RowResult> {
    let input = input.map_err(|e| RowResult::failed(row, code::INVALID, e))?;
    let fail = |e: Error| RowResult::failed(row, e.exit_code(), e.to_string());
    let (start, end) = crate::time::parse_range(
        &input.at,
        input.duration.as_deref(),
        input.until.as_deref(),
        tz,
    )
    .map_err(|e| match e {
        Error::Usage(m) => RowResult::failed(row, code::INVALID, m),
        other => fail(other),
    })?;
    let find = |key: &str, what: &str| {
        users
            .get(&key.trim().to_lowercase())
            .cloned()
            .ok_or_else(|| {
                RowResult::failed(row, code::NOT_FOUND, format!("{what} {key:?} not found"))
            })
    };
    let therapist = find(&input.therapist, "therapist")?;
    let client = find(&input.client, "client")?;
    check_party(&therapist, tenant, "therapist", "therapist").map_err(fail)?;
    check_party(&client, tenant, "client", "client").map_err(fail)?;
    Ok(Ready {
        row,
        therapist: therapist.id,
        client: client.id,
        start,
        end,
        notes: input.notes,
        key: input.idempotency_key,
    })
}

/// Insert a batch; rows that overlap a block, an appointment or an earlier row of the
/// batch are reported as conflicts.
async fn insert_batch(tx: &mut TenantTx<'_>, rows: &[Ready]) -> Result<Vec<RowResult>> {
    let rn: Vec<i32> = rows.iter().map(|r| r.row as i32).collect();
    let t: Vec<i64> = rows.iter().map(|r| r.therapist).collect();
    let c: Vec<i64> = rows.iter().map(|r| r.client).collect();
    let s: Vec<DateTime<Utc>> = rows.iter().map(|r| r.start).collect();
    let e: Vec<DateTime<Utc>> = rows.iter().map(|r| r.end).collect();
    let n: Vec<Option<String>> = rows.iter().map(|r| r.notes.clone()).collect();
    let k: Vec<Option<String>> = rows.iter().map(|r| r.key.clone()).collect();
    let blocked: Vec<i32> = db::query_scalar(
        "SELECT r.rn FROM unnest($1::int[], $2::bigint[], $3::timestamptz[], $4::timestamptz[]) AS r(rn, t, s, e)
         WHERE EXISTS (SELECT 1 FROM calendar_blocks b WHERE b.therapist_id = r.t
                       AND tstzrange(b.starts_at, b.ends_at, '[)') && tstzrange(r.s, r.e, '[)'))",
    )
    .bind(&rn)
    .bind(&t)
    .bind(&s)
    .bind(&e)
    .fetch_all(&mut **tx)
    .await
    .db("cannot check the calendar blocks")?;
    let blocked: std::collections::HashSet<i32> = blocked.into_iter().collect();
    let inserted: Vec<Inserted> = db::query_as(
        "INSERT INTO appointments (therapist_id, client_id, starts_at, ends_at, notes, idempotency_key)
         SELECT r.t, r.c, r.s, r.e, r.n, r.k
         FROM unnest($1::int[], $2::bigint[], $3::bigint[], $4::timestamptz[], $5::timestamptz[], $6::text[], $7::text[])
              AS r(rn, t, c, s, e, n, k)
         WHERE r.rn <> ALL($8::int[])
         ORDER BY r.rn
         ON CONFLICT DO NOTHING
         RETURNING id, therapist_id, client_id, starts_at, ends_at",
    )
    .bind(&rn)
    .bind(&t)
    .bind(&c)
    .bind(&s)
    .bind(&e)
    .bind(&n)
    .bind(&k)
    .bind(blocked.iter().copied().collect::<Vec<i32>>())
    .fetch_all(&mut **tx)
    .await
    .db("cannot book the batch")?;
    // Match the inserted rows back to input rows (the first unmatched row with the
    // same therapist, client and times).
    let mut by_booking: HashMap<BookingKey, Vec<i64>> = HashMap::new();
    for (id, t, c, s, e) in inserted {
        by_booking.entry((t, c, s, e)).or_default().push(id);
    }
    for ids in by_booking.values_mut() {
        ids.sort_unstable_by(|a, b| b.cmp(a));
    }
    let mut out = Vec::with_capacity(rows.len());
    let mut retry_keys = Vec::new();
    for r in rows {
        if blocked.contains(&(r.row as i32)) {
            out.push(RowResult::failed(
                r.row,
                code::CONFLICT,
                "the time overlaps a calendar block of the therapist",
            ));
            continue;
        }
        match by_booking.get_mut(&(r.therapist, r.client, r.start, r.end)).and_then(|ids| ids.pop()) {
            Some(id) => out.push(RowResult { row: r.row, status: "booked".into(), id: Some(id), code: code::OK, error: None }),
            None if r.key.is_some() => {
                retry_keys.push(r.clone());
                out.push(RowResult::failed(r.row, code::CONFLICT, "pending"));
            }
            None => out.push(RowResult::failed(
                r.row,
                code::CONFLICT,
                "the time overlaps another appointment of the therapist or client (in the database or an earlier row)",
            )),
        }
    }
    // Rows with an idempotency key that were skipped: an earlier identical booking
    // is a success, a key used for something else or an overlap is a conflict.
    for r in retry_keys {
        let existing: Option<Earlier> = db::query_as(
            "SELECT id, therapist_id, client_id, starts_at, ends_at, notes FROM appointments WHERE idempotency_key = $1",
        )
        .bind(&r.key)
        .fetch_optional(&mut **tx)
        .await
        .db("cannot read an earlier booking")?;
        let result = match existing {
            Some((id, t, c, s, e, n))
                if (t, c, s, e, &n) == (r.therapist, r.client, r.start, r.end, &r.notes) =>
            {
                RowResult {
                    row: r.row,
                    status: "exists".into(),
                    id: Some(id),
                    code: code::OK,
                    error: None,
                }
            }
            Some((id, ..)) => RowResult::failed(
                r.row,
                code::CONFLICT,
                format!(
                    "idempotency key {:?} was already used for another booking (#{id})",
                    r.key.as_deref().unwrap_or("")
                ),
            ),
            None => RowResult::failed(
                r.row,
                code::CONFLICT,
                "the time overlaps another appointment of the therapist or client (in the database or an earlier row)",
            ),
        };
        if let Some(slot) = out.iter_mut().find(|o| o.row == r.row) {
            *slot = result;
        }
    }
    Ok(out)
}

/// One row in a savepoint (the fallback when a batch statement fails).
async fn insert_one(tx: &mut TenantTx<'_>, r: &Ready) -> Result<RowResult> {
    db::query("SAVEPOINT bulk_row")
        .execute(&mut **tx)
        .await
        .db("cannot set a savepoint")?;
    let outcome = insert_batch(tx, std::slice::from_ref(r)).await;
    match outcome {
        Ok(mut v) => {
            db::query("RELEASE SAVEPOINT bulk_row")
                .execute(&mut **tx)
                .await
                .db("cannot release a savepoint")?;
            Ok(v.remove(0))
        }
        Err(e) => {
            db::query("ROLLBACK TO SAVEPOINT bulk_row")
                .execute(&mut **tx)
                .await
                .db("cannot roll back a savepoint")?;
            let e = appointments::explain(e);
            Ok(RowResult::failed(r.row, e.exit_code(), e.to_string()))
        }
    }
}
