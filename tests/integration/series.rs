//! Recurring series, working hours, reports and the reminder feed (issue 16).

use crate::harness::*;
use chrono::{DateTime, Duration, Timelike, Utc};

const T: &str = "ther@acme.test";
const T2: &str = "other@acme.test";
const C1: &str = "c1@acme.test";
const C2: &str = "c2@acme.test";

/// A tenant `acme` in Europe/Berlin with two therapists and two clients.
struct Practice {
    db: TestDb,
    id: i64,
}

impl Practice {
    fn new() -> Practice {
        let db = TestDb::new();
        let id: i64 = db
            .cmd("tenant create acme --name Acme --timezone Europe/Berlin -q")
            .succeeds()
            .stdout()
            .trim()
            .parse()
            .unwrap();
        let p = Practice { db, id };
        for (email, role) in [
            (T, "therapist"),
            (T2, "therapist"),
            (C1, "client"),
            (C2, "client"),
        ] {
            p.cmd(&format!(
                "user add --email {email} --name '{email}' --role {role}"
            ))
            .succeeds();
        }
        p
    }

    /// A command in the tenant.
    fn cmd(&self, line: &str) -> Cli {
        self.db.cmd(&format!("-t acme {line}"))
    }

    /// `book` with the therapist, client, local start and duration; `extra` appended.
    fn book(&self, therapist: &str, client: &str, at: &str, extra: &str) -> Cli {
        self.cmd(&format!(
            "book --therapist {therapist} --client {client} --at '{at}' --duration 50m {extra}"
        ))
    }

    /// Query the tenant's schema (`S.` stands for it).
    fn q(&self, sql: &str) -> Vec<String> {
        self.db
            .query(&sql.replace("S.", &format!("tenant_{}.", self.id)))
    }

    fn exec(&self, sql: &str) {
        self.db
            .exec(&sql.replace("S.", &format!("tenant_{}.", self.id)))
    }

    /// Start instants (UTC) of the non-cancelled appointments, in order.
    fn starts(&self) -> Vec<String> {
        self.q("SELECT to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI\"Z\"') FROM S.appointments
                WHERE status <> 'cancelled' ORDER BY starts_at")
    }
}

/// The appointment ids of a series booking's occurrences.
fn occurrence_ids(json: &serde_json::Value) -> Vec<i64> {
    json["occurrences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_i64().unwrap())
        .collect()
}

/// `date status` of each occurrence: of a series booking's `occurrences`, or of a list.
fn statuses(json: &serde_json::Value) -> Vec<String> {
    let list = if json.is_array() {
        json
    } else {
        &json["occurrences"]
    };
    list.as_array()
        .unwrap()
        .iter()
        .map(|o| {
            format!(
                "{} {}",
                o["date"].as_str().unwrap(),
                o["status"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn a_weekly_series_keeps_its_local_time_across_dst() {
    let p = Practice::new();
    let out = p
        .book(
            T,
            C1,
            "2027-03-16 10:00",
            "--repeat weekly --count 4 -o json",
        )
        .succeeds()
        .json();
    assert_eq!(out["booked"], 4, "{out}");
    assert_eq!(out["skipped"], 0);
    assert_eq!(out["local_time"], "10:00");
    assert_eq!(out["time_zone"], "Europe/Berlin");
    // 10:00 Berlin: 09:00Z before the change on 2027-03-28, 08:00Z after it.
    assert_eq!(
        p.starts(),
        [
            "2027-03-16T09:00Z",
            "2027-03-23T09:00Z",
            "2027-03-30T08:00Z",
            "2027-04-06T08:00Z"
        ]
    );
    let series = out["series_id"].as_i64().unwrap();
    assert_eq!(
        p.q("SELECT concat_ws('|', repeat, first_date, local_time, time_zone, occurrences) FROM S.appointment_series"),
        ["weekly|2027-03-16|10:00:00|Europe/Berlin|4"]
    );
    assert_eq!(
        p.q(&format!(
            "SELECT count(*)::text FROM S.appointments WHERE series_id = {series}"
        )),
        ["4"]
    );
    // Every occurrence is an ordinary appointment that names its series.
    let list = p.cmd("appointment list -o json").succeeds().json();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 4);
    assert!(list.iter().all(|a| a["series_id"] == series), "{list:?}");
    assert_eq!(list[2]["starts_at"], "2027-03-30T10:00:00+02:00");
    // Biweekly and --repeat-until.
    let out = p
        .book(
            T2,
            C2,
            "2027-03-16 10:00",
            "--repeat biweekly --repeat-until 2027-04-13 -o json",
        )
        .succeeds()
        .json();
    assert_eq!(
        statuses(&out),
        [
            "2027-03-16 booked",
            "2027-03-30 booked",
            "2027-04-13 booked"
        ]
    );
    // Over 104 occurrences, or a bad rule: exit 5, nothing written.
    let before = p.db.snapshot();
    p.book(
        T,
        C2,
        "2027-01-01 08:00",
        "--repeat daily --repeat-until 2027-12-31",
    )
    .fails(5)
    .stderr_contains("has 365 occurrences; at most 104");
    p.book(T, C2, "2027-01-01 08:00", "--repeat weekly --count 105")
        .fails(5)
        .stderr_contains("--count 105 is out of range");
    p.book(
        T,
        C2,
        "2027-01-01 08:00",
        "--repeat weekly --repeat-until 2026-12-01",
    )
    .fails(5)
    .stderr_contains("before the first occurrence");
    p.book(T, C2, "2027-01-01 08:00", "--repeat weekly")
        .fails(2);
    p.book(T, C2, "2027-01-01 08:00", "--count 3").fails(2);
    assert_eq!(p.db.snapshot(), before);
}

#[test]
fn an_occurrence_in_a_dst_gap_or_fold_is_a_conflict_naming_both_readings() {
    let p = Practice::new();
    let before = p.db.snapshot();
    let out = p
        .book(
            T,
            C1,
            "2027-03-27 02:30",
            "--repeat daily --count 3 -o json",
        )
        .fails(3)
        .stderr_contains("2027-03-28 02:30: the local time")
        .stderr_contains("2027-03-28T01:30+01:00")
        .stderr_contains("2027-03-28T03:30+02:00");
    let json = out.json();
    assert_eq!(
        statuses(&json),
        [
            "2027-03-27 not_booked",
            "2027-03-28 conflict",
            "2027-03-29 not_booked"
        ]
    );
    assert_eq!(json["occurrences"][1]["conflicts"][0]["kind"], "dst_gap");
    assert_eq!(json["series_id"], serde_json::Value::Null);
    assert_eq!(p.db.snapshot(), before);
    let out = p
        .book(
            T,
            C1,
            "2027-10-24 02:30",
            "--repeat weekly --count 2 --skip-conflicts -o json",
        )
        .succeeds()
        .json();
    assert_eq!(statuses(&out), ["2027-10-24 booked", "2027-10-31 skipped"]);
    let fold = out["occurrences"][1]["conflicts"][0].clone();
    assert_eq!(fold["kind"], "dst_fold");
    let detail = fold["detail"].as_str().unwrap();
    assert!(
        detail.contains("2027-10-31T02:30+02:00") && detail.contains("2027-10-31T02:30+01:00"),
        "{detail}"
    );
}

#[test]
fn conflicts_are_listed_per_date_and_nothing_is_booked_unless_skipped() {
    let p = Practice::new();
    // The therapist is busy on the 23rd, the client (with another therapist) on the
    // 30th, and a block covers the 6th.
    p.book(T, C2, "2027-03-23 10:30", "").succeeds();
    p.book(T2, C1, "2027-03-30 09:30", "").succeeds();
    p.cmd(&format!(
        "block add --therapist {T} --from '2027-04-06 09:00' --until '2027-04-06 12:00' --reason training"
    ))
    .succeeds();
    let before = p.db.snapshot();
    let out = p
        .book(
            T,
            C1,
            "2027-03-16 10:00",
            "--repeat weekly --count 5 -o json",
        )
        .fails(3)
        .stderr_contains(
            "3 of 5 occurrence(s) conflict; nothing was booked (--skip-conflicts books the others)",
        )
        .stderr_contains(
            "2027-03-23 10:00: the therapist has appointment 1 at 2027-03-23 10:30-11:20",
        )
        .stderr_contains("2027-03-30 10:00: the client has appointment 2 at 2027-03-30 09:30-10:20")
        .stderr_contains(
            "2027-04-06 10:00: calendar block 1 of the therapist, 2027-04-06 09:00-12:00",
        );
    let json = out.json();
    assert_eq!(
        statuses(&json),
        [
            "2027-03-16 not_booked",
            "2027-03-23 conflict",
            "2027-03-30 conflict",
            "2027-04-06 conflict",
            "2027-04-13 not_booked"
        ]
    );
    let kinds: Vec<&str> = (1..4)
        .map(|i| {
            json["occurrences"][i]["conflicts"][0]["kind"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert_eq!(kinds, ["therapist_busy", "client_busy", "block"]);
    assert_eq!(p.db.snapshot(), before, "nothing booked");
    // The table form lists the same, one row per date.
    p.book(T, C1, "2027-03-16 10:00", "--repeat weekly --count 5")
        .fails(3)
        .stdout_contains("2027-03-23")
        .stdout_contains("conflict");

    let out = p
        .book(
            T,
            C1,
            "2027-03-16 10:00",
            "--repeat weekly --count 5 --skip-conflicts -o json",
        )
        .succeeds()
        .json();
    assert_eq!(
        (out["booked"].as_i64(), out["skipped"].as_i64()),
        (Some(2), Some(3))
    );
    assert_eq!(
        statuses(&out),
        [
            "2027-03-16 booked",
            "2027-03-23 skipped",
            "2027-03-30 skipped",
            "2027-04-06 skipped",
            "2027-04-13 booked"
        ]
    );
    let series = out["series_id"].as_i64().unwrap();
    assert_eq!(
        p.q(&format!(
            "SELECT to_char(starts_at AT TIME ZONE 'UTC', 'MM-DD HH24:MI') FROM S.appointments WHERE series_id = {series} ORDER BY 1"
        )),
        ["03-16 09:00", "04-13 08:00"]
    );
    // All conflicting: refused even with --skip-conflicts.
    let before = p.db.snapshot();
    p.book(
        T,
        C1,
        "2027-03-16 10:00",
        "--repeat weekly --count 1 --skip-conflicts",
    )
    .fails(3)
    .stderr_contains("1 of 1 occurrence(s) conflict");
    assert_eq!(p.db.snapshot(), before);
}

#[test]
fn following_cancels_and_moves_this_and_later_occurrences_across_dst() {
    let p = Practice::new();
    let out = p
        .book(
            T,
            C1,
            "2027-03-16 10:00",
            "--repeat weekly --count 5 -o json",
        )
        .succeeds()
        .json();
    let ids: Vec<i64> = occurrence_ids(&out);
    let series = out["series_id"].as_i64().unwrap();
    // Without --following, one occurrence as before.
    p.cmd(&format!(
        "appointment reschedule {} --at '2027-03-16 09:00'",
        ids[0]
    ))
    .succeeds();
    // From the second (before the change) to Wednesdays 11:30: the later ones, after
    // the change, move to Wednesday 11:30 local too.
    let moved = p
        .cmd(&format!(
            "appointment reschedule {} --at '2027-03-24 11:30' --following -o json",
            ids[1]
        ))
        .succeeds()
        .json();
    assert_eq!(moved.as_array().unwrap().len(), 4, "{moved}");
    assert_eq!(
        p.starts(),
        [
            "2027-03-16T08:00Z",
            "2027-03-24T10:30Z",
            "2027-03-31T09:30Z",
            "2027-04-07T09:30Z",
            "2027-04-14T09:30Z"
        ]
    );
    assert_eq!(
        p.q("SELECT string_agg(sequence::text, ',' ORDER BY starts_at) FROM S.appointments"),
        ["1,1,1,1,1"]
    );
    // The moved ones form a series split from the first, with the shifted rule.
    let split = p.q(&format!(
        "SELECT concat_ws('|', id, first_date, local_time, occurrences) FROM S.appointment_series WHERE split_from = {series}"
    ));
    assert_eq!(split.len(), 1, "{split:?}");
    let new_series: i64 = split[0].split('|').next().unwrap().parse().unwrap();
    assert_eq!(split[0], format!("{new_series}|2027-03-24|11:30:00|4"));
    assert_eq!(
        p.q("SELECT string_agg(series_id::text, ',' ORDER BY starts_at) FROM S.appointments"),
        [format!(
            "{series},{new_series},{new_series},{new_series},{new_series}"
        )]
    );

    // A conflict anywhere: nothing moves, the conflicting date is listed.
    p.cmd(&format!(
        "block add --therapist {T} --from '2027-04-07 13:00' --until '2027-04-07 14:00'"
    ))
    .succeeds();
    let before = p.db.snapshot();
    let out = p
        .cmd(&format!(
            "appointment reschedule {} --at '2027-03-24 13:30' --following -o json",
            ids[1]
        ))
        .fails(3)
        .stderr_contains("1 of 4 occurrence(s) conflict; nothing was moved")
        .stderr_contains("2027-04-07 13:30: calendar block");
    assert_eq!(
        statuses(&out.json()),
        [
            "2027-03-24 not_moved",
            "2027-03-31 not_moved",
            "2027-04-07 conflict",
            "2027-04-14 not_moved"
        ]
    );
    assert_eq!(p.db.snapshot(), before);

    // A week later, all of them: each moves onto the slot the next one leaves.
    p.cmd(&format!(
        "appointment reschedule {} --at '2027-03-31 11:30' --following",
        ids[1]
    ))
    .succeeds();
    assert_eq!(
        p.starts()[1..],
        [
            "2027-03-31T09:30Z",
            "2027-04-07T09:30Z",
            "2027-04-14T09:30Z",
            "2027-04-21T09:30Z"
        ]
    );

    // Cancel the fourth and later: the first three stay booked.
    let cancelled = p
        .cmd(&format!(
            "appointment cancel {} --following --reason moving -o json",
            ids[3]
        ))
        .succeeds()
        .json();
    let cancelled: Vec<i64> = cancelled
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_i64().unwrap())
        .collect();
    assert_eq!(cancelled, [ids[3], ids[4]]);
    assert_eq!(
        p.q("SELECT string_agg(status || coalesce(':' || cancel_reason, ''), ',' ORDER BY id) FROM S.appointments"),
        ["booked,booked,booked,cancelled:moving,cancelled:moving"]
    );
    assert_eq!(
        p.q("SELECT count(*)::text FROM S.appointments WHERE status = 'cancelled' AND cancelled_at IS NOT NULL"),
        ["2"]
    );
    // Refusals, nothing changed: not in a series (5), not booked (3), unknown (4).
    let single: i64 = p
        .book(T, C2, "2027-05-03 10:00", "-o json")
        .succeeds()
        .json()["id"]
        .as_i64()
        .unwrap();
    let before = p.db.snapshot();
    p.cmd(&format!("appointment cancel {single} --following"))
        .fails(5)
        .stderr_contains("not part of a series");
    p.cmd(&format!("appointment cancel {} --following", ids[4]))
        .fails(3)
        .stderr_contains("is cancelled");
    p.cmd("appointment reschedule 999 --at '2027-05-03 10:00' --following")
        .fails(4);
    assert_eq!(p.db.snapshot(), before);

    // ICS: one event per occurrence with its own UID; the cancelled ones cancelled.
    let dir = out_dir();
    p.cmd("export --format ics --out")
        .arg_path(dir.path())
        .succeeds();
    let therapist = p.db.one(&format!(
        "SELECT id::text FROM theratime.users WHERE email = '{T}'"
    ));
    let ics = std::fs::read_to_string(dir.path().join(format!("acme-therapist-{therapist}.ics")))
        .unwrap();
    for (i, id) in ids.iter().enumerate() {
        let event = ics
            .split("BEGIN:VEVENT")
            .find(|e| e.contains(&format!("UID:appointment-{id}.acme@theratime")))
            .unwrap_or_else(|| panic!("no event for {id}:\n{ics}"));
        let want = if i >= 3 { "CANCELLED" } else { "CONFIRMED" };
        assert!(event.contains(&format!("STATUS:{want}")), "{event}");
        assert!(event.contains("X-THERATIME-SERIES:"), "{event}");
    }
    assert_eq!(
        ics.matches("BEGIN:VEVENT").count(),
        7,
        "5 occurrences, 1 single, 1 block"
    );
}

#[test]
fn twenty_concurrent_series_of_one_therapist_never_overlap() {
    let p = Practice::new();
    let clients: Vec<String> = (0..20).map(|i| format!("cc{i}@acme.test")).collect();
    for c in &clients {
        p.db.add_user(p.id, c, "client");
    }
    // Each series starts 20 minutes after the previous one and lasts 50 minutes, so
    // neighbours overlap every week.
    let handles: Vec<_> = clients
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let minutes = 8 * 60 + 20 * i;
            let at = format!("2027-01-04 {:02}:{:02}", minutes / 60, minutes % 60);
            let cli = p.book(T, c, &at, "--repeat weekly --count 8");
            std::thread::spawn(move || cli.run().0.status.code())
        })
        .collect();
    let codes: Vec<Option<i32>> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert!(
        codes.iter().all(|c| *c == Some(0) || *c == Some(3)),
        "{codes:?}"
    );
    let ok = codes.iter().filter(|c| **c == Some(0)).count();
    assert!(ok >= 1, "{codes:?}");
    let overlaps = p.q(
        "SELECT count(*)::text FROM S.appointments a JOIN S.appointments b
         ON a.id < b.id AND a.therapist_id = b.therapist_id AND a.status <> 'cancelled' AND b.status <> 'cancelled'
         AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)",
    );
    assert_eq!(overlaps, ["0"]);
    // All or nothing per series.
    assert_eq!(
        p.q("SELECT count(*)::text FROM S.appointment_series"),
        [ok.to_string()]
    );
    assert_eq!(
        p.q("SELECT count(*)::text FROM (SELECT series_id FROM S.appointments GROUP BY 1 HAVING count(*) <> 8) x"),
        ["0"]
    );
}

#[test]
fn stored_hours_refuse_bookings_outside_them_and_drive_availability() {
    let p = Practice::new();
    p.cmd(&format!(
        "hours set --therapist {T} mon-fri 09:00-17:00 tue 12:00-14:00,15:00-20:00"
    ))
    .succeeds();
    let shown = p.cmd("hours show -o json").succeeds().json();
    let days: Vec<String> = shown
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            format!(
                "{} {}-{}",
                h["day"].as_str().unwrap(),
                h["opens"].as_str().unwrap(),
                h["closes"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        days,
        [
            "mon 09:00-17:00",
            "tue 12:00-14:00",
            "tue 15:00-20:00",
            "wed 09:00-17:00",
            "thu 09:00-17:00",
            "fri 09:00-17:00"
        ]
    );
    // Bad specs: exit 5, nothing stored.
    let before = p.db.snapshot();
    for spec in [
        "mon-fri 17:00-09:00",
        "funday 09:00-17:00",
        "mon-fri",
        "mon 09:00-12:00,11:00-13:00",
    ] {
        p.cmd(&format!("hours set --therapist {T} {spec}")).fails(5);
    }
    p.cmd(&format!("hours set --therapist {C1} mon 09:00-17:00"))
        .fails(5)
        .stderr_contains("has the role client");
    // Tuesday 2027-03-16 10:00 is outside Tuesday's hours: exit 5 naming them.
    p.book(T, C1, "2027-03-16 10:00", "")
        .fails(5)
        .stderr_contains("2027-03-16 10:00 is outside the working hours of ther@acme.test (Tue 12:00-14:00,15:00-20:00")
        .stderr_contains("--outside-hours");
    // Ending after closing, and Saturday.
    p.book(T, C1, "2027-03-16 13:30", "").fails(5);
    p.book(T, C1, "2027-03-20 10:00", "")
        .fails(5)
        .stderr_contains("no hours on Sat");
    assert_eq!(p.db.snapshot(), before);
    p.book(T, C1, "2027-03-16 12:00", "").succeeds();
    p.book(T, C1, "2027-03-16 10:00", "--outside-hours")
        .succeeds();
    // A therapist without stored hours is bookable any time.
    p.book(T2, C2, "2027-03-20 22:00", "").succeeds();
    // A series: the occurrences outside the hours are conflicts.
    p.book(T, C2, "2027-03-18 16:30", "--repeat daily --count 3")
        .fails(3)
        .stderr_contains(
            "2027-03-18 16:30: outside the working hours of ther@acme.test (Thu 09:00-17:00)",
        );

    // availability uses the stored hours when --hours is not given.
    let slots = |extra: &str| -> Vec<String> {
        p.cmd(&format!(
            "availability --therapist {T} --date 2027-03-16 --days 5 --slot 60m -o json {extra}"
        ))
        .succeeds()
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["starts_at"].as_str().unwrap()[..16].to_string())
        .collect()
    };
    let got = slots("");
    let tuesday: Vec<&String> = got.iter().filter(|s| s.starts_with("2027-03-16")).collect();
    assert_eq!(
        tuesday,
        [
            "2027-03-16T12:50",
            "2027-03-16T15:00",
            "2027-03-16T16:00",
            "2027-03-16T17:00",
            "2027-03-16T18:00",
            "2027-03-16T19:00"
        ]
    );
    assert!(
        !got.iter().any(|s| s.starts_with("2027-03-20")),
        "no Saturday: {got:?}"
    );
    assert_eq!(
        got.iter().filter(|s| s.starts_with("2027-03-17")).count(),
        8
    );
    // --hours still overrides, every day.
    assert_eq!(slots("--hours 10:00-12:00").len(), 5 * 2 - 1);
    // Cleared: bookable any time again.
    p.cmd(&format!("hours clear --therapist {T}")).succeeds();
    assert_eq!(p.cmd("hours show -o json").succeeds().stdout(), "[]\n");
    p.book(T, C2, "2027-03-20 10:00", "").succeeds();
}

/// The report fixture: acme (Berlin) from Monday 2021-03-01 (in the past: only started appointments can be completed); T works Mon-Fri
/// 09:00-17:00 (480 minutes a day), T2 has no stored hours.
fn report_fixture() -> Practice {
    let p = Practice::new();
    p.cmd(&format!("hours set --therapist {T} mon-fri 09:00-17:00"))
        .succeeds();
    let book = |t: &str, c: &str, at: &str, d: &str| -> i64 {
        p.cmd(&format!(
            "book --therapist {t} --client {c} --at '{at}' --duration {d} -o json"
        ))
        .succeeds()
        .json()["id"]
            .as_i64()
            .unwrap()
    };
    let a1 = book(T, C1, "2021-03-01 10:00", "60m");
    let a2 = book(T, C1, "2021-03-02 10:00", "60m");
    book(T, C1, "2021-03-03 10:00", "60m");
    let a4 = book(T, C1, "2021-03-04 10:00", "90m");
    let a5 = book(T, C1, "2021-03-08 10:00", "60m");
    let b1 = book(T2, C2, "2021-03-02 11:00", "50m");
    let b2 = book(T2, C2, "2021-03-05 11:00", "50m");
    for (id, verb) in [
        (a1, "complete"),
        (a2, "no-show"),
        (a4, "cancel"),
        (a5, "complete"),
        (b1, "complete"),
        (b2, "cancel"),
    ] {
        p.cmd(&format!("appointment {verb} {id}")).succeeds();
    }
    // Cancelled 48 hours and 2 hours before their starts.
    p.exec(&format!(
        "UPDATE S.appointments SET cancelled_at = starts_at - interval '48 hours' WHERE id = {a4};
         UPDATE S.appointments SET cancelled_at = starts_at - interval '2 hours' WHERE id = {b2}"
    ));
    p
}

fn rows(p: &Practice, line: &str) -> Vec<serde_json::Value> {
    p.db.cmd(line).succeeds().json().as_array().unwrap().clone()
}

#[test]
fn reports_match_hand_computed_figures() {
    let p = report_fixture();
    let range = "--from 2021-03-01 --to 2021-03-07";
    // Utilization: T's non-cancelled minutes (60 + 60 + 60) over 5 days x 480.
    let u = rows(&p, &format!("report utilization -t acme {range} -o json"));
    assert_eq!(u.len(), 1);
    assert_eq!(u[0]["tenant"], "acme");
    assert_eq!(u[0]["group"], "acme");
    assert_eq!(u[0]["booked_minutes"], 180.0);
    assert_eq!(u[0]["hours_minutes"], 2400.0);
    assert_eq!(u[0]["utilization"], 0.075);
    let u = rows(
        &p,
        &format!("report utilization -t acme {range} --by therapist -o json"),
    );
    assert_eq!(u.len(), 1, "only therapists with stored hours: {u:?}");
    assert_eq!(u[0]["group"], T);
    // By week over two weeks: the completed hour on the 8th is in week 10.
    let u = rows(
        &p,
        "report utilization -t acme --from 2021-03-01 --to 2021-03-14 --by week -o json",
    );
    let weeks: Vec<String> = u
        .iter()
        .map(|r| {
            format!(
                "{} {} {} {}",
                r["group"].as_str().unwrap(),
                r["booked_minutes"],
                r["hours_minutes"],
                r["utilization"]
            )
        })
        .collect();
    assert_eq!(
        weeks,
        ["2021-W09 180.0 2400.0 0.075", "2021-W10 60.0 2400.0 0.025"]
    );

    // No-shows: 1 of (2 completed + 1 no-show) in the first week.
    let n = rows(&p, &format!("report no-shows -t acme {range} -o json"));
    assert_eq!(
        (n[0]["completed"].as_i64(), n[0]["no_shows"].as_i64()),
        (Some(2), Some(1))
    );
    assert_eq!(n[0]["no_show_rate"].as_f64().unwrap(), 1.0 / 3.0);
    let n = rows(
        &p,
        &format!("report no-shows -t acme {range} --by therapist -o json"),
    );
    let by: Vec<String> = n
        .iter()
        .map(|r| {
            format!(
                "{} {} {} {}",
                r["group"].as_str().unwrap(),
                r["completed"],
                r["no_shows"],
                r["no_show_rate"]
            )
        })
        .collect();
    assert_eq!(by, [format!("{T2} 1 0 0.0"), format!("{T} 1 1 0.5")]);

    // Cancellations: 2 of 6, 48 h and 2 h ahead: median and mean 25 h, one within 24 h.
    let c = rows(&p, &format!("report cancellations -t acme {range} -o json"));
    assert_eq!(
        (
            c[0]["appointments"].as_i64(),
            c[0]["cancelled"].as_i64(),
            c[0]["median_lead_hours"].as_f64(),
            c[0]["mean_lead_hours"].as_f64(),
            c[0]["within_24h"].as_i64()
        ),
        (Some(6), Some(2), Some(25.0), Some(25.0), Some(1))
    );
    // CSV and the table carry the same figures.
    let csv =
        p.db.cmd(&format!("report cancellations -t acme {range} -o csv"))
            .succeeds()
            .stdout();
    assert_eq!(
        csv,
        "tenant,group,appointments,cancelled,median_lead_hours,mean_lead_hours,within_24h\nacme,acme,6,2,25.0,25.0,1\n"
    );
    p.db.cmd(&format!("report utilization -t acme {range}"))
        .succeeds()
        .stdout_contains("7.5%");

    // Over the fleet: a second tenant (New York) with its own figures, --jobs 2.
    p.db.cmd("tenant create beta --name Beta --timezone America/New_York -q")
        .succeeds();
    p.db.cmd("-t beta user add --email t@beta.test --name T --role therapist")
        .succeeds();
    p.db.cmd("-t beta user add --email c@beta.test --name C --role client")
        .succeeds();
    p.db.cmd("-t beta hours set --therapist t@beta.test mon 09:00-13:00")
        .succeeds();
    p.db.cmd("-t beta book --therapist t@beta.test --client c@beta.test --at '2021-03-01 09:00' --duration 2h")
        .succeeds();
    let u = rows(
        &p,
        &format!("report utilization --all-tenants --jobs 2 {range} -o json"),
    );
    let fleet: Vec<String> = u
        .iter()
        .map(|r| format!("{} {}", r["tenant"].as_str().unwrap(), r["utilization"]))
        .collect();
    assert_eq!(fleet, ["acme 0.075", "beta 0.5"]);
    // Bad input: exit 2 (shape) or 5 (values), nothing written.
    let before = p.db.snapshot();
    p.db.cmd(&format!("report utilization -t acme --all-tenants {range}"))
        .fails(2);
    p.db.cmd("report utilization -t acme --from 2021-03-07 --to 2021-03-01")
        .fails(5)
        .stderr_contains("before --from");
    p.db.cmd("report no-shows -t acme --from 2021-03-01 --to soon")
        .fails(5);
    p.db.cmd(&format!("report no-shows -t nobody {range}"))
        .fails(4);
    assert_eq!(p.db.snapshot(), before);
}

/// An RFC 3339 time `minutes` from now, on a whole minute.
fn from_now(minutes: i64) -> DateTime<Utc> {
    let t = Utc::now() + Duration::minutes(minutes);
    t.with_second(0).unwrap().with_nanosecond(0).unwrap()
}

#[test]
fn reminders_list_upcoming_bookings_of_tenants_in_their_zones() {
    let p = Practice::new();
    p.db.cmd("tenant create beta --name Beta --timezone America/New_York -q")
        .succeeds();
    p.db.cmd("-t beta user add --email t@beta.test --name 'Tina Beta' --role therapist")
        .succeeds();
    p.db.cmd("-t beta user add --email c@beta.test --name 'Carl Beta' --role client")
        .succeeds();
    let book = |tenant: &str, t: &str, c: &str, at: DateTime<Utc>| -> i64 {
        p.db.cmd(&format!(
            "-t {tenant} book --therapist {t} --client {c} --at {} --duration 50m -o json",
            at.to_rfc3339()
        ))
        .succeeds()
        .json()["id"]
            .as_i64()
            .unwrap()
    };
    let (a_at, b_at) = (from_now(120), from_now(300));
    let a = book("acme", T, C1, a_at);
    book("acme", T, C2, from_now(30 * 60)); // beyond 24 h
    let b = book("beta", "t@beta.test", "c@beta.test", b_at);
    let gone = book("beta", "t@beta.test", "c@beta.test", from_now(180));
    p.db.cmd(&format!("-t beta appointment cancel {gone}"))
        .succeeds();
    let audit_before: i64 =
        p.db.one("SELECT count(*)::text FROM theratime.audit_log WHERE command = 'reminders'")
            .parse()
            .unwrap();
    let list = rows(&p, "reminders --within 24h --all-tenants -o json");
    assert_eq!(list.len(), 2, "{list:?}");
    let berlin: chrono_tz::Tz = "Europe/Berlin".parse().unwrap();
    let new_york: chrono_tz::Tz = "America/New_York".parse().unwrap();
    assert_eq!(list[0]["tenant"], "acme");
    assert_eq!(list[0]["appointment_id"], a);
    assert_eq!(list[0]["client_name"], C1);
    assert_eq!(list[0]["client_email"], C1);
    assert_eq!(list[0]["therapist_email"], T);
    assert_eq!(list[0]["time_zone"], "Europe/Berlin");
    assert_eq!(
        list[0]["local_start"],
        a_at.with_timezone(&berlin)
            .format("%Y-%m-%d %H:%M")
            .to_string()
    );
    assert_eq!(
        list[0]["starts_at"],
        a_at.with_timezone(&berlin)
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
    );
    assert_eq!(list[1]["tenant"], "beta");
    assert_eq!(list[1]["appointment_id"], b);
    assert_eq!(list[1]["client_name"], "Carl Beta");
    assert_eq!(list[1]["therapist_name"], "Tina Beta");
    assert_eq!(
        list[1]["local_start"],
        b_at.with_timezone(&new_york)
            .format("%Y-%m-%d %H:%M")
            .to_string()
    );
    assert_eq!(list[1]["sequence"], 0);
    // Each tenant that handed out reminders has an audit row.
    let audit_after: i64 =
        p.db.one("SELECT count(*)::text FROM theratime.audit_log WHERE command = 'reminders'")
            .parse()
            .unwrap();
    assert_eq!(audit_after - audit_before, 2);
    // One tenant; a wider window; the ids for a script.
    assert_eq!(rows(&p, "-t beta reminders --within 24h -o json").len(), 1);
    assert_eq!(rows(&p, "-t acme reminders --within 2d -o json").len(), 2);
    p.db.cmd("-t beta reminders --within 24h -q")
        .succeeds()
        .stdout_contains(&format!("{b}\n"));
    // Bad input.
    p.db.cmd("reminders --within 24h").fails(2);
    p.db.cmd("-t acme reminders --within 24h --all-tenants")
        .fails(2);
    p.db.cmd("-t acme reminders --within 40d").fails(5);
    p.db.cmd("-t acme reminders --within soon").fails(5);
}

#[test]
fn backup_and_restore_carry_series_and_hours() {
    let p = Practice::new();
    p.cmd(&format!("hours set --therapist {T} mon-fri 09:00-17:00"))
        .succeeds();
    let out = p
        .book(
            T,
            C1,
            "2027-03-16 10:00",
            "--repeat weekly --repeat-until 2027-03-30 -o json",
        )
        .succeeds()
        .json();
    let ids: Vec<i64> = occurrence_ids(&out);
    p.cmd(&format!(
        "appointment reschedule {} --at '2027-03-24 11:00' --following",
        ids[1]
    ))
    .succeeds();
    let state = |p: &Practice| {
        [
            p.q("SELECT t::text FROM S.appointment_series t ORDER BY id"),
            p.q("SELECT concat_ws('|', id, series_id, starts_at, sequence) FROM S.appointments ORDER BY id"),
            p.q("SELECT concat_ws('|', weekday, opens, closes) FROM S.working_hours ORDER BY 1"),
        ]
    };
    let before = state(&p);
    assert_eq!(before[0].len(), 2, "a series and its split");
    // The split keeps the rule, shifted: Wednesdays 11:00 until the 31st.
    assert_eq!(
        p.q("SELECT concat_ws('|', first_date, local_time, until_date, occurrences) FROM S.appointment_series WHERE split_from IS NOT NULL"),
        ["2027-03-24|11:00:00|2027-03-31|2"]
    );
    let dir = out_dir();
    p.cmd("backup --out").arg_path(dir.path()).succeeds();
    p.db.cmd("tenant drop acme --yes").succeeds();
    let file = archives(dir.path()).remove(0);
    p.db.cmd("restore").arg_path(&file).succeeds();
    assert_eq!(state(&p), before);
    // The restored tenant works on: the split series can be cancelled from its start.
    p.cmd(&format!("appointment cancel {} --following", ids[1]))
        .succeeds();
    p.book(T, C2, "2027-03-20 10:00", "")
        .fails(5)
        .stderr_contains("no hours on Sat");
}
