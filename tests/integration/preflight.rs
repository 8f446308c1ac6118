//! Migration preflight checks (issue 15, item 3): `V<n>__name.check.sql` beside a
//! tenant migration, `migrate --preflight`, the checks inside `migrate`, `migrate new
//! --check`.

use crate::harness::*;

/// The next tenant migration's stem.
fn next(name: &str) -> String {
    format!("V{}__{name}", tenant_version() + 1)
}

const NOT_NULL: &str = "ALTER TABLE appointments ALTER COLUMN notes SET NOT NULL;\n";
const CHECK: &str = "-- appointments without notes\nSELECT id, notes FROM appointments WHERE notes IS NULL ORDER BY id;\n";

/// A migration that makes `notes` NOT NULL, with its check.
fn notes_required() -> tempfile::TempDir {
    let stem = next("notes_required");
    migrations_dir(&[
        ("tenant", &format!("{stem}.sql"), NOT_NULL),
        ("tenant", &format!("{stem}.check.sql"), CHECK),
    ])
}

/// Ten tenants, each with one appointment with notes; `bad` of them get one more
/// without. Their slugs, in tenant order, and the bad ones' appointment ids.
fn fleet(db: &TestDb, bad: &[usize]) -> (Vec<String>, Vec<(String, String)>) {
    let mut slugs = Vec::new();
    let mut without = Vec::new();
    for i in 0..10 {
        let slug = format!("p{i}");
        let t = db.tenant(&slug);
        let th = db.add_user(t, &format!("t@{slug}.test"), "therapist");
        let c = db.add_user(t, &format!("c@{slug}.test"), "client");
        db.exec(&format!(
            "INSERT INTO tenant_{t}.appointments (therapist_id, client_id, starts_at, ends_at, status, notes)
             VALUES ({th}, {c}, '2030-01-01 09:00Z', '2030-01-01 10:00Z', 'booked', 'fine')"
        ));
        if bad.contains(&i) {
            let id = db.one(&format!(
                "INSERT INTO tenant_{t}.appointments (therapist_id, client_id, starts_at, ends_at, status, notes)
                 VALUES ({th}, {c}, '2030-01-02 09:00Z', '2030-01-02 10:00Z', 'booked', NULL) RETURNING id::text"
            ));
            without.push((slug.clone(), id));
        }
        slugs.push(slug);
    }
    (slugs, without)
}

#[test]
fn a_check_failing_in_two_of_ten_tenants_names_exactly_those_and_migrate_fails_only_them() {
    let db = TestDb::new();
    let (slugs, without) = fleet(&db, &[3, 7]);
    let dir = notes_required();
    let before = db.snapshot();
    let out = db
        .cli()
        .args(["--migrations"])
        .arg_path(dir.path())
        .args(["migrate", "--preflight", "--all-tenants", "-o", "json"])
        .fails(7);
    let rows = out.json();
    let found: Vec<(String, String, u64, String)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["tenant"].as_str().unwrap().to_string(),
                r["migration"].as_str().unwrap().to_string(),
                r["rows"].as_u64().unwrap(),
                r["first"][0].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let stem = next("notes_required");
    let expected: Vec<(String, String, u64, String)> = without
        .iter()
        .map(|(slug, id)| {
            (
                slug.clone(),
                stem.clone(),
                1,
                format!("id={id}, notes=NULL"),
            )
        })
        .collect();
    assert_eq!(found, expected);
    assert!(
        out.stderr()
            .contains("the checks found rows in 2 of 10 tenants (p3, p7)"),
        "{}",
        out.stderr()
    );
    assert_eq!(db.snapshot(), before, "preflight changes nothing");

    // migrate runs the same checks in each tenant's transaction: exactly those two fail,
    // with the check's rows as their error; the eight others are migrated.
    let run = db
        .cli()
        .args(["--migrations"])
        .arg_path(dir.path())
        .args([
            "migrate",
            "--all-tenants",
            "--continue-on-error",
            "-o",
            "json",
        ])
        .fails(7);
    let report = run.json();
    let schemas = report["schemas"].as_array().unwrap();
    let failed: Vec<(String, String)> = schemas
        .iter()
        .filter(|s| s["status"] == "failed")
        .map(|s| {
            (
                s["tenant"].as_str().unwrap().to_string(),
                s["error"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(failed.len(), 2, "{report}");
    for ((slug, error), (bad, id)) in failed.iter().zip(&without) {
        assert_eq!(slug, bad);
        assert_eq!(
            error,
            &format!("check of {stem} found 1 row(s) that would make it fail: id={id}, notes=NULL")
        );
    }
    let latest = tenant_version() + 1;
    for slug in &slugs {
        let version = db.one(&format!(
            "SELECT m.version::text FROM theratime.tenant_migrations m JOIN theratime.tenants t ON t.id = m.tenant_id WHERE t.slug = '{slug}'"
        ));
        let bad = without.iter().any(|(b, _)| b == slug);
        let want = if bad { tenant_version() } else { latest };
        assert_eq!(version, want.to_string(), "{slug}");
    }
}

#[test]
fn a_clear_fleet_passes_and_a_single_tenant_can_be_checked() {
    let db = TestDb::new();
    fleet(&db, &[]);
    let dir = notes_required();
    let before = db.snapshot();
    db.cli()
        .args(["--migrations"])
        .arg_path(dir.path())
        .args(["migrate", "--preflight"])
        .succeeds()
        .stderr_contains("the fleet is clear: 10 of 10 tenants have pending checks");
    db.cli()
        .args(["--migrations"])
        .arg_path(dir.path())
        .args(["-t", "p4", "migrate", "--preflight"])
        .succeeds()
        .stderr_contains("the fleet is clear: 1 of 1 tenants have pending checks");
    assert_eq!(db.snapshot(), before);
}

#[test]
fn bad_check_files_are_refused_and_change_nothing() {
    let db = TestDb::new();
    fleet(&db, &[1]);
    let before = db.snapshot();
    // A check without its migration: the whole set is refused before any tenant.
    let orphan = migrations_dir(&[("tenant", &format!("{}.check.sql", next("other")), CHECK)]);
    db.cli()
        .args(["--migrations"])
        .arg_path(orphan.path())
        .args(["migrate", "--preflight"])
        .fails(5)
        .stderr_contains(&format!("check file {}.check.sql in", next("other")))
        .stderr_contains("has no migration");
    // Checks are for tenant migrations only.
    let global = migrations_dir(&[("global", "V1__initial.check.sql", "SELECT 1;\n")]);
    db.cli()
        .args(["--migrations"])
        .arg_path(global.path())
        .args(["migrate", "--preflight"])
        .fails(5)
        .stderr_contains("check files are for tenant migrations");
    // A check that writes cannot in preflight's read-only transaction: the tenant fails.
    let stem = next("notes_required");
    let writes = migrations_dir(&[
        ("tenant", &format!("{stem}.sql"), NOT_NULL),
        (
            "tenant",
            &format!("{stem}.check.sql"),
            "DELETE FROM appointments WHERE notes IS NULL RETURNING id;\n",
        ),
    ]);
    db.cli()
        .args(["--migrations"])
        .arg_path(writes.path())
        .args(["migrate", "--preflight", "--jobs", "1"])
        .fails(7)
        .stderr_contains("cannot execute DELETE in a read-only transaction");
    // A check that does not run (a typo) fails its tenants, naming the check.
    let typo = migrations_dir(&[
        ("tenant", &format!("{stem}.sql"), NOT_NULL),
        (
            "tenant",
            &format!("{stem}.check.sql"),
            "SELECT id FROM apointments;\n",
        ),
    ]);
    db.cli()
        .args(["--migrations"])
        .arg_path(typo.path())
        .args(["migrate", "--preflight"])
        .fails(7)
        .stderr_contains(&format!("the check of {stem} cannot run"));
    assert_eq!(db.snapshot(), before);
}

#[test]
fn migrate_new_check_writes_the_migration_and_its_check_file() {
    let dir = migrations_dir(&[]);
    let out = cli()
        .args(["--migrations"])
        .arg_path(dir.path())
        .args(["migrate", "new", "notes_required", "--check", "-q"])
        .succeeds()
        .stdout();
    let stem = next("notes_required");
    let tenant = dir.path().join("tenant");
    assert_eq!(
        out,
        format!(
            "{}\n{}\n",
            tenant.join(format!("{stem}.sql")).display(),
            tenant.join(format!("{stem}.check.sql")).display()
        )
    );
    let check = std::fs::read_to_string(tenant.join(format!("{stem}.check.sql"))).unwrap();
    assert!(
        check.starts_with("-- Preflight check of the migration beside it"),
        "{check}"
    );
    // The pair loads: the empty migration and its (comment-only) check.
    cli()
        .args(["--migrations"])
        .arg_path(dir.path())
        .args(["migrate", "new", "later"])
        .succeeds();
    // --check is for tenant migrations.
    cli()
        .args(["--migrations"])
        .arg_path(dir.path())
        .args(["migrate", "new", "g", "--global", "--check"])
        .fails(2);
}
