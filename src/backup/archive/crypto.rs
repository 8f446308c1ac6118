//! age encryption of archives: `--encrypt-to` recipients, `--identity` files, the
//! sink a backup writes through and the decrypting reader a restore reads from.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use super::files::NamedFile;
use super::{damaged, io_err};
use crate::error::{Error, Result};

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

/// The archive's plaintext: `buffered` itself, or the age stream over it when the
/// file is an age file (then also `true`).
pub(super) fn decrypting(
    path: &Path,
    mut buffered: BufReader<File>,
    identities: &[Box<dyn age::Identity + Send + Sync>],
) -> Result<(Box<dyn Read + Send>, bool)> {
    let encrypted = {
        use std::io::BufRead;
        let head = buffered.fill_buf().map_err(io_err)?;
        head.starts_with(b"age-encryption.org/")
    };
    if !encrypted {
        return Ok((Box::new(buffered), false));
    }
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
    Ok((Box::new(reader), true))
}
