//! A local PostgreSQL cluster that theratime creates and starts itself, used when no
//! database is configured at all, and by the test harness. It runs the machine's
//! server binaries on a unix socket under theratime's data directory; as root it runs
//! them as the `postgres` user (initdb refuses to run as root).

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::error::{Error, Result};

/// The port number only names the socket file: the cluster listens on no TCP port.
pub const PORT: u16 = 5432;
pub const DATABASE: &str = "theratime";
pub const SUPERUSER: &str = "postgres";

pub fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

/// The directory holding PostgreSQL's server binaries: `PATH` first, then
/// `/usr/lib/postgresql/<version>/bin` (newest version first).
pub fn find_bin_dir() -> Option<PathBuf> {
    let has_tools = |dir: &Path| dir.join("initdb").is_file() && dir.join("pg_ctl").is_file();
    // THERATIME_PG_BINDIR names the directory outright (and only it).
    if let Some(dir) = std::env::var_os("THERATIME_PG_BINDIR").filter(|d| !d.is_empty()) {
        let dir = PathBuf::from(dir);
        return has_tools(&dir).then_some(dir);
    }
    if let Some(path) = std::env::var_os("PATH")
        && let Some(dir) = std::env::split_paths(&path).find(|d| has_tools(d))
    {
        return Some(dir);
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let version = e.file_name().to_str()?.parse::<u32>().ok()?;
            let bin = e.path().join("bin");
            has_tools(&bin).then_some((version, bin))
        })
        .collect();
    versions.sort();
    versions.pop().map(|(_, bin)| bin)
}

/// Default home of the local cluster: `THERATIME_DATA_DIR`, else the user's data
/// directory; as root `/var/lib/theratime`, which the postgres user can reach.
pub fn default_base_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("THERATIME_DATA_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("local");
    }
    if is_root() {
        return PathBuf::from("/var/lib/theratime/local");
    }
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from(".theratime"))
        .join("theratime")
        .join("local")
}

#[derive(Debug, Clone)]
pub struct Cluster {
    pub base: PathBuf,
    pub bin: PathBuf,
}

#[derive(Debug, Clone, Copy)]
pub struct InitOptions {
    /// Throwaway clusters (tests) run with fsync off.
    pub durable: bool,
}

impl Cluster {
    /// The cluster under `base`, using the machine's server binaries.
    pub fn new(base: PathBuf) -> Result<Cluster> {
        let bin = find_bin_dir().ok_or_else(|| {
            Error::Unreachable(
                "no database is configured and no PostgreSQL server binaries (initdb, pg_ctl) were \
                 found on PATH or in /usr/lib/postgresql/*/bin; install them (Debian/Ubuntu: \
                 `apt-get install postgresql`) or set --database-url / THERATIME_DATABASE_URL"
                    .to_string(),
            )
        })?;
        Ok(Cluster { base, bin })
    }

    pub fn data_dir(&self) -> PathBuf {
        self.base.join("data")
    }
    pub fn socket_dir(&self) -> PathBuf {
        self.base.join("run")
    }
    pub fn log_file(&self) -> PathBuf {
        self.base.join("postgresql.log")
    }

    pub fn exists(&self) -> bool {
        self.data_dir().join("PG_VERSION").is_file()
    }

    /// URL of a database of this cluster (unix socket, trust authentication).
    pub fn url(&self, database: &str) -> String {
        format!(
            "postgres://{SUPERUSER}@localhost/{database}?host={}&port={PORT}",
            self.socket_dir().display()
        )
    }

    /// Run one server binary, as the postgres user when we are root.
    fn run(&self, tool: &str, args: &[&str]) -> Result<Output> {
        let exe = self.bin.join(tool);
        let mut cmd = if is_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&exe);
            c
        } else {
            Command::new(&exe)
        };
        cmd.args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        // The server must not inherit libpq settings meant for clients.
        for var in [
            "PGDATA",
            "PGHOST",
            "PGPORT",
            "PGUSER",
            "PGDATABASE",
            "PGPASSWORD",
        ] {
            cmd.env_remove(var);
        }
        cmd.output()
            .map_err(|e| Error::Other(anyhow::anyhow!("cannot run {}: {e}", exe.display())))
    }

    fn make_dirs(&self) -> Result<()> {
        for dir in [self.base.clone(), self.socket_dir()] {
            std::fs::create_dir_all(&dir).map_err(|e| {
                Error::Other(anyhow::anyhow!("cannot create {}: {e}", dir.display()))
            })?;
        }
        if is_root() {
            // The postgres user must be able to reach the cluster's directories: open
            // the parent (ours: /var/lib/theratime or a test's temp dir) and hand it the base.
            if let Some(parent) = self.base.parent() {
                use std::os::unix::fs::PermissionsExt;
                let _ = std::fs::set_permissions(parent, std::fs::Permissions::from_mode(0o755));
            }
            let status = Command::new("chown")
                .args(["-R", "postgres:postgres"])
                .arg(&self.base)
                .status()
                .map_err(|e| Error::Other(anyhow::anyhow!("cannot run chown: {e}")))?;
            if !status.success() {
                return Err(Error::Other(anyhow::anyhow!(
                    "cannot hand {} to the postgres user",
                    self.base.display()
                )));
            }
        }
        Ok(())
    }

    /// initdb, when the cluster does not exist yet.
    pub fn init(&self, opts: InitOptions) -> Result<bool> {
        if self.exists() {
            return Ok(false);
        }
        self.make_dirs()?;
        let data = self.data_dir();
        let data = data.to_str().expect("data dir is UTF-8");
        let mut args = vec![
            "-D",
            data,
            "-U",
            SUPERUSER,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C",
        ];
        if !opts.durable {
            args.push("--no-sync");
        }
        let out = self.run("initdb", &args)?;
        if !out.status.success() {
            return Err(Error::Other(anyhow::anyhow!(
                "initdb failed: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            )));
        }
        let mut conf = format!(
            "\n# theratime local cluster\nlisten_addresses = ''\nport = {PORT}\nunix_socket_directories = '{}'\nmax_connections = 200\n",
            self.socket_dir().display()
        );
        if !opts.durable {
            conf.push_str("fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n");
        }
        use std::io::Write;
        std::fs::OpenOptions::new()
            .append(true)
            .open(self.data_dir().join("postgresql.conf"))
            .and_then(|mut f| f.write_all(conf.as_bytes()))
            .map_err(|e| Error::Other(anyhow::anyhow!("cannot configure the cluster: {e}")))?;
        Ok(true)
    }

    fn ready_marker(&self) -> PathBuf {
        self.base.join("ready")
    }

    /// Cheap check for the common case: the server runs (its pid file and socket are
    /// there) and the theratime database was prepared before. No subprocess, no query.
    pub fn is_ready(&self) -> bool {
        self.ready_marker().exists()
            && self.data_dir().join("postmaster.pid").exists()
            && self.socket_dir().join(format!(".s.PGSQL.{PORT}")).exists()
    }

    /// Remember that the theratime database exists and has its global schema.
    pub fn mark_ready(&self) -> Result<()> {
        std::fs::write(self.ready_marker(), b"").map_err(|e| {
            Error::Other(anyhow::anyhow!(
                "cannot write {}: {e}",
                self.ready_marker().display()
            ))
        })
    }

    pub fn is_running(&self) -> bool {
        let data = self.data_dir();
        self.exists()
            && self
                .run(
                    "pg_ctl",
                    &["status", "-D", data.to_str().unwrap_or_default()],
                )
                .is_ok_and(|o| o.status.success())
    }

    /// Start the server (waiting until it accepts connections).
    pub fn start(&self) -> Result<bool> {
        if self.is_running() {
            return Ok(false);
        }
        let data = self.data_dir();
        let log = self.log_file();
        let out = self.run(
            "pg_ctl",
            &[
                "start",
                "-w",
                "-t",
                "60",
                "-D",
                data.to_str().unwrap_or_default(),
                "-l",
                log.to_str().unwrap_or_default(),
            ],
        )?;
        if !out.status.success() {
            let log_tail = std::fs::read_to_string(&log).unwrap_or_default();
            let tail: Vec<&str> = log_tail.lines().rev().take(5).collect();
            return Err(Error::Unreachable(format!(
                "cannot start the local PostgreSQL cluster in {}: {} {}",
                self.base.display(),
                String::from_utf8_lossy(&out.stderr).trim(),
                tail.into_iter().rev().collect::<Vec<_>>().join(" | ")
            )));
        }
        Ok(true)
    }

    pub fn stop(&self) -> Result<bool> {
        if !self.is_running() {
            return Ok(false);
        }
        let data = self.data_dir();
        let out = self.run(
            "pg_ctl",
            &[
                "stop",
                "-w",
                "-m",
                "fast",
                "-D",
                data.to_str().unwrap_or_default(),
            ],
        )?;
        if !out.status.success() {
            return Err(Error::Other(anyhow::anyhow!(
                "cannot stop the local cluster: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            )));
        }
        Ok(true)
    }

    pub fn destroy(&self) -> Result<()> {
        self.stop()?;
        if self.base.exists() {
            std::fs::remove_dir_all(&self.base).map_err(|e| {
                Error::Other(anyhow::anyhow!(
                    "cannot remove {}: {e}",
                    self.base.display()
                ))
            })?;
        }
        Ok(())
    }

    /// Create `database` when missing (idempotent: a concurrent creator is fine).
    pub async fn ensure_database(
        &self,
        database: &str,
        timeout: std::time::Duration,
    ) -> Result<()> {
        let opts = crate::db::connect_options(Some(&self.url("postgres")))?;
        let mut conn = crate::db::connect(&opts, timeout).await?;
        let exists: bool =
            crate::db::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)")
                .bind(database)
                .fetch_one(&mut conn)
                .await
                .map_err(|e| Error::Other(e.into()))?;
        if !exists {
            // Safe: the name is quoted with its quotes doubled.
            let sql = format!(
                "CREATE DATABASE {}",
                crate::db::ident::quote_ident(database)
            );
            if let Err(e) = sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
                .execute(&mut conn)
                .await
                && crate::error::sqlstate(&e).as_deref() != Some("42P04")
            {
                return Err(Error::Other(e.into()));
            }
        }
        Ok(())
    }

    /// Create (if needed) and start the cluster and its `theratime` database; says
    /// what it had to do.
    pub async fn ensure_running(&self, timeout: std::time::Duration) -> Result<Brought> {
        let initialised = self.init(InitOptions { durable: true })?;
        let started = self.start()?;
        self.ensure_database(DATABASE, timeout).await?;
        Ok(match (initialised, started) {
            (true, _) => Brought::Initialised,
            (false, true) => Brought::Started,
            (false, false) => Brought::AlreadyRunning,
        })
    }

    /// The version of the installed server binaries (`postgres -V`).
    pub fn binaries_version(&self) -> Result<String> {
        let out = std::process::Command::new(self.bin.join("postgres"))
            .arg("-V")
            .output()
            .map_err(|e| {
                Error::Other(anyhow::anyhow!(
                    "cannot run {}: {e}",
                    self.bin.join("postgres").display()
                ))
            })?;
        // "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)": the same text as the
        // running server's `server_version`.
        let text = String::from_utf8_lossy(&out.stdout);
        let text = text.trim();
        Ok(text
            .strip_prefix("postgres (PostgreSQL) ")
            .unwrap_or(text)
            .to_string())
    }

    /// The version of the running server (`server_version`); None when it does not
    /// answer.
    pub async fn running_version(&self, timeout: std::time::Duration) -> Option<String> {
        let opts = crate::db::connect_options(Some(&self.url("postgres"))).ok()?;
        let mut conn = crate::db::connect(&opts, timeout).await.ok()?;
        crate::db::query_scalar("SELECT current_setting('server_version')")
            .fetch_one(&mut conn)
            .await
            .ok()
    }
}

/// What [`Cluster::ensure_running`] had to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Brought {
    Initialised,
    Started,
    AlreadyRunning,
}
