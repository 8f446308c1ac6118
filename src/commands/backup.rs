//! `theratime backup …`: the terminal side
//! (log lines with timestamps on stderr, a progress bar only on a terminal, the
//! records and the one-line summary). The work is in `backup`.

use std::time::Instant;

use serde::Serialize;

use super::{Ctx, Log, io};
use crate::backup::archive::{self, Description};
use crate::backup::{self, Done, Options, TenantResult};
use crate::cli::{BackupArgs, BackupCmd, OutputFormat};
use crate::db;
use crate::error::{Error, Result};
use crate::fleet::migrations;
use crate::fleet::runner::{self, Failures, Outcome, RunLock, RunStatus, Selection};
use crate::output::Record;
use crate::tenants::{self};

#[derive(Debug, Serialize)]
struct BackupOut {
    tenant: String,
    tenant_id: i64,
    status: RunStatus,
    file: Option<String>,
    bytes: u64,
    rows: u64,
    users: u64,
    schema_version: Option<i32>,
    snapshot: Option<String>,
    sha256: Option<String>,
    seconds: f64,
    pruned: usize,
    error: Option<String>,
}

impl Record for BackupOut {
    /// The table keeps to about 100 columns: the file's name (its directory is
    /// `--out`), no snapshot, version or checksum; `-o json` has everything.
    fn headers() -> &'static [&'static str] {
        &[
            "tenant", "status", "file", "bytes", "rows", "users", "seconds", "pruned", "error",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let name = self.file.as_deref().map(|f| {
            std::path::Path::new(f)
                .file_name()
                .map_or_else(|| f.to_string(), |n| n.to_string_lossy().into_owned())
        });
        vec![
            self.tenant.clone(),
            self.status.to_string(),
            name.unwrap_or_default(),
            self.bytes.to_string(),
            self.rows.to_string(),
            self.users.to_string(),
            format!("{:.2}", self.seconds),
            self.pruned.to_string(),
            self.error.clone().unwrap_or_default(),
        ]
    }
    /// `-q`: the archive written; nothing for a failed or skipped tenant (its log
    /// line on stderr says why).
    fn id(&self) -> String {
        self.file.clone().unwrap_or_default()
    }
}

pub async fn run(args: BackupArgs, ctx: &Ctx) -> Result<()> {
    match args.command {
        Some(BackupCmd::Verify { files, identity }) => verify(ctx, &files, &identity),
        Some(BackupCmd::Inspect { files, identity }) => inspect(ctx, &files, &identity),
        None => backup(args, ctx).await,
    }
}

async fn backup(args: BackupArgs, ctx: &Ctx) -> Result<()> {
    let Some(out) = args.out.clone() else {
        return Err(Error::usage(
            "backup needs --out DIR (where the archives go)",
        ));
    };
    let selection = ctx.selection(&args.tenants)?;
    let jobs = runner::check_jobs(args.jobs)?;
    if args.keep == Some(0) {
        return Err(Error::usage(
            "--keep must be at least 1 (it keeps the newest N backups)",
        ));
    }
    let recipients = archive::parse_recipients(&args.encrypt_to)?;
    let set = ctx.migrations()?;
    let mut conn = ctx.connect(true).await?;
    migrations::check_global(&mut conn, &set).await?;
    let only = match &selection {
        Selection::One(key) => Some(backup::tenant_ref(&tenants::resolve(&mut conn, key).await?)),
        Selection::All => None,
    };
    let total = if only.is_some() {
        1
    } else {
        db::query_scalar::<i64>("SELECT count(*) FROM theratime.tenants")
            .fetch_one(&mut conn)
            .await
            .map_or(0, |n| n as u64)
    };
    let log = Log::new(ctx, Some(total));
    runner::lock_run(&mut conn, RunLock::Backup, !args.no_wait, |m| log.info(m)).await?;
    let started = Instant::now();
    log.info(&format!(
        "backup of {} into {} started",
        match &only {
            Some(t) => format!("tenant {}", t.slug),
            None => format!("{total} tenants (one snapshot, {jobs} jobs)"),
        },
        out.display()
    ));
    let options = Options {
        out,
        recipients,
        keep: args.keep,
        compress: !args.no_compress,
    };
    let progress = |r: &TenantResult| {
        if let Outcome::Done(Some(d)) = &r.outcome
            && let Some(e) = &d.prune_error
        {
            log.error(&format!(
                "tenant {}: {} written, but older backups could not be deleted: {e}",
                d.tenant, d.file
            ));
        }
        log_tenant(&log, &r.tenant.slug, &r.outcome, |d: &Done| {
            format!(
                "{} ({} rows, {} bytes, {:.2}s{})",
                d.file,
                d.rows,
                d.bytes,
                d.seconds,
                if d.pruned.is_empty() {
                    String::new()
                } else {
                    format!(", {} old backup(s) deleted", d.pruned.len())
                }
            )
        })
    };
    let fleet = ctx.fleet(true, jobs).await?;
    let results = backup::run(&mut conn, &fleet, only, &options, &progress).await?;
    log.done();
    let single = selection != Selection::All;
    finish_backup(ctx, &log, results, started, single)
}

/// The log line of a tenant of a backup or export run; `wrote` says what it wrote.
pub(super) fn log_tenant<R>(
    log: &Log,
    slug: &str,
    outcome: &Outcome<Option<R>>,
    wrote: impl Fn(&R) -> String,
) {
    match outcome {
        Outcome::Done(Some(r)) => log.tenant_done(&format!("tenant {slug}: {}", wrote(r))),
        Outcome::Done(None) => {
            log.tenant_done(&format!("tenant {slug}: dropped during the run; skipped"))
        }
        Outcome::Failed(e) => log.tenant_failed(&format!("tenant {slug}: FAILED: {e}")),
        Outcome::NotStarted => {}
    }
}

/// `N tenant(s), N ok, N failed, N skipped` of a backup or export run's summary line.
pub(super) fn counts(statuses: impl Iterator<Item = RunStatus>) -> String {
    let (mut total, mut ok, mut failed, mut skipped) = (0, 0, 0, 0);
    for s in statuses {
        total += 1;
        match s {
            RunStatus::Ok => ok += 1,
            RunStatus::Failed => failed += 1,
            RunStatus::Skipped => skipped += 1,
        }
    }
    format!("{total} tenant(s), {ok} ok, {failed} failed, {skipped} skipped")
}

/// The rows of a backup run, its summary line, and its exit: 7 when some tenants
/// failed (a single tenant's own error) or `--keep` could not delete an older archive.
fn finish_backup(
    ctx: &Ctx,
    log: &Log,
    results: Vec<TenantResult>,
    started: Instant,
    single: bool,
) -> Result<()> {
    let mut rows = Vec::with_capacity(results.len());
    let mut failures = Failures::new(results.len());
    let mut unpruned = Vec::new();
    for r in results {
        rows.push(match r.outcome {
            Outcome::Done(Some(d)) => {
                if d.prune_error.is_some() {
                    unpruned.push(d.tenant.clone());
                }
                BackupOut {
                    tenant: d.tenant,
                    tenant_id: d.tenant_id,
                    status: RunStatus::Ok,
                    file: Some(d.file),
                    bytes: d.bytes,
                    rows: d.rows,
                    users: d.users,
                    schema_version: Some(d.schema_version),
                    snapshot: Some(d.snapshot),
                    sha256: Some(d.sha256),
                    seconds: d.seconds,
                    pruned: d.pruned.len(),
                    error: d.prune_error.map(|e| format!("--keep: {e}")),
                }
            }
            Outcome::Done(None) | Outcome::NotStarted => empty_row(
                &r.tenant,
                RunStatus::Skipped,
                Some("dropped during the run".into()),
            ),
            Outcome::Failed(e) => {
                let row = empty_row(&r.tenant, RunStatus::Failed, Some(e.to_string()));
                failures.push(&r.tenant.slug, e);
                row
            }
        });
    }
    ctx.printer.list(&rows).map_err(io)?;
    let bytes: u64 = rows.iter().map(|r| r.bytes).sum();
    let summary = format!(
        "backup finished: {}, {bytes} bytes in {:.1}s{}",
        counts(rows.iter().map(|r| r.status)),
        started.elapsed().as_secs_f64(),
        if unpruned.is_empty() {
            String::new()
        } else {
            format!("; --keep failed for {}", unpruned.len())
        }
    );
    if failures.is_empty() && unpruned.is_empty() {
        log.info(&summary);
        return Ok(());
    }
    log.error(&summary);
    if failures.is_empty() {
        // Every archive is written; only retention failed: partial, exit 7.
        return Err(Error::Partial(format!(
            "the backups were written, but older backups of {} could not be deleted (see above)",
            unpruned.join(", ")
        )));
    }
    failures.finish(single, "the others were backed up")
}

fn empty_row(t: &backup::TenantRef, status: RunStatus, error: Option<String>) -> BackupOut {
    BackupOut {
        tenant: t.slug.clone(),
        tenant_id: t.id,
        status,
        file: None,
        bytes: 0,
        rows: 0,
        users: 0,
        schema_version: None,
        snapshot: None,
        sha256: None,
        seconds: 0.0,
        pruned: 0,
        error,
    }
}

/// What `backup verify` found of an archive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
enum ArchiveStatus {
    Intact,
    Damaged,
}

impl std::fmt::Display for ArchiveStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ArchiveStatus::Intact => "intact",
            ArchiveStatus::Damaged => "damaged",
        })
    }
}

/// One archive's `backup verify` line. `rows` counts the rows of the tenant's tables
/// (the `table` sections), as the backup summary does; `users` the users section.
#[derive(Debug, Serialize)]
struct VerifyOut {
    file: String,
    status: ArchiveStatus,
    tenant: String,
    schema_version: Option<i32>,
    sections: usize,
    rows: u64,
    users: u64,
    sha256: String,
    error: Option<String>,
}

impl Record for VerifyOut {
    fn headers() -> &'static [&'static str] {
        &[
            "file",
            "status",
            "tenant",
            "schema_version",
            "sections",
            "rows",
            "users",
            "sha256",
            "error",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.file.clone(),
            self.status.to_string(),
            self.tenant.clone(),
            self.schema_version
                .map(|v| v.to_string())
                .unwrap_or_default(),
            self.sections.to_string(),
            self.rows.to_string(),
            self.users.to_string(),
            self.sha256.clone(),
            self.error.clone().unwrap_or_default(),
        ]
    }
    fn id(&self) -> String {
        self.file.clone()
    }
}

/// Rows of the tenant's tables and of the users section, as the backup summary counts them.
fn section_rows(d: &Description) -> (u64, u64) {
    let count = |kind: &str| {
        d.sections
            .iter()
            .filter(|s| s.kind == kind)
            .map(|s| s.rows)
            .sum()
    };
    (count("table"), count("users"))
}

/// The error to exit with when some of several files failed: the first failure's
/// kind (5 for a damaged archive), naming how many.
fn files_failed(failed: Vec<(String, Error)>, total: usize) -> Result<()> {
    let count = failed.len();
    match failed.into_iter().next() {
        None => Ok(()),
        Some((_, e)) if total == 1 => Err(e),
        Some((file, e)) => Err(Error::with_code(
            e.exit_code(),
            format!("{count} of {total} archive(s) failed, first {file}: {e}"),
        )),
    }
}

fn verify(ctx: &Ctx, files: &[std::path::PathBuf], identity: &[std::path::PathBuf]) -> Result<()> {
    let ids = archive::load_identities(identity)?;
    let mut rows = Vec::with_capacity(files.len());
    let mut failed = Vec::new();
    for file in files {
        rows.push(match archive::verify(file, &ids) {
            Ok(d) => {
                let (table_rows, users) = section_rows(&d);
                VerifyOut {
                    file: d.file.clone(),
                    status: ArchiveStatus::Intact,
                    tenant: d.header.tenant.slug.clone(),
                    schema_version: Some(d.header.schema_version),
                    sections: d.sections.len(),
                    rows: table_rows,
                    users,
                    sha256: d.file_sha256.clone(),
                    error: None,
                }
            }
            Err(e) => {
                let row = VerifyOut {
                    file: file.display().to_string(),
                    status: ArchiveStatus::Damaged,
                    tenant: String::new(),
                    schema_version: None,
                    sections: 0,
                    rows: 0,
                    users: 0,
                    sha256: String::new(),
                    error: Some(e.to_string()),
                };
                failed.push((file.display().to_string(), e));
                row
            }
        });
    }
    if files.len() == 1 && failed.is_empty() {
        ctx.printer.one(&rows[0]).map_err(io)?;
    } else if files.len() > 1 {
        ctx.printer.list(&rows).map_err(io)?;
    }
    files_failed(failed, files.len())
}

#[derive(Debug, Serialize)]
struct SectionOut {
    section: String,
    kind: String,
    rows: u64,
    bytes: u64,
    sha256: String,
}

impl Record for SectionOut {
    fn headers() -> &'static [&'static str] {
        &["section", "kind", "rows", "bytes", "sha256"]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.section.clone(),
            self.kind.clone(),
            self.rows.to_string(),
            self.bytes.to_string(),
            self.sha256.clone(),
        ]
    }
    fn id(&self) -> String {
        self.section.clone()
    }
}

fn inspect(ctx: &Ctx, files: &[std::path::PathBuf], identity: &[std::path::PathBuf]) -> Result<()> {
    let ids = archive::load_identities(identity)?;
    let mut found = Vec::with_capacity(files.len());
    let mut failed = Vec::new();
    for file in files {
        match archive::verify(file, &ids) {
            Ok(d) => found.push(d),
            Err(e) => {
                eprintln!("theratime: {}: {e}", file.display());
                failed.push((file.display().to_string(), e));
            }
        }
    }
    if ctx.printer.format == OutputFormat::Json && !ctx.printer.quiet {
        let mut out = std::io::stdout().lock();
        let written = if files.len() == 1 {
            found
                .first()
                .map_or(Ok(()), |d| serde_json::to_writer_pretty(&mut out, d))
        } else {
            serde_json::to_writer_pretty(&mut out, &found)
        };
        written.map_err(|e| io(e.into()))?;
        use std::io::Write;
        if !found.is_empty() || files.len() > 1 {
            writeln!(out).map_err(io)?;
        }
        return files_failed(failed, files.len());
    }
    for d in &found {
        inspect_one(ctx, d)?;
    }
    files_failed(failed, files.len())
}

/// One archive's manifest: its header (times in the tenant's zone) and its sections.
fn inspect_one(ctx: &Ctx, d: &Description) -> Result<()> {
    let h = &d.header;
    if !ctx.printer.quiet && ctx.printer.format == OutputFormat::Table {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        let zone = crate::tenants::zone(&h.time_zone);
        let lines = [
            ("file", d.file.clone()),
            ("encrypted", d.encrypted.to_string()),
            ("format", h.format.to_string()),
            ("theratime_version", h.theratime_version.clone()),
            ("created_at", crate::time::format_local(h.created_at, zone)),
            ("tenant", format!("{} (id {})", h.tenant.slug, h.tenant.id)),
            ("name", h.tenant.name.clone()),
            ("status", h.tenant.status.clone()),
            ("time_zone", h.time_zone.clone()),
            ("schema", h.schema.clone()),
            ("schema_version", h.schema_version.to_string()),
            ("snapshot", h.snapshot.clone()),
            ("server_version", h.server_version.clone()),
            ("compression", h.compression.clone()),
            ("file_sha256", d.file_sha256.clone()),
        ];
        for (k, v) in lines {
            writeln!(out, "{k:<18} {v}").map_err(io)?;
        }
        writeln!(out).map_err(io)?;
    }
    let sections: Vec<SectionOut> = d
        .sections
        .iter()
        .map(|s| SectionOut {
            section: s.name.clone(),
            kind: s.kind.clone(),
            rows: s.rows,
            bytes: s.bytes,
            sha256: s.sha256.clone(),
        })
        .collect();
    ctx.printer.list(&sections).map_err(io)?;
    if ctx.printer.format == OutputFormat::Table && !ctx.printer.quiet {
        crate::output::line("").map_err(io)?;
    }
    Ok(())
}
