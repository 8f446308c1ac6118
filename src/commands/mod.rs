//! The command layer: one module per command group. Each turns resolved settings
//! into domain calls and prints the results; only the commands that need a database
//! open one.

pub mod appointment;
pub mod audit;
pub mod backup;
pub mod block;
pub mod book;
pub mod cluster;
pub mod completions;
pub mod config;
pub mod demo;
pub mod doctor;
pub mod export;
pub mod hours;
pub mod lint;
pub mod local;
pub mod migrate;
pub mod query;
pub mod reminders;
pub mod report;
pub mod restore;
pub mod stats;
pub mod tenant;
pub mod user;

use std::io::IsTerminal;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::Utc;
use indicatif::{ProgressBar, ProgressStyle};

use sqlx::postgres::{PgConnectOptions, PgConnection};

use crate::cli::{Cli, Command, TenantSelection};
use crate::config::Settings;
use crate::error::{DbContext, Error, Result};
use crate::fleet::migrations::MigrationSet;
use crate::fleet::runner::{Fleet, Selection};
use crate::output::Printer;

/// What every command gets: resolved settings, the printer and the migration set.
pub struct Ctx {
    pub settings: Settings,
    pub printer: Printer,
}

impl Ctx {
    /// The migrations of this run: `--migrations DIR` or the embedded set.
    pub fn migrations(&self) -> Result<MigrationSet> {
        match &self.settings.migrations {
            Some(dir) => MigrationSet::from_dir(&dir.value),
            None => Ok(MigrationSet::embedded()),
        }
    }

    /// Connection options: the configured URL, libpq's environment, or the local
    /// cluster (started on demand) when nothing is configured. `direct` prefers
    /// `direct_url` (migrations, tenant create/drop and backups need a direct
    /// connection when the main URL points at a pooler).
    pub async fn connect_options(&self, direct: bool) -> Result<PgConnectOptions> {
        let s = &self.settings;
        if direct && let Some(url) = &s.direct_url {
            return crate::db::connect_options(Some(&url.value));
        }
        if let Some(url) = &s.database_url {
            return crate::db::connect_options(Some(&url.value));
        }
        if !s.libpq_env.is_empty() {
            return crate::db::connect_options(None);
        }
        let cluster = crate::local::Cluster::new(crate::local::default_base_dir())?;
        let opts = crate::db::connect_options(Some(&cluster.url(crate::local::DATABASE)))?;
        if cluster.is_ready() {
            return Ok(opts);
        }
        // Said once, when theratime had to set up or start the server, not on every command.
        let what = match cluster.ensure_running(s.connect_timeout.value).await? {
            crate::local::Brought::Initialised => "initialised and started",
            crate::local::Brought::Started => "started",
            crate::local::Brought::AlreadyRunning => "found",
        };
        self.notice(format!(
            "theratime: no database configured; {what} a local PostgreSQL in {}; it keeps \
             running; stop it with `theratime local stop` (set --database-url or \
             THERATIME_DATABASE_URL to use another server)",
            cluster.base.display()
        ));
        // A new local database gets its global schema at once, so that the first
        // `tenant create` just works.
        let mut conn = crate::db::connect(&opts, s.connect_timeout.value).await?;
        if crate::fleet::migrations::global_version(&mut conn)
            .await?
            .is_none()
        {
            let set = self.migrations()?;
            let mut tx = crate::db::begin(&mut conn, crate::db::Isolation::ReadCommitted).await?;
            crate::fleet::migrations::apply_global(&mut tx, &set, None).await?;
            tx.commit()
                .await
                .db("cannot commit the global migrations")?;
            self.notice("theratime: applied the global migrations to the new local database");
        }
        cluster.mark_ready()?;
        Ok(opts)
    }

    /// Options of the direct connection (migrations, tenant create/drop, backups):
    /// `direct_url` when set, with the startup options of [`crate::db::direct_options`].
    pub async fn direct_options(&self) -> Result<PgConnectOptions> {
        Ok(crate::db::direct_options(self.connect_options(true).await?))
    }

    /// One connection (fails fast when the server is unreachable); `direct` for
    /// work that needs a session of its own, checked to be one
    /// ([`crate::db::connect_direct`]).
    pub async fn connect(&self, direct: bool) -> Result<PgConnection> {
        let timeout = self.settings.connect_timeout.value;
        if direct {
            crate::db::connect_direct(&self.direct_options().await?, timeout).await
        } else {
            crate::db::connect(&self.connect_options(false).await?, timeout).await
        }
    }

    /// The tenant of a command that names it only with `-t/--tenant` (or the
    /// default tenant).
    pub fn tenant(&self) -> Result<String> {
        self.settings.single_tenant().ok_or_else(|| {
            Error::usage(
                "no tenant given: pass -t/--tenant SLUG (or an id), or set THERATIME_TENANT \
                 or default_tenant in theratime.toml",
            )
        })
    }

    /// The tenant of a command that takes it as an argument (`tenant show [T]`): the
    /// argument, `--tenant`, or the default tenant.
    pub fn one_tenant(&self, arg: Option<String>) -> Result<String> {
        arg.or_else(|| self.settings.single_tenant()).ok_or_else(|| {
            Error::usage(
                "no tenant given: name one (slug or id), pass -t/--tenant, or set THERATIME_TENANT",
            )
        })
    }

    /// Ask for a destructive operation: `--yes`, or the operator types `expected`.
    pub fn confirm_typed(&self, what: &str, expected: &str) -> Result<()> {
        if self.settings.yes {
            return Ok(());
        }
        if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
            return Err(Error::usage(format!(
                "refusing to {what} without confirmation: no terminal to ask on; pass --yes to confirm"
            )));
        }
        let typed: String = dialoguer::Input::new()
            .with_prompt(format!("This will {what}. Type {expected:?} to confirm"))
            .allow_empty(true)
            .interact_text()
            .map_err(|e| Error::usage(format!("no confirmation: {e}")))?;
        if typed.trim() == expected {
            Ok(())
        } else {
            Err(Error::usage(format!(
                "confirmation did not match {expected:?}; nothing was done"
            )))
        }
    }

    /// The tenants a fleet command was given: `-t/--tenant T` (or the default
    /// tenant) or `--all-tenants`, never both; neither is a usage error (exit 2).
    pub fn selection(&self, tenants: &TenantSelection) -> Result<Selection> {
        let flag = self.settings.tenant_flag.as_deref();
        let default = self.settings.single_tenant();
        crate::fleet::runner::select(tenants.all_tenants, flag, default.as_deref())?.ok_or_else(
            || Error::usage("no tenant given: pass -t/--tenant T (slug or id) or --all-tenants"),
        )
    }

    /// The tenants of `selection`, read on `conn` in one transaction.
    pub async fn fleet_targets(
        &self,
        conn: &mut PgConnection,
        selection: &Selection,
    ) -> Result<Vec<crate::tenants::Tenant>> {
        let mut tx = crate::db::begin(conn, crate::db::Isolation::ReadCommitted).await?;
        let targets = match selection {
            Selection::One(key) => vec![crate::tenants::resolve(&mut tx, key).await?],
            Selection::All => crate::db::query_as(
                "SELECT id, slug, name, time_zone, status, created_at, updated_at FROM theratime.tenants ORDER BY id",
            )
            .fetch_all(&mut *tx)
            .await
            .db("cannot list tenants")?,
        };
        tx.commit().await.db("cannot commit")?;
        Ok(targets)
    }

    /// The workers of a fleet run: `jobs` connections like [`Ctx::connect`]'s.
    pub async fn fleet(&self, direct: bool, jobs: usize) -> Result<Fleet> {
        let timeout = self.settings.connect_timeout.value;
        Ok(if direct {
            Fleet::new(self.direct_options().await?, timeout, jobs).direct()
        } else {
            Fleet::new(self.connect_options(false).await?, timeout, jobs)
        })
    }

    /// A notice on stderr, unless `-q`.
    pub fn notice(&self, msg: impl std::fmt::Display) {
        if !self.settings.quiet {
            eprintln!("{msg}");
        }
    }
}

pub async fn run(cli: Cli) -> Result<()> {
    let settings = Settings::resolve(&cli.global, &|name| std::env::var(name).ok())?;
    if let Some(path) = &settings.config_file
        && path.is_relative()
        && path.exists()
        && !settings.quiet
    {
        eprintln!(
            "theratime: using the config file {} from the current directory",
            path.display()
        );
    }
    let printer = Printer {
        format: settings.output.value,
        quiet: settings.quiet,
    };
    let ctx = Ctx { settings, printer };
    match cli.command {
        Command::Tenant(cmd) => tenant::run(cmd, &ctx).await,
        Command::Migrate(args) => migrate::run(args, &ctx).await,
        Command::User(cmd) => user::run(cmd, &ctx).await,
        Command::Book(args) => book::run(args, &ctx).await,
        Command::Appointment(cmd) => appointment::run(cmd, &ctx).await,
        Command::Block(cmd) => block::run(cmd, &ctx).await,
        Command::Availability(args) => block::availability(args, &ctx).await,
        Command::Hours(cmd) => hours::run(cmd, &ctx).await,
        Command::Report(args) => report::run(args, &ctx).await,
        Command::Reminders(args) => reminders::run(args, &ctx).await,
        Command::Demo => demo::run(&ctx).await,
        Command::Config => config::run(&ctx).await,
        Command::Doctor => doctor::run(&ctx).await,
        Command::Stats(args) => stats::run(args, &ctx).await,
        Command::Local(cmd) => local::run(cmd, &ctx).await,
        Command::Completions { shell } => completions::print_completions(shell),
        Command::Man => completions::print_man(),
        Command::Backup(args) => backup::run(args, &ctx).await,
        Command::Restore(args) => restore::restore(args, &ctx).await,
        Command::Export(args) => export::export(args, &ctx).await,
        Command::Audit(cmd) => audit::run(cmd, &ctx).await,
        Command::Query(args) => query::run(args, &ctx).await,
    }
}

/// Map an I/O error on stdout (e.g. a closed pipe) into our error type.
pub fn io(e: std::io::Error) -> Error {
    Error::Other(e.into())
}

/// Progress on stderr, for people and for cron: log lines that start with a UTC
/// timestamp, or on a terminal a bar of the tenants done (rate, ETA, failures) with
/// the failures above it. `-q` keeps only failures.
pub struct Log {
    quiet: bool,
    bar: Option<ProgressBar>,
    failed: AtomicUsize,
}

impl Log {
    /// A log; of a run over `total` tenants (more than one), a bar on a terminal.
    pub fn new(ctx: &Ctx, total: Option<u64>) -> Log {
        let quiet = ctx.settings.quiet;
        let bar = match total {
            Some(n) if !quiet && std::io::stderr().is_terminal() && n > 1 => {
                let b = ProgressBar::new(n);
                if let Ok(style) = ProgressStyle::with_template(
                    "{bar:30} {pos}/{len} tenants  {per_sec}  eta {eta}  {msg}",
                ) {
                    b.set_style(style);
                }
                b.set_message("failed: 0");
                Some(b)
            }
            _ => None,
        };
        Log {
            quiet,
            bar,
            failed: AtomicUsize::new(0),
        }
    }

    fn line(&self, msg: &str) {
        let line = format!(
            "{} theratime: {msg}",
            Utc::now().format("%Y-%m-%dT%H:%M:%SZ")
        );
        match &self.bar {
            Some(b) => b.println(line),
            None => eprintln!("{line}"),
        }
    }

    /// A line, unless `-q`.
    pub fn info(&self, msg: &str) {
        if !self.quiet {
            self.line(msg);
        }
    }

    /// A line, always.
    pub fn error(&self, msg: &str) {
        self.line(msg);
    }

    /// A tenant done: the bar moves on; its line (none when empty) only without a
    /// bar and without `-q`.
    pub fn tenant_done(&self, msg: &str) {
        match &self.bar {
            Some(b) => b.inc(1),
            None if !msg.is_empty() => self.info(msg),
            None => {}
        }
    }

    /// A tenant failed: its line, always, and the bar counts it.
    pub fn tenant_failed(&self, msg: &str) {
        let failed = self.failed.fetch_add(1, Ordering::SeqCst) + 1;
        self.error(msg);
        if let Some(b) = &self.bar {
            b.inc(1);
            b.set_message(format!("failed: {failed}"));
        }
    }

    /// The run is over: the bar goes.
    pub fn done(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}
