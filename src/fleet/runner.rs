//! The fleet runner: one piece of [`Work`] for each of many tenants, `jobs` at once,
//! each worker on its own connection, every tenant's outcome back in the tenants'
//! order. `migrate`, `backup`, `export`, `report` and `reminders` run on it, and so
//! does every new fleet command. Also here: the run lock ([`lock_run`]), the tenant
//! selection (`-t T` or `--all-tenants`, [`select`]) and the run's last word
//! ([`Failures`]: "N of M tenants failed", exit 7). Domain only: the command layer
//! shows progress through the callback it passes.
//!
//! A fleet command is a page on top of it: its work for one tenant, the run, the rows.
//!
//! ```no_run
//! use sqlx::PgConnection;
//! use theratime::db::{self, Isolation};
//! use theratime::error::{DbContext, Result};
//! use theratime::fleet::runner::{Failures, Fleet, Outcome, Work};
//! use theratime::tenants::Tenant;
//!
//! /// The number of appointments of each tenant.
//! struct CountAppointments;
//!
//! impl Work<Tenant> for CountAppointments {
//!     type Output = i64;
//!     async fn run(&self, conn: &mut PgConnection, t: &Tenant) -> Result<i64> {
//!         let mut tx = db::tenant_tx(conn, t.id, Isolation::RepeatableRead).await?;
//!         let n = db::query_scalar("SELECT count(*) FROM appointments")
//!             .fetch_one(&mut *tx)
//!             .await
//!             .db("cannot count the appointments")?;
//!         tx.commit().await?;
//!         Ok(n)
//!     }
//! }
//!
//! async fn count(fleet: &Fleet, tenants: Vec<Tenant>) -> Result<()> {
//!     let done = fleet
//!         .for_each_tenant(tenants, false, CountAppointments, &|_| {})
//!         .await?;
//!     let mut failures = Failures::new(done.len());
//!     for d in done {
//!         match d.outcome {
//!             Outcome::Done(n) => eprintln!("tenant {}: {n} appointments", d.tenant.slug),
//!             Outcome::Failed(e) => failures.push(&d.tenant.slug, e),
//!             Outcome::NotStarted => {}
//!         }
//!     }
//!     failures.finish(false, "the others were counted")
//! }
//! ```

use std::collections::VecDeque;
use std::fmt;
use std::future::Future;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::FutureExt;
use futures_util::future::BoxFuture;
use serde::Serialize;
use sqlx::postgres::{PgConnectOptions, PgConnection};

use crate::db;
use crate::error::{DbContext, Error, Result};

/// A worker closes its server connection after this many tenants, so that a
/// backend's catalog cache does not grow with the fleet.
pub const RECYCLE_AFTER: usize = 100;

/// The most tenants worked on at once (`--jobs`).
pub const MAX_JOBS: usize = 64;

/// What a fleet command does for one tenant of type `T`, on a worker's connection.
pub trait Work<T, C = PgConnection>: Send + Sync + 'static {
    type Output: Send + 'static;

    /// One tenant. An error fails this tenant only (see [`Work::ends_run`]).
    fn run(&self, conn: &mut C, tenant: &T) -> impl Future<Output = Result<Self::Output>> + Send;

    /// Whether `error` ends the whole run instead of failing its tenant (a lost
    /// server, say): no tenant starts any more, those running finish, and the run
    /// returns the error. Never, unless the work says so.
    fn ends_run(&self, _error: &Error) -> bool {
        false
    }
}

/// What became of one tenant.
#[derive(Debug)]
pub enum Outcome<R> {
    Done(R),
    Failed(Error),
    /// Not started: the failures passed the run's [`Budget`].
    NotStarted,
}

/// How many failed tenants a run tolerates: once more than that have failed, no new
/// tenant starts (those running finish; the rest are [`Outcome::NotStarted`]).
/// `true` (stop on error) is `Failures(0)`, `false` is `Unlimited`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Budget {
    Unlimited,
    Failures(usize),
}

impl From<bool> for Budget {
    fn from(stop_on_error: bool) -> Budget {
        if stop_on_error {
            Budget::Failures(0)
        } else {
            Budget::Unlimited
        }
    }
}

impl Budget {
    /// Whether `failed` failures are more than it tolerates.
    pub fn exceeded(self, failed: usize) -> bool {
        matches!(self, Budget::Failures(n) if failed > n)
    }
}

/// One tenant of a run and its outcome.
#[derive(Debug)]
pub struct Finished<T, R> {
    pub tenant: T,
    pub outcome: Outcome<R>,
    /// How long its work took (zero when it did not start).
    pub elapsed: Duration,
}

/// What hears of each tenant of a run as it finishes (on the task that started the
/// run: it may borrow, and print).
pub type Progress<'a, T, R> = dyn Fn(&Finished<T, R>) + Sync + 'a;

/// How the workers of a run connect, and how many run at once.
#[derive(Debug, Clone)]
pub struct Fleet {
    connect: PgConnectOptions,
    timeout: Duration,
    jobs: usize,
    direct: bool,
    recycle_after: usize,
}

impl Fleet {
    /// `jobs` workers (see [`check_jobs`]), each on its own connection made with
    /// `connect` (a pooler in front is fine).
    pub fn new(connect: PgConnectOptions, timeout: Duration, jobs: usize) -> Fleet {
        Fleet {
            connect,
            timeout,
            jobs,
            direct: false,
            recycle_after: RECYCLE_AFTER,
        }
    }

    /// Workers that take a new connection after every `n` pieces of work (default
    /// [`RECYCLE_AFTER`]): a piece that opens many relations (a chunk of schemas)
    /// would otherwise leave a backend with all of them in its caches.
    pub fn recycle_after(self, n: usize) -> Fleet {
        Fleet {
            recycle_after: n.max(1),
            ..self
        }
    }

    /// Workers that need sessions of their own (DDL, exported snapshots), checked to
    /// be direct ([`db::connect_direct`]).
    pub fn direct(self) -> Fleet {
        Fleet {
            direct: true,
            ..self
        }
    }

    /// Run `work` for each of `tenants`. Every worker connects first, so an
    /// unreachable server fails the run at once; a worker reconnects every
    /// [`RECYCLE_AFTER`] tenants. Once the failures pass `budget` (`true`: the first
    /// failure; see [`Budget`]), no new tenant starts (those running finish; the rest
    /// are [`Outcome::NotStarted`]).
    /// `progress` hears of each tenant as it finishes; the outcomes come back in the
    /// order of `tenants`.
    pub async fn for_each_tenant<T, W>(
        &self,
        tenants: Vec<T>,
        budget: impl Into<Budget>,
        work: W,
        progress: &Progress<'_, T, W::Output>,
    ) -> Result<Vec<Finished<T, W::Output>>>
    where
        T: Send + Sync + 'static,
        W: Work<T>,
    {
        let fleet = self.clone();
        let connect = move || {
            let fleet = fleet.clone();
            async move {
                if fleet.direct {
                    db::connect_direct(&fleet.connect, fleet.timeout).await
                } else {
                    db::connect(&fleet.connect, fleet.timeout).await
                }
            }
            .boxed()
        };
        let jobs = (self.jobs, self.recycle_after);
        drive(connect, jobs, tenants, budget.into(), work, progress).await
    }
}

/// `--jobs N`: 1 to [`MAX_JOBS`] (exit 5 otherwise).
pub fn check_jobs(jobs: usize) -> Result<usize> {
    if jobs == 0 || jobs > MAX_JOBS {
        return Err(Error::invalid(format!(
            "--jobs {jobs} is out of range: use 1 to {MAX_JOBS}"
        )));
    }
    Ok(jobs)
}

/// What a worker sends back for each tenant it took: its index, the tenant, the
/// outcome of its work and how long that took.
type Report<T, R> = (usize, T, Result<R>, Duration);

/// What the workers of a run share.
struct Shared<T, W, F> {
    /// The tenants not started yet, with their index.
    queue: Mutex<VecDeque<(usize, T)>>,
    /// Start no more tenants.
    stop: AtomicBool,
    budget: Budget,
    /// Tenants failed so far.
    failed: AtomicUsize,
    recycle_after: usize,
    work: W,
    connect: F,
}

/// The runner itself, over any kind of connection `C` made by `connect`.
async fn drive<C, T, W, F>(
    connect: F,
    (jobs, recycle_after): (usize, usize),
    tenants: Vec<T>,
    budget: Budget,
    work: W,
    progress: &Progress<'_, T, W::Output>,
) -> Result<Vec<Finished<T, W::Output>>>
where
    C: Send + 'static,
    T: Send + Sync + 'static,
    W: Work<T, C>,
    F: Fn() -> BoxFuture<'static, Result<C>> + Send + Sync + 'static,
{
    let total = tenants.len();
    if total == 0 {
        return Ok(Vec::new());
    }
    let mut conns = Vec::new();
    for _ in 0..jobs.clamp(1, total) {
        conns.push(connect().await?);
    }
    let shared = Arc::new(Shared {
        queue: Mutex::new(tenants.into_iter().enumerate().collect()),
        stop: AtomicBool::new(false),
        budget,
        failed: AtomicUsize::new(0),
        recycle_after,
        work,
        connect,
    });
    let (send, mut recv) = tokio::sync::mpsc::unbounded_channel();
    let mut workers = tokio::task::JoinSet::new();
    for conn in conns {
        workers.spawn(worker(shared.clone(), conn, send.clone()));
    }
    drop(send);
    let mut slots: Vec<Option<Finished<T, W::Output>>> = (0..total).map(|_| None).collect();
    while let Some((i, tenant, outcome, elapsed)) = recv.recv().await {
        let outcome = match outcome {
            Ok(r) => Outcome::Done(r),
            Err(e) => Outcome::Failed(e),
        };
        let finished = Finished {
            tenant,
            outcome,
            elapsed,
        };
        progress(&finished);
        slots[i] = Some(finished);
    }
    // Every worker has finished its tenant before the run reports what ended it.
    let mut ended = None;
    while let Some(joined) = workers.join_next().await {
        let result = joined
            .map_err(|e| Error::Other(anyhow::anyhow!("a worker of the run died: {e}")))
            .and_then(|r| r);
        if let Err(e) = result {
            ended.get_or_insert(e);
        }
    }
    if let Some(e) = ended {
        return Err(e);
    }
    for (i, tenant) in shared.queue.lock().expect("queue lock").drain(..) {
        slots[i] = Some(Finished {
            tenant,
            outcome: Outcome::NotStarted,
            elapsed: Duration::ZERO,
        });
    }
    Ok(slots
        .into_iter()
        .map(|s| s.expect("every tenant finished or not started"))
        .collect())
}

/// One worker: tenants from the queue until it is empty or the run stops, each
/// reported on `send`; an error that ends the run is its result.
async fn worker<C, T, W, F>(
    run: Arc<Shared<T, W, F>>,
    mut conn: C,
    send: tokio::sync::mpsc::UnboundedSender<Report<T, W::Output>>,
) -> Result<()>
where
    W: Work<T, C>,
    F: Fn() -> BoxFuture<'static, Result<C>>,
{
    let mut served = 0;
    while !run.stop.load(Ordering::SeqCst) {
        let Some((i, tenant)) = run.queue.lock().expect("queue lock").pop_front() else {
            break;
        };
        if served == run.recycle_after {
            conn = (run.connect)().await?;
            served = 0;
        }
        served += 1;
        let started = Instant::now();
        let outcome = run.work.run(&mut conn, &tenant).await;
        if let Err(e) = &outcome {
            if run.work.ends_run(e) {
                run.stop.store(true, Ordering::SeqCst);
                return outcome.map(|_| ());
            }
            let failed = run.failed.fetch_add(1, Ordering::SeqCst) + 1;
            if run.budget.exceeded(failed) {
                run.stop.store(true, Ordering::SeqCst);
            }
        }
        // The receiver is gone only when the run was dropped: nobody to tell.
        let _ = send.send((i, tenant, outcome, started.elapsed()));
    }
    Ok(())
}

/// The tenants a fleet command works on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// One tenant, by slug or id.
    One(String),
    /// `--all-tenants`.
    All,
}

/// The selection of `--all-tenants`, the `-t/--tenant` flag and the default tenant:
/// never both flags (exit 2); the default tenant never narrows `--all-tenants`.
/// `None` when nothing was given.
pub fn select(
    all_tenants: bool,
    flag: Option<&str>,
    default: Option<&str>,
) -> Result<Option<Selection>> {
    match (all_tenants, flag) {
        (true, Some(_)) => Err(Error::usage(
            "give either --tenant or --all-tenants, not both",
        )),
        (true, None) => Ok(Some(Selection::All)),
        (false, _) => Ok(flag.or(default).map(|k| Selection::One(k.to_string()))),
    }
}

/// A session advisory lock that keeps two runs of one kind apart, held until the
/// session ends. Migrations and backups have their own, so that a migration never
/// waits for a whole backup run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunLock {
    Migration,
    Backup,
}

impl RunLock {
    fn key(self) -> i64 {
        match self {
            RunLock::Migration => crate::fleet::migrations::FLEET_LOCK,
            RunLock::Backup => crate::backup::BACKUP_LOCK,
        }
    }
}

impl fmt::Display for RunLock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RunLock::Migration => "migration",
            RunLock::Backup => "backup",
        })
    }
}

/// Take `lock` for this session: at once, or after waiting for the run that holds it
/// (`on_wait` hears so first), or with `wait` false exit 8.
pub async fn lock_run(
    conn: &mut PgConnection,
    lock: RunLock,
    wait: bool,
    on_wait: impl FnOnce(&str),
) -> Result<()> {
    let what = format!("cannot take the {lock} lock");
    let got: bool = db::query_scalar("SELECT pg_try_advisory_lock($1)")
        .bind(lock.key())
        .fetch_one(&mut *conn)
        .await
        .db(&what)?;
    if got {
        return Ok(());
    }
    if !wait {
        return Err(Error::Busy(format!(
            "another {lock} run holds the {lock} lock; try again when it is done, or drop --no-wait to wait for it"
        )));
    }
    on_wait(&format!(
        "another {lock} run holds the {lock} lock; waiting for it to finish"
    ));
    db::query("SELECT pg_advisory_lock($1)")
        .bind(lock.key())
        .execute(&mut *conn)
        .await
        .db(&what)?;
    Ok(())
}

/// What became of a tenant of a backup or export run (and the next fleet commands'),
/// as its result row says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RunStatus {
    Ok,
    /// Dropped while the run went on.
    Skipped,
    Failed,
}

impl fmt::Display for RunStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RunStatus::Ok => "ok",
            RunStatus::Skipped => "skipped",
            RunStatus::Failed => "failed",
        })
    }
}

/// The first line of an error message (for one-line summaries).
pub fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or_default()
}

/// The failed tenants of a run, for its last word.
#[derive(Debug)]
pub struct Failures {
    total: usize,
    failed: Vec<(String, Error)>,
}

impl Failures {
    /// None failed yet, of `total` tenants.
    pub fn new(total: usize) -> Failures {
        Failures {
            total,
            failed: Vec::new(),
        }
    }

    pub fn push(&mut self, slug: &str, error: Error) {
        self.failed.push((slug.to_string(), error));
    }

    pub fn len(&self) -> usize {
        self.failed.len()
    }

    pub fn is_empty(&self) -> bool {
        self.failed.is_empty()
    }

    /// Ok when no tenant failed. A run of one named tenant (`single`: `-t T`) fails
    /// with that tenant's own error; any other exits 7, naming every failed tenant and
    /// its error's first line: `2 of 5 tenants failed (a: …; b: …); {then}`.
    pub fn finish(mut self, single: bool, then: &str) -> Result<()> {
        if self.failed.is_empty() {
            return Ok(());
        }
        if single && self.failed.len() == 1 {
            return Err(self.failed.pop().expect("one failure").1);
        }
        let named: Vec<String> = self
            .failed
            .iter()
            .map(|(slug, e)| format!("{slug}: {}", first_line(&e.to_string())))
            .collect();
        Err(Error::Partial(format!(
            "{} of {} tenants failed ({}); {then}",
            self.failed.len(),
            self.total,
            named.join("; ")
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Work that takes `tenant` milliseconds (later tenants finish first) and fails
    /// the tenants in `fail`; `lost` ends the run.
    struct Sleepy {
        fail: Vec<u64>,
        lost: Option<u64>,
        started: AtomicUsize,
    }

    impl Work<u64, ()> for Sleepy {
        type Output = u64;
        async fn run(&self, _conn: &mut (), tenant: &u64) -> Result<u64> {
            self.started.fetch_add(1, Ordering::SeqCst);
            tokio::time::sleep(Duration::from_millis(*tenant)).await;
            if self.lost == Some(*tenant) {
                return Err(Error::Unreachable(format!("tenant {tenant}: gone")));
            }
            if self.fail.contains(tenant) {
                return Err(Error::invalid(format!("tenant {tenant} is bad")));
            }
            Ok(tenant * 10)
        }
        fn ends_run(&self, error: &Error) -> bool {
            error.exit_code() == crate::error::code::UNREACHABLE
        }
    }

    /// One letter per tenant: d(one), f(ailed) or n(ot started).
    fn shape(done: &[Finished<u64, u64>]) -> String {
        done.iter()
            .map(|f| match &f.outcome {
                Outcome::Done(r) => {
                    assert_eq!(*r, f.tenant * 10);
                    'd'
                }
                Outcome::Failed(_) => 'f',
                Outcome::NotStarted => 'n',
            })
            .collect()
    }

    #[tokio::test]
    async fn outcomes_come_back_in_tenant_order_and_a_failure_stops_new_tenants() {
        use Budget::*;
        // (tenants, jobs, failures tolerated, failing tenants, expected shape, tenants started)
        type Case<'a> = (&'a [u64], usize, Budget, &'a [u64], &'a str, usize);
        let cases: &[Case] = &[
            (&[40, 30, 20, 10, 5], 3, Unlimited, &[], "ddddd", 5),
            (&[40, 30, 20, 10, 5], 3, Unlimited, &[30, 5], "dfddf", 5),
            (&[5, 6, 7, 8, 9], 1, Failures(0), &[6], "dfnnn", 2),
            (&[5, 6, 7, 8, 9], 1, Unlimited, &[6], "dfddd", 5),
            // Two workers: the failure of 1 stops new tenants; 60 runs on and finishes.
            (&[60, 1, 2, 3], 2, Failures(0), &[1], "dfnn", 2),
            (&[], 4, Failures(0), &[], "", 0),
            (&[7], 64, Failures(0), &[7], "f", 1),
            // A budget of failures: the one past it stops new tenants.
            (&[5, 6, 7, 8, 9, 10], 1, Failures(1), &[6, 8], "dfdfnn", 4),
            (&[5, 6, 7, 8, 9, 10], 1, Failures(2), &[6, 8], "dfdfdd", 6),
            (&[5, 6, 7, 8, 9, 10], 1, Failures(1), &[6], "dfdddd", 6),
            (&[5, 6, 7, 8], 1, Failures(1), &[5, 6], "ffnn", 2),
        ];
        for (tenants, jobs, stop, fail, expected, started) in cases {
            let work = Sleepy {
                fail: fail.to_vec(),
                lost: None,
                started: AtomicUsize::new(0),
            };
            let heard = Mutex::new(Vec::new());
            let connects = Arc::new(AtomicUsize::new(0));
            let c = connects.clone();
            let connect = move || {
                c.fetch_add(1, Ordering::SeqCst);
                async { Ok(()) }.boxed()
            };
            let work = Arc::new(work);
            let done = drive(
                connect,
                (*jobs, RECYCLE_AFTER),
                tenants.to_vec(),
                *stop,
                Shared(work.clone()),
                &|f: &Finished<u64, u64>| heard.lock().unwrap().push(f.tenant),
            )
            .await
            .unwrap();
            let case = format!("{tenants:?} jobs {jobs} {stop:?} fail {fail:?}");
            assert_eq!(shape(&done), *expected, "{case}");
            let order: Vec<u64> = done.iter().map(|f| f.tenant).collect();
            assert_eq!(order, *tenants, "{case}");
            assert_eq!(work.started.load(Ordering::SeqCst), *started, "{case}");
            // Progress hears of every started tenant, as each finishes.
            assert_eq!(heard.lock().unwrap().len(), *started, "{case}");
            assert_eq!(
                connects.load(Ordering::SeqCst),
                (*jobs).min(tenants.len()),
                "{case}"
            );
        }
    }

    #[tokio::test]
    async fn an_error_that_ends_the_run_lets_the_others_finish_and_is_returned() {
        let work = Arc::new(Sleepy {
            fail: Vec::new(),
            lost: Some(1),
            started: AtomicUsize::new(0),
        });
        let heard = Mutex::new(Vec::new());
        let err = drive(
            || async { Ok(()) }.boxed(),
            (2, RECYCLE_AFTER),
            vec![30, 1, 2, 3],
            Budget::Unlimited,
            Shared(work.clone()),
            &|f: &Finished<u64, u64>| heard.lock().unwrap().push(f.tenant),
        )
        .await
        .unwrap_err();
        assert_eq!(err.to_string(), "tenant 1: gone");
        // 30 was running and finished; nothing started after the loss.
        assert_eq!(*heard.lock().unwrap(), [30]);
        assert_eq!(work.started.load(Ordering::SeqCst), 2);
    }

    /// A worker reconnects every `recycle_after` tenants: (jobs, recycle_after,
    /// tenants, connections made).
    #[tokio::test]
    async fn a_worker_reconnects_after_its_share_of_tenants() {
        let cases = [
            (1, RECYCLE_AFTER, 250, 3),
            (1, RECYCLE_AFTER, 100, 1),
            (1, 1, 5, 5),
            (2, 1, 6, 6),
            (2, RECYCLE_AFTER, 6, 2),
        ];
        for (jobs, recycle, tenants, expected) in cases {
            let connects = Arc::new(AtomicUsize::new(0));
            let c = connects.clone();
            let work = Arc::new(Sleepy {
                fail: Vec::new(),
                lost: None,
                started: AtomicUsize::new(0),
            });
            let done = drive(
                move || {
                    c.fetch_add(1, Ordering::SeqCst);
                    async { Ok(()) }.boxed()
                },
                (jobs, recycle),
                vec![0; tenants],
                Budget::Failures(0),
                Shared(work),
                &|_| {},
            )
            .await
            .unwrap();
            assert_eq!(done.len(), tenants);
            let case = (jobs, recycle, tenants);
            assert_eq!(connects.load(Ordering::SeqCst), expected, "{case:?}");
        }
    }

    /// The test's work behind an `Arc`, so the test can count what it did.
    struct Shared(Arc<Sleepy>);

    impl Work<u64, ()> for Shared {
        type Output = u64;
        fn run(&self, conn: &mut (), tenant: &u64) -> impl Future<Output = Result<u64>> + Send {
            self.0.run(conn, tenant)
        }
        fn ends_run(&self, error: &Error) -> bool {
            self.0.ends_run(error)
        }
    }

    #[test]
    fn selection_is_one_tenant_or_all_never_both() {
        use Selection::*;
        // (--all-tenants, -t, default tenant, expected; Err: the usage error's words)
        type Case<'a> = (
            bool,
            Option<&'a str>,
            Option<&'a str>,
            Result<Option<Selection>, &'a str>,
        );
        let cases: &[Case] = &[
            (false, None, None, Ok(None)),
            (false, Some("acme"), None, Ok(Some(One("acme".into())))),
            (false, None, Some("dflt"), Ok(Some(One("dflt".into())))),
            (
                false,
                Some("acme"),
                Some("dflt"),
                Ok(Some(One("acme".into()))),
            ),
            (true, None, None, Ok(Some(All))),
            (true, None, Some("dflt"), Ok(Some(All))),
            (true, Some("acme"), None, Err("not both")),
            (true, Some("acme"), Some("dflt"), Err("not both")),
        ];
        for (all, flag, default, expected) in cases {
            let got = select(*all, *flag, *default);
            match (got, expected) {
                (Ok(got), Ok(want)) => assert_eq!(&got, want, "{all} {flag:?} {default:?}"),
                (Err(e), Err(words)) => {
                    assert_eq!(e.exit_code(), 2);
                    assert!(e.to_string().contains(words), "{e}");
                }
                (got, _) => panic!("{all} {flag:?} {default:?}: {got:?}"),
            }
        }
    }

    #[test]
    fn jobs_are_one_to_sixty_four() {
        for (jobs, ok) in [(0, false), (1, true), (2, true), (64, true), (65, false)] {
            let got = check_jobs(jobs);
            assert_eq!(got.is_ok(), ok, "{jobs}");
            if let Err(e) = got {
                assert_eq!(e.exit_code(), 5);
                assert!(e.to_string().contains(&format!("--jobs {jobs}")), "{e}");
            }
        }
    }

    #[test]
    fn the_last_word_names_every_failure_or_is_the_one_tenants_own_error() {
        let mut f = Failures::new(5);
        assert!(Failures::new(5).finish(false, "x").is_ok());
        f.push("a", Error::invalid("bad a\nmore"));
        f.push("b", Error::not_found("no b"));
        let e = f.finish(false, "the others were done").unwrap_err();
        assert_eq!(e.exit_code(), 7);
        assert_eq!(
            e.to_string(),
            "2 of 5 tenants failed (a: bad a; b: no b); the others were done"
        );
        let mut one = Failures::new(1);
        one.push("a", Error::not_found("no a"));
        let e = one.finish(true, "x").unwrap_err();
        assert_eq!((e.exit_code(), e.to_string()), (4, "no a".to_string()));
    }

    #[test]
    fn run_statuses_print_as_they_serialize() {
        for s in [RunStatus::Ok, RunStatus::Skipped, RunStatus::Failed] {
            assert_eq!(serde_json::to_value(s).unwrap(), s.to_string());
        }
    }
}
