//! `theratime export`: CSV, JSON and iCalendar files.

use crate::harness::*;
use std::path::Path;

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn csv_and_json_carry_names_emails_and_local_times() {
    let db = TestDb::new();
    let a = db.tenant("acme");
    db.exec(&format!(
        "UPDATE theratime.tenants SET time_zone = 'Europe/Berlin' WHERE id = {a}"
    ));
    populate(&db, a, "acme", None);
    let dir = out_dir();
    db.cli()
        .args(["export", "-t", "acme", "--format", "csv", "--out"])
        .arg_path(dir.path())
        .succeeds()
        .stderr_contains("export finished");
    let csv = read(dir.path(), "acme-appointments.csv");
    let mut r = csv::Reader::from_reader(csv.as_bytes());
    let headers = r.headers().unwrap().clone();
    assert_eq!(&headers[2], "therapist_name");
    assert_eq!(&headers[6], "client_email");
    let rows: Vec<csv::StringRecord> = r.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 5);
    assert_eq!(&rows[0][3], "t1@acme.test");
    assert_eq!(&rows[0][7], "2026-12-01T10:00:00+01:00");
    assert!(rows[0][10].contains("newline"), "{:?}", rows[0]);
    let blocks = read(dir.path(), "acme-blocks.csv");
    assert_eq!(blocks.lines().count(), 3, "{blocks}");
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join("acme-appointments.csv"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    db.cli()
        .args(["export", "-t", "acme", "--format", "json", "--out"])
        .arg_path(dir.path())
        .args(["--from", "2026-12-02", "--to", "2026-12-02"])
        .succeeds();
    let json: serde_json::Value =
        serde_json::from_str(&read(dir.path(), "acme-appointments.json")).unwrap();
    let list = json.as_array().unwrap();
    assert_eq!(list.len(), 1, "{json}");
    assert_eq!(list[0]["status"], "no_show");
    assert_eq!(list[0]["client_email"], "c1@acme.test");
    assert_eq!(list[0]["notes"], "tab\there \\ backslash");
    let blocks: serde_json::Value =
        serde_json::from_str(&read(dir.path(), "acme-blocks.json")).unwrap();
    assert_eq!(blocks.as_array().unwrap().len(), 0);
}

#[test]
fn ics_is_rfc5545_with_stable_uids_across_runs_and_reschedules() {
    let db = TestDb::new();
    let a = db.tenant("acme");
    let users = populate(&db, a, "acme", None);
    let t1 = users[1];
    let dir = out_dir();
    let export = || {
        db.cli()
            .args(["export", "-t", "acme", "--format", "ics", "--out"])
            .arg_path(dir.path())
            .succeeds();
        read(dir.path(), &format!("acme-therapist-{t1}.ics"))
    };
    // A calendar of a therapist who has since left acme, and another tenant's.
    let stale = dir.path().join("acme-therapist-999.ics");
    let foreign = dir.path().join("acme-east-therapist-999.ics");
    for p in [&stale, &foreign] {
        std::fs::write(p, "old").unwrap();
    }
    let first = export();
    assert!(!stale.exists(), "a stale calendar of acme stays");
    assert!(foreign.exists(), "another tenant's calendar was deleted");
    assert!(first.contains("\r\n"), "CRLF line endings");
    let parse = |text: &str| {
        let mut parser = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
        let cal = parser.next().expect("one calendar").expect("parses");
        assert!(parser.next().is_none());
        cal.events
            .iter()
            .map(|e| {
                let prop = |name: &str| {
                    e.properties
                        .iter()
                        .find(|p| p.name == name)
                        .and_then(|p| p.value.clone())
                };
                for required in ["UID", "DTSTAMP", "DTSTART", "DTEND"] {
                    assert!(prop(required).is_some(), "{required} missing");
                }
                (
                    prop("UID").unwrap(),
                    prop("DTSTART").unwrap(),
                    prop("STATUS"),
                    prop("SEQUENCE"),
                )
            })
            .collect::<Vec<_>>()
    };
    let events = parse(&first);
    // Three appointments and one block of therapist 1.
    assert_eq!(events.len(), 4, "{first}");
    let appt = |uid_id: &str| {
        events
            .iter()
            .find(|e| e.0 == format!("appointment-{uid_id}.acme@theratime"))
            .cloned()
            .unwrap()
    };
    assert_eq!(appt("1").1, "20261201T090000Z");
    assert_eq!(appt("3").2.as_deref(), Some("CANCELLED"));
    assert_eq!(appt("3").3.as_deref(), Some("2"));
    assert_eq!(appt("1").2.as_deref(), Some("CONFIRMED"));
    // Same data, same file.
    assert_eq!(export(), first);
    // A reschedule keeps the UID and bumps SEQUENCE.
    db.exec(&format!(
        "UPDATE tenant_{a}.appointments SET starts_at = '2026-12-01 15:00Z', ends_at = '2026-12-01 16:00Z',
                sequence = sequence + 1, updated_at = now() WHERE id = 1"
    ));
    let events2 = parse(&export());
    let moved = events2
        .iter()
        .find(|e| e.0 == "appointment-1.acme@theratime")
        .unwrap();
    assert_eq!(moved.1, "20261201T150000Z");
    assert_eq!(moved.3.as_deref(), Some("1"));
    let uids = |v: &Vec<(String, String, Option<String>, Option<String>)>| {
        let mut u: Vec<String> = v.iter().map(|e| e.0.clone()).collect();
        u.sort();
        u
    };
    assert_eq!(uids(&events), uids(&events2));
    // Carriage returns in free text become line breaks: no bare CR in the file.
    db.exec(&format!(
        "UPDATE tenant_{a}.appointments SET notes = E'one\\rtwo\\r\\nthree' WHERE id = 2;
         UPDATE tenant_{a}.calendar_blocks SET reason = E'lunch\\rbreak' WHERE therapist_id = {t1}"
    ));
    let text = export();
    assert!(!text.replace("\r\n", "").contains('\r'), "{text:?}");
    assert!(text.contains("one\\ntwo\\nthree"), "{text}");
    assert_eq!(parse(&text).len(), 4);
}

#[test]
fn export_errors_and_all_tenants() {
    let db = TestDb::new();
    let a = db.tenant("acme");
    let b = db.tenant("beta");
    populate(&db, a, "acme", None);
    populate(&db, b, "beta", None);
    let dir = out_dir();
    db.cli()
        .args(["export", "-t", "nope", "--format", "csv", "--out"])
        .arg_path(dir.path())
        .fails(4)
        .stderr_contains("not found");
    db.cli()
        .args([
            "export",
            "-t",
            "acme",
            "--format",
            "csv",
            "--from",
            "yesterday",
            "--out",
        ])
        .arg_path(dir.path())
        .fails(5)
        .stderr_contains("invalid time");
    db.cli()
        .args(["export", "--format", "csv", "--out"])
        .arg_path(dir.path())
        .fails(2);
    let out = db
        .cli()
        .args([
            "export",
            "--all-tenants",
            "--format",
            "csv",
            "-o",
            "json",
            "--out",
        ])
        .arg_path(dir.path())
        .succeeds()
        .json();
    assert_eq!(out.as_array().unwrap().len(), 2);
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "acme-appointments.csv",
            "acme-blocks.csv",
            "beta-appointments.csv",
            "beta-blocks.csv"
        ]
    );
}

#[test]
fn export_works_through_pgbouncer_transaction_pooling() {
    let db = TestDb::new();
    let ids: Vec<i64> = ["pa", "pb", "pc"].iter().map(|s| db.tenant(s)).collect();
    for (id, slug) in ids.iter().zip(["pa", "pb", "pc"]) {
        populate(&db, *id, slug, None);
    }
    let bouncer = crate::pgbouncer::start_bouncer(&db);
    let url = format!("postgres://postgres@127.0.0.1:{}/{}", bouncer.port, db.name);
    let dir = out_dir();
    let handles: Vec<_> = ["pa", "pb", "pc"]
        .into_iter()
        .flat_map(|slug| ["csv", "ics"].map(|f| (slug, f)))
        .map(|(slug, format)| {
            let url = url.clone();
            let out = dir.path().to_path_buf();
            std::thread::spawn(move || {
                cli()
                    .env("THERATIME_DATABASE_URL", &url)
                    .args(["export", "-t", slug, "--format", format, "--out"])
                    .arg_path(&out)
                    .succeeds();
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    for slug in ["pa", "pb", "pc"] {
        let csv = read(dir.path(), &format!("{slug}-appointments.csv"));
        assert!(csv.contains(&format!("t1@{slug}.test")), "{csv}");
        assert_eq!(csv.matches(&format!("@{slug}.test")).count(), 20, "{csv}");
    }
}

#[test]
fn a_fleet_export_with_one_broken_tenant_exports_the_rest_and_exits_7() {
    let db = TestDb::new();
    let a = db.tenant("acme");
    populate(&db, a, "acme", None);
    let broken = db.tenant("broken");
    db.exec(&format!("DROP SCHEMA tenant_{broken} CASCADE"));
    let before = db.snapshot_without_audit();
    let dir = out_dir();
    db.cli()
        .args(["export", "--all-tenants", "--format", "csv", "--out"])
        .arg_path(dir.path())
        .fails(7)
        .stderr_contains(&format!("tenant broken: FAILED: schema tenant_{broken}"))
        .stderr_contains("export finished: 2 tenant(s), 1 ok, 1 failed")
        .stderr_contains("1 of 2 tenants failed");
    assert_eq!(db.snapshot_without_audit(), before);
    // One audit row per tenant exported.
    assert_eq!(
        db.one(
            "SELECT string_agg(tenant_slug, ',') FROM theratime.audit_log WHERE command = 'export'"
        ),
        "acme"
    );
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["acme-appointments.csv", "acme-blocks.csv"]);
    let csv = read(dir.path(), "acme-appointments.csv");
    assert_eq!(
        csv::Reader::from_reader(csv.as_bytes()).records().count(),
        5
    );
    let run = db
        .cli()
        .args(["export", "--all-tenants", "--format", "csv", "-q", "--out"])
        .arg_path(dir.path())
        .fails(7);
    let listed: Vec<String> = run.stdout().lines().map(str::to_string).collect();
    let expected: Vec<String> = names
        .iter()
        .map(|n| dir.path().join(n).display().to_string())
        .collect();
    assert_eq!(listed, expected);
    // A fleet run is a fleet run with one tenant left, too: exit 7.
    db.cli()
        .args(["tenant", "drop", "acme", "--yes"])
        .succeeds();
    db.cli()
        .args(["export", "--all-tenants", "--format", "csv", "--out"])
        .arg_path(dir.path())
        .fails(7)
        .stderr_contains("1 of 1 tenants failed");
}

#[test]
fn a_tenant_dropped_before_its_turn_is_skipped() {
    let db = TestDb::new();
    let a = db.tenant("acme");
    populate(&db, a, "acme", None);
    db.tenant("beta");
    let dir = out_dir();
    rt().block_on(async {
        // acme's export waits on its table while beta is dropped (one tenant at a
        // time: beta's turn comes after acme's).
        let mut holder = hold(
            &db.url,
            &format!("BEGIN; LOCK TABLE tenant_{a}.appointments IN ACCESS EXCLUSIVE MODE"),
        )
        .await;
        let child = spawn_blocked(
            &db,
            &mut holder,
            &[
                "export",
                "--all-tenants",
                "--jobs",
                "1",
                "--format",
                "json",
                "--out",
            ],
            dir.path(),
        )
        .await;
        db.cli()
            .args(["tenant", "drop", "beta", "--yes"])
            .succeeds();
        exec(&mut holder, "COMMIT").await;
        let (_, stderr) = succeeded(child);
        assert!(
            stderr.contains("tenant beta: dropped during the run; skipped"),
            "{stderr}"
        );
        assert!(
            stderr.contains("2 tenant(s), 1 ok, 0 failed, 1 skipped"),
            "{stderr}"
        );
    });
    assert!(dir.path().join("acme-appointments.json").exists());
    assert!(!dir.path().join("beta-appointments.json").exists());
}

#[test]
fn an_export_waits_for_a_migration_of_its_tenant_and_reads_after_it() {
    let db = TestDb::new();
    let a = db.tenant("acme");
    populate(&db, a, "acme", None);
    let dir = out_dir();
    rt().block_on(async {
        // A migration of acme under way: its lock, its bookkeeping and a table
        // rewrite, which an older snapshot would see as an empty table.
        let mut holder = hold(
            &db.url,
            &format!(
                "BEGIN; SELECT pg_advisory_xact_lock({}, {a});
                 UPDATE theratime.tenant_migrations SET last_started_at = now() WHERE tenant_id = {a};
                 ALTER TABLE tenant_{a}.appointments ALTER COLUMN sequence TYPE bigint",
                0x5474_4c6b_i32
            ),
        )
        .await;
        let args = ["export", "-t", "acme", "--format", "csv", "--out"];
        let child = spawn_blocked(&db, &mut holder, &args, dir.path()).await;
        exec(&mut holder, "COMMIT").await;
        succeeded(child);
    });
    let csv = read(dir.path(), "acme-appointments.csv");
    assert_eq!(
        csv::Reader::from_reader(csv.as_bytes()).records().count(),
        5
    );
}

#[test]
fn export_jobs_2_works_on_two_tenants_at_once_and_keeps_their_order() {
    let db = TestDb::new();
    let slugs = ["acme", "beta", "gamma", "delta"];
    let ids: Vec<i64> = slugs.iter().map(|s| db.tenant(s)).collect();
    for (id, slug) in ids.iter().zip(slugs) {
        populate(&db, *id, slug, None);
    }
    let dir = out_dir();
    let done = |slug: &str| dir.path().join(format!("{slug}-appointments.csv")).exists();
    rt().block_on(async {
        // acme's export waits on its table; the other worker exports the rest.
        let mut holder = hold(
            &db.url,
            &format!(
                "BEGIN; LOCK TABLE tenant_{}.appointments IN ACCESS EXCLUSIVE MODE",
                ids[0]
            ),
        )
        .await;
        let args = [
            "export",
            "--all-tenants",
            "--jobs",
            "2",
            "-o",
            "json",
            "--format",
            "csv",
            "--out",
        ];
        let child = spawn_blocked(&db, &mut holder, &args, dir.path()).await;
        for _ in 0..400 {
            if slugs[1..].iter().all(|s| done(s)) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(25)).await;
        }
        assert_eq!(
            slugs.map(done),
            [false, true, true, true],
            "the second worker exports the others while acme waits"
        );
        exec(&mut holder, "COMMIT").await;
        let (stdout, stderr) = succeeded(child);
        assert!(
            stderr.contains("export finished: 4 tenant(s), 4 ok, 0 failed, 0 skipped"),
            "{stderr}"
        );
        let rows: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        let rows: Vec<(String, String, i64)> = rows
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["tenant"].as_str().unwrap().to_string(),
                    r["status"].as_str().unwrap().to_string(),
                    r["appointments"].as_i64().unwrap(),
                )
            })
            .collect();
        let expected: Vec<(String, String, i64)> = slugs
            .iter()
            .map(|s| (s.to_string(), "ok".to_string(), 5))
            .collect();
        assert_eq!(rows, expected, "every tenant's row, in the tenants' order");
    });
    assert!(done("acme"));
    assert_eq!(
        db.one("SELECT string_agg(tenant_slug, ',' ORDER BY tenant_slug) FROM theratime.audit_log WHERE command = 'export'"),
        "acme,beta,delta,gamma"
    );
    // --jobs out of range: exit 5, nothing written.
    let empty = out_dir();
    let before = db.snapshot();
    for jobs in ["0", "65"] {
        db.cli()
            .args([
                "export",
                "--all-tenants",
                "--jobs",
                jobs,
                "--format",
                "csv",
                "--out",
            ])
            .arg_path(empty.path())
            .fails(5)
            .stderr_contains(&format!("--jobs {jobs} is out of range: use 1 to 64"));
    }
    assert_eq!(db.snapshot(), before);
    assert_eq!(std::fs::read_dir(empty.path()).unwrap().count(), 0);
}
