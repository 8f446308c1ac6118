//! `migrate --waves` and `--max-failures` (issue 15 item 5): stages after the canary,
//! the failure limit between and within stages, the run's record and `migrate status`.

use crate::fleet::{fleet_of, migrations_with, notes_check, versions, with_dir};
use crate::harness::*;

/// The last fleet run as `migrate status -o json` reports it (on the global row).
fn last_run(db: &TestDb, dir: &std::path::Path) -> serde_json::Value {
    let status = with_dir(db, dir)
        .args(["migrate", "status", "-o", "json"])
        .succeeds()
        .json();
    let rows = status.as_array().unwrap();
    assert_eq!(rows[0]["schema"], "theratime");
    // Only the global row carries it.
    assert!(rows[1..].iter().all(|r| r.get("last_fleet_run").is_none()));
    rows[0]["last_fleet_run"].clone()
}

/// `(outcome, stage, stages, migrated, failed, not_started)` of a run.
fn shape(run: &serde_json::Value) -> (String, i64, i64, i64, i64, i64) {
    let n = |k: &str| run[k].as_i64().unwrap_or(-1);
    (
        run["outcome"].as_str().unwrap_or_default().to_string(),
        n("stage"),
        n("stages"),
        n("migrated"),
        n("failed"),
        n("not_started"),
    )
}

fn run_shape(
    outcome: &str,
    stage: i64,
    stages: i64,
    counts: [i64; 3],
) -> (String, i64, i64, i64, i64, i64) {
    (
        outcome.into(),
        stage,
        stages,
        counts[0],
        counts[1],
        counts[2],
    )
}

#[test]
fn a_threshold_halts_between_stages_and_status_shows_the_stage() {
    let db = TestDb::new();
    let ids = fleet_of(&db, 10, &[1]);
    let (_d, dir) = migrations_with(&[notes_check()]);
    // A dry run shows the stages and changes nothing.
    let before = db.snapshot();
    with_dir(&db, &dir)
        .args(["migrate", "--all-tenants", "--waves", "2,100%", "--dry-run"])
        .succeeds()
        .stderr_contains("would migrate stage 1 of 2: 2 tenant(s) (f-0 … f-1)")
        .stderr_contains("would migrate stage 2 of 2: 8 tenant(s) (f-2 … f-9)");
    assert_eq!(db.snapshot(), before);

    let run = with_dir(&db, &dir)
        .args([
            "migrate",
            "--all-tenants",
            "--waves",
            "2,100%",
            "--max-failures",
            "0",
            "--jobs",
            "1",
            "-o",
            "json",
        ])
        .fails(7)
        .stderr_contains("stage 1 of 2: 2 tenant(s) (f-0 … f-1)")
        .stderr_contains(
            "1 of 10 tenants failed (f-1: error applying migration V",
        )
        .stderr_contains(
            "; more than 0 tenant(s) failed (--max-failures 0), so the run halted after stage 1 of 2: \
             1 tenant(s) migrated, 8 were not started (f-2, f-3, f-4, f-5, f-6, … (8 in all)) \
             (use --max-failures N or --continue-on-error to carry on past failures); \
             fix the failures, then `theratime migrate --all-tenants` carries on",
        );
    assert!(!run.stderr().contains("stage 2 of 2"), "{}", run.stderr());
    let json = run.json();
    assert_eq!(
        (&json["migrated"], &json["failed"], &json["not_started"]),
        (&1.into(), &1.into(), &8.into())
    );
    let mut expected = vec!["f-0=2".to_string(), "f-1=1".into()];
    expected.extend((2..10).map(|i| format!("f-{i}=1")));
    assert_eq!(versions(&db), expected);

    // Status: the run halted at stage 1 of 2, in JSON and on stderr beside the table.
    let last = last_run(&db, &dir);
    assert_eq!(shape(&last), run_shape("halted", 1, 2, [1, 1, 8]), "{last}");
    assert_eq!(
        (&last["waves"], &last["max_failures"], &last["tenants"]),
        (&"2,100%".into(), &"0".into(), &10.into())
    );
    assert!(last["finished_at"].is_string(), "{last}");
    with_dir(&db, &dir)
        .args(["migrate", "status"])
        .succeeds()
        .stderr_contains(
            "halted at stage 1 of 2 (waves 2,100%, max failures 0); 10 tenant(s): 1 migrated, 1 failed, 8 not started; \
             more than 0 tenant(s) failed (--max-failures 0), so the run halted after stage 1 of 2",
        );
    // The run's audit row has its options and how far it went.
    assert_eq!(
        db.one(
            "SELECT concat_ws(' ', details::jsonb -> 'options' ->> 'waves', details::jsonb -> 'options' ->> 'max_failures',
                    details::jsonb ->> 'stage', details::jsonb ->> 'stages', details::jsonb ->> 'run_outcome')
             FROM theratime.audit_log WHERE command = 'migrate' ORDER BY id DESC LIMIT 1"
        ),
        "2,100% 0 1 2 halted"
    );

    // Fixed, the same command carries on: the migrated tenant is skipped, and the run
    // finishes its two stages.
    db.exec(&format!(
        "UPDATE tenant_{}.appointments SET notes = 'fine'",
        ids[1]
    ));
    with_dir(&db, &dir)
        .args(["migrate", "--all-tenants", "--waves", "2,100%"])
        .succeeds()
        .stderr_contains("stage 1 of 2: 2 tenant(s) (f-1 … f-2)")
        .stderr_contains("stage 2 of 2: 7 tenant(s) (f-3 … f-9)");
    assert!(versions(&db).iter().all(|v| v.ends_with("=2")));
    let last = last_run(&db, &dir);
    assert_eq!(
        shape(&last),
        run_shape("finished", 2, 2, [9, 0, 0]),
        "{last}"
    );
    assert!(last["reason"].is_null(), "{last}");
    with_dir(&db, &dir)
        .args(["migrate", "status"])
        .succeeds()
        .stderr_contains("finished after stage 2 of 2 (waves 2,100%, max failures 0); 9 tenant(s): 9 migrated, 0 failed, 0 not started");
}

#[test]
fn a_threshold_halts_within_a_stage() {
    let db = TestDb::new();
    fleet_of(&db, 10, &[3, 5]);
    let (_d, dir) = migrations_with(&[notes_check()]);
    let run = with_dir(&db, &dir)
        .args([
            "migrate",
            "--all-tenants",
            "--waves",
            "1,100%",
            "--max-failures",
            "1",
            "--jobs",
            "1",
        ])
        .fails(7)
        .stderr_contains("stage 2 of 2: 9 tenant(s) (f-1 … f-9)")
        .stderr_contains("2 of 10 tenants failed (f-3: ")
        .stderr_contains(
            "more than 1 tenant(s) failed (--max-failures 1), so the run halted within stage 2 of 2: \
             4 tenant(s) migrated, 4 were not started (f-6, f-7, f-8, f-9)",
        );
    // The first failure was within the limit: f-4 went on; the second stopped f-6 on.
    assert_eq!(
        versions(&db),
        [
            "f-0=2", "f-1=2", "f-2=2", "f-3=1", "f-4=2", "f-5=1", "f-6=1", "f-7=1", "f-8=1",
            "f-9=1"
        ]
    );
    assert!(
        !run.stderr().contains("--continue-on-error to carry on"),
        "{}",
        run.stderr()
    );
    let last = last_run(&db, &dir);
    assert_eq!(shape(&last), run_shape("halted", 2, 2, [4, 2, 4]), "{last}");
}

#[test]
fn failures_within_a_percentage_let_the_run_finish_and_still_exit_7() {
    let db = TestDb::new();
    fleet_of(&db, 10, &[2, 7]);
    let (_d, dir) = migrations_with(&[notes_check()]);
    // 20% of the 10 tenants to migrate: 2 failures are tolerated. The canary is its
    // own first stage; the waves split the 9 after it (50% of 9 rounds up to 5).
    let out = with_dir(&db, &dir)
        .args([
            "migrate",
            "--all-tenants",
            "--canary",
            "1",
            "--waves",
            "50%,100%",
            "--max-failures",
            "20%",
            "--jobs",
            "2",
            "-o",
            "json",
        ])
        .fails(7)
        .stderr_contains("stage 1 of 3: 1 canary tenant(s) (f-0)")
        .stderr_contains("stage 2 of 3: 5 tenant(s) (f-1 … f-5)")
        .stderr_contains("stage 3 of 3: 4 tenant(s) (f-6 … f-9)")
        .stderr_contains("2 of 10 tenants failed (f-2: ")
        .stderr_contains("; retry with `theratime migrate --all-tenants --only-failed`");
    let json = out.json();
    assert_eq!(
        (&json["migrated"], &json["failed"], &json["not_started"]),
        (&8.into(), &2.into(), &0.into())
    );
    assert_eq!(
        versions(&db),
        [
            "f-0=2", "f-1=2", "f-2=1", "f-3=2", "f-4=2", "f-5=2", "f-6=2", "f-7=1", "f-8=2",
            "f-9=2"
        ]
    );
    let last = last_run(&db, &dir);
    assert_eq!(
        shape(&last),
        run_shape("finished", 3, 3, [8, 2, 0]),
        "{last}"
    );
    assert_eq!(last["max_failures"], "20%");

    // The two left: 20% of 2 tolerates none, so the first failure halts the run.
    with_dir(&db, &dir)
        .args(["migrate", "--all-tenants", "--max-failures", "20%", "--jobs", "1"])
        .fails(7)
        .stderr_contains("1 of 10 tenants failed (f-2: ")
        .stderr_contains("more than 0 tenant(s) failed (--max-failures 20%), so the run halted: 0 tenant(s) migrated, 1 were not started (f-7)");
    // --continue-on-error: no limit.
    with_dir(&db, &dir)
        .args(["migrate", "--all-tenants", "--continue-on-error"])
        .fails(7)
        .stderr_contains("2 of 10 tenants failed");
    let last = last_run(&db, &dir);
    assert_eq!(
        shape(&last),
        run_shape("finished", 1, 1, [0, 2, 0]),
        "{last}"
    );
    assert!(last["max_failures"].is_null(), "{last}");
}

#[test]
fn bad_waves_and_max_failures_change_nothing() {
    let db = TestDb::new();
    fleet_of(&db, 2, &[]);
    let (_d, dir) = migrations_with(&[notes_check()]);
    let status = |db: &TestDb| {
        with_dir(db, &dir)
            .args(["migrate", "status", "-o", "json"])
            .succeeds()
            .stdout()
    };
    let before = (db.snapshot(), status(&db));
    // (arguments, exit code, words of the message)
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["--waves", "0,100%"],
            5,
            "--waves \"0,100%\": a wave of 0 tenants migrates nobody",
        ),
        (&["--waves", "0%,100%"], 5, "a wave of 0% migrates nobody"),
        (
            &["--waves", "150%"],
            5,
            "\"150%\" is not a percentage from 1% to 100%",
        ),
        (&["--waves", "5,3,100%"], 5, "3 does not grow past 5"),
        (&["--waves", "1,10%"], 5, "the last wave must be 100%"),
        (
            &["--waves", "abc"],
            5,
            "\"abc\" is neither a count (5) nor a percentage (10%)",
        ),
        (&["--waves", ""], 5, "a wave is empty"),
        (&["--waves", "1,,100%"], 5, "a wave is empty"),
        (
            &["--max-failures", "x"],
            5,
            "--max-failures \"x\" is neither a count",
        ),
        (
            &["--max-failures=-1"],
            5,
            "--max-failures \"-1\" is neither a count",
        ),
        (
            &["--max-failures", "101%"],
            5,
            "a percentage from 0% to 100%",
        ),
        (
            &["--max-failures", "1", "--continue-on-error"],
            2,
            "cannot be used with",
        ),
        (
            &["--waves", "1,100%", "-t", "f-0"],
            2,
            "--waves stages a run over the fleet, and -t migrates one tenant",
        ),
        (&["--waves", "1,100%", "--global"], 2, "cannot be used with"),
        (
            &["--waves", "1,100%", "--preflight"],
            2,
            "cannot be used with",
        ),
    ];
    for (extra, code, words) in cases {
        let mut args = vec!["migrate"];
        if !extra.contains(&"-t") && !extra.contains(&"--global") {
            args.push("--all-tenants");
        }
        args.extend_from_slice(extra);
        with_dir(&db, &dir)
            .args(&args)
            .fails(*code)
            .stderr_contains(words);
        assert_eq!((db.snapshot(), status(&db)), before, "{args:?}");
    }
}

#[test]
fn status_says_a_run_that_left_no_word_was_interrupted() {
    let db = TestDb::new();
    fleet_of(&db, 2, &[]);
    // A run's row left `running` (killed before its last write).
    db.exec(
        "INSERT INTO theratime.migration_runs (waves, max_failures, stages, stage, tenants, migrated)
         VALUES ('1,100%', '0', 2, 1, 2, 1)",
    );
    let status = || db.cli().args(["migrate", "status"]).succeeds();
    status().stderr_contains(
        "interrupted at stage 1 of 2 (waves 1,100%, max failures 0); 2 tenant(s): 1 migrated and 0 failed \
         before stage 1, the rest not known to the run (each tenant's last_status says); \
         the run ended without finishing its record",
    );
    // While a session holds the migration lock, the run is still running.
    rt().block_on(async {
        use sqlx::Connection;
        let mut holder = sqlx::PgConnection::connect(&db.url).await.unwrap();
        exec(&mut holder, "SELECT pg_advisory_lock(8388065847913246001)").await;
        status().stderr_contains("running at stage 1 of 2");
        let json = db
            .cli()
            .args(["migrate", "status", "-o", "json"])
            .succeeds()
            .json();
        assert_eq!(json[0]["last_fleet_run"]["outcome"], "running");
    });
    // The next run marks it interrupted for good and records itself.
    db.cli().args(["migrate", "--all-tenants"]).succeeds();
    assert_eq!(
        db.query("SELECT outcome || ':' || stage || '/' || stages FROM theratime.migration_runs ORDER BY id"),
        ["interrupted:1/2", "finished:0/0"]
    );
}
