//! `theratime migrate lint [FILE…] [--strict]`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use serde::Serialize;
use sqlx::postgres::PgConnection;

use super::{Ctx, io};
use crate::cli::OutputFormat;
use crate::db::{self, Isolation};
use crate::error::{DbContext, Error, Result};
use crate::fleet::lint::{self, Finding, Severity, Source, Stage};
use crate::fleet::migrations::MigrationSet;
use crate::output::{Record, table_cell};

/// A finding with its fleet-wide impact: one row of the output.
#[derive(Debug, Serialize)]
struct Row {
    #[serde(flatten)]
    finding: Finding,
    tenants: i64,
    rows: i64,
    bytes: i64,
    largest_tenant: Option<String>,
    largest_tenant_rows: i64,
    largest_tenant_bytes: i64,
}

impl Record for Row {
    fn headers() -> &'static [&'static str] {
        &[
            "migration",
            "line",
            "severity",
            "kind",
            "table",
            "tenants",
            "rows",
            "bytes",
            "largest_tenant",
            "largest_tenant_rows",
            "largest_tenant_bytes",
            "statement",
            "reason",
            "safer",
        ]
    }
    fn cells(&self) -> Vec<String> {
        let f = &self.finding;
        vec![
            f.migration.clone(),
            f.line.to_string(),
            f.severity.to_string(),
            f.kind.to_string(),
            f.table.clone().unwrap_or_default(),
            self.tenants.to_string(),
            self.rows.to_string(),
            self.bytes.to_string(),
            self.largest_tenant.clone().unwrap_or_default(),
            self.largest_tenant_rows.to_string(),
            self.largest_tenant_bytes.to_string(),
            f.statement.clone(),
            f.reason.clone(),
            f.safer.clone(),
        ]
    }
    fn id(&self) -> String {
        format!("{}:{}", self.finding.migration, self.finding.line)
    }
}

pub async fn run(ctx: &Ctx, files: &[PathBuf], strict: bool) -> Result<()> {
    // Files and the migration set are read before connecting: a bad one needs no database.
    let given = read_files(files)?;
    let set = if given.is_empty() {
        Some(ctx.migrations()?)
    } else {
        None
    };
    let mut conn = ctx.connect(false).await?;
    // Lint only reads: one read-only snapshot for the fleet's versions and the catalog.
    let mut tx = db::begin(&mut conn, Isolation::RepeatableRead).await?;
    db::query("SET TRANSACTION READ ONLY")
        .execute(&mut *tx)
        .await
        .db("cannot start a read-only transaction")?;
    let sources = match &set {
        Some(set) => pending(set, &mut tx).await?,
        None => given,
    };
    let linted: Vec<&str> = sources
        .iter()
        .filter(|s| s.stage != Stage::Applied)
        .map(|s| s.name.as_str())
        .collect();
    if linted.is_empty() {
        tx.commit().await.db("cannot commit")?;
        ctx.notice("theratime: no pending tenant migrations: every tenant has them all");
        return print(ctx, &[]);
    }
    let findings = lint::lint(&sources).map_err(|e| {
        Error::invalid(format!(
            "{e}; correct the statement (lint reads PostgreSQL syntax with the sqlparser crate)"
        ))
    })?;
    let mut names: Vec<String> = findings
        .iter()
        .filter_map(|f| f.table.clone())
        // A qualified name is no tenant's table.
        .filter(|t| !t.contains('.'))
        .collect();
    names.sort();
    names.dedup();
    let impacts = if names.is_empty() {
        Vec::new()
    } else {
        lint::impact(&mut tx, &names).await?
    };
    tx.commit().await.db("cannot commit")?;
    let rows: Vec<Row> = findings
        .into_iter()
        .map(|finding| {
            let i = impacts
                .iter()
                .find(|i| Some(&i.name) == finding.table.as_ref())
                .cloned()
                .unwrap_or_default();
            Row {
                finding,
                tenants: i.tenants,
                rows: i.rows,
                bytes: i.bytes,
                largest_tenant: i.largest_tenant,
                largest_tenant_rows: i.largest_rows,
                largest_tenant_bytes: i.largest_bytes,
            }
        })
        .collect();
    print(ctx, &rows)?;
    verdict(ctx, &rows, &linted, strict)
}

/// The files given on the command line, linted as migrations no tenant has yet.
fn read_files(files: &[PathBuf]) -> Result<Vec<Source>> {
    files
        .iter()
        .map(|path| {
            let sql = std::fs::read_to_string(path).map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => {
                    Error::not_found(format!("no file {}", path.display()))
                }
                _ => Error::invalid(format!("cannot read {}: {e}", path.display())),
            })?;
            Ok(Source {
                name: path.display().to_string(),
                sql,
                stage: Stage::Unapplied,
            })
        })
        .collect()
}

/// Every tenant migration of the set, each at its [`Stage`] in the fleet.
async fn pending(set: &MigrationSet, conn: &mut PgConnection) -> Result<Vec<Source>> {
    let versions: Vec<i32> = crate::fleet::states(conn)
        .await?
        .iter()
        .map(|s| s.version)
        .collect();
    let oldest = versions.iter().copied().min().unwrap_or(0);
    let newest = versions.iter().copied().max().unwrap_or(0);
    Ok(set
        .tenant
        .iter()
        .map(|m| {
            let file = format!("V{}__{}.sql", m.version(), m.name());
            Source {
                name: if set.origin == "embedded" {
                    file
                } else {
                    PathBuf::from(&set.origin)
                        .join("tenant")
                        .join(file)
                        .display()
                        .to_string()
                },
                sql: m.sql().unwrap_or_default().to_string(),
                stage: Stage::of(m.version(), oldest, newest),
            }
        })
        .collect())
}

/// Table, JSON or CSV through the output layer; a readable report on a terminal.
fn print(ctx: &Ctx, rows: &[Row]) -> Result<()> {
    let p = &ctx.printer;
    if rows.is_empty() {
        // As `doctor`: nothing on stdout but JSON's empty array.
        if p.format == OutputFormat::Json && !p.quiet {
            p.list(rows).map_err(io)?;
        }
        return Ok(());
    }
    if p.format == OutputFormat::Table && !p.quiet && std::io::stdout().is_terminal() {
        let mut out = std::io::stdout().lock();
        for r in rows {
            writeln!(out, "{}", report(r)).map_err(io)?;
        }
        return Ok(());
    }
    p.list(rows).map_err(io)
}

/// One finding as text for a person.
fn report(r: &Row) -> String {
    let f = &r.finding;
    let on = f
        .table
        .as_deref()
        .map(|t| format!(" on {t}"))
        .unwrap_or_default();
    let fleet = match (&r.largest_tenant, &f.table) {
        (Some(largest), _) => format!(
            "  fleet: {} tenant(s), {} rows, {} in all; largest: {largest} ({} rows, {})\n",
            r.tenants,
            r.rows,
            size(r.bytes),
            r.largest_tenant_rows,
            size(r.largest_tenant_bytes)
        ),
        (None, Some(_)) => "  fleet: no tenant has this table\n".into(),
        (None, None) => String::new(),
    };
    format!(
        "{}:{}: {}: {}{on}\n    {}\n  why:   {}\n  safer: {}\n{fleet}",
        f.migration,
        f.line,
        f.severity,
        f.kind,
        table_cell(&f.statement),
        f.reason,
        f.safer
    )
}

/// Bytes as PostgreSQL's pg_size_pretty shows them (powers of 1024).
fn size(bytes: i64) -> String {
    let mut value = bytes as f64;
    for unit in ["bytes", "kB", "MB", "GB"] {
        if value < 10240.0 {
            return format!("{} {unit}", value.round());
        }
        value /= 1024.0;
    }
    format!("{} TB", value.round())
}

/// The exit: 7 with errors, or with warnings under `--strict`; a summary on stderr.
fn verdict(ctx: &Ctx, rows: &[Row], linted: &[&str], strict: bool) -> Result<()> {
    let errors = rows
        .iter()
        .filter(|r| r.finding.severity == Severity::Error)
        .count();
    let warnings = rows.len() - errors;
    let what = format!(
        "{errors} error(s) and {warnings} warning(s) in {}",
        linted.join(", ")
    );
    if errors > 0 {
        return Err(Error::Partial(format!(
            "lint found {what}; each finding says why and what is safer"
        )));
    }
    if warnings > 0 && strict {
        return Err(Error::Partial(format!(
            "lint found {what}, and --strict fails on warnings"
        )));
    }
    ctx.notice(format!("theratime: lint found {what}"));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fleet::lint::Kind;

    #[test]
    fn a_finding_reads_as_a_short_report() {
        let finding = |table: Option<&str>| Finding {
            migration: "V4__x.sql".into(),
            line: 3,
            severity: Severity::Error,
            kind: Kind::Destructive,
            table: table.map(String::from),
            statement: "TRUNCATE calendar_blocks\u{1b}[2J".into(),
            reason: "why".into(),
            safer: "safer".into(),
        };
        let row = |table, largest: Option<&str>| Row {
            finding: finding(table),
            tenants: 3,
            rows: 150,
            bytes: 3 * 1024 * 1024 * 1024,
            largest_tenant: largest.map(String::from),
            largest_tenant_rows: 120,
            largest_tenant_bytes: 20480,
        };
        let head = "V4__x.sql:3: error: destructive";
        let body = "    TRUNCATE calendar_blocks\\u{1b}[2J\n  why:   why\n  safer: safer\n";
        for (r, want) in [
            (
                row(Some("calendar_blocks"), Some("beta")),
                format!(
                    "{head} on calendar_blocks\n{body}  fleet: 3 tenant(s), 150 rows, 3072 MB in all; \
                     largest: beta (120 rows, 20 kB)\n"
                ),
            ),
            (
                row(Some("legacy"), None),
                format!("{head} on legacy\n{body}  fleet: no tenant has this table\n"),
            ),
            (row(None, None), format!("{head}\n{body}")),
        ] {
            assert_eq!(report(&r), want);
        }
    }

    #[test]
    fn sizes_read_like_pg_size_pretty() {
        for (bytes, shown) in [
            (0, "0 bytes"),
            (10239, "10239 bytes"),
            (10240, "10 kB"),
            (8 * 1024 * 1024, "8192 kB"),
            (10 * 1024 * 1024, "10 MB"),
            (3 * 1024_i64.pow(4), "3072 GB"),
            (20 * 1024_i64.pow(4), "20 TB"),
        ] {
            assert_eq!(size(bytes), shown, "{bytes}");
        }
    }
}
