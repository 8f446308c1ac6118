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
        _ if connection_lost(err) => code::UNREACHABLE,
        sqlx::Error::Tls(_) | sqlx::Error::PoolTimedOut => code::UNREACHABLE,
        sqlx::Error::Database(_) => {
            let state = sqlstate(err).unwrap_or_default();
            match state.as_str() {
                "23P01" | "23505" => code::CONFLICT,
                "23514" | "23503" | "23502" => code::INVALID,
                s if s.starts_with("22") => code::INVALID,
                "28P01" | "28000" | "3D000" => code::UNREACHABLE,
                // The server cannot load one of its own files: unusable until restarted.
                "58P01" => code::UNREACHABLE,
                s if s.starts_with("08") => code::UNREACHABLE,
                "55P03" | "57014" => code::BUSY,
                _ => code::UNEXPECTED,
            }
        }
        _ => code::UNEXPECTED,
    }
}

/// Whether the connection is gone (the server stopped, restarted or ended the
/// session, the network failed): the error says nothing about the work itself.
pub fn connection_lost(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::Io(_) | sqlx::Error::PoolClosed | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(_) => sqlstate(err).is_some_and(|s| {
            // 08: connection exception; 57P01-57P03: admin shutdown, crash shutdown,
            // cannot connect now.
            s.starts_with("08") || matches!(s.as_str(), "57P01" | "57P02" | "57P03")
        }),
        _ => false,
    }
}

/// Whether a statement failed because the global schema (or one of its tables) is
/// missing: the database was never migrated, or is behind this binary.
fn missing_global_schema(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::Database(db) => {
            matches!(sqlstate(err).as_deref(), Some("42P01" | "3F000"))
                && db.message().contains("theratime")
        }
        _ => false,
    }
}

/// A database error that says nothing about the statement it interrupted, as what it
/// is: a lost connection (exit 6) or a missing global schema (exit 5).
pub fn fault(error: &sqlx::Error) -> Option<Error> {
    if connection_lost(error) {
        return Some(Error::Unreachable(format!(
            "lost the connection to the database ({}); the server rolls back a transaction \
             that had not committed; check that the server runs and run the command again",
            describe_sqlx(error)
        )));
    }
    if missing_global_schema(error) {
        return Some(Error::invalid(format!(
            "the database has no theratime schema, or an older one ({}); \
             run `theratime migrate --global`",
            describe_sqlx(error)
        )));
    }
    None
}

/// A database error as theratime reports it: a [`fault`] as what it is, whatever the
/// statement was for; anything else with `context`, the database's message and its
/// SQLSTATE's exit code.
pub fn database_error(context: impl fmt::Display, error: sqlx::Error) -> Error {
    fault(&error).unwrap_or_else(|| Error::Database {
        context: context.to_string(),
        error,
    })
}

/// Attach what we were doing to a database error, keeping its exit code.
pub trait DbContext<T> {
    fn db(self, context: impl fmt::Display) -> Result<T>;
}

impl<T> DbContext<T> for std::result::Result<T, sqlx::Error> {
    fn db(self, context: impl fmt::Display) -> Result<T> {
        self.map_err(|error| database_error(context, error))
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
                if code == "58P01" {
                    text.push_str(
                        "; the server cannot load one of its own files, which happens when its \
                         packages were upgraded while it ran: restart PostgreSQL (the local \
                         cluster: `theratime local stop && theratime local start`)",
                    );
                }
            }
            text
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lost_connection_is_exit_6_whatever_the_statement_was_for() {
        let lost = sqlx::Error::Io(std::io::Error::from(std::io::ErrorKind::UnexpectedEof));
        assert!(connection_lost(&lost));
        assert!(connection_lost(&sqlx::Error::PoolClosed));
        assert!(!connection_lost(&sqlx::Error::RowNotFound));
        let e = database_error("the restored data breaks constraint x", lost);
        assert_eq!(e.exit_code(), code::UNREACHABLE);
        let text = e.to_string();
        assert!(
            text.starts_with("lost the connection to the database ("),
            "{text}"
        );
        assert!(!text.contains("constraint"), "{text}");
        let e = database_error("cannot read", sqlx::Error::RowNotFound);
        assert_eq!(e.exit_code(), code::UNEXPECTED);
        assert!(e.to_string().starts_with("cannot read: "), "{e}");
    }
}
