//! Rendering records on stdout as a table, JSON or CSV (`-q`: ids only). Domain code
//! returns records; only the command layer prints them.
//!
//! Every write to stdout returns an `io::Result` (never `println!`, which panics on a
//! closed pipe): `main_entry` treats a broken pipe as success, as `theratime … | head`
//! expects. Text is escaped for where it goes: control characters in table cells,
//! formulas in CSV cells.

use std::borrow::Cow;
use std::fmt;
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
                write_table(&mut out, R::headers(), records.iter().map(R::cells))
            }
        }
    }

    /// Print rows whose columns are known only at run time (`theratime query`): a table
    /// or CSV with a header row; `-o json` prints `json` instead. `-q` is the caller's.
    pub fn grid<J: Serialize>(
        &self,
        headers: &[String],
        rows: impl Iterator<Item = Vec<String>>,
        json: &J,
    ) -> io::Result<()> {
        let mut out = io::stdout().lock();
        match self.format {
            OutputFormat::Json => {
                serde_json::to_writer_pretty(&mut out, json)?;
                writeln!(out)
            }
            OutputFormat::Csv => write_csv_rows(&mut out, headers, rows),
            OutputFormat::Table => write_table(&mut out, headers, rows),
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
                    table.add_row(vec![h.to_string(), table_cell(&c).into_owned()]);
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
    write_csv_rows(out, R::headers(), records.iter().map(R::cells))
}

fn write_csv_rows<H: AsRef<str>>(
    out: &mut impl Write,
    headers: &[H],
    rows: impl Iterator<Item = Vec<String>>,
) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(headers.iter().map(|h| h.as_ref()))?;
    for cells in rows {
        w.write_record(cells.iter().map(|c| csv_cell(c).into_owned()))?;
    }
    w.flush()
}

fn write_table<H: AsRef<str>>(
    out: &mut impl Write,
    headers: &[H],
    rows: impl Iterator<Item = Vec<String>>,
) -> io::Result<()> {
    let mut table = new_table();
    table.set_header(headers.iter().map(|h| h.as_ref()));
    for cells in rows {
        table.add_row(cells.iter().map(|c| table_cell(c)));
    }
    writeln!(out, "{table}")
}

/// One line on stdout (see the module doc: a closed pipe is an error to return, not a
/// panic).
pub fn line(text: impl fmt::Display) -> io::Result<()> {
    writeln!(io::stdout().lock(), "{text}")
}

/// A table cell with its control characters made visible, so that text from the
/// database (a note with `ESC[31m`, a name with a carriage return) cannot drive the
/// terminal or break the table's rows: `\n`, `\r`, `\t` and `\u{1b}`-style escapes
/// for the other C0 and C1 controls, DEL and the bidirectional overrides.
pub fn table_cell(cell: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() || is_bidi_control(c);
    if !cell.chars().any(unsafe_char) {
        return Cow::Borrowed(cell);
    }
    let mut out = String::with_capacity(cell.len() + 8);
    for c in cell.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if unsafe_char(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Unicode's explicit bidirectional embeddings, overrides and isolates: they reorder
/// the text shown after them.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV
/// injection"): `=`, `+`, `-`, `@`, tab and carriage return.
const FORMULA_START: &[u8] = b"=+-@\t\r";

fn starts_formula(cell: &[u8]) -> bool {
    cell.first().is_some_and(|b| FORMULA_START.contains(b))
}

/// A CSV cell a spreadsheet shows as text: one that starts like a formula gets a
/// leading `'` (`=HYPERLINK(…)` becomes `'=HYPERLINK(…)`). Every CSV theratime writes,
/// `-o csv` and the CSV export files, goes through this rule ([`csv_row`] for rows
/// PostgreSQL formatted).
pub fn csv_cell(cell: &str) -> Cow<'_, str> {
    if starts_formula(cell.as_bytes()) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// [`csv_cell`] over one row of PostgreSQL's CSV (`COPY … (FORMAT csv)`, one row per
/// message, fields quoted with `"` when needed): a `'` goes in front of the first
/// character of every field that starts like a formula, inside its quotes when it
/// has them. Everything else is copied byte for byte.
pub fn csv_row(row: &[u8]) -> Cow<'_, [u8]> {
    let mut out: Option<Vec<u8>> = None;
    let mut in_quotes = false;
    let mut field_start = true;
    for (i, &b) in row.iter().enumerate() {
        if field_start {
            field_start = false;
            // The field's text starts after its opening quote, if it has one (`""`
            // there is an escaped quote, which is not a formula character).
            let text = if b == b'"' { &row[i + 1..] } else { &row[i..] };
            if starts_formula(text) {
                let out = out.get_or_insert_with(|| row[..i].to_vec());
                if b == b'"' {
                    out.extend_from_slice(b"\"'");
                    in_quotes = true;
                    continue;
                }
                out.push(b'\'');
            }
        }
        match b {
            b'"' => in_quotes = !in_quotes,
            b',' if !in_quotes => field_start = true,
            _ => {}
        }
        if let Some(out) = out.as_mut() {
            out.push(b);
        }
    }
    match out {
        Some(out) => Cow::Owned(out),
        None => Cow::Borrowed(row),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_cells_show_control_characters_escaped() {
        for (cell, shown) in [
            ("plain text, ünïcødé ✓", "plain text, ünïcødé ✓"),
            ("\u{1b}[31mred\u{1b}[0m", r"\u{1b}[31mred\u{1b}[0m"),
            ("a\nb\r\nc\td", r"a\nb\r\nc\td"),
            (
                "bell\u{7}del\u{7f}csi\u{9b}",
                r"bell\u{7}del\u{7f}csi\u{9b}",
            ),
            ("abc\u{202e}fed\u{2066}x", r"abc\u{202e}fed\u{2066}x"),
            ("back\\slash", "back\\slash"),
        ] {
            assert_eq!(table_cell(cell), shown, "{cell:?}");
        }
        assert!(matches!(table_cell("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn csv_cells_that_start_like_a_formula_get_a_quote() {
        for (cell, written) in [
            ("=1+1", "'=1+1"),
            ("+49 30 1234", "'+49 30 1234"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("a=1", "a=1"),
            ("", ""),
            ("2026-12-01T10:00:00+01:00", "2026-12-01T10:00:00+01:00"),
            ("'=already", "'=already"),
        ] {
            assert_eq!(csv_cell(cell), written, "{cell:?}");
        }
    }

    #[test]
    fn postgres_csv_rows_get_the_same_rule() {
        for (row, written) in [
            ("1,plain,,2026\n", "1,plain,,2026\n"),
            ("1,=1+1,x\n", "1,'=1+1,x\n"),
            ("=a,-b,+c,@d\n", "'=a,'-b,'+c,'@d\n"),
            // Quoted fields: the quote goes inside.
            ("1,\"=SUM(A1,B1)\",x\n", "1,\"'=SUM(A1,B1)\",x\n"),
            ("1,\"\rCR\"\n", "1,\"'\rCR\"\n"),
            // Separators and formula characters inside a quoted field are text.
            ("1,\"a,=b\",\"x\"\"=y\"\n", "1,\"a,=b\",\"x\"\"=y\"\n"),
            ("1,\"\"\"=q\"\n", "1,\"\"\"=q\"\n"),
            ("1,\"multi\nline,=x\",=y\n", "1,\"multi\nline,=x\",'=y\n"),
            ("1,\"\"\n", "1,\"\"\n"),
        ] {
            let got = csv_row(row.as_bytes());
            assert_eq!(String::from_utf8_lossy(&got), written, "{row:?}");
        }
        assert!(matches!(csv_row(b"1,2\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn both_csv_paths_agree() {
        // A row written by the csv crate (as `-o csv` quotes) and read back through
        // csv_row gives what csv_cell gives cell by cell.
        let cells = ["=x,y", "-1", "plain", "\"=q", "@", "a\nb"];
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(cells).unwrap();
        let raw = w.into_inner().unwrap();
        let guarded = csv_row(&raw);
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(&guarded[..]);
        let back: Vec<String> = r
            .records()
            .next()
            .unwrap()
            .unwrap()
            .iter()
            .map(String::from)
            .collect();
        let want: Vec<String> = cells.iter().map(|c| csv_cell(c).into_owned()).collect();
        assert_eq!(back, want);
    }
}
