//! The backup archive: one self-describing, checksummed file per tenant. No database
//! code here; `backup` writes archives and `restore` reads them.
//!
//! Layout (format 1), all integers big-endian:
//!
//! ```text
//! file    := MAGIC "TTBACKUP" · u16 format · u16 flags · record* · end
//! record  := u8 tag · u32 length · payload[length]
//!   'H'  header: JSON (tenant row, zone, schema version, migrations, theratime version)
//!   'S'  section start: JSON {name, kind, columns}; kind is "users" or "table"
//!   'D'  section data: one chunk of COPY text, zstd-compressed when flag 1 is set
//!   'E'  section end (empty)
//!   'M'  manifest: JSON {sections: [{name, kind, columns, rows, bytes, sha256}], header_sha256}
//! end     := 'Z' · u32 32 · SHA-256 of every byte of the file before this record
//! ```
//!
//! Every section's SHA-256 (over its uncompressed COPY text) and row count are in the
//! manifest, so verification names the damaged part; the final SHA-256 covers every
//! byte before it (magic, framing, header, data and manifest), so a change of any byte
//! anywhere is detected, and a file that does not end with a valid end record is
//! truncated. With `--encrypt-to` the whole file is an age stream over this layout
//! (age authenticates every 64 KiB chunk and the end of the stream).
//!
//! `format` writes and reads this layout and verifies it, `crypto` is the age layer
//! (recipients, identities, the encrypting sink and the decrypting reader) and `files`
//! the housekeeping of archive files (atomic creation, names, `--keep`,
//! leftovers of killed runs).

mod crypto;
mod files;
mod format;

pub use crypto::{Sink, load_identities, parse_recipients};
pub use files::{
    AtomicFile, NamedFile, clear_stale_temporaries, ensure_dir, file_name, parse_file_name, prune,
    stamp,
};
pub use format::{
    ArchiveReader, ArchiveWriter, Description, Event, FORMAT, Header, MigrationRow, SectionStart,
    SectionSummary, TenantRow, verify,
};

use std::io;
use std::path::Path;

use crate::error::Error;

fn io_err(e: io::Error) -> Error {
    Error::Other(e.into())
}

/// A damaged or unreadable archive: exit 5, naming the file and the part.
fn damaged(path: &Path, what: impl std::fmt::Display) -> Error {
    Error::invalid(format!("backup {} is damaged: {what}", path.display()))
}
