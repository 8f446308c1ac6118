//! Bounded inputs and faults reported as what they are (issue 9, items 7 and 8).

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::harness::*;

/// The file name of a tenant migration right after this binary's latest.
fn next(name: &str) -> String {
    format!("V{}__{name}.sql", tenant_version() + 1)
}

/// Poll `sql` (a count) on `db` until it returns `want`, for at most `within`.
fn wait_for(db: &TestDb, sql: &str, want: &str, within: Duration) -> bool {
    let start = Instant::now();
    while start.elapsed() < within {
        if db.one(sql) == want {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

/// Statements of theratime's sessions on this test's database that run `pg_sleep`.
const SLEEPING: &str = "SELECT count(*)::text FROM pg_stat_activity
     WHERE datname = current_database() AND application_name = 'theratime'
       AND state = 'active' AND query LIKE '%pg_sleep%'";

#[test]
fn interrupt_cancels_the_statement_in_flight() {
    let db = TestDb::new();
    db.tenant("acme");
    let dir = migrations_dir(&[("tenant", &next("slow"), "SELECT pg_sleep(60);\n")]);
    let mut child = db
        .cli()
        .args(["migrate", "--all-tenants", "--migrations"])
        .arg_path(dir.path())
        .spawn();
    assert!(
        wait_for(&db, SLEEPING, "1", Duration::from_secs(30)),
        "the migration never ran its statement"
    );
    let sent = Instant::now();
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130));
    assert!(
        sent.elapsed() < Duration::from_secs(5),
        "{:?}",
        sent.elapsed()
    );
    // The statement stopped at once (a cancel request), not a second later when the
    // server's client_connection_check_interval notices the closed socket, and its
    // transaction's locks are gone.
    assert!(
        wait_for(&db, SLEEPING, "0", Duration::from_millis(500)),
        "the statement still runs {:?} after SIGTERM",
        sent.elapsed()
    );
    assert!(wait_for(
        &db,
        "SELECT count(*)::text FROM pg_locks l JOIN pg_database d ON d.oid = l.database
         WHERE d.datname = current_database() AND l.locktype = 'advisory'",
        "0",
        Duration::from_secs(2)
    ));
    // Still at the version before the interrupted migration.
    assert_eq!(
        db.one("SELECT version::text FROM theratime.tenant_migrations"),
        tenant_version().to_string()
    );
}

/// End theratime's session on `db` that waits for a lock (as a server shutdown or a
/// network failure would), from the session holding it.
async fn terminate_waiting(holder: &mut sqlx::PgConnection) {
    let ended: Vec<bool> = theratime::db::query_scalar(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = current_database() AND application_name = 'theratime' AND wait_event_type = 'Lock'",
    )
    .fetch_all(holder)
    .await
    .unwrap();
    assert_eq!(ended, [true]);
}

/// Run theratime with `args` and then `last` while a session that ran `lock` holds
/// on; once theratime waits for that lock, end its session. Exit code and stderr.
fn lose_connection_while_waiting(
    db: &TestDb,
    lock: &str,
    args: &[&str],
    last: &std::path::Path,
) -> (Option<i32>, String) {
    rt().block_on(async {
        let mut holder = hold(&db.url, lock).await;
        let child = spawn_blocked(db, &mut holder, args, last).await;
        terminate_waiting(&mut holder).await;
        let out = child.wait_with_output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    })
}

#[track_caller]
fn assert_lost_connection((code, stderr): (Option<i32>, String)) {
    assert_eq!(code, Some(6), "{stderr}");
    assert!(
        stderr.contains("lost the connection to the database (terminating connection due to administrator command [SQLSTATE 57P01])")
            && stderr.contains("run the command again"),
        "{stderr}"
    );
}

#[test]
fn a_lost_connection_during_restore_is_exit_6() {
    let db = TestDb::new();
    let tid = db.tenant("acme");
    populate(&db, tid, "acme", None);
    let dir = out_dir();
    db.cli()
        .args(["backup", "-t", "acme", "--out"])
        .arg_path(dir.path())
        .succeeds();
    let archive = theratime::backup::archives_in(dir.path()).remove(0);
    db.cli()
        .args(["tenant", "drop", "acme", "--yes"])
        .succeeds();
    let before = db.snapshot();
    // The restore's last step writes the audit row: it waits there, with all of its
    // work done but not committed.
    let outcome = lose_connection_while_waiting(
        &db,
        "BEGIN; LOCK TABLE theratime.audit_log IN ACCESS EXCLUSIVE MODE",
        &["restore"],
        &archive,
    );
    let stderr = outcome.1.clone();
    assert_lost_connection(outcome);
    assert!(!stderr.contains("constraint"), "{stderr}");
    assert_eq!(db.snapshot(), before);
}

#[test]
fn a_lost_connection_during_migrate_is_exit_6_not_a_failed_tenant() {
    let db = TestDb::new();
    let tid = db.tenant("acme");
    let dir = migrations_dir(&[(
        "tenant",
        &next("room"),
        "ALTER TABLE appointments ADD COLUMN room text;\n",
    )]);
    let before = db.snapshot();
    let outcome = lose_connection_while_waiting(
        &db,
        &format!("BEGIN; LOCK TABLE tenant_{tid}.appointments IN ACCESS SHARE MODE"),
        &["migrate", "--all-tenants", "--migrations"],
        dir.path(),
    );
    let stderr = outcome.1.clone();
    assert_lost_connection(outcome);
    assert!(
        stderr.contains("tenant acme: lost the connection"),
        "{stderr}"
    );
    assert!(!stderr.contains("--only-failed"), "{stderr}");
    // The run's record never got its last word: `migrate status` calls it interrupted.
    db.cli()
        .args(["migrate", "status"])
        .succeeds()
        .stderr_contains("): interrupted at stage 1 of 1");
    db.exec("DELETE FROM theratime.migration_runs WHERE outcome = 'running'");
    // Nothing was recorded as failed: the tenant is as it was.
    assert_eq!(db.snapshot(), before);
}

/// A tenant `acme` in Europe/Berlin with therapist `t@acme.test` and client `c@acme.test`.
fn practice() -> TestDb {
    let db = TestDb::new();
    db.cli()
        .args(["tenant", "create", "acme", "--name", "Acme"])
        .args(["--timezone", "Europe/Berlin", "-q"])
        .succeeds();
    let tid: i64 = db
        .one("SELECT id::text FROM theratime.tenants WHERE slug = 'acme'")
        .parse()
        .unwrap();
    db.add_user(tid, "t@acme.test", "therapist");
    db.add_user(tid, "c@acme.test", "client");
    db
}

fn acme(db: &TestDb) -> Cli {
    db.cli().env("THERATIME_TENANT", "acme")
}

/// `book` in acme at `at` with `--duration` or `--until` and optional notes.
fn book(db: &TestDb, at: &str, end: (&str, &str), notes: Option<&str>) -> Cli {
    let cli = acme(db)
        .args([
            "book",
            "--therapist",
            "t@acme.test",
            "--client",
            "c@acme.test",
        ])
        .args(["--at", at, end.0, end.1, "-q"]);
    match notes {
        Some(n) => cli.args([format!("--notes={n}")]),
        None => cli,
    }
}

#[test]
fn book_until_obeys_the_24h_limit_and_years_are_bounded() {
    let db = practice();
    let before = db.snapshot();
    book(
        &db,
        "2026-12-01 09:00",
        ("--until", "2026-12-02 09:01"),
        None,
    )
    .fails(5)
    .stderr_contains("an appointment lasts at most 24h");
    book(&db, "2026-12-01 09:00", ("--duration", "24h1m"), None)
        .fails(5)
        .stderr_contains("at most 24h");
    let years = "years run from 1900 to 9999";
    for (at, end) in [
        ("+10000-01-01T09:00:00Z", ("--duration", "50m")),
        ("1899-12-31 23:00", ("--duration", "50m")),
        ("9999-12-31T23:30:00Z", ("--duration", "1h")),
        (
            "9999-12-31T23:30:00Z",
            ("--until", "+10000-01-01T00:30:00Z"),
        ),
        ("9999-12-31T23:30:00-01:00", ("--duration", "10m")),
    ] {
        let run = book(&db, at, end, None).run();
        assert_eq!(
            run.0.status.code(),
            Some(5),
            "{at} {end:?}: {}",
            run.stderr()
        );
        assert!(run.stderr().contains(years), "{at}: {}", run.stderr());
    }
    acme(&db)
        .args(["appointment", "list", "--from", "1899-12-31"])
        .fails(5)
        .stderr_contains(years);
    acme(&db)
        .args(["appointment", "list", "--to", "+10000-01-01T00:00:00Z"])
        .fails(5)
        .stderr_contains(years);
    acme(&db)
        .args([
            "availability",
            "--therapist",
            "t@acme.test",
            "--date",
            "1899-12-31",
        ])
        .fails(5)
        .stderr_contains(years);
    acme(&db)
        .args(["block", "add", "--therapist", "t@acme.test"])
        .args(["--from", "1800-01-01 09:00", "--until", "1800-01-01 10:00"])
        .fails(5)
        .stderr_contains(years);
    let out = out_dir();
    acme(&db)
        .args(["export", "--format", "ics", "--from", "1000-01-01", "--out"])
        .arg_path(out.path())
        .fails(5)
        .stderr_contains(years);
    assert_eq!(db.snapshot(), before);
    // Exactly 24 hours, and the last minutes of the year 9999, are fine.
    book(
        &db,
        "2026-12-01 09:00",
        ("--until", "2026-12-02 09:00"),
        None,
    )
    .succeeds();
    book(&db, "9999-12-31T23:00:00Z", ("--duration", "50m"), None).succeeds();
}

#[test]
fn availability_refuses_tiny_slots_and_long_windows() {
    let db = practice();
    let ask = |slot: &str, days: &str| {
        acme(&db).args([
            "availability",
            "--therapist",
            "t@acme.test",
            "--date",
            "2026-12-01",
            "--slot",
            slot,
            "--days",
            days,
            "-o",
            "json",
        ])
    };
    ask("4m", "1")
        .fails(5)
        .stderr_contains("--slot \"4m\" is too short: at least 5m");
    ask("1s", "12").fails(5).stderr_contains("at least 5m");
    ask("50m", "367")
        .fails(5)
        .stderr_contains("--days 367 is out of range: use 1 to 366");
    // 09:00-17:00 in 5-minute slots.
    let slots = ask("5m", "1").succeeds().json();
    assert_eq!(slots.as_array().unwrap().len(), 96);
}

/// Notes with a terminal escape, a tab, a newline and a right-to-left override.
const HOSTILE: &str = "\u{1b}[31mred\u{1b}[0m\tcol\nline2 \u{202e}evil";

#[test]
fn table_output_escapes_control_characters() {
    let db = practice();
    let id = book(
        &db,
        "2026-12-01 09:00",
        ("--duration", "50m"),
        Some(HOSTILE),
    )
    .succeeds()
    .stdout();
    let escaped = r"\u{1b}[31mred\u{1b}[0m\tcol\nline2 \u{202e}evil";
    for args in [
        vec!["appointment", "list"],
        vec!["appointment", "show", id.trim()],
    ] {
        let out = acme(&db).args(&args).succeeds().stdout();
        assert!(out.contains(escaped), "{args:?}: {out:?}");
        assert!(
            !out.contains('\u{1b}') && !out.contains('\t') && !out.contains('\u{202e}'),
            "{args:?}: {out:?}"
        );
    }
    // One line per appointment: the newline of the note is escaped too.
    let list = acme(&db).args(["appointment", "list"]).succeeds().stdout();
    assert_eq!(list.lines().count(), 2, "{list}");
    // JSON carries the text as it is.
    let json = acme(&db)
        .args(["appointment", "show", id.trim(), "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(json["notes"], HOSTILE);
}

/// The `notes` column of a CSV document.
fn csv_notes(text: &str) -> Vec<String> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let col = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "notes")
        .unwrap();
    reader
        .records()
        .map(|r| r.unwrap()[col].to_string())
        .collect()
}

#[test]
fn csv_output_and_export_neutralise_formulas() {
    let db = practice();
    let notes = [
        "=HYPERLINK(\"http://evil.test\",\"click\")",
        "+1",
        "-2+3",
        "@SUM(A1)",
        "\tTAB",
        "=SUM(A1,B1)",
        "plain, = in the middle",
    ];
    for (i, n) in notes.iter().enumerate() {
        let at = format!("2026-12-01 {:02}:00", 8 + i);
        book(&db, &at, ("--duration", "50m"), Some(n)).succeeds();
    }
    // A cell PostgreSQL quotes because of a carriage return.
    db.exec(
        "UPDATE tenant_1.appointments SET notes = E'\\rCR' WHERE notes = 'plain, = in the middle'",
    );
    let want: Vec<String> = [
        "'=HYPERLINK(\"http://evil.test\",\"click\")",
        "'+1",
        "'-2+3",
        "'@SUM(A1)",
        "'\tTAB",
        "'=SUM(A1,B1)",
        "'\rCR",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let listed = acme(&db)
        .args(["appointment", "list", "-o", "csv"])
        .succeeds()
        .stdout();
    assert_eq!(csv_notes(&listed), want);
    let out = out_dir();
    acme(&db)
        .args(["export", "--format", "csv", "--out"])
        .arg_path(out.path())
        .succeeds();
    let exported = std::fs::read_to_string(out.path().join("acme-appointments.csv")).unwrap();
    assert_eq!(csv_notes(&exported), want);
    // Times and ids are untouched.
    assert!(
        exported.lines().nth(1).unwrap().starts_with("1,"),
        "{exported}"
    );
}

#[test]
fn from_file_refuses_unknown_keys_and_columns() {
    let db = practice();
    let before = db.snapshot();
    let jsonl = concat!(
        r#"{"therapist": "t@acme.test", "client": "c@acme.test", "at": "2026-12-01 09:00", "duration": "50m"}"#,
        "\n",
        r#"{"therapist": "t@acme.test", "client": "c@acme.test", "at": "2026-12-01 10:00", "duraton": "50m"}"#,
        "\n"
    );
    acme(&db)
        .args(["book", "--from-file", "-"])
        .stdin(jsonl)
        .fails(5)
        .stderr_contains("unknown key(s): \"duraton\" (row 2); use therapist,client,at,duration,until,notes,idempotency_key (nothing was booked)");
    let csv = "therapist,client,at,duration,room\nt@acme.test,c@acme.test,2026-12-01 09:00,50m,A\n";
    acme(&db)
        .args(["book", "--from-file", "-"])
        .stdin(csv)
        .fails(5)
        .stderr_contains("unknown column(s): \"room\"");
    assert_eq!(db.snapshot(), before);
}

#[test]
fn from_file_with_an_invalid_utf8_byte_fails_only_that_row() {
    let db = practice();
    let mut csv = b"therapist,client,at,duration,notes\n".to_vec();
    csv.extend_from_slice(b"t@acme.test,c@acme.test,2026-12-01 09:00,50m,one\n");
    csv.extend_from_slice(b"t@acme.test,c@acme.test,2026-12-01 10:00,50m,caf\xe9\n");
    csv.extend_from_slice(b"t@acme.test,c@acme.test,2026-12-01 11:00,50m,three\n");
    let file = out_dir();
    let path = file.path().join("rows.csv");
    std::fs::write(&path, &csv).unwrap();
    let run = acme(&db)
        .args(["book", "-o", "json", "--from-file"])
        .arg_path(&path)
        .fails(7);
    let rows = run.json();
    assert_eq!(rows[0]["status"], "booked");
    assert_eq!(rows[1]["row"], 2);
    assert_eq!(rows[1]["status"], "failed");
    assert_eq!(rows[1]["code"], 5);
    assert_eq!(
        rows[1]["error"],
        "the row is not valid UTF-8 (field 5); save the file as UTF-8"
    );
    assert_eq!(rows[2]["status"], "booked");

    let mut jsonl = br#"{"therapist": "t@acme.test", "client": "c@acme.test", "at": "2026-12-02 09:00", "duration": "50m"}"#.to_vec();
    jsonl.extend_from_slice(b"\n{\"therapist\": \"t@acme.test\", \"client\": \"c@acme.test\", \"at\": \"2026-12-02 10:00\", \"duration\": \"50m\", \"notes\": \"\xff\"}\n");
    let rows = acme(&db)
        .args(["book", "-o", "json", "--from-file", "-"])
        .stdin(jsonl)
        .fails(7)
        .json();
    assert_eq!(rows[0]["status"], "booked");
    assert_eq!(rows[1]["status"], "failed");
    assert_eq!(
        rows[1]["error"],
        "the row is not valid UTF-8 (byte 110); save the file as UTF-8"
    );
    assert_eq!(
        db.one("SELECT count(*)::text FROM tenant_1.appointments"),
        "3"
    );
}

#[test]
fn a_misnamed_sql_file_in_a_migrations_directory_is_an_error() {
    let db = TestDb::new();
    db.tenant("acme");
    let before = db.snapshot();
    for bad in [
        "V2__a'b.sql",
        "U2__x.sql",
        "v2__x.sql",
        "V2_x.sql",
        "V2__.sql",
        "V2__x.SQL",
    ] {
        let dir = migrations_dir(&[
            ("tenant", bad, "SELECT 1;\n"),
            ("tenant", &next("c"), "CREATE TABLE rooms (id int);\n"),
        ]);
        let run = db
            .cli()
            .args(["migrate", "--all-tenants", "--migrations"])
            .arg_path(dir.path())
            .fails(5);
        let named = format!(
            "migration file {} is not named V<n>__<name>.sql",
            dir.path().join("tenant").join(bad).display()
        );
        assert!(run.stderr().contains(&named), "{bad}: {}", run.stderr());
    }
    let dir = migrations_dir(&[
        ("tenant", &next("x"), "SELECT 1;\n"),
        ("tenant", &next("y"), "SELECT 2;\n"),
    ]);
    db.cli()
        .args(["migrate", "status", "--migrations"])
        .arg_path(dir.path())
        .fails(5)
        .stderr_contains(&format!(
            "has two migrations with version {}",
            tenant_version() + 1
        ));
    assert_eq!(db.snapshot(), before);
    // Other files are ignored.
    let dir = migrations_dir(&[
        ("tenant", &next("Room_2"), "CREATE TABLE rooms (id int);\n"),
        ("tenant", "README.md", "notes\n"),
        (
            "tenant",
            &format!("V{}__later.sql~", tenant_version() + 2),
            "broken\n",
        ),
    ]);
    db.cli()
        .args(["migrate", "--all-tenants", "--migrations"])
        .arg_path(dir.path())
        .succeeds();
    assert_eq!(
        db.one("SELECT version::text FROM theratime.tenant_migrations"),
        (tenant_version() + 1).to_string()
    );
}

#[test]
fn appointment_list_refuses_from_after_to() {
    let db = practice();
    book(&db, "2026-12-01 09:00", ("--duration", "50m"), None).succeeds();
    acme(&db)
        .args([
            "appointment",
            "list",
            "--from",
            "2026-12-02",
            "--to",
            "2026-12-01 10:00",
        ])
        .fails(5)
        .stderr_contains(
            "--to (2026-12-01T09:00:00+00:00) must be after --from (2026-12-01T23:00:00+00:00)",
        );
    let out = out_dir();
    acme(&db)
        .args([
            "export",
            "--format",
            "csv",
            "--from",
            "2026-12-02",
            "--to",
            "2026-12-01 10:00",
            "--out",
        ])
        .arg_path(out.path())
        .fails(5)
        .stderr_contains("must be after --from");
    // A date in --to includes that day.
    let rows = acme(&db)
        .args([
            "appointment",
            "list",
            "--from",
            "2026-12-01",
            "--to",
            "2026-12-01",
            "-o",
            "json",
        ])
        .succeeds()
        .json();
    assert_eq!(rows.as_array().unwrap().len(), 1);
}

/// Run theratime in acme with `args` and `--out DIR` under a file size limit of one
/// block, SIGXFSZ ignored, so that a write past it fails with EFBIG (as on a full
/// disk) instead of killing the process. Exit code and stderr.
fn with_small_file_limit(
    db: &TestDb,
    args: &[&str],
    out: &std::path::Path,
) -> (Option<i32>, String) {
    let run = Command::new("sh")
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("THERATIME_DATABASE_URL", &db.url)
        .env("THERATIME_TENANT", "acme")
        .args(["-c", "trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\"", BIN])
        .args(args)
        .arg("--out")
        .arg(out)
        .output()
        .unwrap();
    (
        run.status.code(),
        String::from_utf8_lossy(&run.stderr).into_owned(),
    )
}

#[test]
fn io_errors_name_the_path() {
    let db = practice();
    let long = "x".repeat(4000);
    book(&db, "2026-12-01 09:00", ("--duration", "50m"), Some(&long)).succeeds();
    let out = out_dir();
    // A write that fails half way (here: a file size limit; a full disk alike).
    let (code, stderr) = with_small_file_limit(&db, &["export", "--format", "csv"], out.path());
    assert_eq!(code, Some(1), "{stderr}");
    let file = out.path().join("acme-appointments.csv");
    assert!(
        stderr.contains(&format!("cannot write {}: File too large", file.display())),
        "{stderr}"
    );
    let (code, stderr) = with_small_file_limit(&db, &["backup", "-t", "acme"], out.path());
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("cannot write {}/acme-", out.path().display()))
            && stderr.contains(".ttbk: File too large"),
        "{stderr}"
    );
    // A directory that cannot be created, a file that cannot be read.
    let file = out.path().join("plain-file");
    std::fs::write(&file, "x").unwrap();
    acme(&db)
        .args(["backup", "-t", "acme", "--out"])
        .arg_path(file.join("sub"))
        .fails(1)
        .stderr_contains(&format!("cannot create {}", file.join("sub").display()));
    acme(&db)
        .args(["book", "--from-file"])
        .arg_path(out.path())
        .fails(5)
        .stderr_contains(&format!(
            "cannot read {}: Is a directory",
            out.path().display()
        ));
}

/// Run theratime with stdout a pipe whose reader has gone after at most one line;
/// exit code and stderr.
fn with_closed_stdout(cli: &mut Command, read_a_line: bool) -> (Option<i32>, String) {
    let mut child = cli
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    if read_a_line {
        let mut first = String::new();
        BufReader::new(stdout).read_line(&mut first).unwrap();
        assert!(!first.is_empty());
    } else {
        drop(stdout);
    }
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    (child.wait().unwrap().code(), stderr)
}

#[test]
fn a_closed_stdout_pipe_is_success() {
    let db = TestDb::new();
    db.tenant("acme");
    let theratime = |args: &[&str]| {
        let mut cmd = Command::new(BIN);
        cmd.env_clear()
            .env("THERATIME_DATABASE_URL", &db.url)
            .args(args);
        cmd
    };
    for (args, read_a_line) in [
        (vec!["completions", "bash"], true),
        (vec!["completions", "zsh"], false),
        (vec!["man"], false),
        (vec!["tenant", "list"], false),
        (vec!["tenant", "drop", "acme", "--yes", "-q"], false),
    ] {
        let (code, stderr) = with_closed_stdout(&mut theratime(&args), read_a_line);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        assert!(
            !stderr.contains("Broken pipe") && !stderr.contains("panicked"),
            "{args:?}: {stderr}"
        );
    }
    assert_eq!(db.one("SELECT count(*)::text FROM theratime.tenants"), "0");
}

#[test]
fn reads_without_the_global_schema_say_to_migrate() {
    let db = TestDb::empty();
    for args in [
        vec!["tenant", "list"],
        vec!["tenant", "show", "acme"],
        vec!["-t", "acme", "user", "list"],
        vec!["-t", "acme", "appointment", "list"],
    ] {
        db.cli()
            .args(&args)
            .fails(5)
            .stderr_contains("run `theratime migrate --global`");
    }
    assert_eq!(
        db.one("SELECT count(*)::text FROM pg_namespace WHERE nspname = 'theratime'"),
        "0"
    );
}
