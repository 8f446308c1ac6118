//! The one error type of theratime and its exit codes (DESIGN §5).
//!
//! Database errors are mapped to exit codes here, once, by SQLSTATE.

use std::fmt;

/// Exit codes, documented in `--help` and the README.
pub mod code {
    pub const OK: i32 = 0;
    pub const UNEXPECTED: i32 = 1;
    pub const USAGE: i32 = 2;
    pub const CONFLICT: i32 = 3;
    pub const NOT_FOUND: i32 = 4;
    pub const INVALID: i32 = 5;
    pub const UNREACHABLE: i32 = 6;
    pub const PARTIAL: i32 = 7;
    pub const BUSY: i32 = 8;
    pub const INTERRUPTED: i32 = 130;
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0}")]
    Usage(String),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    Unreachable(String),
    #[error("{0}")]
    Partial(String),
    #[error("{0}")]
    Busy(String),
    #[error("interrupted: the work in flight was rolled back")]
    Interrupted,
    #[error("{context}: {}", describe_sqlx(error))]
    Database { context: String, error: sqlx::Error },
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) => code::USAGE,
            Error::Conflict(_) => code::CONFLICT,
            Error::NotFound(_) => code::NOT_FOUND,
            Error::Invalid(_) => code::INVALID,
            Error::Unreachable(_) => code::UNREACHABLE,
            Error::Partial(_) => code::PARTIAL,
            Error::Busy(_) => code::BUSY,
            Error::Interrupted => code::INTERRUPTED,
            Error::Database { error, .. } => sqlx_exit_code(error),
            Error::Other(e) => e
                .chain()
                .find_map(|c| c.downcast_ref::<sqlx::Error>())
                .map_or(code::UNEXPECTED, sqlx_exit_code),
        }
    }

    /// An error of the kind that exits with `code`.
    pub fn with_code(code: i32, msg: String) -> Self {
        match code {
            code::USAGE => Error::Usage(msg),
            code::CONFLICT => Error::Conflict(msg),
            code::NOT_FOUND => Error::NotFound(msg),
            code::INVALID => Error::Invalid(msg),
            code::UNREACHABLE => Error::Unreachable(msg),
            code::PARTIAL => Error::Partial(msg),
            code::BUSY => Error::Busy(msg),
            _ => Error::Other(anyhow::anyhow!(msg)),
        }
    }

    pub fn usage(msg: impl fmt::Display) -> Self {
        Error::Usage(msg.to_string())
    }
    pub fn conflict(msg: impl fmt::Display) -> Self {
        Error::Conflict(msg.to_string())
    }
    pub fn not_found(msg: impl fmt::Display) -> Self {
        Error::NotFound(msg.to_string())
    }
    pub fn invalid(msg: impl fmt::Display) -> Self {
        Error::Invalid(msg.to_string())
    }
}

/// The SQLSTATE of a database error, if it is one.
pub fn sqlstate(err: &sqlx::Error) -> Option<String> {
    match err {
        sqlx::Error::Database(db) => db.code().map(|c| c.into_owned()),
        _ => None,
    }
}

/// SQLSTATE (or connection failure) to exit code: the one mapping of the code base.
pub fn sqlx_exit_code(err: &sqlx::Error) -> i32 {
    match err {
        sqlx::Error::Io(_) | sqlx::Error::Tls(_) | sqlx::Error::PoolTimedOut => code::UNREACHABLE,
        sqlx::Error::Database(_) => {
            let state = sqlstate(err).unwrap_or_default();
            match state.as_str() {
                "23P01" | "23505" => code::CONFLICT,
                "23514" | "23503" | "23502" => code::INVALID,
                s if s.starts_with("22") => code::INVALID,
                "28P01" | "28000" | "3D000" => code::UNREACHABLE,
                s if s.starts_with("08") => code::UNREACHABLE,
                "55P03" | "57014" => code::BUSY,
                _ => code::UNEXPECTED,
            }
        }
        _ => code::UNEXPECTED,
    }
}

/// Attach what we were doing to a database error, keeping its exit code.
pub trait DbContext<T> {
    fn db(self, context: impl fmt::Display) -> Result<T>;
}

impl<T> DbContext<T> for std::result::Result<T, sqlx::Error> {
    fn db(self, context: impl fmt::Display) -> Result<T> {
        self.map_err(|error| Error::Database {
            context: context.to_string(),
            error,
        })
    }
}

/// A database error in one line, with its SQLSTATE and detail when there are any.
pub fn describe_sqlx(err: &sqlx::Error) -> String {
    match err {
        sqlx::Error::Database(db) => {
            let mut text = db.message().to_string();
            if let Some(pg) = db.try_downcast_ref::<sqlx::postgres::PgDatabaseError>()
                && let Some(detail) = pg.detail()
            {
                text.push_str(&format!(" ({detail})"));
            }
            if let Some(code) = db.code() {
                text.push_str(&format!(" [SQLSTATE {code}]"));
            }
            text
        }
        other => other.to_string(),
    }
}
