//! Fleet migrations: parallel, failure handling, persistent status, canary, locking,
//! status, drift, doctor, migrations from a directory and the version guard.

use std::path::{Path, PathBuf};

use crate::harness::*;

/// Version `n` as these tests count: 1 is the repository's latest tenant migration,
/// 2 and 3 the extra migrations a test adds.
fn v(n: i32) -> i32 {
    tenant_version() + n - 1
}

/// The file name of the extra migration of test version `n`.
fn file(n: i32, name: &str) -> String {
    format!("V{}__{name}.sql", v(n))
}

/// A copy of the repository's migrations plus extra tenant migrations.
pub fn migrations_with(extra: &[(String, &str)]) -> (tempfile::TempDir, PathBuf) {
    let files: Vec<_> = extra
        .iter()
        .map(|(name, sql)| ("tenant", name.as_str(), *sql))
        .collect();
    let dir = migrations_dir(&files);
    let path = dir.path().to_path_buf();
    (dir, path)
}

pub fn room() -> (String, &'static str) {
    (
        file(2, "add_room"),
        "ALTER TABLE appointments ADD COLUMN room text;\nCREATE INDEX appointments_room_idx ON appointments (room);\n",
    )
}

pub fn with_dir(db: &TestDb, dir: &Path) -> Cli {
    db.cli().env("THERATIME_MIGRATIONS", dir)
}

/// `slug=n` per tenant, n in test versions (see [`v`]).
pub fn versions(db: &TestDb) -> Vec<String> {
    db.query(&format!("SELECT t.slug || '=' || (coalesce(m.version, 0) - {}) FROM theratime.tenants t LEFT JOIN theratime.tenant_migrations m ON m.tenant_id = t.id ORDER BY t.id", v(0)))
}

fn history_counts(db: &TestDb, ids: &[i64], version: i32) -> Vec<String> {
    ids.iter()
        .map(|id| {
            db.one(&format!(
                "SELECT count(*)::text FROM tenant_{id}.refinery_schema_history WHERE version = {}",
                v(version)
            ))
        })
        .collect()
}

#[test]
fn all_tenants_in_parallel_then_nothing_pending() {
    let db = TestDb::new();
    let ids: Vec<i64> = (0..6).map(|i| db.tenant(&format!("par-{i}"))).collect();
    let (_d, dir) = migrations_with(&[room()]);
    let out = with_dir(&db, &dir)
        .args(["migrate", "--all-tenants", "--jobs", "3", "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(out["migrated"], 6, "{out}");
    assert_eq!(out["failed"], 0);
    assert!(
        versions(&db).iter().all(|v| v.ends_with("=2")),
        "{:?}",
        versions(&db)
    );
    assert_eq!(history_counts(&db, &ids, 2), vec!["1"; 6]);
    // Nothing pending: every tenant is skipped.
    let out = with_dir(&db, &dir)
        .args(["migrate", "--all-tenants", "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(
        (out["migrated"].as_i64(), out["up_to_date"].as_i64()),
        (Some(0), Some(6))
    );
    // Status: from the global table, nothing pending, --check is happy.
    with_dir(&db, &dir)
        .args(["migrate", "status", "--check"])
        .succeeds();
    // The embedded set (one version behind) is now older than the database: the
    // version guard refuses every write, naming both versions.
    let before = db.snapshot();
    db.cli()
        .args(["tenant", "create", "newer", "--name", "N"])
        .fails(5)
        .stderr_contains(&format!(
            "tenant schemas are at version {}, newer than this binary's {}",
            v(2),
            v(1)
        ));
    db.cli()
        .args(["tenant", "suspend", "par-0"])
        .fails(5)
        .stderr_contains("upgrade theratime");
    db.cli()
        .args(["migrate", "--all-tenants"])
        .fails(5)
        .stderr_contains(&format!("newer than this binary's {}", v(1)));
    assert_eq!(db.snapshot(), before);
}

#[test]
fn dry_run_and_target_change_nothing_beyond_what_they_say() {
    let db = TestDb::new();
    db.tenant("dry-a");
    db.tenant("dry-b");
    let (_d, dir) = migrations_with(&[
        room(),
        (
            file(3, "add_floor"),
            "ALTER TABLE appointments ADD COLUMN floor int;\n",
        ),
    ]);
    let before = db.snapshot() + &catalog(&db);
    let out = with_dir(&db, &dir)
        .args(["migrate", "--dry-run", "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(out["dry_run"], true);
    let pending: Vec<&serde_json::Value> = out["schemas"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["status"] == "pending")
        .collect();
    assert_eq!(pending.len(), 2, "{out}");
    assert_eq!(
        pending[0]["applied"],
        serde_json::json!([
            format!("V{}__add_room", v(2)),
            format!("V{}__add_floor", v(3))
        ])
    );
    assert_eq!(db.snapshot() + &catalog(&db), before);

    with_dir(&db, &dir)
        .args(["migrate", "--all-tenants", "--target", &v(2).to_string()])
        .succeeds();
    assert_eq!(versions(&db), ["dry-a=2", "dry-b=2"]);
    with_dir(&db, &dir)
        .args(["migrate", "--all-tenants", "--target", &v(9).to_string()])
        .fails(5)
        .stderr_contains(&format!("--target {}", v(9)));
    with_dir(&db, &dir)
        .args(["migrate", "status", "--check"])
        .fails(7)
        .stderr_contains("pending");
    with_dir(&db, &dir).args(["migrate"]).succeeds();
    assert_eq!(versions(&db), ["dry-a=3", "dry-b=3"]);
}

fn catalog(db: &TestDb) -> String {
    db.query(
        "SELECT table_schema || '.' || table_name || '.' || column_name || ':' || data_type FROM information_schema.columns
         WHERE table_schema LIKE 'tenant\\_%' OR table_schema = 'theratime' ORDER BY 1",
    )
    .join("\n")
        + &db.query("SELECT schemaname || '.' || indexname FROM pg_indexes WHERE schemaname LIKE 'tenant\\_%' ORDER BY 1").join("\n")
}

pub fn notes_check() -> (String, &'static str) {
    (
        file(2, "notes_not_bad"),
        "ALTER TABLE appointments ADD CONSTRAINT appointments_notes_not_bad CHECK (notes IS DISTINCT FROM 'bad');\n",
    )
}

/// Tenants f-0..f-4; the data of `bad` violates the V2 constraint.
fn fleet_with_bad(db: &TestDb, bad: usize) -> Vec<i64> {
    fleet_of(db, 5, &[bad])
}

/// Tenants f-0..f-`n-1`; the data of those in `bad` violates the V2 constraint of
/// [`notes_check`].
pub fn fleet_of(db: &TestDb, n: usize, bad: &[usize]) -> Vec<i64> {
    let ids: Vec<i64> = (0..n).map(|i| db.tenant(&format!("f-{i}"))).collect();
    for &i in bad {
        let t = ids[i];
        let therapist = db.add_user(t, &format!("ther{i}@bad.test"), "therapist");
        let client = db.add_user(t, &format!("cli{i}@bad.test"), "client");
        db.exec(&format!(
            "INSERT INTO tenant_{t}.appointments (therapist_id, client_id, starts_at, ends_at, notes) VALUES ({therapist}, {client}, '2027-01-04 10:00Z', '2027-01-04 11:00Z', 'bad')"
        ));
    }
    ids
}

#[test]
fn a_failing_tenant_is_rolled_back_named_and_exits_7() {
    let db = TestDb::new();
    let ids = fleet_with_bad(&db, 2);
    let (_d, dir) = migrations_with(&[notes_check()]);
    let out = with_dir(&db, &dir)
        .args([
            "migrate",
            "--all-tenants",
            "--jobs",
            "1",
            "--continue-on-error",
            "-o",
            "json",
        ])
        .fails(7)
        .stderr_contains("f-2: ")
        .stderr_contains("only-failed");
    let json = out.json();
    assert_eq!(json["failed"], 1);
    assert_eq!(json["migrated"], 4);
    assert_eq!(json["failures"][0]["tenant"], "f-2");
    assert!(
        json["failures"][0]["error"]
            .as_str()
            .unwrap()
            .contains("appointments_notes_not_bad"),
        "{json}"
    );
    assert_eq!(versions(&db), ["f-0=2", "f-1=2", "f-2=1", "f-3=2", "f-4=2"]);
    // Rolled back: no constraint, no history row, the run recorded as failed.
    assert_eq!(history_counts(&db, &ids[2..3], 2), ["0"]);
    assert_eq!(
        db.one(&format!("SELECT last_status || ':' || last_attempted_version FROM theratime.tenant_migrations WHERE tenant_id = {}", ids[2])),
        format!("failed:{}", v(2))
    );
    let status = with_dir(&db, &dir)
        .args(["migrate", "status", "-o", "json"])
        .succeeds()
        .json();
    let row = status
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["tenant"] == "f-2")
        .unwrap()
        .clone();
    assert_eq!(
        (row["pending"].as_i64(), row["last_status"].as_str()),
        (Some(1), Some("failed"))
    );

    // Fix the data, retry only the failures.
    db.exec(&format!(
        "UPDATE tenant_{}.appointments SET notes = 'fine'",
        ids[2]
    ));
    let out = with_dir(&db, &dir)
        .args(["migrate", "--all-tenants", "--only-failed", "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(out["migrated"], 1);
    assert_eq!(out["schemas"].as_array().unwrap().len(), 1, "{out}");
    assert!(versions(&db).iter().all(|v| v.ends_with("=2")));
}

#[test]
fn by_default_the_first_failure_starts_no_new_tenant() {
    let db = TestDb::new();
    fleet_with_bad(&db, 1);
    let (_d, dir) = migrations_with(&[notes_check()]);
    let out = with_dir(&db, &dir)
        .args(["migrate", "--all-tenants", "--jobs", "1", "-o", "json"])
        .fails(7)
        .stderr_contains("were not started");
    let json = out.json();
    assert_eq!(
        (
            json["migrated"].as_i64(),
            json["failed"].as_i64(),
            json["not_started"].as_i64()
        ),
        (Some(1), Some(1), Some(3))
    );
    assert_eq!(versions(&db), ["f-0=2", "f-1=1", "f-2=1", "f-3=1", "f-4=1"]);
}

#[test]
fn canary_failure_stops_before_the_rest() {
    let db = TestDb::new();
    fleet_with_bad(&db, 3);
    let (_d, dir) = migrations_with(&[notes_check()]);
    with_dir(&db, &dir)
        .args([
            "migrate",
            "--all-tenants",
            "--canary-tenants",
            "f-0,f-3",
            "--continue-on-error",
        ])
        .fails(7)
        .stderr_contains("the canary failed");
    assert_eq!(versions(&db), ["f-0=2", "f-1=1", "f-2=1", "f-3=1", "f-4=1"]);
    // A healthy canary lets the rest go.
    let db = TestDb::new();
    fleet_with_bad(&db, 4);
    let out = with_dir(&db, &dir)
        .args([
            "migrate",
            "--all-tenants",
            "--canary",
            "2",
            "--continue-on-error",
            "-o",
            "json",
        ])
        .fails(7)
        .json();
    assert_eq!(out["migrated"], 4);
    assert_eq!(versions(&db), ["f-0=2", "f-1=2", "f-2=2", "f-3=2", "f-4=1"]);
}

#[test]
fn a_locked_table_fails_only_its_tenant_with_lock_timeout() {
    let db = TestDb::new();
    let ids: Vec<i64> = (0..3).map(|i| db.tenant(&format!("lk-{i}"))).collect();
    let (_d, dir) = migrations_with(&[room()]);
    rt().block_on(async {
        use sqlx::Connection;
        let mut holder = sqlx::PgConnection::connect(&db.url).await.unwrap();
        exec(
            &mut holder,
            &format!(
                "BEGIN; LOCK TABLE tenant_{}.appointments IN ACCESS SHARE MODE",
                ids[1]
            ),
        )
        .await;
        let out = with_dir(&db, &dir)
            .args([
                "migrate",
                "--all-tenants",
                "--lock-timeout",
                "300ms",
                "--continue-on-error",
                "-o",
                "json",
            ])
            .fails(7);
        let json = out.json();
        assert_eq!(json["failures"][0]["tenant"], "lk-1");
        assert!(
            json["failures"][0]["error"]
                .as_str()
                .unwrap()
                .contains("lock timeout"),
            "{json}"
        );
        exec(&mut holder, "ROLLBACK").await;
    });
    assert_eq!(versions(&db), ["lk-0=2", "lk-1=1", "lk-2=2"]);
    let before = db.snapshot();
    with_dir(&db, &dir)
        .args(["migrate", "--lock-timeout", "soon"])
        .fails(5)
        .stderr_contains("not a duration");
    // Longer than PostgreSQL's settings take: refused before any tenant, not failed
    // in every one (found by trying the tool).
    for flag in ["--lock-timeout", "--statement-timeout"] {
        with_dir(&db, &dir)
            .args(["migrate", "--all-tenants", flag, "30d"])
            .fails(5)
            .stderr_contains(&format!("{flag} 30days is too long: at most 24d (0: none)"));
    }
    assert_eq!(db.snapshot(), before);
}

#[test]
fn a_run_killed_with_sigkill_completes_on_rerun() {
    let db = TestDb::new();
    let ids: Vec<i64> = (0..40).map(|i| db.tenant(&format!("k-{i}"))).collect();
    // Slow enough to be killed part-way.
    let (_d, dir) = migrations_with(&[(
        file(2, "slow"),
        "SELECT pg_sleep(0.05);\nALTER TABLE appointments ADD COLUMN room text;\n",
    )]);
    let mut child = db
        .cli()
        .env("THERATIME_MIGRATIONS", &dir)
        .args(["migrate", "--all-tenants", "--jobs", "2"])
        .spawn();
    loop {
        let done: i64 = db
            .one(&format!(
                "SELECT count(*)::text FROM theratime.tenant_migrations WHERE version = {}",
                v(2)
            ))
            .parse()
            .unwrap();
        if done >= 5 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let done: i64 = db
        .one(&format!(
            "SELECT count(*)::text FROM theratime.tenant_migrations WHERE version = {}",
            v(2)
        ))
        .parse()
        .unwrap();
    assert!(done < 40, "the run finished before it was killed");
    // No tenant is half-migrated: bookkeeping, history and the column agree.
    let v2 = v(2).to_string();
    for id in &ids {
        let v = db.one(&format!(
            "SELECT version::text FROM theratime.tenant_migrations WHERE tenant_id = {id}"
        ));
        let col = db.one(&format!("SELECT count(*)::text FROM information_schema.columns WHERE table_schema = 'tenant_{id}' AND column_name = 'room'"));
        assert_eq!(
            v == v2,
            col == "1",
            "tenant {id}: version {v}, room column {col}"
        );
    }
    with_dir(&db, &dir)
        .args(["migrate", "--all-tenants"])
        .succeeds();
    assert!(versions(&db).iter().all(|v| v.ends_with("=2")));
    assert_eq!(history_counts(&db, &ids, 2), vec!["1"; 40]);
}

#[test]
fn two_concurrent_fleet_runs_apply_each_migration_once() {
    let db = TestDb::new();
    let ids: Vec<i64> = (0..8).map(|i| db.tenant(&format!("cc-{i}"))).collect();
    let (_d, dir) = migrations_with(&[room()]);
    let runs: Vec<_> = (0..2)
        .map(|_| {
            let cli = with_dir(&db, &dir).args(["migrate", "--all-tenants", "-o", "json"]);
            std::thread::spawn(move || cli.succeeds().json())
        })
        .collect();
    let outs: Vec<serde_json::Value> = runs.into_iter().map(|h| h.join().unwrap()).collect();
    let migrated: i64 = outs.iter().map(|o| o["migrated"].as_i64().unwrap()).sum();
    assert_eq!(migrated, 8, "{outs:?}");
    assert_eq!(history_counts(&db, &ids, 2), vec!["1"; 8]);
}

#[test]
fn no_wait_exits_8_while_another_run_holds_the_lock() {
    let db = TestDb::new();
    db.tenant("nw");
    rt().block_on(async {
        use sqlx::Connection;
        let mut holder = sqlx::PgConnection::connect(&db.url).await.unwrap();
        exec(&mut holder, "SELECT pg_advisory_lock(8388065847913246001)").await;
        db.cli()
            .args(["migrate", "--no-wait"])
            .fails(8)
            .stderr_contains("another migration run");
    });
}

#[test]
fn drift_is_shown_refused_and_found_by_doctor() {
    let db = TestDb::new();
    let a = db.tenant("dr-a");
    db.tenant("dr-b");
    let (_d, dir) = migrations_with(&[room()]);
    with_dir(&db, &dir)
        .args(["migrate", "--all-tenants"])
        .succeeds();
    // The file of an applied migration is edited afterwards.
    let (_d2, edited) = migrations_with(&[(
        file(2, "add_room"),
        "ALTER TABLE appointments ADD COLUMN room varchar(20);\n",
    )]);
    let status = with_dir(&db, &edited)
        .args(["migrate", "status", "-o", "json"])
        .succeeds()
        .json();
    let drifted: Vec<&serde_json::Value> = status
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| !r["drift"].is_null())
        .collect();
    assert_eq!(drifted.len(), 2, "{status}");
    assert!(
        drifted[0]["drift"]
            .as_str()
            .unwrap()
            .contains(&format!("V{}", v(2)))
    );
    with_dir(&db, &edited)
        .args(["migrate", "status", "--check"])
        .fails(7)
        .stderr_contains("drifted");
    let out = with_dir(&db, &edited)
        .args(["migrate", "-t", "dr-a", "-o", "json"])
        .fails(7);
    assert_eq!(out.json()["failures"][0]["status"], "refused");
    let doctor = with_dir(&db, &edited)
        .args(["doctor", "-o", "json"])
        .fails(7)
        .json();
    assert!(
        doctor
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["kind"] == "checksum_drift" && f["schema"] == format!("tenant_{a}")),
        "{doctor}"
    );
}

#[test]
fn doctor_finds_every_planted_problem() {
    let db = TestDb::new();
    let clean = db
        .cli()
        .args(["doctor"])
        .succeeds()
        .stderr_contains("no problems found");
    assert_eq!(clean.stdout(), "", "no empty table when nothing was found");
    assert_eq!(
        db.cli().args(["doctor", "-o", "json"]).succeeds().stdout(),
        "[]\n"
    );
    let a = db.tenant("doc-a");
    let b = db.tenant("doc-b");
    let c = db.tenant("doc-c");
    let d = db.tenant("doc-d");
    db.cli().args(["doctor"]).succeeds();
    // A schema without a row, a row without a schema, a structural change, and a
    // bookkeeping row that disagrees with its schema's history.
    db.exec("CREATE SCHEMA tenant_424242");
    db.exec(&format!("DROP SCHEMA tenant_{a} CASCADE"));
    db.exec(&format!("ALTER TABLE tenant_{b}.calendar_blocks ADD COLUMN colour text; DROP INDEX tenant_{b}.appointments_starts_at_idx"));
    db.exec(&format!("DELETE FROM tenant_{c}.refinery_schema_history"));
    let out = db
        .cli()
        .args(["doctor", "-o", "json"])
        .fails(7)
        .stderr_contains("4 problem");
    let findings = out.json();
    let kinds: Vec<(String, String)> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["kind"].as_str().unwrap().to_string(),
                f["schema"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert!(
        kinds.contains(&("orphan_schema".into(), "tenant_424242".into())),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("missing_schema".into(), format!("tenant_{a}"))),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("structural_drift".into(), format!("tenant_{b}"))),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&("bookkeeping_mismatch".into(), format!("tenant_{c}"))),
        "{kinds:?}"
    );
    assert!(
        !kinds.iter().any(|(_, s)| s == &format!("tenant_{d}")),
        "{kinds:?}"
    );
    let drift = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == "structural_drift")
        .unwrap();
    assert!(
        drift["detail"].as_str().unwrap().contains("colour"),
        "{drift}"
    );
    assert!(
        drift["detail"]
            .as_str()
            .unwrap()
            .contains("appointments_starts_at_idx"),
        "{drift}"
    );
    assert!(
        findings
            .as_array()
            .unwrap()
            .iter()
            .all(|f| !f["fix"].as_str().unwrap().is_empty())
    );
    // A missing extension.
    db.exec("DROP EXTENSION btree_gist CASCADE");
    let out = db.cli().args(["doctor", "-o", "json"]).fails(7).json();
    assert!(
        out.as_array()
            .unwrap()
            .iter()
            .any(|f| f["kind"] == "missing_extension"),
        "{out}"
    );
}

/// The bookkeeping check reads every schema's own history in one pass over the fleet
/// (not a transaction per tenant): a schema without a history table, one whose
/// history changed, and a bookkeeping row from before checksums were recorded sit
/// among clean tenants, and each disagreement is named once, with what each side says.
#[test]
fn doctor_checks_every_schemas_history_against_the_bookkeeping_in_one_pass() {
    let db = TestDb::new();
    db.tenant("hist-a");
    let no_table = db.tenant("hist-b");
    let changed = db.tenant("hist-c");
    let old_row = db.tenant("hist-d");
    db.exec(&format!(
        "DROP TABLE tenant_{no_table}.refinery_schema_history"
    ));
    db.exec(&format!(
        "UPDATE tenant_{changed}.refinery_schema_history SET checksum = '4242' WHERE version = 1"
    ));
    db.exec(&format!(
        "UPDATE theratime.tenant_migrations SET applied = '' WHERE tenant_id = {old_row}"
    ));
    let before = db.snapshot();
    let out = db.cmd("doctor -o json").fails(7);
    let findings = out.json();
    let got: Vec<(&str, &str)> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["kind"].as_str().unwrap(), f["schema"].as_str().unwrap()))
        .collect();
    let (b, c) = (format!("tenant_{no_table}"), format!("tenant_{changed}"));
    assert_eq!(
        got,
        [
            ("bookkeeping_mismatch", b.as_str()),
            ("bookkeeping_mismatch", c.as_str()),
            // (A schema without its history table also differs from a fresh one.)
            ("structural_drift", b.as_str()),
        ],
        "{findings}"
    );
    out.stderr_contains("doctor found 3 problem(s)");
    let v = tenant_version();
    let detail = |i: usize| findings[i]["detail"].as_str().unwrap().to_string();
    assert!(
        detail(0).ends_with("the schema's own history says version 0 (no history table)"),
        "{}",
        detail(0)
    );
    assert!(detail(0).starts_with(&format!("theratime.tenant_migrations says version {v} (1:")));
    assert!(
        detail(1).contains(&format!("own history says version {v} (1:4242,")),
        "{}",
        detail(1)
    );
    assert_eq!(findings[1]["tenant"], "hist-c");
    assert_eq!(
        findings[1]["fix"],
        "find out who changed the schema by hand; then `theratime migrate -t hist-c` or correct theratime.tenant_migrations"
    );
    // Doctor changes nothing (its reference schema is rolled back).
    assert_eq!(db.snapshot(), before);
}

#[test]
fn migrate_new_writes_the_next_numbered_file() {
    let (_d, dir) = migrations_with(&[room()]);
    let out = cli()
        .args([
            "--migrations",
            dir.to_str().unwrap(),
            "migrate",
            "new",
            "add_floor",
        ])
        .succeeds();
    let path = out.stdout().trim().to_string();
    assert!(path.ends_with(&file(3, "add_floor")), "{path}");
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("-- Tenant migration")
    );
    let out = cli()
        .args([
            "--migrations",
            dir.to_str().unwrap(),
            "migrate",
            "new",
            "more_fleet",
            "--global",
        ])
        .succeeds();
    let next_global = std::fs::read_dir(repo_root().join("migrations/global"))
        .unwrap()
        .filter_map(|f| {
            let name = f.unwrap().file_name().into_string().unwrap();
            name.strip_prefix('V')?
                .split("__")
                .next()?
                .parse::<i32>()
                .ok()
        })
        .max()
        .unwrap()
        + 1;
    assert!(
        out.stdout()
            .trim()
            .ends_with(&format!("global/V{next_global}__more_fleet.sql")),
        "{}",
        out.stdout()
    );
    cli()
        .args([
            "--migrations",
            dir.to_str().unwrap(),
            "migrate",
            "new",
            "Bad Name",
        ])
        .fails(5)
        .stderr_contains("invalid migration name");
    // The new file is picked up by a run from the directory.
    let db = TestDb::new();
    db.tenant("mn");
    with_dir(&db, &dir).args(["migrate"]).succeeds();
    assert_eq!(versions(&db), ["mn=3"]);
}

#[test]
fn tenant_create_uses_the_migrations_directory() {
    let db = TestDb::new();
    let (_d, dir) = migrations_with(&[room()]);
    let id = with_dir(&db, &dir)
        .args(["tenant", "create", "dirt", "--name", "D", "-q"])
        .succeeds()
        .stdout();
    let id = id.trim();
    assert_eq!(db.one(&format!("SELECT count(*)::text FROM information_schema.columns WHERE table_schema = 'tenant_{id}' AND column_name = 'room'")), "1");
    assert_eq!(versions(&db), ["dirt=2"]);
}

#[test]
fn the_default_tenant_never_narrows_a_fleet_run() {
    let db = TestDb::new();
    db.tenant("def-a");
    db.tenant("def-b");
    let (_d, dir) = migrations_with(&[room()]);
    with_dir(&db, &dir)
        .env("THERATIME_TENANT", "def-a")
        .args(["migrate"])
        .succeeds();
    assert_eq!(versions(&db), ["def-a=2", "def-b=2"]);
    // An explicit --tenant does narrow it.
    let (_d3, dir3) = migrations_with(&[
        room(),
        (
            file(3, "floor"),
            "ALTER TABLE appointments ADD COLUMN floor int;\n",
        ),
    ]);
    with_dir(&db, &dir3)
        .args(["migrate", "--tenant", "def-b"])
        .succeeds();
    assert_eq!(versions(&db), ["def-a=2", "def-b=3"]);
}

#[test]
fn a_fleet_backup_holds_only_the_tenant_it_is_copying() {
    let db = TestDb::new();
    db.tenant("acme");
    let b = db.tenant("beta");
    let (_d, dir) = migrations_with(&[room()]);
    let out = tempfile::tempdir().unwrap();
    rt().block_on(async {
        // The backup copies acme, then waits on beta's table, holding beta's lock.
        let mut holder = hold(
            &db.url,
            &format!("BEGIN; LOCK TABLE tenant_{b}.appointments IN ACCESS EXCLUSIVE MODE"),
        )
        .await;
        let args = [
            "backup",
            "--all-tenants",
            "--jobs",
            "1",
            "-o",
            "json",
            "--out",
        ];
        let backup = spawn_blocked(&db, &mut holder, &args, out.path()).await;
        // acme's migration does not wait for the rest of the backup; beta's waits
        // for beta's copy to finish.
        with_dir(&db, &dir)
            .args(["migrate", "-t", "acme"])
            .succeeds();
        let migrate = spawn_blocked(
            &db,
            &mut holder,
            &["--migrations", dir.to_str().unwrap(), "migrate", "-t"],
            Path::new("beta"),
        )
        .await;
        exec(&mut holder, "COMMIT").await;
        let (stdout, _) = succeeded(backup);
        succeeded(migrate);
        let rows: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        let version = |slug: &str| {
            rows.as_array()
                .unwrap()
                .iter()
                .find(|r| r["tenant"] == slug)
                .unwrap()["schema_version"]
                .clone()
        };
        // Each archive holds its tenant as it was before its migration.
        assert_eq!(version("acme"), v(1), "{rows}");
        assert_eq!(version("beta"), v(1), "{rows}");
    });
    assert_eq!(versions(&db), ["acme=2", "beta=2"]);
}

/// The fleet commands share one tenant selection and one `--jobs` check: never
/// `-t` with `--all-tenants` (exit 2), a tenant or `--all-tenants` where one is
/// needed (exit 2), `--jobs` 1 to 64 (exit 5); nothing changes.
#[test]
fn fleet_commands_check_their_tenant_selection_and_jobs_alike() {
    let db = TestDb::new();
    db.tenant("acme");
    let out = tempfile::tempdir().unwrap();
    let out = out.path().display().to_string();
    let before = db.snapshot();
    let commands = [
        "migrate".to_string(),
        format!("backup --out {out}"),
        format!("export --format csv --out {out}"),
        "report utilization --from 2027-03-01 --to 2027-03-31".to_string(),
        "reminders --within 24h".to_string(),
    ];
    for command in &commands {
        db.cmd(&format!("{command} -t acme --all-tenants"))
            .fails(2)
            .stderr_contains("give either --tenant or --all-tenants, not both");
        db.cmd(&format!("{command} --all-tenants --jobs 0"))
            .fails(5)
            .stderr_contains("--jobs 0 is out of range: use 1 to 64");
        if command != "migrate" {
            db.cmd(command).fails(2).stderr_contains(
                "no tenant given: pass -t/--tenant T (slug or id) or --all-tenants",
            );
        }
    }
    assert_eq!(db.snapshot(), before);
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 0);
}
