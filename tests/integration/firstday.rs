//! The first day: the README's tour runs as written, and messages fit the command.

use crate::harness::*;

/// The lines of the README's first-day tour, in order.
fn tour() -> Vec<String> {
    let readme = std::fs::read_to_string(repo_root().join("README.md")).unwrap();
    let section = readme
        .split("### A first-day tour")
        .nth(1)
        .expect("the README has a first-day tour");
    let block = section
        .split("```sh\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("the tour's code block");
    block.lines().map(str::to_string).collect()
}

#[test]
fn the_readme_tour_runs_in_order() {
    let db = TestDb::new();
    // What the quick start leaves behind.
    db.cli()
        .args([
            "tenant",
            "create",
            "acme",
            "--name",
            "Acme Therapy",
            "--timezone",
            "Europe/Berlin",
        ])
        .succeeds();
    let lines = tour();
    assert!(lines[0].starts_with("alias theratime="), "{lines:?}");
    let commands: Vec<&String> = lines[1..].iter().collect();
    assert_eq!(commands.len(), 8, "{commands:?}");
    let cwd = tempfile::tempdir().unwrap();
    let mut outputs = Vec::new();
    for line in &commands {
        assert!(line.starts_with("theratime "), "{line}");
        let script = format!("'{BIN}'{}", &line["theratime".len()..]);
        let run = std::process::Command::new("sh")
            .args(["-c", &script])
            .current_dir(cwd.path())
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", "/nonexistent-theratime-home")
            .env("THERATIME_DATABASE_URL", &db.url)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&run.stdout).into_owned();
        assert!(
            run.status.success(),
            "{line}\nstdout:\n{stdout}\nstderr:\n{}",
            String::from_utf8_lossy(&run.stderr)
        );
        outputs.push(stdout);
    }
    // The booking shows in the list, the slot is gone from availability, and the
    // export and backup wrote their files.
    assert!(
        outputs[3].contains("2027-03-02T10:00:00+01:00"),
        "{}",
        outputs[3]
    );
    assert!(outputs[3].contains("dana@acme.test"), "{}", outputs[3]);
    assert!(!outputs[4].contains("T10:00:00+01:00"), "{}", outputs[4]);
    assert!(outputs[4].contains("T09:00:00+01:00"), "{}", outputs[4]);
    // Slots start where the gap after the 10:00-10:50 session starts.
    assert!(outputs[4].contains("T10:50:00+01:00"), "{}", outputs[4]);
    let ics: Vec<_> = std::fs::read_dir(cwd.path().join("calendars"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(ics.len(), 1, "{ics:?}");
    assert!(ics[0].starts_with("acme-therapist-") && ics[0].ends_with(".ics"));
    assert_eq!(archives(&cwd.path().join("backups")).len(), 1);
    assert_eq!(outputs[7], "", "doctor finds nothing on a fresh database");
}

#[test]
fn a_missing_tenant_is_asked_for_the_way_the_command_takes_it() {
    let db = TestDb::new();
    db.cmd("user add --email a@b.test --name 'A B' --role client")
        .fails(2)
        .stderr_contains("no tenant given: pass -t/--tenant SLUG");
    db.cli()
        .args(["tenant", "show"])
        .fails(2)
        .stderr_contains("no tenant given: name one (slug or id), pass -t/--tenant");
}

#[test]
fn a_passing_tests_database_is_dropped_and_an_alias_does_not_drop_it() {
    let db = TestDb::new();
    let name = db.name.clone();
    let exists = |probe: &TestDb| {
        probe.one(&format!(
            "SELECT count(*)::text FROM pg_database WHERE datname = '{name}'"
        ))
    };
    let other = TestDb::new();
    drop(db.alias());
    assert_eq!(exists(&other), "1", "an alias leaves the database alone");
    drop(db);
    assert_eq!(
        exists(&other),
        "0",
        "the owner drops it when its test passes"
    );
}

#[test]
fn a_block_names_the_appointment_it_overlaps_and_dates_can_be_named() {
    let db = TestDb::new();
    db.cmd("tenant create acme --name Acme --timezone Europe/Berlin")
        .succeeds();
    let acme = |line: &str| db.cmd(&format!("-t acme {line}"));
    acme("user add --email t@acme.test --name T --role therapist").succeeds();
    acme("user add --email c@acme.test --name C --role client").succeeds();
    acme(
        "book --therapist t@acme.test --client c@acme.test --at '2027-03-02 10:00' --duration 50m",
    )
    .succeeds();
    let before = db.snapshot();
    acme("block add --therapist t@acme.test --from '2027-03-02 09:30' --until '2027-03-02 10:30'")
        .fails(3)
        .stderr_contains("the block overlaps appointment 1 at 2027-03-02T10:00:00+01:00");
    assert_eq!(db.snapshot(), before);
    // today and tomorrow are the tenant's days; a bound that is neither lists both forms.
    acme("appointment list --from today -q").succeeds();
    acme("availability --therapist t@acme.test --date tomorrow -o json").succeeds();
    acme("appointment list --from 'next week'")
        .fails(5)
        .stderr_contains("use a date (2026-12-01, today or tomorrow");
    acme("availability --therapist t@acme.test --date someday")
        .fails(5)
        .stderr_contains("use YYYY-MM-DD (e.g. 2026-12-01), today or tomorrow");
}

#[test]
fn a_server_that_cannot_load_its_files_is_told_to_restart() {
    let db = TestDb::new();
    // LOAD of a missing library fails as a server whose packages changed under it does
    // (SQLSTATE 58P01).
    let dir = migrations_dir(&[(
        "tenant",
        &format!("V{}__load.sql", tenant_version() + 1),
        "LOAD 'theratime_no_such_library';\n",
    )]);
    let before = db.snapshot();
    db.cli()
        .args(["--migrations", &dir.path().display().to_string()])
        .args(["tenant", "create", "acme", "--name", "Acme"])
        .fails(6)
        .stderr_contains("[SQLSTATE 58P01]")
        .stderr_contains("restart PostgreSQL");
    assert_eq!(db.snapshot(), before);
}
