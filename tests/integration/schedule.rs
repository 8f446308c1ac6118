//! Users and scheduling through the real binary.

use crate::harness::*;

/// A tenant in Europe/Berlin with a therapist and two clients, added with the binary.
struct Practice {
    db: TestDb,
    slug: String,
}

const T: &str = "ther@acme.test";
const C1: &str = "c1@acme.test";
const C2: &str = "c2@acme.test";

impl Practice {
    fn new() -> Practice {
        let db = TestDb::new();
        Self::add_to(db, "acme")
    }

    fn add_to(db: TestDb, slug: &str) -> Practice {
        db.cli()
            .args([
                "tenant",
                "create",
                slug,
                "--name",
                slug,
                "--timezone",
                "Europe/Berlin",
                "-q",
            ])
            .succeeds();
        let p = Practice {
            db,
            slug: slug.to_string(),
        };
        if slug == "acme" {
            p.add_user(T, "Thera", "therapist");
            p.add_user(C1, "Client One", "client");
            p.add_user(C2, "Client Two", "client");
        }
        p
    }

    /// `user add` in this tenant, through the CLI.
    fn add_user(&self, email: &str, name: &str, role: &str) {
        self.cli()
            .args([
                "user", "add", "--email", email, "--name", name, "--role", role,
            ])
            .succeeds();
    }

    /// Another tenant (no users) in the same database.
    fn sibling(&self, slug: &str) -> Practice {
        Practice::add_to(self.db.alias(), slug)
    }

    fn cli(&self) -> Cli {
        self.db.cli().env("THERATIME_TENANT", &self.slug)
    }

    fn book(&self, client: &str, at: &str, duration: &str) -> Cli {
        self.cli().args([
            "book",
            "--therapist",
            T,
            "--client",
            client,
            "--at",
            at,
            "--duration",
            duration,
            "-o",
            "json",
        ])
    }

    fn active_rows(&self) -> String {
        self.db.one(&format!(
            "SELECT count(*)::text FROM tenant_{}.appointments WHERE status <> 'cancelled'",
            self.id()
        ))
    }

    fn id(&self) -> String {
        self.db.one(&format!(
            "SELECT id::text FROM theratime.tenants WHERE slug = '{}'",
            self.slug
        ))
    }
}

#[test]
fn fifty_concurrent_bookings_of_one_slot_exactly_one_wins() {
    let p = Practice::new();
    let handles: Vec<_> = (0..50)
        .map(|i| {
            let client = if i % 2 == 0 { C1 } else { C2 };
            let cli = p.book(client, "2027-01-04 10:00", "50m");
            std::thread::spawn(move || cli.run().0.status.code())
        })
        .collect();
    let codes: Vec<Option<i32>> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert_eq!(
        codes.iter().filter(|c| **c == Some(0)).count(),
        1,
        "{codes:?}"
    );
    assert_eq!(
        codes.iter().filter(|c| **c == Some(3)).count(),
        49,
        "{codes:?}"
    );
    assert_eq!(p.active_rows(), "1");
}

#[test]
fn fifty_concurrent_overlapping_ranges_leave_no_overlap() {
    let p = Practice::new();
    let handles: Vec<_> = (0..50)
        .map(|i| {
            let at = format!(
                "2027-01-04T{:02}:{:02}:00+01:00",
                9 + (i * 7) / 60,
                (i * 7) % 60
            );
            let cli = p.book(if i % 2 == 0 { C1 } else { C2 }, &at, "45m");
            std::thread::spawn(move || cli.run().0.status.code())
        })
        .collect();
    let codes: Vec<Option<i32>> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert!(
        codes.iter().all(|c| *c == Some(0) || *c == Some(3)),
        "{codes:?}"
    );
    let id = p.id();
    let overlaps = p.db.one(&format!(
        "SELECT count(*)::text FROM tenant_{id}.appointments a JOIN tenant_{id}.appointments b
         ON a.id < b.id AND a.therapist_id = b.therapist_id AND a.status <> 'cancelled' AND b.status <> 'cancelled'
         AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)"
    ));
    assert_eq!(overlaps, "0");
    assert!(p.active_rows().parse::<i32>().unwrap() >= 1);
}

#[test]
fn concurrent_block_and_booking_exactly_one_wins() {
    for round in 0..3 {
        let p = Practice::new();
        let book = p.book(C1, "2027-02-01 10:00", "1h");
        let block = p.cli().args([
            "block",
            "add",
            "--therapist",
            T,
            "--from",
            "2027-02-01 10:30",
            "--until",
            "2027-02-01 12:00",
        ]);
        let a = std::thread::spawn(move || book.run().0.status.code());
        let b = std::thread::spawn(move || block.run().0.status.code());
        let codes = [a.join().unwrap(), b.join().unwrap()];
        assert_eq!(
            codes.iter().filter(|c| **c == Some(0)).count(),
            1,
            "round {round}: {codes:?}"
        );
        assert_eq!(
            codes.iter().filter(|c| **c == Some(3)).count(),
            1,
            "round {round}: {codes:?}"
        );
    }
}

#[test]
fn back_to_back_is_fine_but_empty_and_negative_ranges_exit_5() {
    let p = Practice::new();
    p.book(C1, "2027-01-04 10:00", "1h").succeeds();
    p.book(C1, "2027-01-04 11:00", "1h").succeeds();
    let before = p.db.snapshot();
    p.book(C2, "2027-01-05 10:00", "0m")
        .fails(5)
        .stderr_contains("longer than zero");
    p.cli()
        .args([
            "book",
            "--therapist",
            T,
            "--client",
            C2,
            "--at",
            "2027-01-05 10:00",
            "--until",
            "2027-01-05 09:00",
        ])
        .fails(5)
        .stderr_contains("must be after the start");
    p.cli()
        .args([
            "book",
            "--therapist",
            T,
            "--client",
            C2,
            "--at",
            "2027-01-05 10:00",
            "--until",
            "2027-01-05 10:00",
        ])
        .fails(5);
    p.book(C2, "next tuesday", "1h")
        .fails(5)
        .stderr_contains("invalid time");
    p.book(C2, "2027-01-05 10:00", "forever")
        .fails(5)
        .stderr_contains("invalid duration");
    assert_eq!(p.db.snapshot(), before);
}

#[test]
fn cancel_frees_the_slot_and_status_moves_only_from_booked() {
    let p = Practice::new();
    let a = p.book(C1, "2027-01-04 10:00", "1h").succeeds().json();
    let id = a["id"].to_string();
    p.book(C2, "2027-01-04 10:00", "1h")
        .fails(3)
        .stderr_contains("already has an appointment");
    let c = p
        .cli()
        .args(["appt", "cancel", &id, "--reason", "flu", "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(
        (c["status"].as_str(), c["cancel_reason"].as_str()),
        (Some("cancelled"), Some("flu"))
    );
    let b = p.book(C2, "2027-01-04 10:00", "1h").succeeds().json();
    let before = p.db.snapshot();
    p.cli()
        .args(["appointment", "cancel", &id])
        .fails(3)
        .stderr_contains("is cancelled");
    p.cli().args(["appointment", "complete", &id]).fails(3);
    p.cli()
        .args(["appointment", "reschedule", &id, "--at", "2027-01-06 10:00"])
        .fails(3);
    p.cli()
        .args(["appointment", "show", "999999"])
        .fails(4)
        .stderr_contains("not found");
    p.cli().args(["appointment", "cancel", "999999"]).fails(4);
    assert_eq!(p.db.snapshot(), before);
    let bid = b["id"].to_string();
    // No-show and complete need an appointment that has started: exit 5 before then.
    let before = p.db.snapshot();
    p.cli()
        .args(["appointment", "no-show", &bid])
        .fails(5)
        .stderr_contains("has not started yet");
    p.cli()
        .args(["appointment", "complete", &bid])
        .fails(5)
        .stderr_contains("has not started yet");
    assert_eq!(p.db.snapshot(), before);
    let past = p.book(C2, "2026-01-05 10:00", "1h").succeeds().json();
    let pid = past["id"].to_string();
    p.cli()
        .args(["appointment", "no-show", &pid])
        .succeeds()
        .stdout_contains("no_show");
    p.cli()
        .args(["appointment", "complete", &pid])
        .fails(3)
        .stderr_contains("no_show");
}

#[test]
fn reschedule_keeps_the_id_and_bumps_the_sequence() {
    let p = Practice::new();
    let a = p.book(C1, "2027-01-04 10:00", "1h").succeeds().json();
    p.book(C2, "2027-01-04 12:00", "1h").succeeds();
    let id = a["id"].to_string();
    let r = p
        .cli()
        .args([
            "appointment",
            "reschedule",
            &id,
            "--at",
            "2027-01-04 10:30",
            "-o",
            "json",
        ])
        .succeeds()
        .json();
    assert_eq!(r["id"], a["id"]);
    assert_eq!(r["sequence"], 1);
    assert_eq!(r["starts_at"], "2027-01-04T10:30:00+01:00");
    assert_eq!(r["ends_at"], "2027-01-04T11:30:00+01:00");
    let before = p.db.snapshot();
    p.cli()
        .args(["appointment", "reschedule", &id, "--at", "2027-01-04 11:30"])
        .fails(3)
        .stderr_contains("already has an appointment");
    assert_eq!(p.db.snapshot(), before);
    p.cli()
        .args([
            "block",
            "add",
            "--therapist",
            T,
            "--from",
            "2027-01-05 08:00",
            "--until",
            "2027-01-05 12:00",
            "--reason",
            "training",
        ])
        .succeeds();
    p.cli()
        .args(["appointment", "reschedule", &id, "--at", "2027-01-05 09:00"])
        .fails(3)
        .stderr_contains("calendar block");
    let r = p
        .cli()
        .args([
            "appointment",
            "reschedule",
            &id,
            "--at",
            "2027-01-05 13:00",
            "--duration",
            "30m",
            "-o",
            "json",
        ])
        .succeeds()
        .json();
    assert_eq!(
        (r["sequence"].as_i64(), r["ends_at"].as_str()),
        (Some(2), Some("2027-01-05T13:30:00+01:00"))
    );
}

#[test]
fn the_same_slot_in_two_tenants_is_fine() {
    let p = Practice::new();
    let q = p.sibling("beta");
    q.add_user("ther@beta.test", "T", "therapist");
    q.add_user("c@beta.test", "C", "client");
    p.book(C1, "2027-01-04 10:00", "1h").succeeds();
    q.cli()
        .args([
            "book",
            "--therapist",
            "ther@beta.test",
            "--client",
            "c@beta.test",
            "--at",
            "2027-01-04 10:00",
            "--duration",
            "1h",
        ])
        .succeeds();
    // Each tenant sees only its own.
    let a = p
        .cli()
        .args(["appt", "list", "-o", "json"])
        .succeeds()
        .json();
    let b = q
        .cli()
        .args(["appt", "list", "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(
        (a.as_array().unwrap().len(), b.as_array().unwrap().len()),
        (1, 1)
    );
    assert_eq!(a[0]["therapist"], T);
    assert_eq!(b[0]["therapist"], "ther@beta.test");
}

#[test]
fn other_tenants_users_wrong_roles_deactivated_users_and_suspended_tenants_exit_5() {
    let p = Practice::new();
    let q = p.sibling("beta");
    q.add_user("ther@beta.test", "T", "therapist");
    p.add_user("gone@acme.test", "Gone", "client");
    p.cli()
        .args(["user", "deactivate", "gone@acme.test"])
        .succeeds();
    let before = p.db.snapshot();
    p.cli()
        .args([
            "book",
            "--therapist",
            "ther@beta.test",
            "--client",
            C1,
            "--at",
            "2027-01-04 10:00",
            "--duration",
            "1h",
        ])
        .fails(5)
        .stderr_contains("belongs to another tenant");
    p.cli()
        .args([
            "book",
            "--therapist",
            C2,
            "--client",
            C1,
            "--at",
            "2027-01-04 10:00",
            "--duration",
            "1h",
        ])
        .fails(5)
        .stderr_contains("has the role client, not therapist");
    p.book("gone@acme.test", "2027-01-04 10:00", "1h")
        .fails(5)
        .stderr_contains("deactivated");
    p.book("nobody@acme.test", "2027-01-04 10:00", "1h")
        .fails(4)
        .stderr_contains("not found");
    p.cli()
        .args([
            "block",
            "add",
            "--therapist",
            "ther@beta.test",
            "--from",
            "2027-01-04 10:00",
            "--until",
            "2027-01-04 11:00",
        ])
        .fails(5);
    p.cli()
        .args([
            "user",
            "add",
            "--email",
            "x@acme.test",
            "--name",
            "X",
            "--role",
            "boss",
        ])
        .fails(5)
        .stderr_contains("invalid role");
    p.cli()
        .args([
            "user",
            "add",
            "--email",
            "not-an-email",
            "--name",
            "X",
            "--role",
            "client",
        ])
        .fails(5)
        .stderr_contains("invalid email");
    assert_eq!(p.db.snapshot(), before);
    p.cli().args(["tenant", "suspend", "acme"]).succeeds();
    let before = p.db.snapshot();
    p.book(C1, "2027-01-04 10:00", "1h")
        .fails(5)
        .stderr_contains("suspended");
    assert_eq!(p.db.snapshot(), before);
}

#[test]
fn dst_gap_and_fold_are_refused_with_both_readings() {
    let p = Practice::new();
    let before = p.db.snapshot();
    p.book(C1, "2027-03-28 02:30", "50m")
        .fails(5)
        .stderr_contains("does not exist")
        .stderr_contains("2027-03-28T01:30+01:00")
        .stderr_contains("2027-03-28T03:30+02:00");
    p.book(C1, "2027-10-31 02:30", "50m")
        .fails(5)
        .stderr_contains("ambiguous")
        .stderr_contains("2027-10-31T02:30+02:00")
        .stderr_contains("2027-10-31T02:30+01:00");
    assert_eq!(p.db.snapshot(), before);
    // With an offset, or in UTC, it is taken as given.
    let a = p
        .book(C1, "2027-10-31T02:30:00+01:00", "50m")
        .succeeds()
        .json();
    assert_eq!(a["starts_at"], "2027-10-31T02:30:00+01:00");
    let b = p.book(C2, "2027-03-28T01:30:00Z", "50m").succeeds().json();
    assert_eq!(b["starts_at"], "2027-03-28T03:30:00+02:00");
}

#[test]
fn an_idempotent_retry_returns_the_same_appointment() {
    let p = Practice::new();
    let args = |notes: &str| {
        p.cli().args([
            "book",
            "--therapist",
            T,
            "--client",
            C1,
            "--at",
            "2027-01-04 10:00",
            "--duration",
            "1h",
            "--notes",
            notes,
            "--idempotency-key",
            "req-42",
            "-o",
            "json",
        ])
    };
    let a = args("first").succeeds().json();
    let b = args("first")
        .succeeds()
        .stderr_contains("already booked")
        .json();
    assert_eq!(a["id"], b["id"]);
    assert_eq!(p.active_rows(), "1");
    let before = p.db.snapshot();
    args("different")
        .fails(3)
        .stderr_contains("already used for another booking");
    assert_eq!(p.db.snapshot(), before);
}

#[test]
fn bulk_file_mixes_good_bad_and_conflicting_rows() {
    let p = Practice::new();
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("rows.csv");
    std::fs::write(
        &csv,
        format!(
            "therapist,client,at,duration,until,notes,idempotency_key\n\
             {T},{C1},2027-01-04 09:00,50m,,first,\n\
             {T},{C2},2027-01-04 09:30,50m,,overlaps row 1,\n\
             {T},nobody@acme.test,2027-01-04 11:00,50m,,,\n\
             {T},{C2},2027-03-28 02:30,50m,,dst gap,\n\
             {T},{C2},2027-01-04 10:00,,2027-01-04 11:00,back to back,k1\n\
             {T},{C1},not a time,50m,,,\n"
        ),
    )
    .unwrap();
    let out = p
        .cli()
        .args(["book", "--from-file", csv.to_str().unwrap(), "-o", "json"])
        .fails(7);
    let rows = out.json();
    let status: Vec<(i64, String, i64)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["row"].as_i64().unwrap(),
                r["status"].as_str().unwrap().to_string(),
                r["code"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        status,
        [
            (1, "booked".into(), 0),
            (2, "failed".into(), 3),
            (3, "failed".into(), 4),
            (4, "failed".into(), 5),
            (5, "booked".into(), 0),
            (6, "failed".into(), 5)
        ]
    );
    assert_eq!(p.active_rows(), "2");
    // Again: the keyed row is recognised, the others conflict with what is booked.
    let again = p
        .cli()
        .args(["book", "--from-file", csv.to_str().unwrap(), "-o", "json"])
        .fails(7)
        .json();
    assert_eq!(again[4]["status"], "exists");
    assert_eq!(again[4]["id"], rows[4]["id"]);
    assert_eq!(again[0]["code"], 3);
    assert_eq!(p.active_rows(), "2");

    // JSON lines from stdin, --atomic: one bad row books nothing.
    let lines = format!(
        "{{\"therapist\":\"{T}\",\"client\":\"{C1}\",\"at\":\"2027-01-06 09:00\",\"duration\":\"1h\"}}\n\
         {{\"therapist\":\"{T}\",\"client\":\"{C2}\",\"at\":\"2027-01-06 09:30\",\"duration\":\"1h\"}}\n"
    );
    let before = p.db.snapshot();
    let out = p
        .cli()
        .args(["book", "--from-file", "-", "--atomic", "-o", "json"])
        .stdin(lines.clone())
        .fails(3);
    assert_eq!(out.json()[0]["status"], "rolled_back");
    assert_eq!(p.db.snapshot(), before);
    let ok = lines.lines().next().unwrap().to_string() + "\n";
    p.cli()
        .args(["book", "--from-file", "-", "--atomic", "-q"])
        .stdin(ok)
        .succeeds();
    assert_eq!(p.active_rows(), "3");
    p.cli()
        .args(["book", "--from-file", "/nonexistent/rows.csv"])
        .fails(4)
        .stderr_contains("not found");
}

#[test]
fn injection_strings_are_stored_and_shown_verbatim() {
    let p = Practice::new();
    let evil = "Robert'); DROP TABLE theratime.users; --";
    let email = "o'hara+x@acme.test";
    p.cli()
        .args([
            "user", "add", "--email", email, "--name", evil, "--role", "client",
        ])
        .succeeds();
    let notes = "x'); DROP SCHEMA theratime CASCADE; -- \\ $$ \" <b>";
    let a = p
        .cli()
        .args([
            "book",
            "--therapist",
            T,
            "--client",
            email,
            "--at",
            "2027-01-04 10:00",
            "--duration",
            "1h",
            "--notes",
            notes,
            "-o",
            "json",
        ])
        .succeeds()
        .json();
    assert_eq!(a["notes"], notes);
    let id = a["id"].to_string();
    p.cli()
        .args([
            "appointment",
            "cancel",
            &id,
            "--reason",
            "'; DELETE FROM appointments; --",
        ])
        .succeeds();
    let shown = p
        .cli()
        .args(["user", "show", email, "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(shown["name"], evil);
    assert_eq!(shown["email"], email);
    let appt = p
        .cli()
        .args(["appointment", "show", &id, "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(appt["cancel_reason"], "'; DELETE FROM appointments; --");
    assert_eq!(appt["notes"], notes);
    let csv = p
        .cli()
        .args(["appointment", "list", "-o", "csv"])
        .succeeds()
        .stdout();
    assert!(csv.contains("DROP SCHEMA theratime CASCADE"), "{csv}");
    assert_eq!(p.db.one("SELECT count(*)::text FROM theratime.users"), "4");
}

#[test]
fn users_are_unique_by_email_and_move_only_without_future_bookings() {
    let p = Practice::new();
    let before = p.db.snapshot();
    p.cli()
        .args([
            "user",
            "add",
            "--email",
            "THER@ACME.TEST",
            "--name",
            "Dup",
            "--role",
            "therapist",
        ])
        .fails(3)
        .stderr_contains("already exists");
    assert_eq!(p.db.snapshot(), before);
    p.sibling("beta");
    let a = p.book(C1, "2099-01-04 10:00", "1h").succeeds().json();
    let before = p.db.snapshot();
    p.cli()
        .args(["user", "assign", C1, "--tenant", "beta"])
        .fails(3)
        .stderr_contains("future booked appointments")
        .stderr_contains(&format!("#{}", a["id"]));
    assert_eq!(p.db.snapshot(), before);
    p.cli()
        .args(["appointment", "cancel", &a["id"].to_string()])
        .succeeds();
    let moved = p
        .cli()
        .args(["user", "assign", C1, "--tenant", "beta", "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(moved["tenant"], "beta");
    // Now a client of beta: acme cannot book them.
    p.book(C1, "2099-01-05 10:00", "1h")
        .fails(5)
        .stderr_contains("another tenant");
    let list = p
        .cli()
        .args(["user", "list", "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(list.as_array().unwrap().len(), 2);
    p.cli()
        .args([
            "user",
            "edit",
            C2,
            "--name",
            "Renamed",
            "--email",
            "c2-new@acme.test",
        ])
        .succeeds();
    p.cli()
        .args(["user", "show", "c2-new@acme.test"])
        .succeeds()
        .stdout_contains("Renamed");
    p.cli().args(["user", "show", "nobody@x.test"]).fails(4);
}

#[test]
fn availability_excludes_appointments_and_blocks() {
    let p = Practice::new();
    p.book(C1, "2027-01-04 10:00", "1h").succeeds();
    p.cli()
        .args([
            "block",
            "add",
            "--therapist",
            T,
            "--from",
            "2027-01-04 12:00",
            "--until",
            "2027-01-04 13:00",
        ])
        .succeeds();
    let slots = p
        .cli()
        .args([
            "availability",
            "--therapist",
            T,
            "--date",
            "2027-01-04",
            "--slot",
            "1h",
            "--hours",
            "09:00-14:00",
            "-o",
            "json",
        ])
        .succeeds()
        .json();
    let starts: Vec<&str> = slots
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["starts_at"].as_str().unwrap())
        .collect();
    assert_eq!(
        starts,
        [
            "2027-01-04T09:00:00+01:00",
            "2027-01-04T11:00:00+01:00",
            "2027-01-04T13:00:00+01:00"
        ]
    );
    let blocks = p
        .cli()
        .args(["block", "list", "-o", "json"])
        .succeeds()
        .json();
    let bid = blocks[0]["id"].to_string();
    p.cli().args(["block", "remove", &bid]).succeeds();
    p.cli().args(["block", "remove", &bid]).fails(4);
    p.cli()
        .args([
            "availability",
            "--therapist",
            T,
            "--date",
            "2027-01-04",
            "--hours",
            "17:00-09:00",
        ])
        .fails(5);
}

#[test]
fn demo_is_idempotent_and_uses_the_first_two_schemas() {
    let db = TestDb::new();
    let out = db.cli().args(["demo", "-o", "json"]).succeeds().json();
    let schemas: Vec<(&str, &str)> = out
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["slug"].as_str().unwrap(), t["schema"].as_str().unwrap()))
        .collect();
    assert_eq!(
        schemas,
        [("demo-berlin", "tenant_1"), ("demo-boston", "tenant_2")]
    );
    // A table like every other command's, with a header.
    let table = db.cli().args(["demo"]).succeeds().stdout();
    assert!(
        table
            .lines()
            .any(|l| l.contains("slug") && l.contains("schema")),
        "{table}"
    );
    let count = db.one("SELECT count(*)::text FROM tenant_1.appointments");
    assert!(count.parse::<i32>().unwrap() >= 30, "{count}");
    assert_eq!(
        db.one("SELECT count(*)::text FROM tenant_1.appointments"),
        count
    );
    assert_eq!(db.one("SELECT count(*)::text FROM theratime.tenants"), "2");
    assert!(db.one("SELECT count(*)::text FROM tenant_2.calendar_blocks") != "0");
}

#[test]
fn appointment_list_filters_by_local_dates_people_and_status() {
    let p = Practice::new();
    p.book(C1, "2027-01-04 00:30", "30m").succeeds();
    let b = p.book(C2, "2027-01-05 23:30", "30m").succeeds().json();
    p.book(C1, "2027-01-06 09:00", "30m").succeeds();
    p.cli()
        .args(["appt", "cancel", &b["id"].to_string()])
        .succeeds();
    let list = |args: &[&str]| {
        let out = p
            .cli()
            .args(["appointment", "list", "-o", "json"])
            .args(args)
            .succeeds()
            .json();
        out.as_array()
            .unwrap()
            .iter()
            .map(|a| a["starts_at"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    // Dates are local days; a date in --to includes that day.
    assert_eq!(
        list(&["--from", "2027-01-04", "--to", "2027-01-05"]),
        ["2027-01-04T00:30:00+01:00", "2027-01-05T23:30:00+01:00"]
    );
    assert_eq!(list(&["--from", "2027-01-05T00:00:00+01:00"]).len(), 2);
    assert_eq!(list(&["--client", C1]).len(), 2);
    assert_eq!(
        list(&["--status", "cancelled"]),
        ["2027-01-05T23:30:00+01:00"]
    );
    assert_eq!(list(&["--therapist", T, "--status", "booked"]).len(), 2);
    p.cli()
        .args(["appointment", "list", "--status", "done"])
        .fails(5)
        .stderr_contains("invalid status");
    p.cli()
        .args(["appointment", "list", "--from", "yesterday"])
        .fails(5);
}
