//! The backup archive format: one self-describing, checksummed file per tenant. No
//! database code here; `backup` writes archives and `restore` reads them.
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

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

pub const MAGIC: &[u8; 8] = b"TTBACKUP";
/// The archive format this binary writes and the newest it reads.
pub const FORMAT: u16 = 1;
/// Flag: data chunks are zstd-compressed.
const FLAG_ZSTD: u16 = 1;
/// File name extension of a plain archive (`.ttbk.age` when encrypted).
pub const EXT: &str = "ttbk";
pub const EXT_AGE: &str = "ttbk.age";
/// Raw bytes per data chunk before compression.
const CHUNK: usize = 1 << 20;
/// No record is larger than this (a chunk is at most CHUNK plus zstd's overhead).
const MAX_RECORD: u32 = 64 << 20;
const ZSTD_LEVEL: i32 = 1;

/// The tenant row as it was backed up.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TenantRow {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub time_zone: String,
    pub status: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

/// One applied migration of the tenant schema.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct MigrationRow {
    pub version: i32,
    pub name: String,
    pub checksum: String,
}

/// What the archive is, written before any data.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Header {
    pub format: u16,
    pub theratime_version: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub tenant: TenantRow,
    pub time_zone: String,
    pub schema: String,
    pub schema_version: i32,
    pub migrations: Vec<MigrationRow>,
    /// "fleet": the run's shared snapshot; "own": a snapshot of this tenant alone
    /// (the tenant changed after the fleet snapshot was taken).
    pub snapshot: String,
    pub server_version: String,
    pub compression: String,
    /// Where each identity sequence of the tenant's tables stood ("table.column" ->
    /// last value), so a restore continues after ids of rows deleted before the
    /// backup too. Absent in archives of earlier builds.
    #[serde(default)]
    pub sequences: std::collections::BTreeMap<String, i64>,
}

/// The start of a section.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SectionStart {
    pub name: String,
    pub kind: String,
    pub columns: Vec<String>,
}

/// A section as summarised in the manifest.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SectionSummary {
    pub name: String,
    pub kind: String,
    pub columns: Vec<String>,
    pub rows: u64,
    pub bytes: u64,
    pub sha256: String,
}

/// The trailer: row counts and checksums, known only once the data is written.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub sections: Vec<SectionSummary>,
    pub header_sha256: String,
}

/// Header and manifest together: what `backup inspect` prints.
#[derive(Debug, Clone, Serialize)]
pub struct Description {
    pub file: String,
    pub encrypted: bool,
    pub size_bytes: u64,
    pub file_sha256: String,
    pub header: Header,
    pub sections: Vec<SectionSummary>,
}

impl Description {
    /// The manifest's section of that kind and name.
    pub fn section(&self, kind: &str, name: &str) -> Option<&SectionSummary> {
        self.sections
            .iter()
            .find(|s| s.kind == kind && s.name == name)
    }
}

// ---------------------------------------------------------------- writing

/// A `Write` that hashes everything written through it.
struct Hashing<W> {
    inner: W,
    hasher: Sha256,
    bytes: u64,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Where archive bytes go: the file, or an age stream over it.
pub enum Sink {
    Plain(BufWriter<NamedFile>),
    Age(age::stream::StreamWriter<BufWriter<NamedFile>>),
}

impl Sink {
    /// `recipients` empty: plain; otherwise encrypted to all of them.
    pub fn new(file: NamedFile, recipients: &[age::x25519::Recipient]) -> Result<Sink> {
        let buf = BufWriter::with_capacity(256 << 10, file);
        if recipients.is_empty() {
            return Ok(Sink::Plain(buf));
        }
        let encryptor =
            age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
                .map_err(|e| Error::invalid(format!("cannot encrypt: {e}")))?;
        let w = encryptor.wrap_output(buf).map_err(io_err)?;
        Ok(Sink::Age(w))
    }

    /// Finish the stream and return the file, flushed (not yet fsynced).
    pub fn finish(self) -> io::Result<NamedFile> {
        let buf = match self {
            Sink::Plain(b) => b,
            Sink::Age(w) => w.finish()?,
        };
        buf.into_inner().map_err(|e| e.into_error())
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Sink::Plain(w) => w.write(buf),
            Sink::Age(w) => w.write(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Sink::Plain(w) => w.flush(),
            Sink::Age(w) => w.flush(),
        }
    }
}

struct OpenSection {
    start: SectionStart,
    hasher: Sha256,
    rows: u64,
    bytes: u64,
}

/// The same bookkeeping on both sides: the writer's summary goes into the manifest,
/// the reader's is compared with it.
impl OpenSection {
    fn new(start: SectionStart) -> Self {
        OpenSection {
            start,
            hasher: Sha256::new(),
            rows: 0,
            bytes: 0,
        }
    }

    /// Account for a piece of the section's COPY text (a row ends with a newline).
    fn add(&mut self, data: &[u8]) {
        self.hasher.update(data);
        self.bytes += data.len() as u64;
        self.rows += data.iter().filter(|b| **b == b'\n').count() as u64;
    }

    fn summary(self) -> SectionSummary {
        SectionSummary {
            name: self.start.name,
            kind: self.start.kind,
            columns: self.start.columns,
            rows: self.rows,
            bytes: self.bytes,
            sha256: hex::encode(self.hasher.finalize()),
        }
    }
}

/// Writes one archive, streaming: memory is one chunk plus its compressed copy.
pub struct ArchiveWriter<W: Write> {
    out: Hashing<W>,
    compressor: Option<zstd::bulk::Compressor<'static>>,
    header_sha256: String,
    sections: Vec<SectionSummary>,
    open: Option<OpenSection>,
    buf: Vec<u8>,
}

impl<W: Write> ArchiveWriter<W> {
    pub fn new(inner: W, header: &Header, compress: bool) -> Result<Self> {
        let mut out = Hashing {
            inner,
            hasher: Sha256::new(),
            bytes: 0,
        };
        let flags = if compress { FLAG_ZSTD } else { 0 };
        out.write_all(MAGIC).map_err(io_err)?;
        out.write_all(&FORMAT.to_be_bytes()).map_err(io_err)?;
        out.write_all(&flags.to_be_bytes()).map_err(io_err)?;
        let json = serde_json::to_vec(header).map_err(|e| Error::Other(e.into()))?;
        let header_sha256 = hex::encode(Sha256::digest(&json));
        write_record(&mut out, b'H', &json)?;
        let compressor = if compress {
            Some(zstd::bulk::Compressor::new(ZSTD_LEVEL).map_err(io_err)?)
        } else {
            None
        };
        Ok(ArchiveWriter {
            out,
            compressor,
            header_sha256,
            sections: Vec::new(),
            open: None,
            buf: Vec::with_capacity(CHUNK + (64 << 10)),
        })
    }

    pub fn begin_section(&mut self, start: SectionStart) -> Result<()> {
        assert!(self.open.is_none(), "section already open");
        let json = serde_json::to_vec(&start).map_err(|e| Error::Other(e.into()))?;
        write_record(&mut self.out, b'S', &json)?;
        self.open = Some(OpenSection::new(start));
        Ok(())
    }

    /// Append COPY text to the open section.
    pub fn data(&mut self, data: &[u8]) -> Result<()> {
        self.open.as_mut().expect("no open section").add(data);
        // Chunks hold at most CHUNK raw bytes, so a reader never needs more.
        let mut rest = data;
        while !rest.is_empty() {
            let take = rest.len().min(CHUNK - self.buf.len());
            self.buf.extend_from_slice(&rest[..take]);
            rest = &rest[take..];
            if self.buf.len() == CHUNK {
                self.flush_chunk()?;
            }
        }
        Ok(())
    }

    fn flush_chunk(&mut self) -> Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        match &mut self.compressor {
            Some(c) => {
                let packed = c.compress(&self.buf).map_err(io_err)?;
                write_record(&mut self.out, b'D', &packed)?;
            }
            None => write_record(&mut self.out, b'D', &self.buf)?,
        }
        self.buf.clear();
        Ok(())
    }

    pub fn end_section(&mut self) -> Result<SectionSummary> {
        self.flush_chunk()?;
        let open = self.open.take().expect("no open section");
        write_record(&mut self.out, b'E', &[])?;
        let summary = open.summary();
        self.sections.push(summary.clone());
        Ok(summary)
    }

    /// Write the manifest and the end record; returns the sink, the sections and the
    /// whole-file checksum.
    pub fn finish(mut self) -> Result<(W, Vec<SectionSummary>, String)> {
        assert!(self.open.is_none(), "section still open");
        let manifest = Manifest {
            sections: self.sections.clone(),
            header_sha256: self.header_sha256.clone(),
        };
        let json = serde_json::to_vec(&manifest).map_err(|e| Error::Other(e.into()))?;
        write_record(&mut self.out, b'M', &json)?;
        let digest = self.out.hasher.clone().finalize();
        write_record(&mut self.out, b'Z', &digest)?;
        self.out.flush().map_err(io_err)?;
        Ok((self.out.inner, self.sections, hex::encode(digest)))
    }
}

fn write_record(out: &mut impl Write, tag: u8, payload: &[u8]) -> Result<()> {
    let len = u32::try_from(payload.len()).expect("record under 4 GiB");
    out.write_all(&[tag]).map_err(io_err)?;
    out.write_all(&len.to_be_bytes()).map_err(io_err)?;
    out.write_all(payload).map_err(io_err)?;
    Ok(())
}

fn io_err(e: io::Error) -> Error {
    Error::Other(e.into())
}

// ---------------------------------------------------------------- reading

/// Identities for encrypted archives, from `--identity` files.
pub fn load_identities(files: &[PathBuf]) -> Result<Vec<Box<dyn age::Identity + Send + Sync>>> {
    let mut all = Vec::new();
    for f in files {
        if !f.exists() {
            return Err(Error::not_found(format!(
                "identity file {} not found",
                f.display()
            )));
        }
        let file = age::IdentityFile::from_file(f.display().to_string()).map_err(|e| {
            Error::invalid(format!("cannot read identity file {}: {e}", f.display()))
        })?;
        let ids = file.into_identities().map_err(|e| {
            Error::invalid(format!("cannot use identity file {}: {e}", f.display()))
        })?;
        all.extend(ids);
    }
    Ok(all)
}

/// Parse `--encrypt-to` values (age X25519 recipients, `age1…`).
pub fn parse_recipients(values: &[String]) -> Result<Vec<age::x25519::Recipient>> {
    values
        .iter()
        .map(|v| {
            v.trim().parse::<age::x25519::Recipient>().map_err(|e| {
                Error::invalid(format!(
                    "invalid age recipient {v:?}: {e}; give a public key such as age1… (see `age-keygen -y`)"
                ))
            })
        })
        .collect()
}

/// A damaged or unreadable archive: exit 5, naming the file and the part.
fn damaged(path: &Path, what: impl std::fmt::Display) -> Error {
    Error::invalid(format!("backup {} is damaged: {what}", path.display()))
}

/// What a reader yields, in file order.
#[derive(Debug)]
pub enum Event {
    Section(SectionStart),
    /// Uncompressed COPY text of the current section.
    Data(Vec<u8>),
    SectionEnd(SectionSummary),
}

/// Reads one archive sequentially, checking framing as it goes and every checksum at
/// the end ([`ArchiveReader::finish`]). Memory: one chunk.
pub struct ArchiveReader {
    path: PathBuf,
    input: HashingReader,
    pub encrypted: bool,
    pub header: Header,
    header_sha256: String,
    compressed: bool,
    open: Option<OpenSection>,
    sections: Vec<SectionSummary>,
    manifest: Option<Manifest>,
    file_sha256: Option<String>,
    decompressor: zstd::bulk::Decompressor<'static>,
}

struct HashingReader {
    inner: Box<dyn Read + Send>,
    hasher: Sha256,
    offset: u64,
}

impl HashingReader {
    /// Read exactly `buf.len()` bytes; Ok(false) at a clean or early end of file.
    fn fill(&mut self, buf: &mut [u8]) -> io::Result<bool> {
        let mut done = 0;
        while done < buf.len() {
            match self.inner.read(&mut buf[done..]) {
                Ok(0) => return Ok(false),
                Ok(n) => done += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        self.hasher.update(&*buf);
        self.offset += buf.len() as u64;
        Ok(true)
    }
}

impl ArchiveReader {
    /// Open an archive (decrypting it when it is an age file) and read its header.
    pub fn open(
        path: &Path,
        identities: &[Box<dyn age::Identity + Send + Sync>],
    ) -> Result<ArchiveReader> {
        let file = File::open(path).map_err(|e| {
            if e.kind() == io::ErrorKind::NotFound {
                Error::not_found(format!("backup file {} not found", path.display()))
            } else {
                Error::Other(anyhow::anyhow!("cannot open {}: {e}", path.display()))
            }
        })?;
        let mut buffered = BufReader::with_capacity(256 << 10, file);
        let encrypted = {
            use std::io::BufRead;
            let head = buffered.fill_buf().map_err(io_err)?;
            head.starts_with(b"age-encryption.org/")
        };
        let inner: Box<dyn Read + Send> = if encrypted {
            if identities.is_empty() {
                return Err(Error::invalid(format!(
                    "backup {} is encrypted with age: pass --identity FILE with the matching private key",
                    path.display()
                )));
            }
            let decryptor = age::Decryptor::new_buffered(buffered)
                .map_err(|e| damaged(path, format!("its age header is unreadable ({e})")))?;
            let reader = decryptor
                .decrypt(identities.iter().map(|i| i.as_ref() as &dyn age::Identity))
                .map_err(|e| match e {
                    age::DecryptError::NoMatchingKeys => Error::invalid(format!(
                        "backup {} is encrypted to another key: no identity given with --identity matches it",
                        path.display()
                    )),
                    other => damaged(path, format!("cannot decrypt it ({other})")),
                })?;
            Box::new(reader)
        } else {
            Box::new(buffered)
        };
        let mut input = HashingReader {
            inner,
            hasher: Sha256::new(),
            offset: 0,
        };
        let mut start = [0u8; 12];
        if !input.fill(&mut start).map_err(|e| read_error(path, e))? {
            return Err(damaged(
                path,
                "it is truncated: shorter than the archive signature",
            ));
        }
        if &start[..8] != MAGIC {
            return Err(damaged(
                path,
                "it does not start with the theratime backup signature (not a backup, or its first bytes changed)",
            ));
        }
        let format = u16::from_be_bytes([start[8], start[9]]);
        let flags = u16::from_be_bytes([start[10], start[11]]);
        if format > FORMAT {
            return Err(Error::invalid(format!(
                "backup {} has archive format {format}, which this binary does not read (it reads up to {FORMAT}): \
                 written by a newer theratime (upgrade), or its first bytes are damaged",
                path.display()
            )));
        }
        if format == 0 || flags & !FLAG_ZSTD != 0 {
            return Err(damaged(
                path,
                "its signature block (format/flags) is invalid",
            ));
        }
        let mut reader = ArchiveReader {
            path: path.to_path_buf(),
            input,
            encrypted,
            header: placeholder_header(),
            header_sha256: String::new(),
            compressed: flags & FLAG_ZSTD != 0,
            open: None,
            sections: Vec::new(),
            manifest: None,
            file_sha256: None,
            decompressor: zstd::bulk::Decompressor::new().map_err(io_err)?,
        };
        let (tag, payload) = reader.record("the header")?;
        if tag != b'H' {
            return Err(damaged(
                path,
                "the header record is missing or its framing changed",
            ));
        }
        reader.header_sha256 = hex::encode(Sha256::digest(&payload));
        reader.header = serde_json::from_slice(&payload)
            .map_err(|e| damaged(path, format!("the header is damaged ({e})")))?;
        Ok(reader)
    }

    fn where_(&self) -> String {
        match &self.open {
            Some(s) => format!("section {}", s.start.name),
            None => "the framing between sections".into(),
        }
    }

    fn record(&mut self, what: &str) -> Result<(u8, Vec<u8>)> {
        let mut head = [0u8; 5];
        let at = self.input.offset;
        if !self
            .input
            .fill(&mut head)
            .map_err(|e| read_error(&self.path, e))?
        {
            return Err(damaged(
                &self.path,
                format!("it is truncated at byte {at}, in {what}: the end record is missing"),
            ));
        }
        let tag = head[0];
        let len = u32::from_be_bytes([head[1], head[2], head[3], head[4]]);
        if !b"HSDEMZ".contains(&tag) || len > MAX_RECORD {
            return Err(damaged(
                &self.path,
                format!("invalid record at byte {at}, in {what} (damaged framing)"),
            ));
        }
        let mut payload = vec![0u8; len as usize];
        if !self
            .input
            .fill(&mut payload)
            .map_err(|e| read_error(&self.path, e))?
        {
            return Err(damaged(
                &self.path,
                format!("it is truncated inside the record at byte {at}, in {what}"),
            ));
        }
        Ok((tag, payload))
    }

    /// The next event, or None after the end record (all checksums verified).
    pub fn next_event(&mut self) -> Result<Option<Event>> {
        if self.file_sha256.is_some() {
            return Ok(None);
        }
        loop {
            let what = self.where_();
            let before = self.input.hasher.clone();
            let (tag, payload) = self.record(&what)?;
            match (tag, self.open.is_some()) {
                (b'S', false) => {
                    let start: SectionStart = serde_json::from_slice(&payload).map_err(|e| {
                        damaged(&self.path, format!("a section header is damaged ({e})"))
                    })?;
                    self.open = Some(OpenSection::new(start.clone()));
                    return Ok(Some(Event::Section(start)));
                }
                (b'D', true) => {
                    let data = if self.compressed {
                        self.decompressor.decompress(&payload, CHUNK).map_err(|_| {
                            damaged(
                                &self.path,
                                format!("{what}: a data chunk does not decompress"),
                            )
                        })?
                    } else {
                        payload
                    };
                    self.open.as_mut().expect("open").add(&data);
                    return Ok(Some(Event::Data(data)));
                }
                (b'E', true) if payload.is_empty() => {
                    let summary = self.open.take().expect("open").summary();
                    self.sections.push(summary.clone());
                    return Ok(Some(Event::SectionEnd(summary)));
                }
                (b'M', false) if self.manifest.is_none() => {
                    // Parsed leniently here; a damaged manifest is reported after the
                    // section checks, which name the part more precisely.
                    self.manifest = serde_json::from_slice(&payload).ok();
                    if self.manifest.is_none() {
                        self.manifest = Some(Manifest {
                            sections: Vec::new(),
                            header_sha256: "unreadable".into(),
                        });
                    }
                }
                (b'Z', false) if self.manifest.is_some() => {
                    let expected = hex::encode(before.finalize());
                    let stored = hex::encode(&payload);
                    let mut extra = [0u8; 1];
                    if self
                        .input
                        .inner
                        .read(&mut extra)
                        .map_err(|e| read_error(&self.path, e))?
                        > 0
                    {
                        return Err(damaged(&self.path, "there are bytes after the end record"));
                    }
                    self.check_manifest()?;
                    if expected != stored {
                        return Err(damaged(
                            &self.path,
                            "the whole-file checksum does not match (the manifest, the framing or the end record changed)",
                        ));
                    }
                    self.file_sha256 = Some(stored);
                    return Ok(None);
                }
                _ => {
                    return Err(damaged(
                        &self.path,
                        format!(
                            "unexpected record {:?} at byte {}, in {what} (damaged framing)",
                            tag as char,
                            self.input.offset - 5 - payload.len() as u64
                        ),
                    ));
                }
            }
        }
    }

    fn check_manifest(&self) -> Result<()> {
        let m = self.manifest.as_ref().expect("manifest");
        for (i, got) in self.sections.iter().enumerate() {
            match m.sections.get(i) {
                Some(want)
                    if want.name == got.name
                        && want.kind == got.kind
                        && want.columns == got.columns =>
                {
                    if want.sha256 != got.sha256 || want.rows != got.rows || want.bytes != got.bytes
                    {
                        return Err(damaged(
                            &self.path,
                            format!(
                                "section {} (data of {}) does not match its checksum",
                                got.name,
                                if got.kind == "users" {
                                    "the users"
                                } else {
                                    "a tenant table"
                                }
                            ),
                        ));
                    }
                }
                _ => {
                    return Err(damaged(
                        &self.path,
                        "the manifest is damaged (it does not list the sections found)",
                    ));
                }
            }
        }
        if m.sections.len() != self.sections.len() {
            return Err(damaged(
                &self.path,
                "the manifest is damaged (it does not list the sections found)",
            ));
        }
        if m.header_sha256 != self.header_sha256 {
            return Err(damaged(
                &self.path,
                "the header does not match its checksum",
            ));
        }
        Ok(())
    }

    /// The sections and the whole-file checksum, once `next_event` returned None.
    pub fn verified(&self) -> Option<(&[SectionSummary], &str)> {
        self.file_sha256
            .as_deref()
            .map(|sha| (self.sections.as_slice(), sha))
    }

    /// The number of plaintext bytes read so far.
    pub fn offset(&self) -> u64 {
        self.input.offset
    }
}

fn read_error(path: &Path, e: io::Error) -> Error {
    // age reports a failed chunk authentication as InvalidData.
    if e.kind() == io::ErrorKind::InvalidData {
        damaged(
            path,
            format!("the encrypted stream does not authenticate ({e})"),
        )
    } else if e.kind() == io::ErrorKind::UnexpectedEof {
        damaged(path, format!("it is truncated ({e})"))
    } else {
        Error::Other(anyhow::anyhow!("cannot read {}: {e}", path.display()))
    }
}

fn placeholder_header() -> Header {
    Header {
        format: 0,
        theratime_version: String::new(),
        created_at: chrono::DateTime::<chrono::Utc>::MIN_UTC,
        tenant: TenantRow {
            id: 0,
            slug: String::new(),
            name: String::new(),
            time_zone: String::new(),
            status: String::new(),
            created_at: chrono::DateTime::<chrono::Utc>::MIN_UTC,
            updated_at: chrono::DateTime::<chrono::Utc>::MIN_UTC,
        },
        time_zone: String::new(),
        schema: String::new(),
        schema_version: 0,
        migrations: Vec::new(),
        snapshot: String::new(),
        server_version: String::new(),
        compression: String::new(),
        sequences: Default::default(),
    }
}

/// Read a whole archive without any database: structure and every checksum.
pub fn verify(
    path: &Path,
    identities: &[Box<dyn age::Identity + Send + Sync>],
) -> Result<Description> {
    let mut r = ArchiveReader::open(path, identities)?;
    while r.next_event()?.is_some() {}
    let (sections, sha) = r.verified().expect("verified");
    let size_bytes = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    Ok(Description {
        file: path.display().to_string(),
        encrypted: r.encrypted,
        size_bytes,
        file_sha256: sha.to_string(),
        header: r.header.clone(),
        sections: sections.to_vec(),
    })
}

// ---------------------------------------------------------------- files

/// A file created 0600 under a temporary name in `dir` (hidden, `.tmp`), renamed to
/// its final name only after its data is fsynced: a killed job never leaves a file
/// that looks complete.
pub struct AtomicFile {
    tmp: tempfile::NamedTempFile,
    dir: PathBuf,
    name: String,
}

/// Suffix of temporary files (so a later run can clear those of a killed one).
pub const TMP_SUFFIX: &str = ".tmp";

impl AtomicFile {
    pub fn create(dir: &Path, name: &str) -> Result<AtomicFile> {
        // tempfile creates the file with mode 0600.
        let tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(TMP_SUFFIX)
            .tempfile_in(dir)
            .map_err(|e| {
                Error::Other(anyhow::anyhow!(
                    "cannot create a file in {}: {e}",
                    dir.display()
                ))
            })?;
        Ok(AtomicFile {
            tmp,
            dir: dir.to_path_buf(),
            name: name.to_string(),
        })
    }

    /// A second handle to the temporary file, for writing; its I/O errors name the
    /// file.
    pub fn writer(&self) -> Result<NamedFile> {
        let path = self.dir.join(&self.name);
        match self.tmp.reopen() {
            Ok(file) => Ok(NamedFile { file, path }),
            Err(e) => Err(io_err(NamedFile::name_error(&path, e))),
        }
    }

    /// fsync the data, rename to the final name (replacing any file of that name),
    /// fsync the directory. `file` is the writer, flushed.
    pub fn commit(self, file: NamedFile) -> Result<PathBuf> {
        file.file
            .sync_all()
            .map_err(|e| io_err(NamedFile::name_error(&file.path, e)))?;
        drop(file);
        let path = self.dir.join(&self.name);
        self.tmp.persist(&path).map_err(|e| {
            Error::Other(anyhow::anyhow!("cannot rename to {}: {e}", path.display()))
        })?;
        if let Ok(d) = File::open(&self.dir) {
            let _ = d.sync_all();
        }
        Ok(path)
    }
}

/// The writing end of an [`AtomicFile`]: its I/O errors (a full disk, a file size
/// limit) name the file, by its final name (the temporary file goes when the write
/// fails).
pub struct NamedFile {
    file: File,
    path: PathBuf,
}

impl NamedFile {
    fn name_error(path: &Path, e: io::Error) -> io::Error {
        io::Error::new(e.kind(), format!("cannot write {}: {e}", path.display()))
    }

    pub fn metadata(&self) -> io::Result<std::fs::Metadata> {
        self.file.metadata()
    }
}

impl Write for NamedFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file
            .write(buf)
            .map_err(|e| Self::name_error(&self.path, e))
    }
    fn flush(&mut self) -> io::Result<()> {
        self.file
            .flush()
            .map_err(|e| Self::name_error(&self.path, e))
    }
}

/// Make sure `dir` exists (created 0700 when missing) and is a directory.
pub fn ensure_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    if dir.exists() {
        return Err(Error::invalid(format!(
            "--out {} is not a directory",
            dir.display()
        )));
    }
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| Error::Other(anyhow::anyhow!("cannot create {}: {e}", dir.display())))
}

/// `<slug>-<UTC timestamp>.ttbk[.age]`
pub fn file_name(slug: &str, stamp: &str, encrypted: bool) -> String {
    format!("{slug}-{stamp}.{}", if encrypted { EXT_AGE } else { EXT })
}

/// The run's timestamp: `20261127T210532.123Z` (sorts as time).
pub fn stamp(at: chrono::DateTime<chrono::Utc>) -> String {
    at.format("%Y%m%dT%H%M%S%.3fZ").to_string()
}

/// Split a backup file name into (slug, timestamp); None for anything else.
pub fn parse_file_name(name: &str) -> Option<(&str, &str)> {
    let base = name
        .strip_suffix(&format!(".{EXT_AGE}"))
        .or_else(|| name.strip_suffix(&format!(".{EXT}")))?;
    let (slug, stamp) = base.rsplit_once('-')?;
    let b = stamp.as_bytes();
    let ok = b.len() == 20
        && b[..8].iter().all(u8::is_ascii_digit)
        && b[8] == b'T'
        && b[9..15].iter().all(u8::is_ascii_digit)
        && b[15] == b'.'
        && b[16..19].iter().all(u8::is_ascii_digit)
        && b[19] == b'Z';
    (ok && !slug.is_empty()).then_some((slug, stamp))
}

/// Delete all but the newest `keep` backups of `slug` in `dir`; other tenants' files
/// (even `acme-east` for `acme`) are never touched. Returns the deleted paths.
pub fn prune(dir: &Path, slug: &str, keep: usize, just_written: &Path) -> Result<Vec<PathBuf>> {
    let mut mine: Vec<(String, PathBuf)> = Vec::new();
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Error::Other(anyhow::anyhow!("cannot list {}: {e}", dir.display())))?;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if let Some((s, stamp)) = parse_file_name(name)
            && s == slug
        {
            mine.push((stamp.to_string(), entry.path()));
        }
    }
    // Newest first by the stamp in the name; the archive this run just wrote counts
    // as the newest whatever its stamp says (a clock set back must not delete it).
    mine.sort_by(|a, b| {
        (b.1 == just_written)
            .cmp(&(a.1 == just_written))
            .then_with(|| b.0.cmp(&a.0))
    });
    let mut deleted = Vec::new();
    for (_, path) in mine.into_iter().skip(keep) {
        std::fs::remove_file(&path)
            .map_err(|e| Error::Other(anyhow::anyhow!("cannot delete {}: {e}", path.display())))?;
        deleted.push(path);
    }
    Ok(deleted)
}

/// How long a temporary file must have gone unwritten before a later run takes it
/// for the leftover of a killed one (a run writes its file continuously).
pub const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// Remove temporary files a killed backup left in `dir` (only theratime's own:
/// hidden, `.ttbk` in the name, `.tmp` at the end, not written for [`STALE_AFTER`]).
/// The backup lock is per database, so the age is what keeps a run against another
/// database that shares the directory from losing the file it is writing.
pub fn clear_stale_temporaries(dir: &Path) -> usize {
    let mut n = 0;
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(name) = name.to_str() else { continue };
            let stale = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age >= STALE_AFTER);
            if name.starts_with('.')
                && name.ends_with(TMP_SUFFIX)
                && name.contains(&format!(".{EXT}"))
                && stale
                && std::fs::remove_file(entry.path()).is_ok()
            {
                n += 1;
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_round_trip_and_do_not_mix_tenants() {
        let s = stamp(chrono::DateTime::from_timestamp(1_764_277_532, 123_000_000).unwrap());
        assert_eq!(s.len(), 20);
        let n = file_name("acme-east", &s, false);
        assert_eq!(parse_file_name(&n), Some(("acme-east", s.as_str())));
        let n = file_name("acme", &s, true);
        assert_eq!(parse_file_name(&n), Some(("acme", s.as_str())));
        assert_eq!(parse_file_name("acme-east.ttbk"), None);
        assert_eq!(parse_file_name(".acme-x.ttbk.abc.tmp"), None);
    }

    #[test]
    fn prune_keeps_the_newest_and_always_the_archive_just_written() {
        let dir = tempfile::tempdir().unwrap();
        let touch = |name: &str| {
            let p = dir.path().join(name);
            std::fs::write(&p, b"x").unwrap();
            p
        };
        let old = touch("acme-20261101T000000.000Z.ttbk");
        let mid = touch("acme-20261102T000000.000Z.ttbk");
        let new = touch("acme-20261103T000000.000Z.ttbk");
        let other = touch("acme-east-20261101T000000.000Z.ttbk");
        // The clock was set back: this run's archive has the oldest stamp.
        let written = touch("acme-20261001T000000.000Z.ttbk");
        let mut deleted = prune(dir.path(), "acme", 2, &written).unwrap();
        deleted.sort();
        assert_eq!(deleted, [old, mid]);
        assert!(written.exists() && new.exists() && other.exists());
    }
}
