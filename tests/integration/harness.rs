//! Test harness: one throwaway PostgreSQL cluster per test run (or
//! THERATIME_TEST_DATABASE_URL), a fresh database per test, and a fluent helper that
//! runs the real binary with a clean environment.

use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use sqlx::postgres::PgConnection;
use sqlx::{AssertSqlSafe, Connection, Row};
use theratime::local::{Cluster, InitOptions};

pub const BIN: &str = env!("CARGO_BIN_EXE_theratime");
/// A login role that must give a password (scram-sha-256), for the wrong-password test.
pub const PW_ROLE: &str = "theratime_pw";
pub const PW_ROLE_PASSWORD: &str = "right-horse-battery";
const TEMPLATE: &str = "theratime_template";

pub struct Server {
    /// URL of a database on the server, with `{db}` where the database name goes.
    url_pattern: String,
    pub cluster: Option<Cluster>,
}

impl Server {
    pub fn url(&self, db: &str) -> String {
        self.url_pattern.replace("{db}", db)
    }
}

pub fn rt() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

pub fn server() -> &'static Server {
    static SERVER: OnceLock<Server> = OnceLock::new();
    SERVER.get_or_init(|| {
        let server = match std::env::var("THERATIME_TEST_DATABASE_URL")
            .ok()
            .filter(|u| !u.is_empty())
        {
            Some(url) => external(&url),
            None => throwaway_cluster(),
        };
        rt().block_on(prepare_template(&server));
        server
    })
}

fn external(url: &str) -> Server {
    let mut parsed = url::Url::parse(url).expect("THERATIME_TEST_DATABASE_URL is a URL");
    parsed.set_path("/DBNAME");
    Server {
        url_pattern: parsed.to_string().replace("DBNAME", "{db}"),
        cluster: None,
    }
}

fn throwaway_cluster() -> Server {
    // Not under /root and not a 0700 dir the postgres user cannot enter.
    let base = tempfile::Builder::new()
        .prefix("theratime-test-")
        .tempdir_in("/tmp")
        .expect("temp dir")
        .keep();
    let cluster = Cluster::new(base.join("pg")).expect("PostgreSQL server binaries");
    cluster
        .init(InitOptions { durable: false })
        .expect("initdb");
    let hba = cluster.data_dir().join("pg_hba.conf");
    let old = std::fs::read_to_string(&hba).unwrap();
    std::fs::write(
        &hba,
        format!("local all {PW_ROLE} scram-sha-256\nhost all {PW_ROLE} 127.0.0.1/32 scram-sha-256\n{old}"),
    )
    .unwrap();
    cluster.start().expect("start the test cluster");
    watchdog(&cluster, &base);
    Server {
        url_pattern: cluster.url("{db}"),
        cluster: Some(cluster),
    }
}

/// Stop the cluster and remove its files when this test process ends
/// (THERATIME_TEST_KEEP=1 keeps them for inspection).
pub fn watchdog(cluster: &Cluster, base: &Path) {
    let pid = std::process::id();
    let data = cluster.data_dir();
    let pg_ctl = cluster.bin.join("pg_ctl");
    let runas = if theratime::local::is_root() {
        "runuser -u postgres -- "
    } else {
        ""
    };
    let cleanup = if std::env::var_os("THERATIME_TEST_KEEP").is_some() {
        String::new()
    } else {
        format!("rm -rf '{}'", base.display())
    };
    let script = format!(
        "while kill -0 {pid} 2>/dev/null; do sleep 0.5; done; {runas}'{}' stop -D '{}' -m immediate >/dev/null 2>&1; {cleanup}",
        pg_ctl.display(),
        data.display()
    );
    // The watchdog outlives us on purpose: it is never waited for.
    #[allow(clippy::zombie_processes)]
    std::process::Command::new("setsid")
        .args(["sh", "-c", &script])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn the cluster watchdog");
}

async fn admin(server: &Server) -> PgConnection {
    PgConnection::connect(&server.url("postgres"))
        .await
        .expect("connect to the test server")
}

pub async fn exec(conn: &mut PgConnection, sql: &str) {
    sqlx::raw_sql(AssertSqlSafe(sql.to_string()))
        .execute(conn)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
}

async fn prepare_template(server: &Server) {
    let mut conn = admin(server).await;
    exec(&mut conn, &format!("DROP DATABASE IF EXISTS {TEMPLATE}")).await;
    exec(&mut conn, &format!("CREATE DATABASE {TEMPLATE}")).await;
    let _ = sqlx::raw_sql(AssertSqlSafe(format!(
        "CREATE ROLE {PW_ROLE} LOGIN PASSWORD '{PW_ROLE_PASSWORD}'"
    )))
    .execute(&mut conn)
    .await;
    let out = std::process::Command::new(BIN)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .args([
            "--database-url",
            &server.url(TEMPLATE),
            "migrate",
            "--global",
            "-q",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "migrating the template: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A fresh database for one test, made from a template that has the global schema.
/// Dropped when its test passes; kept, with its name printed, when the test fails
/// (like `#[sqlx::test]`), so a failure can be inspected.
pub struct TestDb {
    pub name: String,
    pub url: String,
    /// Whether this handle drops the database (not a second handle from [`TestDb::alias`]).
    owner: bool,
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if !self.owner {
            return;
        }
        if std::thread::panicking() {
            eprintln!(
                "test database {} kept for inspection: {}",
                self.name, self.url
            );
            return;
        }
        let name = self.name.clone();
        // A runtime of its own: the test may be inside another one's block_on.
        let _ = std::thread::spawn(move || {
            rt().block_on(async {
                let mut conn = admin(server()).await;
                let _ = sqlx::raw_sql(AssertSqlSafe(format!(
                    "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                )))
                .execute(&mut conn)
                .await;
            })
        })
        .join();
    }
}

impl TestDb {
    pub fn new() -> TestDb {
        Self::create(true)
    }

    /// An empty database (no theratime schema).
    pub fn empty() -> TestDb {
        Self::create(false)
    }

    fn create(with_schema: bool) -> TestDb {
        static N: AtomicUsize = AtomicUsize::new(0);
        let server = server();
        let name = format!(
            "t{}_{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        );
        let template = if with_schema { TEMPLATE } else { "template0" };
        rt().block_on(async {
            let mut conn = admin(server).await;
            exec(
                &mut conn,
                &format!("CREATE DATABASE {name} TEMPLATE {template}"),
            )
            .await;
            exec(
                &mut conn,
                &format!("GRANT ALL ON DATABASE {name} TO {PW_ROLE}"),
            )
            .await;
        });
        TestDb {
            url: server.url(&name),
            name,
            owner: true,
        }
    }

    /// A handle on a database made elsewhere (another server), which it does not drop.
    pub fn unowned(name: String, url: String) -> TestDb {
        TestDb {
            name,
            url,
            owner: false,
        }
    }

    /// A second handle on the same database, which does not drop it.
    pub fn alias(&self) -> TestDb {
        TestDb {
            name: self.name.clone(),
            url: self.url.clone(),
            owner: false,
        }
    }

    /// The binary with this database, and `line` split into words as a shell
    /// would: `db.cmd("tenant create acme --name 'Acme Therapy' -o json")`.
    pub fn cmd(&self, line: &str) -> Cli {
        let words = shell_words::split(line).unwrap_or_else(|e| panic!("{line}: {e}"));
        self.cli().args(words)
    }

    pub fn cli(&self) -> Cli {
        cli().env("THERATIME_DATABASE_URL", &self.url)
    }

    /// Run SQL and return the first column of every row as text.
    #[track_caller]
    pub fn query(&self, sql: &str) -> Vec<String> {
        rt().block_on(async {
            let mut conn = PgConnection::connect(&self.url).await.unwrap();
            let rows = sqlx::raw_sql(AssertSqlSafe(sql.to_string()))
                .fetch_all(&mut conn)
                .await
                .unwrap_or_else(|e| panic!("{sql}: {e}"));
            rows.iter()
                .map(|r| {
                    r.try_get::<Option<String>, _>(0)
                        .unwrap()
                        .unwrap_or_default()
                })
                .collect()
        })
    }

    #[track_caller]
    pub fn one(&self, sql: &str) -> String {
        self.query(sql).into_iter().next().unwrap_or_default()
    }

    #[track_caller]
    pub fn exec(&self, sql: &str) {
        rt().block_on(async {
            let mut conn = PgConnection::connect(&self.url).await.unwrap();
            exec(&mut conn, sql).await;
        })
    }

    /// Run SQL expecting an error; return its SQLSTATE.
    #[track_caller]
    pub fn exec_err(&self, sql: &str) -> String {
        rt().block_on(async {
            let mut conn = PgConnection::connect(&self.url).await.unwrap();
            let err = sqlx::raw_sql(AssertSqlSafe(sql.to_string()))
                .execute(&mut conn)
                .await
                .expect_err(sql);
            theratime::error::sqlstate(&err)
                .unwrap_or_else(|| panic!("not a database error: {err}"))
        })
    }

    /// Everything a command could change, in one comparable value: schemas, and every
    /// row of every table of every theratime and tenant schema.
    pub fn snapshot(&self) -> String {
        self.snapshot_of("true")
    }

    /// [`Self::snapshot`] without the audit trail, for commands that only take data out
    /// (their audit rows are checked on their own).
    pub fn snapshot_without_audit(&self) -> String {
        self.snapshot_of("c.relname NOT LIKE 'audit\\_%'")
    }

    fn snapshot_of(&self, tables_where: &str) -> String {
        let tables = self.query(&format!(
            "SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind = 'r' AND (n.nspname = 'theratime' OR n.nspname LIKE 'tenant\\_%') AND {tables_where} ORDER BY 1",
        ));
        let mut out = self.query(
            "SELECT string_agg(nspname, ',' ORDER BY nspname) FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'",
        );
        for t in tables {
            out.push(t.clone());
            out.extend(self.query(&format!("SELECT t::text FROM {t} t ORDER BY t::text")));
        }
        out.join("\n")
    }

    /// Insert a user straight into the global table; returns its id.
    #[track_caller]
    pub fn add_user(&self, tenant_id: i64, email: &str, role: &str) -> i64 {
        self.one(&format!(
            "INSERT INTO theratime.users (tenant_id, email, display_name, role) VALUES ({tenant_id}, '{email}', '{email}', '{role}') RETURNING id::text"
        ))
        .parse()
        .unwrap()
    }

    /// Create a tenant with the binary; returns its id.
    #[track_caller]
    pub fn tenant(&self, slug: &str) -> i64 {
        let out = self
            .cli()
            .args(["tenant", "create", slug, "--name", slug, "-q"])
            .succeeds();
        out.stdout().trim().parse().expect("tenant id")
    }
}

/// The binary with a clean environment: no THERATIME_*, DATABASE_URL or PG*
/// variable of the developer's shell can change a result.
pub fn cli() -> Cli {
    let mut cmd = std::process::Command::new(BIN);
    cmd.env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", "/nonexistent-theratime-home")
        .env("THERATIME_CONFIG", "");
    Cli { cmd, stdin: None }
}

pub struct Cli {
    cmd: std::process::Command,
    stdin: Option<Vec<u8>>,
}

impl Cli {
    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        self.cmd.args(args);
        self
    }

    pub fn env(mut self, key: &str, value: impl AsRef<std::ffi::OsStr>) -> Self {
        self.cmd.env(key, value);
        self
    }

    pub fn current_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.cmd.current_dir(dir);
        self
    }

    pub fn stdin(mut self, input: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(input.into());
        self
    }

    /// Run to the end (at most two minutes).
    pub fn run(self) -> Run {
        let mut cmd = assert_cmd::Command::from_std(self.cmd);
        cmd.timeout(Duration::from_secs(120));
        if let Some(input) = self.stdin {
            cmd.write_stdin(input);
        }
        Run(cmd.output().expect("run theratime"))
    }

    /// Start it in the background, stdout and stderr piped (see [`succeeded`]).
    pub fn spawn(mut self) -> std::process::Child {
        assert!(self.stdin.is_none(), "a spawned theratime reads no stdin");
        self.cmd
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("start theratime")
    }

    #[track_caller]
    pub fn succeeds(self) -> Run {
        self.fails(0)
    }

    /// Run and expect `code` (0 for success).
    #[track_caller]
    pub fn fails(self, code: i32) -> Run {
        let run = self.run();
        assert_eq!(
            run.0.status.code(),
            Some(code),
            "expected exit {code}\nstdout:\n{}\nstderr:\n{}",
            run.stdout(),
            run.stderr()
        );
        run
    }
}

pub struct Run(pub Output);

impl Run {
    pub fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.0.stdout).into_owned()
    }
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.0.stderr).into_owned()
    }
    #[track_caller]
    pub fn stdout_contains(self, needle: &str) -> Self {
        assert!(
            self.stdout().contains(needle),
            "stdout lacks {needle:?}:\n{}",
            self.stdout()
        );
        self
    }
    #[track_caller]
    pub fn stderr_contains(self, needle: &str) -> Self {
        assert!(
            self.stderr().contains(needle),
            "stderr lacks {needle:?}:\n{}",
            self.stderr()
        );
        self
    }
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.0.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.stdout()))
    }
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The latest tenant migration version of the repository (`migrations/tenant/V<n>__…`):
/// tests read it rather than hardcode it, so adding a migration breaks none of them.
pub fn tenant_version() -> i32 {
    std::fs::read_dir(repo_root().join("migrations").join("tenant"))
        .unwrap()
        .filter_map(|e| {
            let name = e.unwrap().file_name().into_string().ok()?;
            name.strip_prefix('V')?.split("__").next()?.parse().ok()
        })
        .max()
        .expect("a tenant migration")
}

// Fixtures shared by the test files.

/// A tenant with an admin, two therapists, clients (one deactivated), appointments of
/// every status, blocks, and a client who has since moved to `other` (when given).
pub fn populate(db: &TestDb, tid: i64, slug: &str, other: Option<i64>) -> Vec<i64> {
    let admin = db.add_user(tid, &format!("admin@{slug}.test"), "admin");
    let t1 = db.add_user(tid, &format!("t1@{slug}.test"), "therapist");
    let t2 = db.add_user(tid, &format!("t2@{slug}.test"), "therapist");
    let c1 = db.add_user(tid, &format!("c1@{slug}.test"), "client");
    let c2 = db.add_user(tid, &format!("c2@{slug}.test"), "client");
    let c3 = db.add_user(tid, &format!("c3@{slug}.test"), "client");
    let s = format!("tenant_{tid}");
    db.exec(&format!(
        "INSERT INTO {s}.appointments (therapist_id, client_id, starts_at, ends_at, status, notes, cancel_reason, sequence) VALUES
           ({t1}, {c1}, '2026-12-01 09:00Z', '2026-12-01 10:00Z', 'booked', 'first; with \"quotes\", commas and a\nnewline', NULL, 0),
           ({t1}, {c2}, '2026-12-01 10:00Z', '2026-12-01 11:00Z', 'completed', NULL, NULL, 1),
           ({t1}, {c3}, '2026-12-01 10:00Z', '2026-12-01 11:00Z', 'cancelled', NULL, 'sick', 2),
           ({t2}, {c1}, '2026-12-02 09:00Z', '2026-12-02 10:00Z', 'no_show', E'tab\\there \\\\ backslash', NULL, 0),
           ({t2}, {c3}, '2026-12-03 09:00Z', '2026-12-03 10:00Z', 'booked', 'ünïcødé ✓', NULL, 0);
         INSERT INTO {s}.calendar_blocks (therapist_id, starts_at, ends_at, reason) VALUES
           ({t1}, '2026-12-01 12:00Z', '2026-12-01 13:00Z', 'lunch'),
           ({t2}, '2026-12-04 00:00Z', '2026-12-05 00:00Z', NULL);
         UPDATE theratime.users SET active = false WHERE id = {c2};"
    ));
    if let Some(o) = other {
        db.exec(&format!(
            "UPDATE theratime.users SET tenant_id = {o} WHERE id = {c3}"
        ));
    }
    vec![admin, t1, t2, c1, c2, c3]
}

/// Every row of the tenant, ids and all, canonically ordered: tenant row, the users
/// it owns or references, every table of its schema (not refinery's history).
pub fn canonical(db: &TestDb, slug: &str) -> String {
    let tid = db.one(&format!(
        "SELECT id::text FROM theratime.tenants WHERE slug = '{slug}'"
    ));
    let mut out = db.query(&format!(
        "SELECT concat_ws('|', id, slug, name, time_zone, status, created_at, updated_at) FROM theratime.tenants WHERE id = {tid}"
    ));
    out.extend(db.query(&format!(
        "SELECT concat_ws('|', id, tenant_id, email, display_name, role, active, created_at, updated_at)
         FROM theratime.users WHERE tenant_id = {tid}
            OR id IN (SELECT therapist_id FROM tenant_{tid}.appointments UNION SELECT client_id FROM tenant_{tid}.appointments)
         ORDER BY id"
    )));
    out.extend(db.query(&format!(
        "SELECT t::text FROM tenant_{tid}.appointments t ORDER BY id"
    )));
    out.extend(db.query(&format!(
        "SELECT t::text FROM tenant_{tid}.calendar_blocks t ORDER BY id"
    )));
    out.join("\n")
}

/// Like `canonical`, but with users by email instead of id (for remapped restores)
/// and without the tenant id.
pub fn canonical_by_email(db: &TestDb, slug: &str) -> String {
    let tid = db.one(&format!(
        "SELECT id::text FROM theratime.tenants WHERE slug = '{slug}'"
    ));
    let mut out = db.query(&format!(
        "SELECT concat_ws('|', a.id, t.email, c.email, a.starts_at, a.ends_at, a.status, a.notes, a.cancel_reason, a.sequence, a.created_at, a.updated_at)
         FROM tenant_{tid}.appointments a JOIN theratime.users t ON t.id = a.therapist_id JOIN theratime.users c ON c.id = a.client_id ORDER BY a.id"
    ));
    out.extend(db.query(&format!(
        "SELECT concat_ws('|', b.id, t.email, b.starts_at, b.ends_at, b.reason, b.created_at)
         FROM tenant_{tid}.calendar_blocks b JOIN theratime.users t ON t.id = b.therapist_id ORDER BY b.id"
    )));
    out.extend(db.query(&format!(
        "SELECT concat_ws('|', email, display_name, role, active, created_at, updated_at) FROM theratime.users WHERE tenant_id = {tid} ORDER BY email"
    )));
    out.join("\n")
}

/// A session of its own that has run `sql` (say `BEGIN; LOCK …`) and holds on.
pub async fn hold(url: &str, sql: &str) -> sqlx::PgConnection {
    use sqlx::Connection;
    let mut holder = sqlx::PgConnection::connect(url).await.unwrap();
    exec(&mut holder, sql).await;
    holder
}

/// Wait for `child` and assert it exited 0; returns its stdout and stderr.
pub fn succeeded(child: std::process::Child) -> (String, String) {
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    (String::from_utf8_lossy(&out.stdout).into_owned(), stderr)
}

/// Start theratime with `args` and then `last`, and return once it waits for a lock
/// (once more lock requests wait than before it started; fails the test if it never
/// does).
pub async fn spawn_blocked(
    db: &TestDb,
    holder: &mut sqlx::PgConnection,
    args: &[&str],
    last: &Path,
) -> std::process::Child {
    let before = waiting_locks(holder).await;
    let mut child = db.cli().args(args).args([last]).spawn();
    for _ in 0..400 {
        if waiting_locks(holder).await > before {
            return child;
        }
        if child.try_wait().unwrap().is_some() {
            let out = child.wait_with_output().unwrap();
            panic!(
                "theratime {args:?} ended before it waited for the lock: {}\n{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    theratime::db::query("SELECT pg_stat_clear_snapshot()")
        .execute(&mut *holder)
        .await
        .unwrap();
    let sessions: Vec<(String, String)> = theratime::db::query_as(
        "SELECT coalesce(wait_event_type || ':' || wait_event, state, ''), left(query, 200)
         FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    )
    .fetch_all(&mut *holder)
    .await
    .unwrap();
    child.kill().unwrap();
    let out = child.wait_with_output().unwrap();
    panic!(
        "theratime {args:?} never waited for the lock (sessions: {sessions:?}): {}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Lock requests that wait in this test's database (other tests' do not count).
async fn waiting_locks(conn: &mut sqlx::PgConnection) -> i64 {
    // In the holder's open transaction, pg_stat_activity is the snapshot its first read
    // took, without the backends started since: discard it first.
    theratime::db::query("SELECT pg_stat_clear_snapshot()")
        .execute(&mut *conn)
        .await
        .unwrap();
    theratime::db::query_scalar(
        "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
         WHERE NOT l.granted AND a.datname = current_database()",
    )
    .fetch_one(conn)
    .await
    .unwrap()
}

pub fn out_dir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("theratime-backup-test-")
        .tempdir_in("/tmp")
        .unwrap()
}

pub fn archives(dir: &Path) -> Vec<PathBuf> {
    theratime::backup::archives_in(dir)
}

/// A `--migrations` directory: a copy of the repository's migrations plus `extra`
/// files, each `(folder, file name, text)` with folder `global` or `tenant`.
pub fn migrations_dir(extra: &[(&str, &str, &str)]) -> tempfile::TempDir {
    let dir = out_dir();
    let root = repo_root().join("migrations");
    for sub in ["global", "tenant"] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        for f in std::fs::read_dir(root.join(sub)).unwrap().flatten() {
            std::fs::copy(f.path(), dir.path().join(sub).join(f.file_name())).unwrap();
        }
    }
    for (sub, name, text) in extra {
        std::fs::write(dir.path().join(sub).join(name), text).unwrap();
    }
    dir
}

/// `.arg_path(p)`: a path argument.
pub trait ArgPath {
    fn arg_path(self, p: impl AsRef<Path>) -> Self;
}

impl ArgPath for Cli {
    fn arg_path(self, p: impl AsRef<Path>) -> Self {
        self.args([p.as_ref().as_os_str()])
    }
}
