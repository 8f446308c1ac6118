//! The archive layout (see the module doc of [`super`]): the header and manifest
//! types, the streaming writer and the checking reader.

use std::fs::File;
use std::io::{self, BufReader, Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{crypto, damaged, io_err};
use crate::error::{Error, Result};

pub const MAGIC: &[u8; 8] = b"TTBACKUP";
/// The archive format this binary writes and the newest it reads.
pub const FORMAT: u16 = 1;
/// Flag: data chunks are zstd-compressed.
const FLAG_ZSTD: u16 = 1;
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

// ---------------------------------------------------------------- reading

/// What a reader yields, in file order.
#[derive(Debug)]
pub enum Event {
    Section(SectionStart),
    /// Uncompressed COPY text of the current section.
    Data(Vec<u8>),
    SectionEnd(SectionSummary),
}

/// Reads one archive sequentially, checking framing as it goes and every checksum at
/// the end (when [`ArchiveReader::next_event`] returns None). Memory: one chunk.
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
        let buffered = BufReader::with_capacity(256 << 10, file);
        let (inner, encrypted) = crypto::decrypting(path, buffered, identities)?;
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
