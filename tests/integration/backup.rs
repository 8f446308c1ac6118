//! `theratime backup`, `backup verify|inspect` and `restore` against a real PostgreSQL.

use std::path::{Path, PathBuf};

use crate::harness::*;

/// `backup -t SLUG` into a fresh directory; the directory and the archive.
fn backup_one(db: &TestDb, slug: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = out_dir();
    db.cli()
        .args(["backup", "-t", slug, "--out"])
        .arg_path(dir.path())
        .succeeds();
    let file = only_archive(dir.path(), slug);
    (dir, file)
}

/// A tenant's appointment ids in the order its heap holds them.
fn heap_order(db: &TestDb, tid: i64) -> String {
    db.one(&format!(
        "SELECT string_agg(id::text, ',' ORDER BY ctid) FROM tenant_{tid}.appointments"
    ))
}

/// A tenant's appointment ids by start time.
fn time_order(db: &TestDb, tid: i64) -> String {
    db.one(&format!(
        "SELECT string_agg(id::text, ',' ORDER BY starts_at, id) FROM tenant_{tid}.appointments"
    ))
}

fn only_archive(dir: &Path, slug: &str) -> PathBuf {
    let found: Vec<PathBuf> = archives(dir)
        .into_iter()
        .filter(|p| {
            theratime::backup::archive::parse_file_name(p.file_name().unwrap().to_str().unwrap())
                .unwrap()
                .0
                == slug
        })
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    found[0].clone()
}

#[test]
fn backup_drop_restore_round_trip_of_several_tenants() {
    let db = TestDb::new();
    let a = db.tenant("acme");
    let b = db.tenant("acme-east");
    populate(&db, b, "acme-east", None);
    // acme's third client has since moved to acme-east.
    populate(&db, a, "acme", Some(b));
    // An update moves acme's first appointment to the end of the heap; the restore
    // lays the rows out by time again.
    db.exec(&format!(
        "UPDATE tenant_{a}.appointments SET sequence = sequence WHERE id = (SELECT min(id) FROM tenant_{a}.appointments)"
    ));
    assert_ne!(heap_order(&db, a), time_order(&db, a));
    // acme's last block is removed: its sequence stands past the largest block id.
    db.exec(&format!(
        "DELETE FROM tenant_{a}.calendar_blocks WHERE id = (SELECT max(id) FROM tenant_{a}.calendar_blocks)"
    ));
    let removed_block = db.one(&format!(
        "SELECT last_value::text FROM tenant_{a}.calendar_blocks_id_seq"
    ));
    let before_a = canonical(&db, "acme");
    let before_b = canonical(&db, "acme-east");
    let dir = out_dir();
    let out = db
        .cli()
        .args(["backup", "--all-tenants", "--out"])
        .arg_path(dir.path())
        .args(["-o", "json"])
        .succeeds()
        .stderr_contains("backup finished: 2 tenant(s), 2 ok");
    let rows = out.json();
    assert_eq!(rows.as_array().unwrap().len(), 2, "{rows}");
    assert!(
        rows.as_array()
            .unwrap()
            .iter()
            .all(|r| r["snapshot"] == "fleet")
    );
    // Files are 0600 and named <slug>-<timestamp>.ttbk.
    for p in archives(dir.path()) {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let fa = only_archive(dir.path(), "acme");
    let fb = only_archive(dir.path(), "acme-east");
    db.cli()
        .args(["backup", "verify"])
        .arg_path(&fa)
        .succeeds()
        .stdout_contains("intact");
    let inspect = db
        .cli()
        .args(["backup", "inspect", "-o", "json"])
        .arg_path(&fa)
        .succeeds()
        .json();
    assert_eq!(inspect["header"]["tenant"]["slug"], "acme");
    assert_eq!(inspect["header"]["schema_version"], tenant_version());
    let sections: Vec<&str> = inspect["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        sections,
        [
            "users",
            "appointment_series",
            "appointments",
            "calendar_blocks",
            "working_hours"
        ]
    );
    assert_eq!(inspect["sections"][2]["rows"], 5);

    for slug in ["acme", "acme-east"] {
        db.cli().args(["tenant", "drop", slug, "--yes"]).succeeds();
    }
    // acme-east first: acme's moved client is then linked by email, when asked to.
    db.cli().args(["restore"]).arg_path(&fb).succeeds();
    db.cli()
        .args(["restore"])
        .arg_path(&fa)
        .fails(3)
        .stderr_contains("--link-users");
    db.cli()
        .args(["restore", "--link-users"])
        .arg_path(&fa)
        .succeeds()
        .stdout_contains("link");
    assert_eq!(canonical(&db, "acme-east"), before_b);
    assert_eq!(canonical(&db, "acme"), before_a);
    assert_eq!(heap_order(&db, a), time_order(&db, a));
    // The next booking just works: identity sequences continue after restored ids.
    let t1 = db.one("SELECT id::text FROM theratime.users WHERE email = 't1@acme.test'");
    let c1 = db.one("SELECT id::text FROM theratime.users WHERE email = 'c1@acme.test'");
    let next = db.one(&format!(
        "INSERT INTO tenant_{a}.appointments (therapist_id, client_id, starts_at, ends_at)
         VALUES ({t1}, {c1}, '2027-01-01 09:00Z', '2027-01-01 10:00Z') RETURNING id::text"
    ));
    assert_eq!(next, "6");
    // ... and never hands out the id of a row removed before the backup.
    let block = db.one(&format!(
        "INSERT INTO tenant_{a}.calendar_blocks (therapist_id, starts_at, ends_at)
         VALUES ({t1}, '2027-02-01 09:00Z', '2027-02-01 10:00Z') RETURNING id::text"
    ));
    assert_eq!(
        block.parse::<i64>().unwrap(),
        removed_block.parse::<i64>().unwrap() + 1
    );
    // Users too: the new id is past every id the archives carried.
    let restored_max: i64 = db
        .one("SELECT max(id)::text FROM theratime.users")
        .parse()
        .unwrap();
    let u = db.add_user(a, "new@acme.test", "client");
    assert!(u > restored_max, "{u} <= {restored_max}");
    db.cli()
        .args(["tenant", "create", "fresh", "--name", "F"])
        .succeeds();
}

#[test]
fn restore_into_a_second_database_and_as_with_remapped_ids() {
    let db = TestDb::new();
    let a = db.tenant("acme");
    let other = db.tenant("other");
    populate(&db, a, "acme", Some(other));
    let before = canonical(&db, "acme");
    let before_email = canonical_by_email(&db, "acme");
    let (_dir, file) = backup_one(&db, "acme");

    // Another server's empty database: everything keeps its ids; the moved client is
    // restored as an inactive user of acme.
    let db2 = TestDb::new();
    db2.cli()
        .args(["restore"])
        .arg_path(&file)
        .succeeds()
        .stdout_contains("restore inactive");
    let mut expected = before.clone();
    let c3 = db.one("SELECT id::text FROM theratime.users WHERE email = 'c3@acme.test'");
    expected = expected.replace(
        &format!("{c3}|{other}|c3@acme.test|c3@acme.test|client|t|"),
        &format!("{c3}|{a}|c3@acme.test|c3@acme.test|client|f|"),
    );
    assert_eq!(canonical(&db2, "acme"), expected);

    // A third database where the ids are taken: --as with remapped users and tenant.
    let db3 = TestDb::new();
    let z = db3.tenant("zeta");
    for i in 0..8 {
        db3.add_user(z, &format!("z{i}@zeta.test"), "client");
    }
    let snap = db3.snapshot();
    let dry = db3
        .cli()
        .args(["restore", "--as", "acme2", "--dry-run", "-o", "json"])
        .arg_path(&file)
        .succeeds()
        .json();
    let tenant_item =
        |report: &serde_json::Value| -> serde_json::Value { report.as_array().unwrap()[0].clone() };
    // zeta took the tenant's id: the plan remaps it.
    assert_eq!(tenant_item(&dry)["kind"], "tenant", "{dry}");
    assert_eq!(tenant_item(&dry)["action"], "remap", "{dry}");
    assert_eq!(db3.snapshot(), snap, "a dry run writes nothing");
    // -q prints the restored tenant's id.
    let printed = db3
        .cli()
        .args(["restore", "--as", "acme2", "-q"])
        .arg_path(&file)
        .succeeds()
        .stdout();
    let tid = db3.one("SELECT id::text FROM theratime.tenants WHERE slug = 'acme2'");
    assert_eq!(printed.trim(), tid);
    assert_ne!(tid, a.to_string());
    // The report of the real restore says the same as the plan and names the new id
    // (it said "keep", "schema tenant_<archived id>").
    let db4 = TestDb::new();
    db4.tenant("zeta");
    let done = db4
        .cli()
        .args(["restore", "--as", "acme2", "-o", "json"])
        .arg_path(&file)
        .succeeds()
        .json();
    let tid4 = db4.one("SELECT id::text FROM theratime.tenants WHERE slug = 'acme2'");
    assert_eq!(tenant_item(&done)["action"], "remap", "{done}");
    assert_eq!(tenant_item(&done)["archived_id"], a, "{done}");
    assert_eq!(
        tenant_item(&done)["restored_id"].to_string(),
        tid4,
        "{done}"
    );
    let got = canonical_by_email(&db3, "acme2");
    // The moved client became acme2's own (inactive) user here.
    assert_eq!(
        got.lines()
            .filter(|l| !l.starts_with("c3@"))
            .collect::<Vec<_>>(),
        before_email
            .lines()
            .filter(|l| !l.starts_with("c3@"))
            .collect::<Vec<_>>()
    );
    // Its sequences continue after the remapped ids.
    let u = db3.add_user(tid.parse().unwrap(), "later@acme.test", "client");
    assert!(u > 14, "{u}");
}

#[test]
fn conflicts_refuse_and_write_nothing() {
    let db = TestDb::new();
    let a = db.tenant("acme");
    populate(&db, a, "acme", None);
    let (dir, file) = backup_one(&db, "acme");
    let snap = db.snapshot();
    // The tenant exists.
    db.cli()
        .args(["restore"])
        .arg_path(&file)
        .fails(3)
        .stderr_contains("already exists");
    // Under a new slug, its users' emails exist: listed, exit 3.
    db.cli()
        .args(["restore", "--as", "acme2"])
        .arg_path(&file)
        .fails(3)
        .stderr_contains("t1@acme.test");
    db.cli()
        .args(["restore", "--as", "acme2", "--dry-run"])
        .arg_path(&file)
        .fails(3)
        .stdout_contains("refuse");
    // Bad slug (5), missing file (4), unknown tenant (4).
    db.cli()
        .args(["restore", "--as", "Bad Slug"])
        .arg_path(&file)
        .fails(5)
        .stderr_contains("invalid slug");
    db.cli()
        .args(["restore", "/nonexistent/acme.ttbk"])
        .fails(4)
        .stderr_contains("not found");
    db.cli()
        .args(["backup", "-t", "nope", "--out"])
        .arg_path(dir.path())
        .fails(4)
        .stderr_contains("not found");
    db.cli()
        .args(["backup", "--out"])
        .arg_path(dir.path())
        .fails(2)
        .stderr_contains("--all-tenants");
    assert_eq!(db.snapshot(), snap);
    assert_eq!(archives(dir.path()).len(), 1);
}

fn flip(path: &Path, at: usize) -> PathBuf {
    let mut bytes = std::fs::read(path).unwrap();
    bytes[at] ^= 0x20;
    let out = path.with_file_name(format!("flipped-{at}.ttbk"));
    std::fs::write(&out, bytes).unwrap();
    out
}

#[test]
fn damaged_archives_are_detected_before_any_write() {
    let db = TestDb::new();
    let a = db.tenant("acme");
    populate(&db, a, "acme", None);
    let (dir, file) = backup_one(&db, "acme");
    db.cli()
        .args(["tenant", "drop", "acme", "--yes"])
        .succeeds();
    let snap = db.snapshot();
    let len = std::fs::metadata(&file).unwrap().len() as usize;
    // Every single flipped byte is detected, wherever it is.
    for at in [
        0,
        9,
        11,
        14,
        40,
        len / 2,
        len * 2 / 3,
        len - 40,
        len - 33,
        len - 1,
    ] {
        let bad = flip(&file, at);
        db.cli()
            .args(["backup", "verify"])
            .arg_path(&bad)
            .fails(5)
            .stderr_contains("damaged");
    }
    let bad = flip(&file, len / 2);
    db.cli()
        .args(["restore"])
        .arg_path(&bad)
        .fails(5)
        .stderr_contains("damaged");
    // Truncated.
    let short = dir.path().join("short.ttbk");
    std::fs::write(&short, &std::fs::read(&file).unwrap()[..len - 10]).unwrap();
    db.cli()
        .args(["backup", "verify"])
        .arg_path(&short)
        .fails(5)
        .stderr_contains("truncated");
    db.cli()
        .args(["restore"])
        .arg_path(&short)
        .fails(5)
        .stderr_contains("truncated");
    assert_eq!(db.snapshot(), snap);
    // The intact one still restores.
    db.cli().args(["restore"]).arg_path(&file).succeeds();
}

#[test]
fn a_data_byte_names_the_damaged_table() {
    let db = TestDb::new();
    let a = db.tenant("acme");
    populate(&db, a, "acme", None);
    let dir = out_dir();
    db.cli()
        .args(["backup", "-t", "acme", "--no-compress", "--out"])
        .arg_path(dir.path())
        .succeeds();
    let file = only_archive(dir.path(), "acme");
    let bytes = std::fs::read(&file).unwrap();
    let at = bytes
        .windows(5)
        .position(|w| w == b"lunch")
        .expect("block reason in the data");
    let bad = flip(&file, at);
    db.cli()
        .args(["backup", "verify"])
        .arg_path(&bad)
        .fails(5)
        .stderr_contains("section calendar_blocks");
}

#[test]
fn encrypted_archives_need_the_right_identity() {
    let db = TestDb::new();
    let a = db.tenant("acme");
    populate(&db, a, "acme", None);
    let before = canonical(&db, "acme");
    let dir = out_dir();
    let key = age::x25519::Identity::generate();
    let other = age::x25519::Identity::generate();
    use age::secrecy::ExposeSecret;
    let id_file = dir.path().join("key.txt");
    std::fs::write(&id_file, key.to_string().expose_secret()).unwrap();
    let wrong_file = dir.path().join("wrong.txt");
    std::fs::write(&wrong_file, other.to_string().expose_secret()).unwrap();
    db.cli()
        .args([
            "backup",
            "-t",
            "acme",
            "--encrypt-to",
            &key.to_public().to_string(),
            "--out",
        ])
        .arg_path(dir.path())
        .succeeds();
    let file = only_archive(dir.path(), "acme");
    assert!(file.to_str().unwrap().ends_with(".ttbk.age"));
    assert!(!String::from_utf8_lossy(&std::fs::read(&file).unwrap()).contains("t1@acme.test"));
    db.cli()
        .args(["backup", "verify", "--identity"])
        .arg_path(&id_file)
        .arg_path(&file)
        .succeeds();
    db.cli()
        .args(["backup", "verify"])
        .arg_path(&file)
        .fails(5)
        .stderr_contains("--identity");
    db.cli()
        .args(["tenant", "drop", "acme", "--yes"])
        .succeeds();
    let snap = db.snapshot();
    db.cli()
        .args(["restore", "--identity"])
        .arg_path(&wrong_file)
        .arg_path(&file)
        .fails(5)
        .stderr_contains("another key");
    db.cli()
        .args(["restore", "--identity", "/nonexistent/key.txt"])
        .arg_path(&file)
        .fails(4);
    let bad = flip(&file, std::fs::metadata(&file).unwrap().len() as usize / 2);
    db.cli()
        .args(["backup", "inspect", "--identity"])
        .arg_path(&id_file)
        .arg_path(&bad)
        .fails(5);
    assert_eq!(db.snapshot(), snap);
    db.cli()
        .args(["restore", "--identity"])
        .arg_path(&id_file)
        .arg_path(&file)
        .succeeds();
    assert_eq!(canonical(&db, "acme"), before);
}

#[test]
fn keep_prunes_only_the_tenants_own_files() {
    let db = TestDb::new();
    db.tenant("acme");
    db.tenant("acme-east");
    let dir = out_dir();
    for _ in 0..3 {
        db.cli()
            .args(["backup", "--all-tenants", "-q", "--out"])
            .arg_path(dir.path())
            .succeeds();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert_eq!(archives(dir.path()).len(), 6);
    db.cli()
        .args(["backup", "-t", "acme", "--keep", "2", "--out"])
        .arg_path(dir.path())
        .succeeds();
    let names: Vec<String> = archives(dir.path())
        .iter()
        .map(|p| p.file_name().unwrap().to_str().unwrap().to_string())
        .collect();
    assert_eq!(
        names.iter().filter(|n| n.starts_with("acme-east-")).count(),
        3,
        "{names:?}"
    );
    assert_eq!(names.len(), 5, "{names:?}");
    // An old "archive" --keep cannot delete (a directory): the new archive is written
    // and listed, the run exits 7 and says why.
    let stuck = dir.path().join("acme-20200101T000000.000Z.ttbk");
    std::fs::create_dir(&stuck).unwrap();
    let run = db
        .cli()
        .args(["backup", "-t", "acme", "--keep", "1", "-q", "--out"])
        .arg_path(dir.path())
        .fails(7)
        .stderr_contains("could not be deleted");
    let written = run.stdout().trim().to_string();
    assert!(written.contains("/acme-"), "{written}");
    db.cli().args(["backup", "verify", &written]).succeeds();
    assert!(stuck.is_dir());
}

#[test]
fn a_second_run_exits_8_with_no_wait_or_waits_then_runs() {
    let db = TestDb::new();
    db.tenant("acme");
    let dir = out_dir();
    rt().block_on(async {
        let lock = format!(
            "SELECT pg_advisory_lock({})",
            theratime::backup::BACKUP_LOCK
        );
        let mut holder = hold(&db.url, &lock).await;
        db.cli()
            .args(["backup", "--all-tenants", "--no-wait", "--out"])
            .arg_path(dir.path())
            .fails(8)
            .stderr_contains("backup lock");
        assert!(archives(dir.path()).is_empty());
        // Without --no-wait it waits for the other run, then runs.
        let child = spawn_blocked(
            &db,
            &mut holder,
            &["backup", "--all-tenants", "--out"],
            dir.path(),
        )
        .await;
        assert!(archives(dir.path()).is_empty());
        exec(
            &mut holder,
            &format!(
                "SELECT pg_advisory_unlock({})",
                theratime::backup::BACKUP_LOCK
            ),
        )
        .await;
        let (_, stderr) = succeeded(child);
        assert!(stderr.contains("waiting"), "{stderr}");
        assert!(stderr.contains("1 ok"), "{stderr}");
    });
    assert_eq!(archives(dir.path()).len(), 1);
}

#[test]
fn a_killed_backup_leaves_no_file_under_its_final_name() {
    let db = TestDb::new();
    let a = db.tenant("acme");
    let t = db.add_user(a, "t@acme.test", "therapist");
    let c = db.add_user(a, "c@acme.test", "client");
    db.exec(&format!(
        "INSERT INTO tenant_{a}.appointments (therapist_id, client_id, starts_at, ends_at, status, notes)
         SELECT {t}, {c}, '2020-01-01Z'::timestamptz + i * interval '1 hour', '2020-01-01Z'::timestamptz + i * interval '1 hour' + interval '30 minutes', 'cancelled', repeat('x', 200)
         FROM generate_series(1, 300000) i"
    ));
    let dir = out_dir();
    let mut child = db
        .cli()
        .args(["backup", "-t", "acme", "--no-compress", "--out"])
        .arg_path(dir.path())
        .spawn();
    // Kill it once its temporary file has data.
    let mut seen = false;
    for _ in 0..400 {
        let tmp: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_str().unwrap().ends_with(".tmp"))
            .collect();
        if tmp.iter().any(|e| e.metadata().unwrap().len() > 1_000_000) {
            seen = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    unsafe { libc::kill(child.id() as i32, libc::SIGKILL) };
    child.wait().unwrap();
    assert!(seen, "the backup never wrote its temporary file");
    assert!(
        archives(dir.path()).is_empty(),
        "{:?}",
        archives(dir.path())
    );
    // A later run clears the leftover once it has gone unwritten for a while, but not
    // a temporary file another run (against another database) is still writing.
    let leftover: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    assert_eq!(leftover.len(), 1, "{leftover:?}");
    let touched = std::process::Command::new("touch")
        .args(["-d", "1 hour ago"])
        .arg(&leftover[0])
        .status()
        .unwrap();
    assert!(touched.success());
    let busy = dir.path().join(".beta-20261127T000000.000Z.ttbk.x1.tmp");
    std::fs::write(&busy, "being written").unwrap();
    db.cli()
        .args(["backup", "-t", "acme", "--out"])
        .arg_path(dir.path())
        .succeeds();
    assert!(!leftover[0].exists());
    assert!(busy.exists());
    assert_eq!(archives(dir.path()).len(), 1);
}

#[test]
fn newer_archives_are_refused_and_older_ones_migrated_forward() {
    let db = TestDb::new();
    // A "newer binary": the same migrations plus one more tenant migration.
    let next = tenant_version() + 1;
    let newer = migrations_dir(&[(
        "tenant",
        &format!("V{next}__room.sql"),
        "ALTER TABLE appointments ADD COLUMN room text;",
    )]);
    let a = db.tenant("acme");
    populate(&db, a, "acme", None);
    let before = canonical(&db, "acme");
    // Old archive restored by the newer binary: migrated to the next version.
    let (_dir, old) = backup_one(&db, "acme");
    db.cli()
        .args(["tenant", "drop", "acme", "--yes"])
        .succeeds();
    let report = db
        .cli()
        .args(["restore", "-o", "json", "--migrations"])
        .arg_path(newer.path())
        .arg_path(&old)
        .succeeds()
        .json();
    // One row for the migration, naming the restored schema (the plan's row, named
    // by slug, was reported too).
    let migrated: Vec<_> = report
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["action"] == "migrate")
        .collect();
    assert_eq!(migrated.len(), 1, "{report}");
    assert_eq!(migrated[0]["name"], format!("tenant_{a}"), "{report}");
    assert_eq!(
        migrated[0]["detail"],
        format!("version {} -> {next}", tenant_version()),
        "{report}"
    );
    assert_eq!(
        db.one(&format!(
            "SELECT max(version)::text FROM tenant_{a}.refinery_schema_history"
        )),
        next.to_string()
    );
    assert_eq!(
        db.one(&format!(
            "SELECT version::text FROM theratime.tenant_migrations WHERE tenant_id = {a}"
        )),
        next.to_string()
    );
    // Trailing empty columns dropped on both sides: the new column is empty.
    let trim = |mut s: String| {
        while s.contains(",)") {
            s = s.replace(",)", ")");
        }
        s
    };
    assert_eq!(
        trim(canonical(&db, "acme")),
        trim(before),
        "data identical besides the new column"
    );
    // An archive of the next version is refused by this binary, before anything is written.
    let dir2 = out_dir();
    db.cli()
        .args(["backup", "-t", "acme", "--migrations"])
        .arg_path(newer.path())
        .args(["--out"])
        .arg_path(dir2.path())
        .succeeds();
    let v2 = only_archive(dir2.path(), "acme");
    // The database is now newer than the embedded migrations: drop with the newer set
    // (the version guard refuses writes from an older binary).
    db.cli()
        .args(["tenant", "drop", "acme", "--yes", "--migrations"])
        .arg_path(newer.path())
        .succeeds();
    let snap = db.snapshot();
    db.cli()
        .args(["restore"])
        .arg_path(&v2)
        .fails(5)
        .stderr_contains("newer than this binary");
    assert_eq!(db.snapshot(), snap);
}

#[test]
fn all_tenants_backups_share_one_snapshot() {
    let db = TestDb::new();
    let mut ids = Vec::new();
    for i in 0..12 {
        let id = db.tenant(&format!("t{i:02}"));
        let t = db.add_user(id, &format!("t@t{i}.test"), "therapist");
        let c = db.add_user(id, &format!("c@t{i}.test"), "client");
        db.exec(&format!(
            "INSERT INTO tenant_{id}.appointments (therapist_id, client_id, starts_at, ends_at, status, notes)
             SELECT {t}, {c}, '2020-01-01Z'::timestamptz + i * interval '1 hour', '2020-01-01Z'::timestamptz + i * interval '1 hour' + interval '30 minutes', 'cancelled', repeat('y', 100)
             FROM generate_series(1, 20000) i"
        ));
        ids.push((id, t, c));
    }
    let (first, last) = (ids[0], ids[11]);
    // Another session writes one row into the first and the last tenant per
    // transaction while the backup runs.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = {
        let url = db.url.clone();
        let stop = stop.clone();
        std::thread::spawn(move || {
            rt().block_on(async move {
                use sqlx::Connection;
                let mut conn = sqlx::PgConnection::connect(&url).await.unwrap();
                let mut n = 0;
                while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                    n += 1;
                    exec(&mut conn, &format!(
                        "BEGIN;
                         INSERT INTO tenant_{}.appointments (therapist_id, client_id, starts_at, ends_at, status, notes) VALUES ({}, {}, '2030-01-01Z'::timestamptz + {n} * interval '1 hour', '2030-01-01Z'::timestamptz + {n} * interval '1 hour' + interval '1 minute', 'booked', 'pair {n}');
                         INSERT INTO tenant_{}.appointments (therapist_id, client_id, starts_at, ends_at, status, notes) VALUES ({}, {}, '2030-01-01Z'::timestamptz + {n} * interval '1 hour', '2030-01-01Z'::timestamptz + {n} * interval '1 hour' + interval '1 minute', 'booked', 'pair {n}');
                         COMMIT;",
                        first.0, first.1, first.2, last.0, last.1, last.2
                    )).await;
                }
                n
            })
        })
    };
    std::thread::sleep(std::time::Duration::from_millis(200));
    let dir = out_dir();
    db.cli()
        .args([
            "backup",
            "--all-tenants",
            "--jobs",
            "2",
            "--no-compress",
            "--out",
        ])
        .arg_path(dir.path())
        .succeeds();
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    let written = writer.join().unwrap();
    assert!(written > 0);
    // Count the pairs in the first and the last archive (their rows are COPY text).
    let pairs = |slug: &str| {
        let f = only_archive(dir.path(), slug);
        let text = String::from_utf8_lossy(&std::fs::read(f).unwrap()).into_owned();
        text.matches("\tpair ").count()
    };
    let (p_first, p_last) = (pairs("t00"), pairs("t11"));
    assert_eq!(
        p_first, p_last,
        "a pair is in one backup but not in the other"
    );
    assert!(
        (p_first as u64) < written,
        "the snapshot predates the end of the writes"
    );
}

/// `backup --all-tenants -o json` into `dir` while another session holds tenant
/// `b`'s exclusive lock (as a migration or drop does) and has run `sql` in the same
/// transaction, which commits once the backup waits for beta. stdout and stderr.
fn fleet_backup_during(db: &TestDb, b: i64, sql: &str, dir: &Path) -> (String, String) {
    rt().block_on(async {
        let lock = format!(
            "BEGIN; SELECT pg_advisory_xact_lock({}, {b}); ",
            0x5474_4c6b_i32
        );
        let mut holder = hold(&db.url, &(lock + sql)).await;
        let args = ["backup", "--all-tenants", "-o", "json", "--out"];
        let child = spawn_blocked(db, &mut holder, &args, dir).await;
        exec(&mut holder, "COMMIT").await;
        succeeded(child)
    })
}

#[test]
fn a_tenant_migrated_during_a_fleet_backup_gets_its_own_snapshot() {
    let db = TestDb::new();
    let a = db.tenant("acme");
    let b = db.tenant("beta");
    populate(&db, b, "beta", None);
    let dir = out_dir();
    // A "migration" of beta: a bookkeeping update under its lock.
    let (stdout, _) = fleet_backup_during(
        &db,
        b,
        &format!(
            "UPDATE theratime.tenant_migrations SET last_started_at = now() WHERE tenant_id = {b}"
        ),
        dir.path(),
    );
    let rows: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let snap = |id: i64| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["tenant_id"] == id)
            .unwrap()["snapshot"]
            .clone()
    };
    assert_eq!(snap(a), "fleet", "{rows}");
    assert_eq!(snap(b), "own", "{rows}");
}

/// The tenant schema's constraints, triggers and indexes as `name|definition` lines,
/// with the schema name removed, so two tenants' catalogs compare as text.
fn post_data_catalog(db: &TestDb, tid: &str) -> Vec<String> {
    db.query(&format!(
        "SELECT * FROM (
           SELECT format('constraint|%s|%s|%s', c.relname, k.conname, replace(pg_get_constraintdef(k.oid), 'tenant_{tid}.', ''))
           FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'tenant_{tid}'
           UNION ALL
           SELECT format('trigger|%s|%s|%s|%s', c.relname, t.tgname, t.tgenabled, replace(pg_get_triggerdef(t.oid), 'tenant_{tid}.', ''))
           FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'tenant_{tid}' AND NOT t.tgisinternal
           UNION ALL
           SELECT format('index|%s|%s|%s', tablename, indexname, replace(indexdef, 'tenant_{tid}.', ''))
           FROM pg_indexes WHERE schemaname = 'tenant_{tid}') x
         ORDER BY 1"
    ))
}

#[test]
fn a_restored_schema_has_the_catalog_of_a_fresh_tenant() {
    let db = TestDb::new();
    let a = db.tenant("acme");
    populate(&db, a, "acme", None);
    let (_dir, file) = backup_one(&db, "acme");
    db.cli()
        .args(["tenant", "drop", "acme", "--yes"])
        .succeeds();
    db.cli().args(["restore"]).arg_path(&file).succeeds();
    let fresh = db.tenant("fresh");
    let restored = post_data_catalog(&db, &a.to_string());
    let expected = post_data_catalog(&db, &fresh.to_string());
    assert!(
        restored
            .iter()
            .filter(|l| l.starts_with("trigger|"))
            .count()
            == 2
            && restored
                .iter()
                .any(|l| l.contains("appointments_no_therapist_overlap|EXCLUDE USING gist")),
        "{restored:#?}"
    );
    assert_eq!(restored, expected);
    // The re-created checks are live: an overlap with the restored block is refused.
    let t1 = db.one("SELECT id::text FROM theratime.users WHERE email = 't1@acme.test'");
    let c1 = db.one("SELECT id::text FROM theratime.users WHERE email = 'c1@acme.test'");
    assert_eq!(
        db.exec_err(&format!(
            "INSERT INTO tenant_{a}.appointments (therapist_id, client_id, starts_at, ends_at)
             VALUES ({t1}, {c1}, '2026-12-01 12:30Z', '2026-12-01 13:30Z')"
        )),
        "23P01"
    );
    assert_eq!(
        db.exec_err(&format!(
            "INSERT INTO tenant_{a}.appointments (therapist_id, client_id, starts_at, ends_at)
             VALUES ({t1}, {c1}, '2026-12-01 09:30Z', '2026-12-01 09:45Z')"
        )),
        "23P01"
    );
}

#[test]
fn a_restore_whose_data_breaks_an_invariant_is_refused_and_writes_nothing() {
    let db = TestDb::new();
    let a = db.tenant("acme");
    let b = db.tenant("beta");
    populate(&db, a, "acme", None);
    populate(&db, b, "beta", None);
    let user = |email: &str| {
        db.one(&format!(
            "SELECT id::text FROM theratime.users WHERE email = '{email}'"
        ))
    };
    // acme: an active appointment over t1's lunch block, written past the triggers.
    let (t1, c1) = (user("t1@acme.test"), user("c1@acme.test"));
    db.exec(&format!(
        "ALTER TABLE tenant_{a}.appointments DISABLE TRIGGER ALL;
         INSERT INTO tenant_{a}.appointments (therapist_id, client_id, starts_at, ends_at)
         VALUES ({t1}, {c1}, '2026-12-01 12:30Z', '2026-12-01 13:30Z');
         ALTER TABLE tenant_{a}.appointments ENABLE TRIGGER ALL;"
    ));
    // beta: a client double-booked, written past the exclusion constraint.
    let (t2, c1) = (user("t2@beta.test"), user("c1@beta.test"));
    db.exec(&format!(
        "ALTER TABLE tenant_{b}.appointments DROP CONSTRAINT appointments_no_client_overlap;
         INSERT INTO tenant_{b}.appointments (therapist_id, client_id, starts_at, ends_at)
         VALUES ({t2}, {c1}, '2026-12-01 09:30Z', '2026-12-01 10:30Z');"
    ));
    let dir = out_dir();
    db.cli()
        .args(["backup", "--all-tenants", "--out"])
        .arg_path(dir.path())
        .succeeds();
    for slug in ["acme", "beta"] {
        db.cli().args(["tenant", "drop", slug, "--yes"]).succeeds();
    }
    let snap = db.snapshot();
    db.cli()
        .args(["restore"])
        .arg_path(only_archive(dir.path(), "acme"))
        .fails(5)
        .stderr_contains("1 active appointment(s) overlapping a calendar block of their therapist");
    assert_eq!(db.snapshot(), snap);
    db.cli()
        .args(["restore"])
        .arg_path(only_archive(dir.path(), "beta"))
        .fails(3)
        .stderr_contains("breaks constraint appointments_no_client_overlap");
    assert_eq!(db.snapshot(), snap);
    assert_eq!(
        db.one("SELECT count(*)::text FROM pg_namespace WHERE nspname LIKE 'tenant\\_%'"),
        "0"
    );
}

#[test]
fn a_fleet_backup_with_one_broken_tenant_backs_up_the_rest_and_exits_7() {
    let db = TestDb::new();
    let a = db.tenant("acme");
    populate(&db, a, "acme", None);
    let broken = db.tenant("broken");
    db.tenant("zeta");
    db.exec(&format!("DROP SCHEMA tenant_{broken} CASCADE"));
    let before = db.snapshot_without_audit();
    let dir = out_dir();
    db.cli()
        .args(["backup", "--all-tenants", "--out"])
        .arg_path(dir.path())
        .fails(7)
        .stderr_contains(&format!("tenant broken: FAILED: schema tenant_{broken}"))
        .stderr_contains("backup finished: 3 tenant(s), 2 ok, 1 failed")
        .stderr_contains(&format!(
            "1 of 3 tenants failed (broken: schema tenant_{broken} "
        ));
    assert_eq!(db.snapshot_without_audit(), before);
    // One audit row per archive written.
    assert_eq!(
        db.one("SELECT string_agg(tenant_slug, ',' ORDER BY tenant_slug) FROM theratime.audit_log WHERE command = 'backup'"),
        "acme,zeta"
    );
    let names: Vec<String> = archives(dir.path())
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names.iter().any(|n| n.starts_with("acme-")), "{names:?}");
    assert!(names.iter().any(|n| n.starts_with("zeta-")), "{names:?}");
    db.cli()
        .args(["backup", "verify"])
        .arg_path(only_archive(dir.path(), "acme"))
        .succeeds();
    // -q: the archives written, one a line, and the failure on stderr.
    let quiet = out_dir();
    let run = db
        .cli()
        .args(["backup", "--all-tenants", "-q", "--out"])
        .arg_path(quiet.path())
        .fails(7)
        .stderr_contains("tenant broken: FAILED");
    let listed: Vec<String> = run.stdout().lines().map(str::to_string).collect();
    let written: Vec<String> = archives(quiet.path())
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    assert_eq!(listed.len(), 2, "{listed:?}");
    assert!(
        listed.iter().all(|l| written.contains(l)),
        "{listed:?} {written:?}"
    );
}

#[test]
fn a_tenant_dropped_during_a_fleet_backup_is_skipped() {
    let db = TestDb::new();
    db.tenant("acme");
    let b = db.tenant("beta");
    populate(&db, b, "beta", None);
    let dir = out_dir();
    // `tenant drop beta`: schema and row gone under its lock.
    let (_, stderr) = fleet_backup_during(
        &db,
        b,
        &format!("DROP SCHEMA tenant_{b} CASCADE; DELETE FROM theratime.tenants WHERE id = {b}"),
        dir.path(),
    );
    assert!(
        stderr.contains("tenant beta: dropped during the run; skipped"),
        "{stderr}"
    );
    assert!(stderr.contains("1 ok, 0 failed, 1 skipped"), "{stderr}");
    let names: Vec<String> = archives(dir.path())
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    assert!(names[0].starts_with("acme-"), "{names:?}");
}

#[test]
fn a_restore_moves_the_global_sequences_before_a_concurrent_create_can_collide() {
    let src = TestDb::new();
    src.tenant("one");
    src.tenant("two");
    let moved = src.tenant("moved");
    populate(&src, moved, "moved", None);
    let (_dir, file) = backup_one(&src, "moved");
    // The target has one tenant and no users: the archive's tenant and user ids are
    // free there, and above both sequences.
    let dst = TestDb::new();
    let local = dst.tenant("local");
    let spawn = |args: &[&str]| dst.cli().args(args).spawn();
    rt().block_on(async {
        // Hold the restore just before its commit (its audit row waits), and let a
        // tenant create and a user add draw their ids meanwhile.
        let mut holder = hold(
            &dst.url,
            "BEGIN; LOCK TABLE theratime.audit_log IN ACCESS EXCLUSIVE MODE",
        )
        .await;
        let restore = spawn_blocked(&dst, &mut holder, &["restore"], &file).await;
        let others = [
            spawn(&["tenant", "create", "fresh", "--name", "F"]),
            spawn(&[
                "user",
                "add",
                "-t",
                "local",
                "--email",
                "x@local.test",
                "--name",
                "X",
                "--role",
                "client",
            ]),
        ];
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        exec(&mut holder, "COMMIT").await;
        for child in std::iter::once(restore).chain(others) {
            succeeded(child);
        }
    });
    assert_eq!(
        dst.one("SELECT string_agg(slug || '=' || id, ',' ORDER BY id) FROM theratime.tenants"),
        format!("local={local},moved={moved},fresh={}", moved + 1)
    );
    // The user added meanwhile comes after every restored user.
    assert_eq!(
        dst.one(&format!(
            "SELECT ((SELECT id FROM theratime.users WHERE email = 'x@local.test')
                     > (SELECT max(id) FROM theratime.users WHERE tenant_id = {moved}))::text"
        )),
        "true"
    );
}

#[test]
fn verify_and_inspect_take_many_files_one_result_each() {
    let db = TestDb::new();
    let a = db.tenant("acme");
    populate(&db, a, "acme", None);
    let b = db.tenant("globex");
    populate(&db, b, "globex", None);
    let dir = out_dir();
    let summary = db
        .cli()
        .args(["backup", "--all-tenants", "--out"])
        .arg_path(dir.path())
        .succeeds()
        .stdout();
    assert!(
        summary.lines().all(|l| l.chars().count() <= 100),
        "the summary table fits in 100 columns:\n{summary}"
    );
    let files = archives(dir.path());
    assert_eq!(files.len(), 2);
    let verified = db
        .cli()
        .args(["backup", "verify", "-o", "json"])
        .arg_path(&files[0])
        .arg_path(&files[1])
        .succeeds()
        .json();
    let rows = verified.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    // "rows" counts the tenant's tables, as the backup summary does.
    for (row, tid) in rows.iter().zip([a, b]) {
        assert_eq!(row["status"], "intact");
        let expected = db.one(&format!(
            "SELECT ((SELECT count(*) FROM tenant_{tid}.appointments) + (SELECT count(*) FROM tenant_{tid}.calendar_blocks))::text"
        ));
        assert_eq!(row["rows"].to_string(), expected, "{row}");
    }
    let len = std::fs::metadata(&files[1]).unwrap().len() as usize;
    let bad = flip(&files[1], len / 2);
    let run = db
        .cli()
        .args(["backup", "verify"])
        .arg_path(&files[0])
        .arg_path(&bad)
        .fails(5)
        .stderr_contains("1 of 2 archive(s) failed");
    let stdout = run.stdout();
    let lines: Vec<&str> = stdout.lines().filter(|l| l.contains(".ttbk")).collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(
        lines[0].contains("intact") && lines[1].contains("damaged"),
        "{stdout}"
    );
    let inspected = db
        .cli()
        .args(["backup", "inspect", "-o", "json"])
        .arg_path(&files[0])
        .arg_path(&files[1])
        .succeeds()
        .json();
    assert_eq!(inspected.as_array().unwrap().len(), 2);
}
