//! The audit trail: one row per command that changes state or takes data out,
//! written in the same transaction as the change and chained by hashes
//! (`migrations/global/V5__audit_chain.sql`); `audit list` reads it, `audit verify`
//! walks the chain.
//!
//! A row's hashed content never holds a personal value: emails, names, the old and new
//! values of edits and cancel reasons go to `theratime.audit_personal` (blanked by
//! `user erase`), and the row hashes only a salted digest of them.

use std::collections::VecDeque;

use chrono::{DateTime, Utc};
use futures_util::TryStreamExt;
use serde::Serialize;
use sha2::{Digest, Sha256};
use sqlx::postgres::PgConnection;

use crate::db::{self, Isolation};
use crate::error::{DbContext, Error, Result};

/// One audit row to append: [`Audit::entry`], then the builder methods
/// ([`Audit::tenant_ref`] names the tenant).
pub struct Audit<'a> {
    /// The verb, e.g. `appointment cancel`.
    pub command: &'a str,
    /// The tenant (id, slug) the row is about: set only by [`Audit::tenant_ref`].
    tenant: Option<(i64, &'a str)>,
    /// What was acted on, by id (`appointment 42`, `user 7`): never a personal value.
    pub target: Option<&'a str>,
    pub outcome: &'a str,
    /// Facts that are not personal (ids, versions, counts, times): hashed.
    pub details: Option<serde_json::Value>,
    /// The users the row is about (`user export` finds a person's rows by them).
    pub users: Vec<i64>,
    /// Personal values (whose, which): kept outside the hashed content, erasable.
    pub personal: Option<(Option<i64>, serde_json::Value)>,
}

impl<'a> Audit<'a> {
    /// A row of `command` about `target` with `outcome`, of no tenant until
    /// [`Audit::tenant_ref`] names one.
    pub fn entry(command: &'a str, target: Option<&'a str>, outcome: &'a str) -> Self {
        Audit {
            command,
            tenant: None,
            target,
            outcome,
            details: None,
            users: Vec::new(),
            personal: None,
        }
    }

    /// The tenant the row is about, by id and slug.
    pub fn tenant_ref(mut self, id: i64, slug: &'a str) -> Self {
        self.tenant = Some((id, slug));
        self
    }

    pub fn details(mut self, details: serde_json::Value) -> Self {
        self.details = Some(details);
        self
    }

    pub fn about(mut self, users: &[i64]) -> Self {
        let mut users = users.to_vec();
        users.sort_unstable();
        users.dedup();
        self.users = users;
        self
    }

    /// Personal values of `user` (None: of nobody in particular, e.g. a practice name).
    pub fn personal(mut self, user: Option<i64>, values: serde_json::Value) -> Self {
        self.personal = Some((user, values));
        self
    }
}

/// The operating-system user running theratime: the name of the process's real uid
/// (`getpwuid(getuid())`), never `$USER`, which anyone can set; the uid itself when it
/// has no passwd entry.
pub fn os_user() -> Option<String> {
    // SAFETY: getuid cannot fail; getpwuid returns a pointer into static storage or
    // NULL, and we copy the name out before any other call could overwrite it.
    unsafe {
        let uid = libc::getuid();
        let pw = libc::getpwuid(uid);
        if pw.is_null() || (*pw).pw_name.is_null() {
            Some(format!("uid {uid}"))
        } else {
            Some(
                std::ffi::CStr::from_ptr((*pw).pw_name)
                    .to_string_lossy()
                    .into_owned(),
            )
        }
    }
}

/// Append `entry` in the caller's READ COMMITTED transaction (one round trip). The
/// chain head stays locked until that transaction ends, so call this last, just before
/// the commit.
pub async fn record(conn: &mut PgConnection, entry: &Audit<'_>) -> Result<()> {
    appending(
        "SELECT theratime.audit_append($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        entry,
    )
    .execute(conn)
    .await
    .db("cannot write the audit log")?;
    Ok(())
}

/// `sql` with `entry` bound as the ten parameters of `theratime.audit_append` ($1 to
/// $10): for a caller that folds a statement of its own into the same round trip (a
/// CTE whose parameters come after, from $11), as a tenant migration does with its
/// bookkeeping row.
pub fn appending<'q>(
    sql: &'static str,
    entry: &'q Audit<'q>,
) -> sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments> {
    db::query(sql)
        .bind(os_user())
        .bind(entry.command)
        .bind(entry.tenant.map(|t| t.0))
        .bind(entry.tenant.map(|t| t.1))
        .bind(entry.target)
        .bind(entry.outcome)
        .bind(entry.details.as_ref().map(|d| d.to_string()))
        .bind(&entry.users)
        .bind(entry.personal.as_ref().and_then(|p| p.0))
        .bind(entry.personal.as_ref().map(|p| p.1.to_string()))
}

/// Whether the database has the audit chain (global migration V5): a migration run
/// over a set without it, or stopped before it, has nowhere to write its rows.
pub async fn chained(conn: &mut PgConnection) -> Result<bool> {
    db::query_scalar(
        "SELECT to_regprocedure('theratime.audit_append(text, text, bigint, text, text, text, text, bigint[], bigint, text)') IS NOT NULL",
    )
    .fetch_one(conn)
    .await
    .db("cannot look for the audit chain")
}

/// [`record`] in a short transaction of its own, for data that left through a
/// REPEATABLE READ snapshot (backup, export): such a transaction cannot lock a chain
/// head that a later commit moved.
pub async fn record_alone(conn: &mut PgConnection, entry: &Audit<'_>) -> Result<()> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    record(&mut tx, entry).await?;
    tx.commit().await.db("cannot commit the audit row")
}

/// Ids as ranges: `[1, 2, 3, 7]` -> `1-3,7`.
pub fn compact_ids(ids: &[i64]) -> String {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let mut parts = Vec::new();
    let mut i = 0;
    while i < ids.len() {
        let start = ids[i];
        let mut end = start;
        while i + 1 < ids.len() && ids[i + 1] == end + 1 {
            i += 1;
            end = ids[i];
        }
        parts.push(if start == end {
            start.to_string()
        } else {
            format!("{start}-{end}")
        });
        i += 1;
    }
    parts.join(",")
}

// ---------------------------------------------------------------------------
// The chain

/// An audit row as the chain sees it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ChainRow {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub db_user: Option<String>,
    pub os_user: Option<String>,
    pub command: Option<String>,
    pub tenant_id: Option<i64>,
    pub tenant_slug: Option<String>,
    pub target: Option<String>,
    pub outcome: Option<String>,
    pub details: Option<String>,
    pub user_ids: Vec<i64>,
    pub personal_digest: Option<Vec<u8>>,
    pub prev_id: Option<i64>,
    pub prev_hash: Option<Vec<u8>>,
    pub hash: Option<Vec<u8>>,
}

/// The hash of a row: SHA-256 over `theratime-audit-v1` and every field as
/// `<UTF-8 length>:<value>` (`-` for NULL), in the order of `theratime.audit_hash()`,
/// which computes the same in SQL when a row is appended.
pub fn row_hash(r: &ChainRow) -> Vec<u8> {
    fn field(h: &mut Sha256, v: Option<&str>) {
        match v {
            None => h.update(b"-"),
            Some(s) => {
                h.update(format!("{}:", s.len()).as_bytes());
                h.update(s.as_bytes());
            }
        }
    }
    let mut h = Sha256::new();
    h.update(b"theratime-audit-v1");
    let at = r.at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string();
    let users = r
        .user_ids
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(",");
    field(&mut h, Some(&r.id.to_string()));
    field(&mut h, Some(&at));
    field(&mut h, r.db_user.as_deref());
    field(&mut h, r.os_user.as_deref());
    field(&mut h, r.command.as_deref());
    field(&mut h, r.tenant_id.map(|v| v.to_string()).as_deref());
    field(&mut h, r.tenant_slug.as_deref());
    field(&mut h, r.target.as_deref());
    field(&mut h, r.outcome.as_deref());
    field(&mut h, r.details.as_deref());
    field(&mut h, Some(&users));
    field(
        &mut h,
        r.personal_digest.as_ref().map(hex::encode).as_deref(),
    );
    field(&mut h, r.prev_id.map(|v| v.to_string()).as_deref());
    field(&mut h, r.prev_hash.as_ref().map(hex::encode).as_deref());
    h.finalize().to_vec()
}

/// What is wrong with the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    Changed,
    Inserted,
    Deleted,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Problem::Changed => "changed",
            Problem::Inserted => "inserted",
            Problem::Deleted => "deleted",
        })
    }
}

/// The first row found changed, inserted or deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub row: i64,
    pub problem: Problem,
    pub message: String,
}

impl Finding {
    fn new(row: i64, problem: Problem, message: String) -> Finding {
        Finding {
            row,
            problem,
            message,
        }
    }
}

/// The newest row as `theratime.audit_chain_head` records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub id: Option<i64>,
    pub hash: Option<Vec<u8>>,
}

/// A row an earlier verify printed (`ID:SHA256`), which must still be there unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub id: i64,
    pub hash: Vec<u8>,
}

impl std::str::FromStr for Anchor {
    type Err = Error;
    fn from_str(s: &str) -> Result<Anchor> {
        let bad = || {
            Error::invalid(format!(
                "invalid anchor {s:?}: give ID:SHA256 as `theratime audit verify -q` prints it"
            ))
        };
        let (id, hash) = s.trim().split_once(':').ok_or_else(bad)?;
        let id = id.parse().map_err(|_| bad())?;
        let hash = hex::decode(hash).map_err(|_| bad())?;
        if hash.len() != 32 {
            return Err(bad());
        }
        Ok(Anchor { id, hash })
    }
}

/// Walks the chain in id order, one row behind (a row is judged with its successor
/// in view, which tells an inserted row from a changed one).
pub struct Walk {
    last: Option<(i64, Vec<u8>)>,
    pending: Option<ChainRow>,
    /// Ids of the latest accepted rows, to name the first of a run of inserted rows.
    recent: VecDeque<i64>,
    anchor: Option<Anchor>,
    anchor_seen: bool,
    pub rows: u64,
}

const RECENT: usize = 4096;

impl Walk {
    pub fn new(anchor: Option<Anchor>) -> Walk {
        Walk {
            last: None,
            pending: None,
            recent: VecDeque::new(),
            anchor,
            anchor_seen: false,
            rows: 0,
        }
    }

    /// The next row in id order.
    pub fn push(&mut self, row: ChainRow) -> Result<(), Finding> {
        self.rows += 1;
        if let Some(p) = self.pending.take() {
            self.judge(p, Some(&row))?;
        }
        self.pending = Some(row);
        Ok(())
    }

    /// After the last row: judge it, then compare the newest row with the chain head
    /// (a deleted newest row leaves no successor to notice it) and with the anchor.
    /// Returns the newest row's id and hash.
    pub fn finish(mut self, head: Option<Head>) -> Result<Option<(i64, Vec<u8>)>, Finding> {
        if let Some(p) = self.pending.take() {
            self.judge(p, None)?;
        }
        if let Some(a) = &self.anchor
            && !self.anchor_seen
        {
            return Err(Finding::new(
                a.id,
                Problem::Deleted,
                format!(
                    "row #{} (the anchor) is gone: it was deleted, or the chain was rewritten",
                    a.id
                ),
            ));
        }
        let Some(head) = head else {
            return Err(Finding::new(
                0,
                Problem::Deleted,
                "the chain head (theratime.audit_chain_head) was deleted".into(),
            ));
        };
        let last_id = self.last.as_ref().map(|l| l.0);
        let last_hash = self.last.as_ref().map(|l| l.1.clone());
        if head.id == last_id && head.hash == last_hash {
            return Ok(self.last);
        }
        match (head.id, last_id) {
            (Some(h), Some(l)) if h == l => Err(Finding::new(
                h,
                Problem::Changed,
                format!("row #{h} was changed: the chain head records another hash for it"),
            )),
            (Some(h), None) => Err(Finding::new(
                h,
                Problem::Deleted,
                format!(
                    "row #{h} was deleted: the chain head names it as the newest row, and no row is left"
                ),
            )),
            (Some(h), Some(l)) if h > l => Err(Finding::new(
                h,
                Problem::Deleted,
                format!(
                    "row #{h} was deleted: the chain head names it as the newest row, the newest row left is #{l}"
                ),
            )),
            (h, Some(l)) => {
                let after = h.unwrap_or(i64::MIN);
                let first = self
                    .recent
                    .iter()
                    .copied()
                    .find(|id| *id > after)
                    .unwrap_or(l);
                Err(Finding::new(
                    first,
                    Problem::Inserted,
                    format!(
                        "row #{first} was inserted: the chain head names {} as the newest row",
                        h.map(|h| format!("#{h}")).unwrap_or("no row".into())
                    ),
                ))
            }
            (None, None) => Err(Finding::new(
                0,
                Problem::Changed,
                "the chain head was changed: it records a hash but no row".into(),
            )),
        }
    }

    fn links_to_last(&self, r: &ChainRow) -> bool {
        r.prev_id == self.last.as_ref().map(|l| l.0)
            && r.prev_hash.as_deref() == self.last.as_ref().map(|l| l.1.as_slice())
    }

    fn judge(&mut self, row: ChainRow, next: Option<&ChainRow>) -> Result<(), Finding> {
        let content_ok = row.hash.as_deref() == Some(row_hash(&row).as_slice());
        let linked = self.links_to_last(&row);
        if !(content_ok && linked) {
            return Err(self.why(&row, next, content_ok));
        }
        if let Some(a) = &self.anchor
            && a.id == row.id
        {
            self.anchor_seen = true;
            if row.hash.as_deref() != Some(a.hash.as_slice()) {
                return Err(Finding::new(
                    row.id,
                    Problem::Changed,
                    format!(
                        "row #{} does not have the hash recorded earlier (the anchor): the chain was rewritten from there on",
                        row.id
                    ),
                ));
            }
        }
        self.recent.push_back(row.id);
        if self.recent.len() > RECENT {
            self.recent.pop_front();
        }
        self.last = Some((row.id, row.hash.unwrap_or_default()));
        Ok(())
    }

    fn why(&self, row: &ChainRow, next: Option<&ChainRow>, content_ok: bool) -> Finding {
        let last_id = self.last.as_ref().map(|l| l.0);
        let shown = |id: Option<i64>| id.map_or("the start".to_string(), |i| format!("#{i}"));
        // The next row links to our predecessor: this row was slipped in between.
        if next.is_some_and(|n| self.links_to_last(n)) {
            return Finding::new(
                row.id,
                Problem::Inserted,
                format!(
                    "row #{} was inserted: the row after it links to {}",
                    row.id,
                    shown(last_id)
                ),
            );
        }
        if !content_ok {
            return Finding::new(
                row.id,
                Problem::Changed,
                format!(
                    "row #{} was changed: its content no longer matches its hash",
                    row.id
                ),
            );
        }
        match (row.prev_id, last_id) {
            (p, l) if p == l => match l {
                Some(l) => Finding::new(
                    l,
                    Problem::Changed,
                    format!(
                        "row #{l} was changed (and its hash recomputed): row #{} links to another hash for it",
                        row.id
                    ),
                ),
                None => Finding::new(
                    row.id,
                    Problem::Changed,
                    format!(
                        "row #{} was changed: its link to the start was altered",
                        row.id
                    ),
                ),
            },
            (None, Some(_)) => Finding::new(
                row.id,
                Problem::Inserted,
                format!(
                    "row #{} was inserted: it claims to start the chain, but rows come before it",
                    row.id
                ),
            ),
            (Some(p), Some(l)) if p < l => {
                let first = self.recent.iter().copied().find(|id| *id > p).unwrap_or(l);
                Finding::new(
                    first,
                    Problem::Inserted,
                    format!(
                        "row #{first} was inserted: row #{} links past it to #{p}",
                        row.id
                    ),
                )
            }
            (Some(p), l) => Finding::new(
                p,
                Problem::Deleted,
                format!(
                    "row #{p} was deleted: row #{} links to it, but the row before it is {}",
                    row.id,
                    shown(l)
                ),
            ),
            (None, None) => unreachable!("handled by the first arm"),
        }
    }
}

/// A side row of `theratime.audit_personal` as verify sees it: (salt, data), both
/// None once erased; None when the audit row has no side row.
pub type Side<'a> = Option<(Option<&'a [u8]>, Option<&'a str>)>;

/// A side row of personal values against the digest its audit row hashed.
pub fn check_personal(audit_id: i64, digest: Option<&[u8]>, side: Side<'_>) -> Option<Finding> {
    match (digest, side) {
        (None, None) => None,
        // Erased: the salt went with the values.
        (Some(_), Some((None, None))) => None,
        (Some(d), Some((Some(salt), Some(data)))) => {
            let mut h = Sha256::new();
            h.update(salt);
            h.update(data.as_bytes());
            (h.finalize()[..] != *d).then(|| {
                Finding::new(
                    audit_id,
                    Problem::Changed,
                    format!("the personal values of row #{audit_id} were changed"),
                )
            })
        }
        (Some(_), None) => Some(Finding::new(
            audit_id,
            Problem::Deleted,
            format!("the personal values of row #{audit_id} were deleted (not erased)"),
        )),
        (None, Some(_)) | (Some(_), Some(_)) => Some(Finding::new(
            audit_id,
            Problem::Inserted,
            format!("personal values were added to row #{audit_id}"),
        )),
    }
}

/// The result of `audit verify`.
#[derive(Debug, Clone, Serialize)]
pub struct Verified {
    pub intact: bool,
    pub rows: u64,
    pub head_id: Option<i64>,
    pub head_sha256: Option<String>,
    pub personal_rows: u64,
    pub personal_erased: u64,
    pub problem: Option<Finding>,
}

/// Walk the whole chain (one snapshot), then check the personal values against their
/// digests.
pub async fn verify(conn: &mut PgConnection, anchor: Option<Anchor>) -> Result<Verified> {
    let mut tx = db::begin(conn, Isolation::RepeatableRead).await?;
    let head: Option<Head> = db::query_as::<(Option<i64>, Option<Vec<u8>>)>(
        "SELECT last_id, last_hash FROM theratime.audit_chain_head",
    )
    .fetch_optional(&mut *tx)
    .await
    .db("cannot read the audit chain head")?
    .map(|(id, hash)| Head { id, hash });
    let mut walk = Walk::new(anchor);
    let mut finding = None;
    {
        let mut rows = db::query_as::<ChainRow>(
            "SELECT id, at, db_user, os_user, command, tenant_id, tenant_slug, target, outcome, details,
                    user_ids, personal_digest, prev_id, prev_hash, hash
             FROM theratime.audit_log ORDER BY id",
        )
        .fetch(&mut *tx);
        while let Some(row) = rows.try_next().await.db("cannot read the audit log")? {
            if let Err(f) = walk.push(row) {
                finding = Some(f);
                break;
            }
        }
    }
    let rows = walk.rows;
    let newest = match finding {
        Some(f) => Err(f),
        None => walk.finish(head),
    };
    let (mut personal_rows, mut personal_erased) = (0, 0);
    let mut side_finding = None;
    {
        let mut side = db::query_as::<(
            i64,
            Option<Vec<u8>>,
            bool,
            Option<Vec<u8>>,
            Option<String>,
        )>(
            "SELECT coalesce(a.id, p.audit_id), a.personal_digest, p.audit_id IS NOT NULL, p.salt, p.data
             FROM theratime.audit_log a
             FULL JOIN theratime.audit_personal p ON p.audit_id = a.id
             WHERE a.personal_digest IS NOT NULL OR p.audit_id IS NOT NULL
             ORDER BY 1",
        )
        .fetch(&mut *tx);
        while let Some((id, digest, has_side, salt, data)) =
            side.try_next().await.db("cannot read the audit log")?
        {
            if has_side {
                personal_rows += 1;
                if data.is_none() {
                    personal_erased += 1;
                }
            }
            let side = has_side.then_some((salt.as_deref(), data.as_deref()));
            if side_finding.is_none() {
                side_finding = check_personal(id, digest.as_deref(), side);
            }
        }
    }
    tx.commit().await.db("cannot commit")?;
    let (head_id, head_sha256, problem) = match newest {
        Ok(n) => (
            n.as_ref().map(|n| n.0),
            n.map(|n| hex::encode(n.1)),
            side_finding,
        ),
        Err(f) => (None, None, Some(f)),
    };
    Ok(Verified {
        intact: problem.is_none(),
        rows,
        head_id,
        head_sha256,
        personal_rows,
        personal_erased,
        problem,
    })
}

// ---------------------------------------------------------------------------
// Reading the trail

/// Filters of `audit list`.
#[derive(Debug, Default)]
pub struct Filter {
    /// Slug (every tenant that had it) or id.
    pub tenant: Option<String>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
    /// Database or OS user.
    pub actor: Option<String>,
    /// Command prefix (`appointment` matches every appointment verb).
    pub command: Option<String>,
    pub target: Option<String>,
    /// Rows about this user (`user export`).
    pub user: Option<i64>,
    /// None: every row.
    pub limit: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct ListRow {
    id: i64,
    at: DateTime<Utc>,
    db_user: String,
    os_user: Option<String>,
    command: String,
    tenant_id: Option<i64>,
    tenant_slug: Option<String>,
    target: Option<String>,
    outcome: String,
    details: Option<String>,
    personal: Option<String>,
    personal_user: Option<i64>,
    erased: bool,
}

/// An audit row as printed.
#[derive(Debug, Clone, Serialize)]
pub struct AuditOut {
    pub id: i64,
    /// RFC 3339, UTC.
    pub at: String,
    pub db_user: String,
    pub os_user: Option<String>,
    pub command: String,
    pub tenant_id: Option<i64>,
    pub tenant: Option<String>,
    pub target: Option<String>,
    pub outcome: String,
    pub details: Option<serde_json::Value>,
    /// Personal values (old and new values of edits, …); null when there are none.
    pub values: Option<serde_json::Value>,
    /// The personal values were erased (`user erase`).
    pub erased: bool,
    /// Whose personal values `values` are.
    #[serde(skip)]
    pub values_of: Option<i64>,
}

impl AuditOut {
    fn from_row(r: ListRow) -> AuditOut {
        let json = |t: Option<String>| {
            t.map(|t| serde_json::from_str(&t).unwrap_or(serde_json::Value::String(t)))
        };
        AuditOut {
            id: r.id,
            at: r.at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string(),
            db_user: r.db_user,
            os_user: r.os_user,
            command: r.command,
            tenant_id: r.tenant_id,
            tenant: r.tenant_slug,
            target: r.target,
            outcome: r.outcome,
            details: json(r.details),
            values: json(r.personal),
            erased: r.erased,
            values_of: r.personal_user,
        }
    }
}

/// `LIKE` pattern of a prefix (its `%`, `_` and `\` taken literally).
pub fn prefix_pattern(prefix: &str) -> String {
    let mut p = String::with_capacity(prefix.len() + 1);
    for c in prefix.chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

/// Audit rows, newest first, in a transaction of their own.
pub async fn list(conn: &mut PgConnection, f: &Filter) -> Result<Vec<AuditOut>> {
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    let rows = rows(&mut tx, f).await?;
    tx.commit().await.db("cannot commit")?;
    Ok(rows)
}

/// Audit rows, newest first, in the caller's transaction. Each filter has an index
/// (V5__audit_chain.sql).
pub async fn rows(conn: &mut PgConnection, f: &Filter) -> Result<Vec<AuditOut>> {
    let (tenant_id, tenant_slug) = match f.tenant.as_deref().map(str::trim) {
        Some(t) if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) => (
            Some(
                t.parse::<i64>()
                    .map_err(|_| Error::invalid(format!("invalid tenant id {t:?}")))?,
            ),
            None,
        ),
        Some(t) => (None, Some(t.to_string())),
        None => (None, None),
    };
    let rows: Vec<ListRow> = db::query_as(
        "SELECT a.id, a.at, a.db_user, a.os_user, a.command, a.tenant_id, a.tenant_slug, a.target,
                a.outcome, a.details, p.data AS personal, p.user_id AS personal_user,
                p.erased_at IS NOT NULL AS erased
         FROM theratime.audit_log a
         LEFT JOIN theratime.audit_personal p ON p.audit_id = a.id
         WHERE ($1::bigint IS NULL OR a.tenant_id = $1)
           AND ($2::text IS NULL OR a.tenant_slug = $2)
           AND ($3::timestamptz IS NULL OR a.at >= $3)
           AND ($4::timestamptz IS NULL OR a.at < $4)
           AND ($5::text IS NULL OR a.db_user = $5 OR a.os_user = $5)
           AND ($6::text IS NULL OR a.command LIKE $6)
           AND ($7::text IS NULL OR a.target = $7)
           AND ($8::bigint IS NULL OR a.user_ids @> ARRAY[$8])
         ORDER BY a.id DESC
         LIMIT $9",
    )
    .bind(tenant_id)
    .bind(tenant_slug)
    .bind(f.since)
    .bind(f.until)
    .bind(f.actor.as_deref())
    .bind(f.command.as_deref().map(prefix_pattern))
    .bind(f.target.as_deref())
    .bind(f.user)
    .bind(f.limit)
    .fetch_all(conn)
    .await
    .db("cannot read the audit log")?;
    Ok(rows.into_iter().map(AuditOut::from_row).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: i64, prev: Option<&ChainRow>) -> ChainRow {
        let mut r = ChainRow {
            id,
            at: DateTime::from_timestamp(1_800_000_000 + id, 123_456_000).unwrap(),
            db_user: Some("postgres".into()),
            os_user: Some("ops".into()),
            command: Some("book".into()),
            tenant_id: Some(1),
            tenant_slug: Some("acme".into()),
            target: Some(format!("appointment {id}")),
            outcome: Some("booked".into()),
            details: Some("{\"a\":1}".into()),
            user_ids: vec![3, 4],
            personal_digest: None,
            prev_id: prev.map(|p| p.id),
            prev_hash: prev.and_then(|p| p.hash.clone()),
            hash: None,
        };
        r.hash = Some(row_hash(&r));
        r
    }

    fn chain(ids: &[i64]) -> Vec<ChainRow> {
        let mut out: Vec<ChainRow> = Vec::new();
        for id in ids {
            let r = row(*id, out.last());
            out.push(r);
        }
        out
    }

    fn head_of(rows: &[ChainRow]) -> Head {
        Head {
            id: rows.last().map(|r| r.id),
            hash: rows.last().and_then(|r| r.hash.clone()),
        }
    }

    fn walk(rows: Vec<ChainRow>, head: Head) -> Result<u64, Finding> {
        let mut w = Walk::new(None);
        for r in rows {
            w.push(r)?;
        }
        let n = w.rows;
        w.finish(Some(head)).map(|_| n)
    }

    #[test]
    fn canonical_form_is_length_prefixed() {
        // Moving a character from one field to the next changes the hash.
        let mut a = row(1, None);
        let mut b = a.clone();
        a.tenant_slug = Some("ab".into());
        a.target = Some("c".into());
        b.tenant_slug = Some("a".into());
        b.target = Some("bc".into());
        assert_ne!(row_hash(&a), row_hash(&b));
        // NULL differs from empty.
        let mut c = a.clone();
        c.os_user = None;
        let mut d = a.clone();
        d.os_user = Some(String::new());
        assert_ne!(row_hash(&c), row_hash(&d));
    }

    #[test]
    fn the_walk_names_the_first_row_changed_inserted_or_deleted() {
        let rows = chain(&[1, 2, 3, 4, 5]);
        let head = head_of(&rows);
        type Case = (
            &'static str,
            Box<dyn Fn(&mut Vec<ChainRow>, &mut Head)>,
            Option<(i64, Problem)>,
        );
        let cases: Vec<Case> = vec![
            ("intact", Box::new(|_, _| {}), None),
            (
                "content changed",
                Box::new(|r, _| r[2].outcome = Some("forged".into())),
                Some((3, Problem::Changed)),
            ),
            (
                "content changed and rehashed",
                Box::new(|r, _| {
                    r[2].outcome = Some("forged".into());
                    r[2].hash = Some(row_hash(&r[2]));
                }),
                Some((3, Problem::Changed)),
            ),
            (
                "middle row deleted",
                Box::new(|r, _| {
                    r.remove(2);
                }),
                Some((3, Problem::Deleted)),
            ),
            (
                "first row deleted",
                Box::new(|r, _| {
                    r.remove(0);
                }),
                Some((1, Problem::Deleted)),
            ),
            (
                "newest row deleted",
                Box::new(|r, _| {
                    r.pop();
                }),
                Some((5, Problem::Deleted)),
            ),
            (
                "every row deleted",
                Box::new(|r, _| r.clear()),
                Some((5, Problem::Deleted)),
            ),
            (
                "row inserted with no link",
                Box::new(|r, _| r.push(row(6, None))),
                Some((6, Problem::Inserted)),
            ),
            (
                "row appended past the head",
                Box::new(|r, _| {
                    let fake = row(6, r.last());
                    r.push(fake);
                }),
                Some((6, Problem::Inserted)),
            ),
            (
                "head rewritten",
                Box::new(|_, h| h.hash = Some(vec![0; 32])),
                Some((5, Problem::Changed)),
            ),
        ];
        for (name, tamper, want) in cases {
            let mut r = rows.clone();
            let mut h = head.clone();
            tamper(&mut r, &mut h);
            let got = walk(r, h).err().map(|f| (f.row, f.problem));
            assert_eq!(got, want, "{name}");
        }
    }

    #[test]
    fn a_row_slipped_into_a_gap_is_inserted_not_changed() {
        // Ids 1, 2, 10, 11 (a gap from rolled-back appends); a forged row 5 linked to 2.
        let rows = chain(&[1, 2, 10, 11]);
        let head = head_of(&rows);
        for rehash in [true, false] {
            let mut r = rows.clone();
            let mut fake = row(5, Some(&r[1]));
            if !rehash {
                fake.outcome = Some("forged".into());
            }
            r.insert(2, fake);
            let got = walk(r, head.clone()).unwrap_err();
            assert_eq!((got.row, got.problem), (5, Problem::Inserted), "{got:?}");
        }
    }

    #[test]
    fn an_anchor_catches_a_rewritten_chain() {
        let rows = chain(&[1, 2, 3]);
        let anchor = Anchor {
            id: 2,
            hash: rows[1].hash.clone().unwrap(),
        };
        let mut w = Walk::new(Some(anchor.clone()));
        for r in rows.clone() {
            w.push(r).unwrap();
        }
        assert!(w.finish(Some(head_of(&rows))).is_ok());
        // The whole chain recomputed after changing row 2: links hold, the anchor does not.
        let mut forged = rows.clone();
        forged[1].outcome = Some("forged".into());
        forged[1].hash = Some(row_hash(&forged[1]));
        forged[2].prev_hash = forged[1].hash.clone();
        forged[2].hash = Some(row_hash(&forged[2]));
        let mut w = Walk::new(Some(anchor));
        let mut err = None;
        for r in forged.clone() {
            if let Err(e) = w.push(r) {
                err = Some(e);
            }
        }
        let err = err
            .or_else(|| w.finish(Some(head_of(&forged))).err())
            .unwrap();
        assert_eq!((err.row, err.problem), (2, Problem::Changed));
        assert_eq!(
            "7:00".parse::<Anchor>().unwrap_err().exit_code(),
            crate::error::code::INVALID
        );
    }

    #[test]
    fn personal_values_are_checked_against_their_digest() {
        let salt = b"0123456789abcdef".to_vec();
        let data = "{\"email\":\"a@b.c\"}";
        let mut h = Sha256::new();
        h.update(&salt);
        h.update(data.as_bytes());
        let digest = h.finalize().to_vec();
        let d = Some(digest.as_slice());
        type Case<'a> = (Option<&'a [u8]>, Side<'a>, Option<Problem>);
        let cases: Vec<Case> = vec![
            (None, None, None),
            (d, Some((Some(&salt), Some(data))), None),
            (d, Some((None, None)), None),
            (
                d,
                Some((Some(&salt), Some("{\"email\":\"x@b.c\"}"))),
                Some(Problem::Changed),
            ),
            (d, None, Some(Problem::Deleted)),
            (
                None,
                Some((Some(&salt), Some(data))),
                Some(Problem::Inserted),
            ),
        ];
        for (digest, side, want) in cases {
            assert_eq!(
                check_personal(9, digest, side).map(|f| f.problem),
                want,
                "{digest:?} {side:?}"
            );
        }
    }

    #[test]
    fn ids_are_compacted_into_ranges() {
        for (ids, want) in [
            (vec![], ""),
            (vec![7], "7"),
            (vec![3, 1, 2], "1-3"),
            (vec![1, 2, 3, 7, 9, 10], "1-3,7,9-10"),
            (vec![5, 5, 6], "5-6"),
        ] {
            assert_eq!(compact_ids(&ids), want, "{ids:?}");
        }
    }

    #[test]
    fn command_prefixes_are_literal() {
        assert_eq!(prefix_pattern("book"), "book%");
        assert_eq!(prefix_pattern("a_b%c\\"), "a\\_b\\%c\\\\%");
    }
}
