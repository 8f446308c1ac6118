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
use crate::db::audit::{self, Audit};
use crate::db::{self, Isolation, TenantTx};
use crate::error::{DbContext, Error, Result, code};
use crate::fleet::migrations::{self, MigrationSet};
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

/// What became of one row of the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RowStatus {
    Booked,
    /// Booked earlier with the same idempotency key.
    Exists,
    Failed,
    /// Valid, but not booked: `--atomic` and another row failed.
    RolledBack,
}

db::text_state!(RowStatus {
    Booked => "booked",
    Exists => "exists",
    Failed => "failed",
    RolledBack => "rolled_back",
});

/// The result of one row.
#[derive(Debug, Clone, Serialize)]
pub struct RowResult {
    pub row: usize,
    pub status: RowStatus,
    pub id: Option<i64>,
    pub code: i32,
    pub error: Option<String>,
}

impl RowResult {
    fn failed(row: usize, code: i32, error: impl Into<String>) -> RowResult {
        RowResult {
            row,
            status: RowStatus::Failed,
            id: None,
            code,
            error: Some(error.into()),
        }
    }
}

/// The keys of a JSON line and the columns of a CSV header, in the order of the
/// documentation.
pub const COLUMNS: [&str; 7] = [
    "therapist",
    "client",
    "at",
    "duration",
    "until",
    "notes",
    "idempotency_key",
];

/// A row as read: the booking, or why it cannot be read.
pub type ReadRow = std::result::Result<InputRow, String>;

/// Read rows from a file or stdin (`-`): JSON lines when the first non-blank
/// character is `{`, CSV with a header row otherwise. A row that cannot be read (not
/// JSON, not UTF-8, a missing field) is an error result, not a fatal one; a key or
/// column theratime does not know refuses the whole file (exit 5), since a misspelt
/// `duraton` would otherwise be dropped from every row.
pub fn read_rows(path: &str) -> Result<Vec<ReadRow>> {
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Error::invalid(format!("cannot read stdin: {e}")))?;
    } else {
        bytes = std::fs::read(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::not_found(format!("file {path} not found")),
            _ => Error::invalid(format!("cannot read {path}: {e}")),
        })?;
    }
    if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') {
        json_rows(&bytes)
    } else {
        csv_rows(&bytes)
    }
}

/// Refuse the file when it names keys or columns theratime does not know.
fn refuse_unknown(what: &str, unknown: &[String]) -> Result<()> {
    if unknown.is_empty() {
        return Ok(());
    }
    Err(Error::invalid(format!(
        "unknown {what}: {}; use {} (nothing was booked)",
        unknown.join(", "),
        COLUMNS.join(",")
    )))
}

/// The result of a row that is not UTF-8 (`at`: where in the row).
fn not_utf8(at: String) -> String {
    format!("the row is not valid UTF-8 ({at}); save the file as UTF-8")
}

fn json_rows(bytes: &[u8]) -> Result<Vec<ReadRow>> {
    let mut rows = Vec::new();
    let mut unknown: Vec<String> = Vec::new();
    let lines = bytes
        .split(|b| *b == b'\n')
        .filter(|l| !l.iter().all(u8::is_ascii_whitespace));
    for (i, line) in lines.enumerate() {
        let row = match std::str::from_utf8(line) {
            Err(e) => Err(not_utf8(format!("byte {}", e.valid_up_to() + 1))),
            Ok(text) => match serde_json::from_str::<serde_json::Value>(text) {
                Ok(serde_json::Value::Object(map)) => {
                    for key in map.keys().filter(|k| !COLUMNS.contains(&k.as_str())) {
                        unknown.push(format!("{key:?} (row {})", i + 1));
                    }
                    serde_json::from_value::<InputRow>(serde_json::Value::Object(map))
                        .map_err(|e| format!("not a booking object: {e}"))
                }
                Ok(_) => Err("not a booking object: expected {\"therapist\": …}".to_string()),
                Err(e) => Err(format!("not a booking object: {e}")),
            },
        };
        rows.push(row);
    }
    refuse_unknown("key(s)", &unknown)?;
    Ok(rows)
}

fn csv_rows(bytes: &[u8]) -> Result<Vec<ReadRow>> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        .from_reader(bytes);
    let headers = reader
        .headers()
        .map_err(|e| Error::invalid(format!("cannot read the CSV header: {e}")))?
        .clone();
    let unknown: Vec<String> = headers
        .iter()
        .filter(|h| !COLUMNS.contains(h))
        .map(|h| format!("{h:?}"))
        .collect();
    refuse_unknown("column(s)", &unknown)?;
    for need in ["therapist", "client", "at"] {
        if !headers.iter().any(|h| h == need) {
            return Err(Error::invalid(format!(
                "the CSV header lacks the column {need:?}: use {}",
                COLUMNS.join(",")
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
            .map_err(|e| match e.kind() {
                csv::ErrorKind::Utf8 { err, .. } => not_utf8(format!("field {}", err.field() + 1)),
                _ => format!("cannot read the row: {e}"),
            })
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
    rows: Vec<ReadRow>,
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
        if batch_results.iter().any(|r| r.status == RowStatus::Failed) {
            tx.rollback().await?;
            results.extend(batch_results.into_iter().map(|r| {
                if r.status == RowStatus::Failed {
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
        status: RowStatus::RolledBack,
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
    let booked: Vec<&RowResult> = results
        .iter()
        .filter(|r| r.status == RowStatus::Booked)
        .collect();
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
        &Audit::entry("book --from-file", Some(&target), "booked")
            .tenant_ref(tenant.id, &tenant.slug)
            .details(serde_json::json!({ "booked": ids.len(), "ids": audit::compact_ids(&ids) }))
            .about(&users),
    )
    .await
}

fn prepare(
    row: usize,
    input: ReadRow,
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
            Some(id) => out.push(RowResult { row: r.row, status: RowStatus::Booked, id: Some(id), code: code::OK, error: None }),
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
                    status: RowStatus::Exists,
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

#[cfg(test)]
mod tests {
    use super::*;

    const ROW: &str =
        r#"{"therapist": "t", "client": "c", "at": "2026-12-01 09:00", "duration": "50m"}"#;

    #[test]
    fn json_lines_refuse_unknown_keys_and_keep_bad_rows_as_results() {
        let file = format!("{ROW}\n\n{{\"therapist\": \"t\"}}\n[1]\n{ROW}\n");
        let rows = json_rows(file.as_bytes()).unwrap();
        assert_eq!(rows.len(), 4);
        assert!(rows[0].is_ok() && rows[3].is_ok());
        assert!(
            rows[1]
                .as_ref()
                .unwrap_err()
                .contains("missing field `client`")
        );
        assert!(
            rows[2]
                .as_ref()
                .unwrap_err()
                .starts_with("not a booking object")
        );

        let typo = format!("{ROW}\n{}\n", ROW.replace("duration", "duraton"));
        let e = json_rows(typo.as_bytes()).unwrap_err();
        assert_eq!(e.exit_code(), code::INVALID);
        assert!(
            e.to_string()
                .contains("unknown key(s): \"duraton\" (row 2)"),
            "{e}"
        );

        let mut bytes = format!("{ROW}\n").into_bytes();
        bytes.extend_from_slice(b"{\"therapist\": \"t\xff\"}\n");
        bytes.extend_from_slice(ROW.as_bytes());
        let rows = json_rows(&bytes).unwrap();
        assert_eq!(
            rows[1].as_ref().unwrap_err(),
            "the row is not valid UTF-8 (byte 17); save the file as UTF-8"
        );
        assert!(rows[0].is_ok() && rows[2].is_ok());
    }

    #[test]
    fn csv_refuses_unknown_columns_and_keeps_bad_rows_as_results() {
        let e = csv_rows(b"therapist,client,at,room\nt,c,2026-12-01 09:00,A\n").unwrap_err();
        assert_eq!(e.exit_code(), code::INVALID);
        assert!(e.to_string().contains("unknown column(s): \"room\""), "{e}");
        let e = csv_rows(b"therapist,at\n").unwrap_err();
        assert!(e.to_string().contains("lacks the column \"client\""), "{e}");

        let rows = csv_rows(
            b"at,client,therapist,notes\n2026-12-01 09:00,c,t,caf\xe9\n2026-12-01 10:00,c,t,\n",
        )
        .unwrap();
        assert_eq!(
            rows[0].as_ref().unwrap_err(),
            "the row is not valid UTF-8 (field 4); save the file as UTF-8"
        );
        let second = rows[1].as_ref().unwrap();
        assert_eq!(second.at, "2026-12-01 10:00");
        assert_eq!(second.notes, None);
    }
}
