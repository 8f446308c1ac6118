//! Time handling (DESIGN §4): times with an offset are taken as they are; times
//! without one are local to the tenant's zone, resolved here (never by PostgreSQL),
//! and a local time that does not exist or is ambiguous is refused with both valid
//! readings. Instants are stored as UTC and shown in the tenant's zone.

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, LocalResult, NaiveDate, NaiveDateTime, NaiveTime,
    Offset, SecondsFormat, TimeZone, Utc,
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

/// The years a time or date may have (as written, and in UTC): calendars (RFC 5545
/// wants four digits) and spreadsheets read nothing else sensibly.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=9999;

/// Refuse a time outside [`YEARS`] (`shown` is what the user wrote).
pub fn check_year(at: DateTime<Utc>, shown: &str) -> Result<DateTime<Utc>> {
    check_date_year(at.date_naive(), shown)?;
    Ok(at)
}

fn check_date_year(date: NaiveDate, shown: &str) -> Result<NaiveDate> {
    if YEARS.contains(&date.year()) {
        Ok(date)
    } else {
        Err(Error::invalid(format!(
            "{shown:?} is out of range: years run from {} to {}",
            YEARS.start(),
            YEARS.end()
        )))
    }
}

/// Parse a time given by a user: with an offset (or `Z`) as it is, without one in `tz`.
/// Its year, as written and in UTC, is within [`YEARS`].
pub fn parse_time(text: &str, tz: Tz) -> Result<DateTime<Utc>> {
    let t = text.trim();
    let (written, at) = parse_any_time(text, tz)?;
    check_date_year(written, t)?;
    check_year(at, t)
}

/// The date as written and the instant, of any accepted time format.
fn parse_any_time(text: &str, tz: Tz) -> Result<(NaiveDate, DateTime<Utc>)> {
    let t = text.trim();
    if let Ok(at) = DateTime::parse_from_rfc3339(t) {
        return Ok((at.date_naive(), at.with_timezone(&Utc)));
    }
    let zulu = t.strip_suffix('Z').or_else(|| t.strip_suffix('z'));
    for f in OFFSET_FORMATS {
        if let Ok(at) = DateTime::parse_from_str(t, f) {
            return Ok((at.date_naive(), at.with_timezone(&Utc)));
        }
    }
    for f in NAIVE_FORMATS {
        if let Some(z) = zulu
            && let Ok(naive) = NaiveDateTime::parse_from_str(z, f)
        {
            return Ok((naive.date(), naive.and_utc()));
        }
        if let Ok(naive) = NaiveDateTime::parse_from_str(t, f) {
            return Ok((naive.date(), resolve_local(naive, tz, t)?));
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

/// A calendar date, `2026-12-01`, in [`YEARS`].
pub fn parse_date(text: &str) -> Result<NaiveDate> {
    let date = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
        Error::invalid(format!(
            "invalid date {text:?}: use YYYY-MM-DD, e.g. 2026-12-01"
        ))
    })?;
    check_date_year(date, text.trim())
}

/// A wall-clock time of day, `09:00`.
pub fn parse_clock(text: &str) -> Result<NaiveTime> {
    NaiveTime::parse_from_str(text.trim(), "%H:%M").map_err(|_| {
        Error::invalid(format!(
            "invalid time of day {text:?}: use HH:MM, e.g. 09:00"
        ))
    })
}

/// The longest appointment, by `--duration` or `--until`.
const MAX_HOURS: i64 = 24;

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
    if d > std::time::Duration::from_secs(MAX_HOURS as u64 * 3600) {
        return Err(Error::invalid(format!(
            "invalid duration {text:?}: at most {MAX_HOURS}h"
        )));
    }
    Duration::from_std(d).map_err(|_| Error::invalid(format!("invalid duration {text:?}")))
}

/// A date a user names: `2026-12-01`, or `today` / `tomorrow` in `tz` as of `now`.
/// None when `text` is not a date form at all (it may still be a time).
fn date_form(text: &str, tz: Tz, now: DateTime<Utc>) -> Option<Result<NaiveDate>> {
    let t = text.trim();
    let today = || now.with_timezone(&tz).date_naive();
    match t.to_ascii_lowercase().as_str() {
        "today" => return Some(Ok(today())),
        "tomorrow" => return Some(Ok(today() + Duration::days(1))),
        _ => {}
    }
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .ok()
        .map(|date| check_date_year(date, t))
}

/// A calendar date in `tz`: `2026-12-01`, `today` or `tomorrow` (`--date`, `--repeat-until`).
pub fn parse_local_date(text: &str, tz: Tz) -> Result<NaiveDate> {
    date_form(text, tz, Utc::now()).unwrap_or_else(|| {
        Err(Error::invalid(format!(
            "invalid date {text:?}: use YYYY-MM-DD (e.g. 2026-12-01), today or tomorrow \
             (in the tenant's zone)"
        )))
    })
}

/// A bound that is a time, with the message of a bound (dates or times) when it is neither.
fn bound_time(text: &str, tz: Tz) -> Result<DateTime<Utc>> {
    parse_time(text, tz).map_err(|e| match e {
        Error::Invalid(msg) if msg.starts_with("invalid time") => Error::invalid(format!(
            "invalid time or date {text:?}: use a date (2026-12-01, today or tomorrow: local \
             midnight in the tenant's zone) or a time (2026-12-01 10:00 in the tenant's zone, \
             or 2026-12-01T10:00:00+01:00)"
        )),
        other => other,
    })
}

/// `--from`/`--to` bounds: a time, or a date (`2026-12-01`, `today`, `tomorrow`)
/// meaning its local midnight.
pub fn parse_bound(text: &str, tz: Tz) -> Result<DateTime<Utc>> {
    match date_form(text, tz, Utc::now()) {
        Some(date) => local_midnight(date?, tz),
        None => bound_time(text, tz),
    }
}

/// `--to` bounds: a time, or a date meaning the end of that day (the next local midnight).
pub fn parse_end_bound(text: &str, tz: Tz) -> Result<DateTime<Utc>> {
    match date_form(text, tz, Utc::now()) {
        Some(date) => {
            let next = date?
                .succ_opt()
                .ok_or_else(|| Error::invalid(format!("invalid date {text:?}")))?;
            local_midnight(next, tz)
        }
        None => bound_time(text, tz),
    }
}

/// A `--from`/`--to` window: `--to` after `--from` when both are given (exit 5).
pub fn check_window(from: Option<DateTime<Utc>>, to: Option<DateTime<Utc>>) -> Result<()> {
    match (from, to) {
        (Some(f), Some(t)) if t <= f => Err(Error::invalid(format!(
            "--to ({}) must be after --from ({})",
            t.to_rfc3339(),
            f.to_rfc3339()
        ))),
        _ => Ok(()),
    }
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
        (Some(d), None) => check_year(start + parse_duration(d)?, &format!("{at} + {d}"))?,
        (None, Some(u)) => parse_time(u, tz)?,
        (Some(_), Some(_)) => return Err(Error::usage("give --duration or --until, not both")),
        (None, None) => return Err(Error::usage("give --duration or --until")),
    };
    check_order(start, end)?;
    if end - start > Duration::hours(MAX_HOURS) {
        return Err(Error::invalid(format!(
            "the end ({}) is more than {MAX_HOURS}h after the start ({}): an appointment lasts at most {MAX_HOURS}h",
            end.to_rfc3339(),
            start.to_rfc3339()
        )));
    }
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

    #[test]
    fn dates_by_name_are_the_tenants_days() {
        // 23:30 UTC on 1 December is already 2 December in Berlin, still 1 December in
        // New York.
        let now: DateTime<Utc> = "2026-12-01T23:30:00Z".parse().unwrap();
        let ny: Tz = "America/New_York".parse().unwrap();
        let cases = [
            ("today", berlin(), Some("2026-12-02")),
            ("Tomorrow", berlin(), Some("2026-12-03")),
            ("today", ny, Some("2026-12-01")),
            (" tomorrow ", ny, Some("2026-12-02")),
            ("2027-01-05", ny, Some("2027-01-05")),
            ("2027-01-05 10:00", ny, None),
            ("yesterday", ny, None),
        ];
        for (text, tz, want) in cases {
            let got = date_form(text, tz, now).map(|d| d.unwrap().to_string());
            assert_eq!(got.as_deref(), want, "{text}");
        }
    }

    #[test]
    fn a_bound_that_is_neither_lists_the_date_forms() {
        let e = parse_bound("next week", berlin()).unwrap_err().to_string();
        assert!(
            e.contains("today or tomorrow") && e.contains("2026-12-01 10:00"),
            "{e}"
        );
        // A DST refusal keeps its own message.
        let e = parse_bound("2027-03-28 02:30", berlin())
            .unwrap_err()
            .to_string();
        assert!(e.contains("does not exist"), "{e}");
    }

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
    fn years_outside_1900_to_9999_are_refused() {
        let tz = berlin();
        let years = "years run from 1900 to 9999";
        for text in [
            "+10000-01-01T09:00:00Z",
            "1899-12-31 23:00",
            "1899-12-31T23:30:00Z",
            // 1900 as written, 1899 in UTC; 10000 in UTC, 9999 as written.
            "1900-01-01T00:30:00+01:00",
            "9999-12-31T23:30:00-01:00",
            "0000-01-01 10:00",
        ] {
            let e = parse_time(text, tz).unwrap_err();
            assert!(e.to_string().contains(years), "{text}: {e}");
            assert_eq!(e.exit_code(), 5);
        }
        for text in ["10000-01-01 09:00", "-0001-01-01 09:00"] {
            assert_eq!(parse_time(text, tz).unwrap_err().exit_code(), 5, "{text}");
        }
        for text in [
            "1900-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z",
            "9999-12-31 23:59",
        ] {
            assert!(parse_time(text, UTC_TZ).is_ok(), "{text}");
        }
        for text in ["1899-12-31", "10000-01-01", "+10000-01-01"] {
            assert!(parse_date(text).is_err(), "{text}");
            assert!(parse_bound(text, tz).is_err(), "{text}");
            assert!(parse_end_bound(text, tz).is_err(), "{text}");
        }
        assert!(parse_date("9999-12-31").is_ok());
        // The end of a range is bounded too.
        let e = parse_range("9999-12-31T23:30:00Z", Some("1h"), None, tz).unwrap_err();
        assert!(e.to_string().contains(years), "{e}");
    }

    #[test]
    fn a_range_lasts_at_most_24_hours_either_way() {
        let tz = berlin();
        let day = |d: Option<&str>, u: Option<&str>| parse_range("2026-12-01 09:00", d, u, tz);
        assert!(day(Some("24h"), None).is_ok());
        assert!(day(None, Some("2026-12-02 09:00")).is_ok());
        for (d, u) in [
            (Some("24h1m"), None),
            (None, Some("2026-12-02 09:01")),
            (None, Some("2027-12-01 09:00")),
        ] {
            let e = day(d, u).unwrap_err();
            assert_eq!(e.exit_code(), 5, "{d:?} {u:?}: {e}");
            assert!(e.to_string().contains("at most 24h"), "{e}");
        }
        assert!(day(None, Some("2026-12-01 09:00")).is_err());
    }

    #[test]
    fn windows_end_after_they_start() {
        let at = |t: &str| Some(parse_time(t, UTC_TZ).unwrap());
        assert!(check_window(at("2026-12-01 09:00"), at("2026-12-01 10:00")).is_ok());
        assert!(check_window(None, at("2026-12-01 10:00")).is_ok());
        assert!(check_window(at("2026-12-01 09:00"), None).is_ok());
        for (from, to) in [
            ("2026-12-01 10:00", "2026-12-01 09:00"),
            ("2026-12-01 10:00", "2026-12-01 10:00"),
        ] {
            let e = check_window(at(from), at(to)).unwrap_err();
            assert_eq!(e.exit_code(), 5);
            assert!(e.to_string().contains("must be after --from"), "{e}");
        }
    }

    const UTC_TZ: Tz = chrono_tz::UTC;

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
