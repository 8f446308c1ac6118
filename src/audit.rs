//! The audit trail: one row per state-changing command, written in the same
//! transaction as the change.

use sqlx::postgres::PgConnection;

use crate::error::{DbContext, Result};
use crate::tenants::Tenant;

pub struct Audit<'a> {
    pub command: &'a str,
    pub tenant: Option<&'a Tenant>,
    pub target: Option<&'a str>,
    pub outcome: &'a str,
}

impl<'a> Audit<'a> {
    pub fn new(
        command: &'a str,
        tenant: Option<&'a Tenant>,
        target: Option<&'a str>,
        outcome: &'a str,
    ) -> Self {
        Audit {
            command,
            tenant,
            target,
            outcome,
        }
    }
}

/// The operating-system user running theratime: the name of the process's real uid
/// (`getpwuid(getuid())`), never `$USER`, which anyone can set; the uid itself when it
/// has no passwd entry.
pub fn os_user() -> Option<String> {
    // SAFETY: getuid cannot fail; getpwuid returns a pointer into static storage or
    // NULL, and we copy the name out before any other call could overwrite it.
    unsafe {
        let uid = libc::getuid();
        let pw = libc::getpwuid(uid);
        if pw.is_null() || (*pw).pw_name.is_null() {
            Some(format!("uid {uid}"))
        } else {
            Some(
                std::ffi::CStr::from_ptr((*pw).pw_name)
                    .to_string_lossy()
                    .into_owned(),
            )
        }
    }
}

pub async fn record(conn: &mut PgConnection, entry: &Audit<'_>) -> Result<()> {
    crate::db::query(
        "INSERT INTO theratime.audit_log (os_user, command, tenant_id, tenant_slug, target, outcome)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(os_user())
    .bind(entry.command)
    .bind(entry.tenant.map(|t| t.id))
    .bind(entry.tenant.map(|t| t.slug.as_str()))
    .bind(entry.target)
    .bind(entry.outcome)
    .execute(conn)
    .await
    .db("cannot write the audit log")?;
    Ok(())
}
