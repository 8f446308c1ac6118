//! `theratime backup …`, `theratime restore` and `theratime export`: the terminal side
//! (log lines with timestamps on stderr, a progress bar only on a terminal, the
//! records and the one-line summary). The work is in `backup`, `restore`, `export`.

use std::io::IsTerminal;
use std::time::Instant;

use chrono::Utc;
use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;

use super::{Ctx, io};
use crate::archive::{self, Description};
use crate::backup::{self, Options, TenantResult};
use crate::cli::{BackupArgs, BackupCmd, ExportArgs, ExportFormat, OutputFormat, RestoreArgs};
use crate::db;
use crate::error::{DbContext, Error, Result};
use crate::export::{self, Format, Window};
use crate::migrations;
use crate::output::{Record, line};
use crate::restore;
use crate::tenants::{self, Tenant};

/// Log lines for cron: a UTC timestamp first, on stderr; none with `-q` (failures
/// are always shown).
struct Log {
    quiet: bool,
    bar: Option<ProgressBar>,
}

impl Log {
    fn new(ctx: &Ctx, total: Option<u64>) -> Log {
        let quiet = ctx.settings.quiet;
        let bar = match total {
            Some(n) if !quiet && std::io::stderr().is_terminal() && n > 1 => {
                let b = ProgressBar::new(n);
                if let Ok(style) = ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}") {
                    b.set_style(style);
                }
                Some(b)
            }
            _ => None,
        };
        Log { quiet, bar }
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

    fn info(&self, msg: &str) {
        if !self.quiet {
            self.line(msg);
        }
    }

    fn error(&self, msg: &str) {
        self.line(msg);
    }

    fn tick(&self, msg: &str) {
        if let Some(b) = &self.bar {
            b.inc(1);
            b.set_message(msg.to_string());
        }
    }

    fn done(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

#[derive(Debug, Serialize)]
struct BackupOut {
    tenant: String,
    tenant_id: i64,
    status: String,
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
            self.status.clone(),
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
    let only = if args.all_tenants {
        if ctx.settings.tenant_flag.is_some() {
            return Err(Error::usage(
                "give either --tenant or --all-tenants, not both",
            ));
        }
        None
    } else {
        Some(ctx.settings.single_tenant().ok_or_else(|| {
            Error::usage("no tenant given: pass --tenant T (slug or id) or --all-tenants")
        })?)
    };
    if args.jobs == 0 {
        return Err(Error::usage("--jobs must be at least 1"));
    }
    if args.keep == Some(0) {
        return Err(Error::usage(
            "--keep must be at least 1 (it keeps the newest N backups)",
        ));
    }
    let recipients = archive::parse_recipients(&args.encrypt_to)?;
    let set = ctx.migrations()?;
    let opts = ctx.direct_options().await?;
    let timeout = ctx.settings.connect_timeout.value;
    let mut conn = db::connect_direct(&opts, timeout).await?;
    migrations::check_global(&mut conn, &set).await?;
    let only = match only {
        Some(key) => Some(backup::tenant_ref(
            &tenants::resolve(&mut conn, &key).await?,
        )),
        None => None,
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
    backup::lock_run(&mut conn, !args.no_wait, || {
        log.info("another backup run holds the backup lock; waiting for it to finish")
    })
    .await?;
    let started = Instant::now();
    let options = Options {
        out: out.clone(),
        recipients,
        keep: args.keep,
        jobs: args.jobs,
        compress: !args.no_compress,
    };
    log.info(&format!(
        "backup of {} into {} started",
        match &only {
            Some(t) => format!("tenant {}", t.slug),
            None => format!("{total} tenants (one snapshot, {} jobs)", args.jobs),
        },
        out.display()
    ));
    let progress = |r: &TenantResult| match &r.outcome {
        Ok(Some(d)) => {
            if let Some(e) = &d.prune_error {
                log.error(&format!(
                    "tenant {}: {} written, but older backups could not be deleted: {e}",
                    d.tenant, d.file
                ));
            }
            log.info(&format!(
                "tenant {}: {} ({} rows, {} bytes, {:.2}s{})",
                d.tenant,
                d.file,
                d.rows,
                d.bytes,
                d.seconds,
                if d.pruned.is_empty() {
                    String::new()
                } else {
                    format!(", {} old backup(s) deleted", d.pruned.len())
                }
            ));
            log.tick(&d.tenant);
        }
        Ok(None) => {
            log.info(&format!(
                "tenant {}: dropped during the run; skipped",
                r.tenant.slug
            ));
            log.tick(&r.tenant.slug);
        }
        Err(e) => {
            log.error(&format!("tenant {}: FAILED: {e}", r.tenant.slug));
            log.tick(&r.tenant.slug);
        }
    };
    let fleet = only.is_none();
    let results = backup::run(&mut conn, &opts, timeout, only, &options, &progress).await?;
    log.done();
    let mut rows = Vec::with_capacity(results.len());
    let (mut ok, mut skipped, mut bytes) = (0, 0, 0u64);
    let mut failures = Vec::new();
    let mut unpruned = Vec::new();
    for r in results {
        rows.push(match r.outcome {
            Ok(Some(d)) => {
                ok += 1;
                bytes += d.bytes;
                if d.prune_error.is_some() {
                    unpruned.push(d.tenant.clone());
                }
                BackupOut {
                    tenant: d.tenant,
                    tenant_id: d.tenant_id,
                    status: "ok".into(),
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
            Ok(None) => {
                skipped += 1;
                empty_row(&r.tenant, "skipped", Some("dropped during the run".into()))
            }
            Err(e) => {
                let row = empty_row(&r.tenant, "failed", Some(e.to_string()));
                failures.push((r.tenant.slug.clone(), e));
                row
            }
        });
    }
    ctx.printer.list(&rows).map_err(io)?;
    let summary = format!(
        "backup finished: {} tenant(s), {ok} ok, {} failed, {skipped} skipped, {} bytes in {:.1}s{}",
        rows.len(),
        failures.len(),
        bytes,
        started.elapsed().as_secs_f64(),
        if unpruned.is_empty() {
            String::new()
        } else {
            format!("; --keep failed for {}", unpruned.len())
        }
    );
    if failures.is_empty() && unpruned.is_empty() {
        log.info(&summary);
        Ok(())
    } else if failures.is_empty() {
        // Every archive is written; only retention failed: partial, exit 7.
        log.error(&summary);
        Err(Error::Partial(format!(
            "the backups were written, but older backups of {} could not be deleted (see above)",
            unpruned.join(", ")
        )))
    } else {
        log.error(&summary);
        if !fleet {
            Err(failures.pop().expect("one failure").1)
        } else {
            let names: Vec<String> = failures.iter().map(|(s, _)| s.clone()).collect();
            Err(Error::Partial(format!(
                "{} of {} tenants failed ({}); the others were backed up",
                failures.len(),
                rows.len(),
                names.join(", ")
            )))
        }
    }
}

fn empty_row(t: &backup::TenantRef, status: &str, error: Option<String>) -> BackupOut {
    BackupOut {
        tenant: t.slug.clone(),
        tenant_id: t.id,
        status: status.into(),
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

/// One archive's `backup verify` line. `rows` counts the rows of the tenant's tables
/// (the `table` sections), as the backup summary does; `users` the users section.
#[derive(Debug, Serialize)]
struct VerifyOut {
    file: String,
    status: String,
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
            self.status.clone(),
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
                    status: "intact".into(),
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
                    status: "damaged".into(),
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

pub async fn restore(args: RestoreArgs, ctx: &Ctx) -> Result<()> {
    let log = Log::new(ctx, None);
    let ids = archive::load_identities(&args.identity)?;
    let set = ctx.migrations()?;
    if let Some(s) = &args.as_slug {
        tenants::validate_slug(s)?;
    }
    let started = Instant::now();
    // Verified in full before anything is written (or even connected).
    let desc = archive::verify(&args.file, &ids)?;
    restore::check_archive(&desc, &set)?;
    log.info(&format!(
        "{} is intact: tenant {} at schema version {}",
        args.file.display(),
        desc.header.tenant.slug,
        desc.header.schema_version
    ));
    let mut conn = ctx.connect(true).await?;
    if !args.dry_run {
        db::require_role_admin(&mut conn, "restore", ctx.settings.app_role()).await?;
    }
    let report = restore::restore(
        &mut conn,
        &set,
        &args.file,
        &desc,
        &ids,
        restore::Options {
            as_slug: args.as_slug.as_deref(),
            dry_run: args.dry_run,
            link_users: args.link_users,
        },
    )
    .await?;
    if let (Some(app), Some(id)) = (ctx.settings.app_role(), report.tenant_id) {
        db::grant_tenant_role(&mut conn, id, app).await?;
    }
    if ctx.printer.quiet && !args.dry_run {
        // Like `tenant create -q`: the restored tenant's id.
        line(report.tenant_id.unwrap_or_default()).map_err(io)?;
    } else {
        ctx.printer.list(&report.items).map_err(io)?;
    }
    if args.dry_run {
        if !report.refused.is_empty() {
            return Err(report.conflict());
        }
        log.info(&format!(
            "dry run: tenant {} would be restored; nothing was written",
            report.tenant_slug
        ));
        return Ok(());
    }
    log.info(&format!(
        "restore finished: tenant {} (id {}, schema {}), version {} -> {}, in {:.1}s",
        report.tenant_slug,
        report.tenant_id.unwrap_or_default(),
        db::schema_name(report.tenant_id.unwrap_or_default()),
        report.from_version,
        report.to_version,
        started.elapsed().as_secs_f64()
    ));
    Ok(())
}

#[derive(Debug, Serialize)]
struct ExportOut {
    tenant: String,
    status: String,
    appointments: u64,
    blocks: u64,
    files: Vec<String>,
    error: Option<String>,
}

impl Record for ExportOut {
    fn headers() -> &'static [&'static str] {
        &[
            "tenant",
            "status",
            "appointments",
            "blocks",
            "files",
            "error",
        ]
    }
    fn cells(&self) -> Vec<String> {
        vec![
            self.tenant.clone(),
            self.status.clone(),
            self.appointments.to_string(),
            self.blocks.to_string(),
            self.files.join(" "),
            self.error.clone().unwrap_or_default(),
        ]
    }
    /// `-q`: the files written, one a line; nothing for a failed tenant.
    fn id(&self) -> String {
        self.files.join("\n")
    }
}

pub async fn export(args: ExportArgs, ctx: &Ctx) -> Result<()> {
    let format = match args.format {
        ExportFormat::Csv => Format::Csv,
        ExportFormat::Json => Format::Json,
        ExportFormat::Ics => Format::Ics,
    };
    let only = if args.all_tenants {
        if ctx.settings.tenant_flag.is_some() {
            return Err(Error::usage(
                "give either --tenant or --all-tenants, not both",
            ));
        }
        None
    } else {
        Some(ctx.settings.single_tenant().ok_or_else(|| {
            Error::usage("no tenant given: pass --tenant T (slug or id) or --all-tenants")
        })?)
    };
    // Check the window's shape before connecting (the zone is applied per tenant).
    for b in [&args.from, &args.to].into_iter().flatten() {
        export::parse_bound(b, chrono_tz::Tz::UTC, false)?;
    }
    let set = ctx.migrations()?;
    let mut conn = ctx.connect(false).await?;
    // Inside a transaction: behind PgBouncer in transaction mode only a transaction
    // keeps one server connection for sqlx's parse/bind round trips.
    let mut tx = db::begin(&mut conn, db::Isolation::ReadCommitted).await?;
    migrations::check_global(&mut tx, &set).await?;
    let targets: Vec<Tenant> = match only {
        Some(key) => vec![tenants::resolve(&mut tx, &key).await?],
        None => db::query_as(
            "SELECT id, slug, name, time_zone, status, created_at, updated_at FROM theratime.tenants ORDER BY id",
        )
        .fetch_all(&mut *tx)
        .await
        .db("cannot list tenants")?,
    };
    tx.commit().await.db("cannot commit")?;
    export::prepare_out(&args.out)?;
    let log = Log::new(ctx, Some(targets.len() as u64));
    let started = Instant::now();
    let window = Window {
        from: args.from.clone(),
        to: args.to.clone(),
    };
    let mut rows = Vec::new();
    let mut failures = Vec::new();
    let mut skipped = 0;
    let total = targets.len();
    for t in targets {
        match export::export_tenant(&mut conn, &t, format, &window, &args.out).await {
            Ok(None) if !args.all_tenants => {
                return Err(Error::not_found(format!(
                    "tenant {} was dropped before it could be exported; nothing was written",
                    t.slug
                )));
            }
            Ok(None) => {
                log.info(&format!(
                    "tenant {}: dropped during the run; skipped",
                    t.slug
                ));
                log.tick(&t.slug);
                skipped += 1;
                rows.push(ExportOut {
                    tenant: t.slug.clone(),
                    status: "skipped".into(),
                    appointments: 0,
                    blocks: 0,
                    files: Vec::new(),
                    error: Some("dropped during the run".into()),
                });
            }
            Ok(Some(e)) => {
                log.info(&format!(
                    "tenant {}: {} appointments, {} blocks, {} file(s)",
                    e.tenant,
                    e.appointments,
                    e.blocks,
                    e.files.len()
                ));
                log.tick(&e.tenant);
                rows.push(ExportOut {
                    tenant: e.tenant,
                    status: "ok".into(),
                    appointments: e.appointments,
                    blocks: e.blocks,
                    files: e.files,
                    error: None,
                });
            }
            Err(e) => {
                log.error(&format!("tenant {}: FAILED: {e}", t.slug));
                log.tick(&t.slug);
                rows.push(ExportOut {
                    tenant: t.slug.clone(),
                    status: "failed".into(),
                    appointments: 0,
                    blocks: 0,
                    files: Vec::new(),
                    error: Some(e.to_string()),
                });
                failures.push((t.slug, e));
            }
        }
    }
    log.done();
    ctx.printer.list(&rows).map_err(io)?;
    let summary = format!(
        "export finished: {total} tenant(s), {} ok, {} failed, {skipped} skipped, into {} in {:.1}s",
        total - failures.len() - skipped,
        failures.len(),
        args.out.display(),
        started.elapsed().as_secs_f64()
    );
    if failures.is_empty() {
        log.info(&summary);
        Ok(())
    } else {
        log.error(&summary);
        if !args.all_tenants {
            Err(failures.pop().expect("one").1)
        } else {
            Err(Error::Partial(format!(
                "{} of {total} tenants failed; the others were exported",
                failures.len()
            )))
        }
    }
}
