//! The stages of a fleet migration: `--waves` (how the tenants left after the canary
//! are split into stages) and `--max-failures` (how many failed tenants halt the run),
//! both pure; and the run's record in `theratime.migration_runs`, which `migrate
//! status` reports.

use std::fmt;

use serde::Serialize;
use sqlx::postgres::PgConnection;

use crate::db::{self, Isolation};
use crate::error::{DbContext, Error, Result};

/// One wave of `--waves`: where its stage ends, counted from the first tenant after
/// the canary (cumulative).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// This many tenants in all (at most every tenant).
    Count(usize),
    /// This percentage of the tenants, rounded up (1% of 50 is 1).
    Percent(u8),
}

impl Size {
    /// How many of `total` tenants the stages up to this one cover.
    pub fn of(self, total: usize) -> usize {
        match self {
            Size::Count(n) => n.min(total),
            Size::Percent(p) => (total * usize::from(p)).div_ceil(100),
        }
    }
}

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Size::Count(n) => write!(f, "{n}"),
            Size::Percent(p) => write!(f, "{p}%"),
        }
    }
}

/// `--waves LIST`: sizes that grow, the last one `100%`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waves(Vec<Size>);

impl fmt::Display for Waves {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let items: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&items.join(","))
    }
}

/// A whole number of ASCII digits (no sign, no space inside).
fn number<T: std::str::FromStr>(text: &str) -> Option<T> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// A percentage from 0 to 100 written `N%`, or `None` when `text` has no `%`.
fn percent(text: &str) -> Option<std::result::Result<u8, ()>> {
    let digits = text.strip_suffix('%')?;
    Some(number::<u8>(digits).filter(|p| *p <= 100).ok_or(()))
}

impl Waves {
    /// Parse `--waves`: comma-separated counts (`5`) and percentages (`10%`) of the
    /// tenants after the canary, cumulative; counts at least 1, percentages 1 to 100;
    /// each count above the counts before it and each percentage above the
    /// percentages before it; the last one `100%`, so that a run ends with every
    /// tenant. Anything else exits 5.
    pub fn parse(text: &str) -> Result<Waves> {
        let bad = |why: String| {
            Error::invalid(format!(
                "--waves {text:?}: {why}; give growing stage sizes, each a count or a percentage of the tenants after the canary, ending with 100% (e.g. --waves 1,10%,100%)"
            ))
        };
        let mut sizes: Vec<Size> = Vec::new();
        for item in text.split(',').map(str::trim) {
            let size = match percent(item) {
                Some(Ok(0)) => return Err(bad("a wave of 0% migrates nobody".into())),
                Some(Ok(p)) => Size::Percent(p),
                Some(Err(())) => {
                    return Err(bad(format!("{item:?} is not a percentage from 1% to 100%")));
                }
                None if item.is_empty() => return Err(bad("a wave is empty".into())),
                None => match number::<usize>(item) {
                    Some(0) => return Err(bad("a wave of 0 tenants migrates nobody".into())),
                    Some(n) => Size::Count(n),
                    None => {
                        return Err(bad(format!(
                            "{item:?} is neither a count (5) nor a percentage (10%)"
                        )));
                    }
                },
            };
            // Counts and percentages compare only once the fleet is known (see `ends`).
            let shrinks = |before: &Size| match (*before, size) {
                (Size::Count(a), Size::Count(b)) => a >= b,
                (Size::Percent(a), Size::Percent(b)) => a >= b,
                _ => false,
            };
            if let Some(before) = sizes.iter().find(|b| shrinks(b)) {
                return Err(bad(format!(
                    "{size} does not grow past {before}, which comes before it"
                )));
            }
            sizes.push(size);
        }
        if sizes.last() != Some(&Size::Percent(100)) {
            return Err(bad("the last wave must be 100%".into()));
        }
        Ok(Waves(sizes))
    }

    /// Where each stage ends for `total` tenants, cumulative and growing: a wave that
    /// adds no tenant (a count past a later percentage, or a small fleet) is dropped.
    pub fn ends(&self, total: usize) -> Vec<usize> {
        let mut ends: Vec<usize> = Vec::new();
        for size in &self.0 {
            let end = size.of(total);
            if end > ends.last().copied().unwrap_or(0) {
                ends.push(end);
            }
        }
        ends
    }
}

/// The stages of `tenants` (those left after the canary): one per wave that adds a
/// tenant, or all of them in one without waves; none when there are none.
pub fn split<T>(tenants: Vec<T>, waves: Option<&Waves>) -> Vec<Vec<T>> {
    let ends = match waves {
        Some(w) => w.ends(tenants.len()),
        None => vec![tenants.len()],
    };
    let mut tenants = tenants.into_iter();
    let mut stages = Vec::new();
    let mut start = 0;
    for end in ends {
        let stage: Vec<T> = tenants.by_ref().take(end - start).collect();
        start = end;
        if !stage.is_empty() {
            stages.push(stage);
        }
    }
    stages
}

/// `--max-failures N` or `N%`: how many failed tenants a run tolerates; one more halts
/// it. The default, 0, stops at the first failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MaxFailures {
    Count(usize),
    /// Of the tenants the run migrates (the canary's included), rounded down.
    Percent(u8),
}

impl MaxFailures {
    /// Parse `--max-failures`: a count from 0, or a percentage from 0% to 100%;
    /// anything else exits 5.
    pub fn parse(text: &str) -> Result<MaxFailures> {
        let item = text.trim();
        let parsed = match percent(item) {
            Some(p) => p.ok().map(MaxFailures::Percent),
            None => number::<usize>(item).map(MaxFailures::Count),
        };
        parsed.ok_or_else(|| {
            Error::invalid(format!(
                "--max-failures {text:?} is neither a count of tenants (0, 3) nor a percentage from 0% to 100% (20%)"
            ))
        })
    }

    /// The failures tolerated in a run that migrates `total` tenants.
    pub fn of(self, total: usize) -> usize {
        match self {
            MaxFailures::Count(n) => n,
            MaxFailures::Percent(p) => total * usize::from(p) / 100,
        }
    }
}

impl fmt::Display for MaxFailures {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MaxFailures::Count(n) => write!(f, "{n}"),
            MaxFailures::Percent(p) => write!(f, "{p}%"),
        }
    }
}

/// What became of a migration run, as `theratime.migration_runs` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RunOutcome {
    Running,
    /// Every stage ran (tenants may have failed within the limit).
    Finished,
    /// Stopped before some tenants: the failures passed `--max-failures`, or the
    /// canary failed.
    Halted,
    /// Ended without saying so (killed, interrupted, connection lost).
    Interrupted,
}

impl RunOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            RunOutcome::Running => "running",
            RunOutcome::Finished => "finished",
            RunOutcome::Halted => "halted",
            RunOutcome::Interrupted => "interrupted",
        }
    }

    fn from_db(text: &str) -> RunOutcome {
        match text {
            "finished" => RunOutcome::Finished,
            "halted" => RunOutcome::Halted,
            "interrupted" => RunOutcome::Interrupted,
            _ => RunOutcome::Running,
        }
    }
}

impl fmt::Display for RunOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How many tenants of a run were migrated, failed and not started so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub migrated: i32,
    pub failed: i32,
    pub not_started: i32,
}

/// Why a run that left no word was not finished.
const INTERRUPTED: &str =
    "the run ended without finishing its record (killed, interrupted or its connection lost)";

/// Whether the table exists (a `--migrations` set without its global migration has
/// none; the run then keeps no record).
async fn kept(conn: &mut PgConnection) -> Result<bool> {
    db::query_scalar("SELECT to_regclass('theratime.migration_runs') IS NOT NULL")
        .fetch_one(conn)
        .await
        .db("cannot look for the migration runs")
}

/// The record of a run that is starting, on the run's connection (which holds the
/// migration lock, so a row still `running` is of a run that ended without a word:
/// it is marked interrupted). `None` when the database keeps no runs.
pub async fn start_run(
    conn: &mut PgConnection,
    waves: Option<&Waves>,
    max_failures: Option<MaxFailures>,
    stages: usize,
    tenants: usize,
) -> Result<Option<i64>> {
    if !kept(conn).await? {
        return Ok(None);
    }
    let what = "cannot record the migration run";
    let mut tx = db::begin(conn, Isolation::ReadCommitted).await?;
    db::query(
        "UPDATE theratime.migration_runs
         SET outcome = 'interrupted', finished_at = clock_timestamp(), reason = $1
         WHERE outcome = 'running'",
    )
    .bind(INTERRUPTED)
    .execute(&mut *tx)
    .await
    .db(what)?;
    let id: i64 = db::query_scalar(
        "INSERT INTO theratime.migration_runs (waves, max_failures, stages, tenants)
         VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(waves.map(ToString::to_string))
    .bind(max_failures.map(|m| m.to_string()))
    .bind(stages as i32)
    .bind(tenants as i32)
    .fetch_one(&mut *tx)
    .await
    .db(what)?;
    tx.commit().await.db(what)?;
    Ok(Some(id))
}

/// Stage `stage` (from 1) of run `id` starts; `counts` so far.
pub async fn record_stage(
    conn: &mut PgConnection,
    id: i64,
    stage: usize,
    counts: Counts,
) -> Result<()> {
    db::query(
        "UPDATE theratime.migration_runs
         SET stage = $2, migrated = $3, failed = $4, not_started = $5 WHERE id = $1",
    )
    .bind(id)
    .bind(stage as i32)
    .bind(counts.migrated)
    .bind(counts.failed)
    .bind(counts.not_started)
    .execute(conn)
    .await
    .db("cannot record the stage of the migration run")?;
    Ok(())
}

/// Run `id` ended: finished or halted (with why).
pub async fn finish_run(
    conn: &mut PgConnection,
    id: i64,
    outcome: RunOutcome,
    reason: Option<&str>,
    counts: Counts,
) -> Result<()> {
    db::query(
        "UPDATE theratime.migration_runs
         SET outcome = $2, reason = $3, finished_at = clock_timestamp(),
             migrated = $4, failed = $5, not_started = $6
         WHERE id = $1",
    )
    .bind(id)
    .bind(outcome.as_str())
    .bind(reason)
    .bind(counts.migrated)
    .bind(counts.failed)
    .bind(counts.not_started)
    .execute(conn)
    .await
    .db("cannot record the end of the migration run")?;
    Ok(())
}

/// The last migration run, as `migrate status` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct LastRun {
    pub id: i64,
    pub started_at: chrono::DateTime<chrono::Utc>,
    pub finished_at: Option<chrono::DateTime<chrono::Utc>>,
    pub waves: Option<String>,
    /// `None`: no limit (`--continue-on-error`).
    pub max_failures: Option<String>,
    /// The last stage started, from 1 (0: none).
    pub stage: i32,
    pub stages: i32,
    /// Tenants the run set out to migrate.
    pub tenants: i32,
    #[serde(flatten)]
    pub counts: Counts,
    pub outcome: RunOutcome,
    pub reason: Option<String>,
}

impl fmt::Display for LastRun {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "last tenant migration run #{} (started {} UTC): {}",
            self.id,
            self.started_at.format("%Y-%m-%d %H:%M:%S"),
            self.outcome
        )?;
        let at = if self.outcome == RunOutcome::Finished {
            "after"
        } else {
            "at"
        };
        if self.stages == 0 {
            f.write_str(", nothing to migrate")?;
        } else {
            write!(f, " {at} stage {} of {}", self.stage, self.stages)?;
        }
        let mut options = Vec::new();
        if let Some(w) = &self.waves {
            options.push(format!("waves {w}"));
        }
        options.push(match &self.max_failures {
            Some(m) => format!("max failures {m}"),
            None => "continue on error".into(),
        });
        write!(f, " ({}); {} tenant(s): ", options.join(", "), self.tenants)?;
        if matches!(self.outcome, RunOutcome::Running | RunOutcome::Interrupted) {
            // The counts are written when a stage starts and when the run ends.
            write!(
                f,
                "{} migrated and {} failed before stage {}, the rest not known to the run \
                 (each tenant's last_status says)",
                self.counts.migrated, self.counts.failed, self.stage
            )?;
        } else {
            write!(
                f,
                "{} migrated, {} failed, {} not started",
                self.counts.migrated, self.counts.failed, self.counts.not_started
            )?;
        }
        if let Some(why) = &self.reason {
            write!(f, "; {why}")?;
        }
        Ok(())
    }
}

#[derive(sqlx::FromRow)]
struct RunRow {
    id: i64,
    started_at: chrono::DateTime<chrono::Utc>,
    finished_at: Option<chrono::DateTime<chrono::Utc>>,
    waves: Option<String>,
    max_failures: Option<String>,
    stage: i32,
    stages: i32,
    tenants: i32,
    migrated: i32,
    failed: i32,
    not_started: i32,
    outcome: String,
    reason: Option<String>,
    /// A session holds the migration lock.
    locked: bool,
}

/// The last migration run, if the database keeps runs and there was one. A run still
/// `running` while no session holds the migration lock (`lock`) was interrupted.
pub async fn last_run(conn: &mut PgConnection, lock: i64) -> Result<Option<LastRun>> {
    if !kept(conn).await? {
        return Ok(None);
    }
    // An advisory lock on a bigint key shows in pg_locks as its high and low halves.
    let row: Option<RunRow> = db::query_as(
        "SELECT id, started_at, finished_at, waves, max_failures, stage, stages, tenants,
                migrated, failed, not_started, outcome, reason,
                EXISTS (SELECT FROM pg_catalog.pg_locks l
                        WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
                          AND l.database = (SELECT oid FROM pg_catalog.pg_database
                                            WHERE datname = current_database())
                          AND ((l.classid::bigint << 32) | l.objid::bigint) = $1) AS locked
         FROM theratime.migration_runs ORDER BY id DESC LIMIT 1",
    )
    .bind(lock)
    .fetch_optional(conn)
    .await
    .db("cannot read the last migration run")?;
    Ok(row.map(|r| {
        let mut outcome = RunOutcome::from_db(&r.outcome);
        let mut reason = r.reason;
        if outcome == RunOutcome::Running && !r.locked {
            outcome = RunOutcome::Interrupted;
            reason = Some(INTERRUPTED.into());
        }
        LastRun {
            id: r.id,
            started_at: r.started_at,
            finished_at: r.finished_at,
            waves: r.waves,
            max_failures: r.max_failures,
            stage: r.stage,
            stages: r.stages,
            tenants: r.tenants,
            counts: Counts {
                migrated: r.migrated,
                failed: r.failed,
                not_started: r.not_started,
            },
            outcome,
            reason,
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waves_parse_or_say_what_is_wrong() {
        // (--waves, Ok(as shown) or Err(words of the message))
        let cases: &[(&str, std::result::Result<&str, &str>)] = &[
            ("1,10%,100%", Ok("1,10%,100%")),
            (" 2 , 100% ", Ok("2,100%")),
            ("100%", Ok("100%")),
            ("5,10%,100%", Ok("5,10%,100%")),
            ("20,10%,100%", Ok("20,10%,100%")),
            ("1,50,50%,100%", Ok("1,50,50%,100%")),
            ("5,3,100%", Err("3 does not grow past 5")),
            ("10%,10%,100%", Err("10% does not grow past 10%")),
            ("5,10%,2,100%", Err("2 does not grow past 5")),
            ("1,10%,5,100%", Ok("1,10%,5,100%")),
            ("0,100%", Err("a wave of 0 tenants")),
            ("0%,100%", Err("a wave of 0%")),
            ("150%", Err("\"150%\" is not a percentage from 1% to 100%")),
            ("1.5%,100%", Err("is not a percentage")),
            ("1,10%", Err("the last wave must be 100%")),
            ("10", Err("the last wave must be 100%")),
            ("", Err("a wave is empty")),
            ("1,,100%", Err("a wave is empty")),
            ("abc", Err("\"abc\" is neither a count")),
            ("-1,100%", Err("\"-1\" is neither")),
            ("+1,100%", Err("\"+1\" is neither")),
            ("99999999999999999999999,100%", Err("is neither")),
        ];
        for (text, expected) in cases {
            match (Waves::parse(text), expected) {
                (Ok(w), Ok(shown)) => assert_eq!(w.to_string(), *shown, "{text:?}"),
                (Err(e), Err(words)) => {
                    assert_eq!(e.exit_code(), 5, "{text:?}");
                    let msg = e.to_string();
                    assert!(msg.contains(words), "{text:?}: {msg}");
                    assert!(msg.contains("e.g. --waves 1,10%,100%"), "{msg}");
                }
                (got, _) => panic!("{text:?}: {got:?}"),
            }
        }
    }

    #[test]
    fn stages_end_where_the_waves_say_for_the_fleet_at_hand() {
        // (--waves, tenants after the canary, where each stage ends)
        let cases: &[(&str, usize, &[usize])] = &[
            ("1,10%,100%", 100, &[1, 10, 100]),
            ("1,10%,100%", 50, &[1, 5, 50]),
            // Percentages round up.
            ("1%,100%", 50, &[1, 50]),
            ("33%,100%", 10, &[4, 10]),
            // A wave that adds nobody is dropped.
            ("1,10%,100%", 5, &[1, 5]),
            ("20,10%,100%", 50, &[20, 50]),
            ("100,100%", 10, &[10]),
            ("2,100%", 10, &[2, 10]),
            ("1,100%", 1, &[1]),
            ("1,100%", 0, &[]),
        ];
        for (text, total, ends) in cases {
            let waves = Waves::parse(text).unwrap();
            assert_eq!(waves.ends(*total), *ends, "{text} of {total}");
            let stages = split((0..*total).collect(), Some(&waves));
            let got: Vec<usize> = stages
                .iter()
                .scan(0, |n, s| {
                    *n += s.len();
                    Some(*n)
                })
                .collect();
            assert_eq!(got, *ends, "{text} of {total}");
            assert_eq!(stages.concat(), (0..*total).collect::<Vec<_>>());
        }
        assert_eq!(split(vec![1, 2, 3], None), [vec![1, 2, 3]]);
        assert_eq!(split(Vec::<u8>::new(), None), Vec::<Vec<u8>>::new());
    }

    #[test]
    fn max_failures_is_a_count_or_a_percentage_rounded_down() {
        use MaxFailures::*;
        // (--max-failures, parsed)
        let cases: &[(&str, Option<MaxFailures>)] = &[
            ("0", Some(Count(0))),
            ("3", Some(Count(3))),
            (" 2 ", Some(Count(2))),
            ("20%", Some(Percent(20))),
            ("0%", Some(Percent(0))),
            ("100%", Some(Percent(100))),
            ("101%", None),
            ("-1", None),
            ("1.5", None),
            ("", None),
            ("%", None),
            ("x", None),
            ("20 %", None),
        ];
        for (text, expected) in cases {
            match (MaxFailures::parse(text), expected) {
                (Ok(got), Some(want)) => {
                    assert_eq!(got, *want, "{text:?}");
                    assert_eq!(got.to_string(), text.trim());
                }
                (Err(e), None) => {
                    assert_eq!(e.exit_code(), 5);
                    assert!(e.to_string().contains("--max-failures"), "{e}");
                }
                (got, _) => panic!("{text:?}: {got:?}"),
            }
        }
        // (limit, tenants of the run, failures tolerated)
        let cases = [
            (Percent(20), 10, 2),
            (Percent(20), 4, 0),
            (Percent(15), 20, 3),
            (Percent(100), 7, 7),
            (Percent(0), 7, 0),
            (Count(3), 1, 3),
            (Count(0), 9, 0),
        ];
        for (limit, total, tolerated) in cases {
            assert_eq!(limit.of(total), tolerated, "{limit} of {total}");
        }
    }
}
