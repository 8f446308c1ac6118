//! Time handling (DESIGN §4): times with an offset are taken as they are; times
//! without one are local to the tenant's zone, resolved here (never by PostgreSQL),
//! and a local time that does not exist or is ambiguous is refused with both valid
//! readings. Instants are stored as UTC and shown in the tenant's zone.

use chrono::{
    DateTime, Duration, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, Offset,
    SecondsFormat, TimeZone, Utc,
};
use chrono_tz::Tz;

use crate::error::{Error, Result};

/// RFC 3339 with the zone's offset, e.g. `2026-12-01T10:00:00+01:00`.
pub fn format_local(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz)
        .to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// A short local form for tables: `2026-12-01 10:00`.
pub fn format_table(at: DateTime<Utc>, tz: Tz) -> String {
    at.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string()
}

const NAIVE_FORMATS: [&str; 4] = [
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
];
const OFFSET_FORMATS: [&str; 4] = [
    "%Y-%m-%d %H:%M%:z",
    "%Y-%m-%dT%H:%M%:z",
    "%Y-%m-%d %H:%M:%S%:z",
    "%Y-%m-%dT%H:%M:%S%:z",
];

/// Parse a time given by a user: with an offset (or `Z`) as it is, without one in `tz`.
pub fn parse_time(text: &str, tz: Tz) -> Result<DateTime<Utc>> {
    let t = text.trim();
    if let Ok(at) = DateTime::parse_from_rfc3339(t) {
        return Ok(at.with_timezone(&Utc));
    }
    let zulu = t.strip_suffix('Z').or_else(|| t.strip_suffix('z'));
    for f in OFFSET_FORMATS {
        if let Ok(at) = DateTime::parse_from_str(t, f) {
            return Ok(at.with_timezone(&Utc));
        }
    }
    for f in NAIVE_FORMATS {
        if let Some(z) = zulu
            && let Ok(naive) = NaiveDateTime::parse_from_str(z, f)
        {
            return Ok(naive.and_utc());
        }
        if let Ok(naive) = NaiveDateTime::parse_from_str(t, f) {
            return resolve_local(naive, tz, t);
        }
    }
    Err(Error::invalid(format!(
        "invalid time {text:?}: use 2026-12-01 10:00 (in the tenant's zone) or 2026-12-01T10:00:00+01:00"
    )))
}

/// The wall-clock time in `tz` that a user means: a time without an offset as it is
/// (even inside a DST gap or fold: a recurring series resolves each occurrence itself),
/// a time with one converted to `tz`.
pub fn parse_wall_clock(text: &str, tz: Tz) -> Result<NaiveDateTime> {
    let t = text.trim();
    for f in NAIVE_FORMATS {
        if let Ok(naive) = NaiveDateTime::parse_from_str(t, f) {
            return Ok(naive);
        }
    }
    parse_time(text, tz).map(|at| at.with_timezone(&tz).naive_local())
}

/// A local wall-clock time in `tz`, refusing DST gaps and folds.
pub fn resolve_local(naive: NaiveDateTime, tz: Tz, shown: &str) -> Result<DateTime<Utc>> {
    let fmt = |at: DateTime<Utc>| {
        at.with_timezone(&tz)
            .format("%Y-%m-%dT%H:%M%:z")
            .to_string()
    };
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(at) => Ok(at.with_timezone(&Utc)),
        LocalResult::Ambiguous(a, b) => Err(Error::invalid(format!(
            "the local time {shown:?} is ambiguous in {tz} (the clocks go back): \
             it is either {} or {}; give the offset",
            fmt(a.with_timezone(&Utc)),
            fmt(b.with_timezone(&Utc))
        ))),
        LocalResult::None => {
            // The offsets in force before and after the gap.
            let before: FixedOffset = tz
                .offset_from_utc_datetime(&(naive - Duration::days(1)))
                .fix();
            let after: FixedOffset = tz
                .offset_from_utc_datetime(&(naive + Duration::days(1)))
                .fix();
            let a = (naive - after).and_utc();
            let b = (naive - before).and_utc();
            Err(Error::invalid(format!(
                "the local time {shown:?} does not exist in {tz} (the clocks go forward): \
                 did you mean {} or {}? give the offset",
                fmt(a.min(b)),
                fmt(a.max(b))
            )))
        }
    }
}

/// A calendar date, `2026-12-01`.
pub fn parse_date(text: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
        Error::invalid(format!(
            "invalid date {text:?}: use YYYY-MM-DD, e.g. 2026-12-01"
        ))
    })
}

/// A wall-clock time of day, `09:00`.
pub fn parse_clock(text: &str) -> Result<NaiveTime> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M").map_err(|_| {
        Error::invalid(format!(
            "invalid time of day {text:?}: use HH:MM, e.g. 09:00"
        ))
    })
}

/// A positive duration of at most a day, e.g. `50m`, `1h30m`, `90min`.
pub fn parse_duration(text: &str) -> Result<Duration> {
    let d = humantime::parse_duration(text.trim()).map_err(|_| {
        Error::invalid(format!(
            "invalid duration {text:?}: use e.g. 50m, 1h or 1h30m"
        ))
    })?;
    if d.is_zero() {
        return Err(Error::invalid(format!(
            "invalid duration {text:?}: it must be longer than zero"
        )));
    }
    if d > std::time::Duration::from_secs(24 * 3600) {
        return Err(Error::invalid(format!(
            "invalid duration {text:?}: at most 24h"
        )));
    }
    Duration::from_std(d).map_err(|_| Error::invalid(format!("invalid duration {text:?}")))
}

/// `--from`/`--to` bounds: a time, or a date meaning its local midnight.
pub fn parse_bound(text: &str, tz: Tz) -> Result<DateTime<Utc>> {
    if let Ok(date) = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d") {
        return local_midnight(date, tz);
    }
    parse_time(text, tz)
}

/// `--to` bounds: a time, or a date meaning the end of that day (the next local midnight).
pub fn parse_end_bound(text: &str, tz: Tz) -> Result<DateTime<Utc>> {
    if let Ok(date) = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d") {
        let next = date
            .succ_opt()
            .ok_or_else(|| Error::invalid(format!("invalid date {text:?}")))?;
        return local_midnight(next, tz);
    }
    parse_time(text, tz)
}

/// The first instant of a local date (midnight, or the end of a gap at midnight).
pub fn local_midnight(date: NaiveDate, tz: Tz) -> Result<DateTime<Utc>> {
    let mut t = date.and_hms_opt(0, 0, 0).expect("midnight");
    for _ in 0..4 {
        match tz.from_local_datetime(&t) {
            LocalResult::Single(at) => return Ok(at.with_timezone(&Utc)),
            LocalResult::Ambiguous(a, _) => return Ok(a.with_timezone(&Utc)),
            LocalResult::None => t += Duration::minutes(30),
        }
    }
    Err(Error::invalid(format!("no midnight on {date} in {tz}")))
}

/// A start and an end from `--at` and either `--duration` or `--until`.
pub fn parse_range(
    at: &str,
    duration: Option<&str>,
    until: Option<&str>,
    tz: Tz,
) -> Result<(DateTime<Utc>, DateTime<Utc>)> {
    let start = parse_time(at, tz)?;
    let end = match (duration, until) {
        (Some(d), None) => start + parse_duration(d)?,
        (None, Some(u)) => parse_time(u, tz)?,
        (Some(_), Some(_)) => return Err(Error::usage("give --duration or --until, not both")),
        (None, None) => return Err(Error::usage("give --duration or --until")),
    };
    check_order(start, end)?;
    Ok((start, end))
}

pub fn check_order(start: DateTime<Utc>, end: DateTime<Utc>) -> Result<()> {
    if end <= start {
        return Err(Error::invalid(format!(
            "the end ({}) must be after the start ({})",
            end.to_rfc3339(),
            start.to_rfc3339()
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn berlin() -> Tz {
        "Europe/Berlin".parse().unwrap()
    }

    #[test]
    fn local_and_offset_times() {
        let tz = berlin();
        assert_eq!(
            parse_time("2026-12-01 10:00", tz).unwrap().to_rfc3339(),
            "2026-12-01T09:00:00+00:00"
        );
        assert_eq!(
            parse_time("2026-12-01T10:00", tz).unwrap().to_rfc3339(),
            "2026-12-01T09:00:00+00:00"
        );
        assert_eq!(
            parse_time("2026-12-01T10:00:00+01:00", tz)
                .unwrap()
                .to_rfc3339(),
            "2026-12-01T09:00:00+00:00"
        );
        assert_eq!(
            parse_time("2026-12-01T10:00:00Z", tz).unwrap().to_rfc3339(),
            "2026-12-01T10:00:00+00:00"
        );
        assert_eq!(
            parse_time("2026-12-01 10:00Z", tz).unwrap().to_rfc3339(),
            "2026-12-01T10:00:00+00:00"
        );
        assert!(parse_time("tomorrow", tz).is_err());
    }

    #[test]
    fn dst_gap_and_fold_name_both_readings() {
        let gap = parse_time("2027-03-28 02:30", berlin())
            .unwrap_err()
            .to_string();
        assert!(gap.contains("does not exist"), "{gap}");
        assert!(
            gap.contains("2027-03-28T01:30+01:00") && gap.contains("2027-03-28T03:30+02:00"),
            "{gap}"
        );
        let fold = parse_time("2027-10-31 02:30", berlin())
            .unwrap_err()
            .to_string();
        assert!(fold.contains("ambiguous"), "{fold}");
        assert!(
            fold.contains("2027-10-31T02:30+02:00") && fold.contains("2027-10-31T02:30+01:00"),
            "{fold}"
        );
    }

    #[test]
    fn bounds_are_local_dates_or_times() {
        let tz = berlin();
        assert_eq!(
            parse_bound("2026-12-01", tz).unwrap().to_rfc3339(),
            "2026-11-30T23:00:00+00:00"
        );
        assert_eq!(
            parse_end_bound("2026-12-01", tz).unwrap().to_rfc3339(),
            "2026-12-01T23:00:00+00:00"
        );
        assert_eq!(
            parse_end_bound("2026-12-01 10:00", tz)
                .unwrap()
                .to_rfc3339(),
            "2026-12-01T09:00:00+00:00"
        );
        assert!(parse_bound("soon", tz).is_err());
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("50m").unwrap(), Duration::minutes(50));
        assert_eq!(parse_duration("1h30m").unwrap(), Duration::minutes(90));
        assert_eq!(parse_duration("1h 30m").unwrap(), Duration::minutes(90));
        assert!(parse_duration("0m").is_err());
        assert!(parse_duration("-5m").is_err());
        assert!(parse_duration("25h").is_err());
        assert!(parse_duration("soon").is_err());
    }
}
