//! Archive files on disk: created atomically (0600, renamed once fsynced), named
//! `<slug>-<stamp>.ttbk[.age]`, pruned by `--keep`, and the temporaries of killed runs
//! cleared.

use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::io_err;
use crate::error::{Error, Result};

/// File name extension of a plain archive (`.ttbk.age` when encrypted).
pub const EXT: &str = "ttbk";
pub const EXT_AGE: &str = "ttbk.age";

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
/// hidden, `.ttbk` in the name, `.tmp` at the end, not written for `STALE_AFTER`).
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
