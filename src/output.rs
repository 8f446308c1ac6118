//! Rendering records on stdout as a table, JSON or CSV (`-q`: ids only). Domain code
//! returns records; only the command layer prints them.

use std::io::{self, IsTerminal, Write};

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;

use crate::cli::OutputFormat;

/// Something printed as one row of a list (or one `show` record).
pub trait Record: Serialize {
    /// Column headers of the table and CSV forms.
    fn headers() -> &'static [&'static str];
    /// Cells in header order, as shown in a table or CSV.
    fn cells(&self) -> Vec<String>;
    /// What `-q` prints; an empty id prints no line (a failed row of a fleet run).
    fn id(&self) -> String;
}

#[derive(Debug, Clone, Copy)]
pub struct Printer {
    pub format: OutputFormat,
    pub quiet: bool,
}

impl Printer {
    /// Print a list of records.
    pub fn list<R: Record>(&self, records: &[R]) -> io::Result<()> {
        let mut out = io::stdout().lock();
        if self.quiet {
            for id in records.iter().map(R::id).filter(|id| !id.is_empty()) {
                writeln!(out, "{id}")?;
            }
            return Ok(());
        }
        match self.format {
            OutputFormat::Json => {
                serde_json::to_writer_pretty(&mut out, records)?;
                writeln!(out)
            }
            OutputFormat::Csv => write_csv(&mut out, records),
            OutputFormat::Table => {
                let mut table = new_table();
                table.set_header(R::headers().to_vec());
                for r in records {
                    table.add_row(r.cells());
                }
                writeln!(out, "{table}")
            }
        }
    }

    /// Print one record: a two-column table, a JSON object or one CSV row.
    pub fn one<R: Record>(&self, record: &R) -> io::Result<()> {
        let mut out = io::stdout().lock();
        if self.quiet {
            return writeln!(out, "{}", record.id());
        }
        match self.format {
            OutputFormat::Json => {
                serde_json::to_writer_pretty(&mut out, record)?;
                writeln!(out)
            }
            OutputFormat::Csv => write_csv(&mut out, std::slice::from_ref(record)),
            OutputFormat::Table => {
                let mut table = new_table();
                for (h, c) in R::headers().iter().zip(record.cells()) {
                    table.add_row(vec![h.to_string(), c]);
                }
                writeln!(out, "{table}")
            }
        }
    }
}

fn new_table() -> Table {
    let mut table = Table::new();
    if io::stdout().is_terminal() {
        table.load_preset(presets::UTF8_FULL_CONDENSED);
        // Wrap to the terminal's width only when it reports one.
        let arrangement = match table.width() {
            Some(w) if w >= 40 => ContentArrangement::Dynamic,
            _ => ContentArrangement::Disabled,
        };
        table.set_content_arrangement(arrangement);
    } else {
        table.load_preset(presets::NOTHING);
        table.set_content_arrangement(ContentArrangement::Disabled);
    }
    table
}

fn write_csv<R: Record>(out: &mut impl Write, records: &[R]) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(R::headers())?;
    for r in records {
        w.write_record(r.cells())?;
    }
    w.flush()
}
