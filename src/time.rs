//! Time handling (DESIGN §4): instants are stored as UTC and shown in the tenant's zone.

use chrono::{DateTime, SecondsFormat, Utc};
use chrono_tz::Tz;

/// RFC 3339 with the zone's offset, e.g. `2026-12-01T10:00:00+01:00`.
pub fn format_local(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz)
        .to_rfc3339_opts(SecondsFormat::Secs, false)
}
