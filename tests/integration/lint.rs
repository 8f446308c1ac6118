//! `theratime migrate lint` against a real PostgreSQL: each kind of finding with its
//! exit code and its fleet-wide impact, clean migrations, `--strict`, files that do
//! not parse, and a database that lint leaves as it was.

use crate::harness::*;
use serde_json::Value;

/// Three tenants, analyzed so that the catalog's row estimates are exact: acme with
/// 30 appointments, beta with 120, gamma with none. Returns the database and the
/// tenants' (slug, id) in id order.
fn fleet() -> (TestDb, Vec<(&'static str, i64)>) {
    let db = TestDb::new();
    let mut tenants = Vec::new();
    for (slug, n) in [("acme", 30), ("beta", 120), ("gamma", 0)] {
        let id = db.tenant(slug);
        let t = db.add_user(id, &format!("t@{slug}.test"), "therapist");
        let c = db.add_user(id, &format!("c@{slug}.test"), "client");
        db.exec(&format!(
            "INSERT INTO tenant_{id}.appointments (therapist_id, client_id, starts_at, ends_at, status, notes)
             SELECT {t}, {c}, '2030-01-01Z'::timestamptz + i * interval '1 hour',
                    '2030-01-01Z'::timestamptz + i * interval '1 hour' + interval '30 minutes', 'booked', repeat('n', 100)
             FROM generate_series(1, {n}) i"
        ));
        tenants.push((slug, id));
    }
    db.exec("ANALYZE");
    (db, tenants)
}

/// `migrate lint FILE -o json` over `sql` (plus `extra` arguments), expecting `code`:
/// the run, the file's path and the findings.
fn lint_file(db: &TestDb, sql: &str, extra: &[&str], code: i32) -> (Run, String, Vec<Value>) {
    let dir = out_dir();
    let path = dir.path().join("change.sql");
    std::fs::write(&path, sql).unwrap();
    let path = path.display().to_string();
    let run = db
        .cli()
        .args(["migrate", "lint", &path, "-o", "json"])
        .args(extra)
        .fails(code);
    let findings = run.json().as_array().unwrap().clone();
    (run, path, findings)
}

/// Lint `sql` as a file, expecting exit `code` and exactly one finding, `expected`
/// (see [`assert_finding`]): the run, the file's path and the finding.
#[track_caller]
fn lint_one(
    db: &TestDb,
    tenants: &[(&str, i64)],
    sql: &str,
    extra: &[&str],
    code: i32,
    expected: (u64, &str, &str, &str),
) -> (Run, String, Value) {
    let (run, path, findings) = lint_file(db, sql, extra, code);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_finding(db, tenants, &findings[0], expected);
    (run, path, findings[0].clone())
}

/// Assert a finding's place and kind, and its impact against what PostgreSQL says of
/// `table` in each tenant: how many have it, their rows (counted) and sizes, and the
/// biggest one (bytes, then rows; the first tenant on a tie).
#[track_caller]
fn assert_finding(
    db: &TestDb,
    tenants: &[(&str, i64)],
    finding: &Value,
    (line, severity, kind, table): (u64, &str, &str, &str),
) {
    assert_eq!(finding["line"], line, "{finding:#}");
    assert_eq!(finding["severity"], severity, "{finding:#}");
    assert_eq!(finding["kind"], kind, "{finding:#}");
    assert_eq!(finding["table"], table, "{finding:#}");
    for field in ["statement", "reason", "safer"] {
        assert!(
            !finding[field].as_str().unwrap().is_empty(),
            "{field}: {finding:#}"
        );
    }
    let (mut count, mut rows, mut bytes) = (0, 0, 0);
    let mut largest: Option<(&str, i64, i64)> = None;
    for (slug, id) in tenants {
        if db
            .one(&format!("SELECT to_regclass('tenant_{id}.{table}')::text"))
            .is_empty()
        {
            continue;
        }
        let r: i64 = db
            .one(&format!("SELECT count(*)::text FROM tenant_{id}.{table}"))
            .parse()
            .unwrap();
        let b: i64 = db
            .one(&format!(
                "SELECT pg_total_relation_size('tenant_{id}.{table}')::text"
            ))
            .parse()
            .unwrap();
        count += 1;
        rows += r;
        bytes += b;
        if largest.is_none_or(|(_, lr, lb)| (b, r) > (lb, lr)) {
            largest = Some((slug, r, b));
        }
    }
    assert_eq!(finding["tenants"], count, "{finding:#}");
    assert_eq!(finding["rows"], rows, "{finding:#}");
    assert_eq!(finding["bytes"], bytes, "{finding:#}");
    let (slug, r, b) = largest.map_or((Value::Null, 0, 0), |(s, r, b)| (s.into(), r, b));
    assert_eq!(finding["largest_tenant"], slug, "{finding:#}");
    assert_eq!(finding["largest_tenant_rows"], r, "{finding:#}");
    assert_eq!(finding["largest_tenant_bytes"], b, "{finding:#}");
}

#[test]
fn a_column_type_change_is_a_table_rewrite_and_lint_changes_nothing() {
    let (db, tenants) = fleet();
    // The pending migration of a --migrations directory: the tenants are at the
    // latest embedded version, so only the new one is linted.
    let next = tenant_version() + 1;
    let file = format!("V{next}__wider_notes.sql");
    let dir = migrations_dir(&[(
        "tenant",
        &file,
        "-- Longer notes.\nALTER TABLE appointments ALTER COLUMN notes TYPE varchar(300);\n",
    )]);
    let dir = dir.path().to_str().unwrap().to_string();
    let before = db.snapshot();
    let run = db
        .cli()
        .args(["--migrations", &dir, "migrate", "lint", "-o", "json"])
        .fails(7)
        .stderr_contains(&format!(
            "lint found 1 error(s) and 0 warning(s) in {dir}/tenant/{file}"
        ));
    let findings = run.json().as_array().unwrap().clone();
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_finding(
        &db,
        &tenants,
        &findings[0],
        (2, "error", "table_rewrite", "appointments"),
    );
    assert_eq!(findings[0]["migration"], format!("{dir}/tenant/{file}"));
    assert_eq!(findings[0]["largest_tenant"], "beta");
    assert_eq!(findings[0]["rows"], 150);
    // CSV: a header row and the same figures.
    let csv = db
        .cli()
        .args(["--migrations", &dir, "migrate", "lint", "-o", "csv"])
        .fails(7)
        .stdout();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some(
            "migration,line,severity,kind,table,tenants,rows,bytes,largest_tenant,largest_tenant_rows,\
             largest_tenant_bytes,statement,reason,safer"
        )
    );
    assert!(
        lines.next().unwrap().starts_with(&format!(
            "{dir}/tenant/{file},2,error,table_rewrite,appointments,3,150,{},beta,120,{},\
             ALTER TABLE appointments ALTER COLUMN notes TYPE VARCHAR(300),",
            findings[0]["bytes"], findings[0]["largest_tenant_bytes"]
        )),
        "{csv}"
    );
    // -q: where each finding is.
    let quiet = db
        .cli()
        .args(["--migrations", &dir, "migrate", "lint", "-q"])
        .fails(7)
        .stdout();
    assert_eq!(quiet, format!("{dir}/tenant/{file}:2\n"));
    // Lint only reads: every row, schema and audit entry as before, the column still text.
    assert_eq!(db.snapshot(), before);
    let acme = tenants[0].1;
    assert_eq!(
        db.one(&format!(
            "SELECT data_type FROM information_schema.columns
             WHERE table_schema = 'tenant_{acme}' AND table_name = 'appointments' AND column_name = 'notes'"
        )),
        "text"
    );
}

#[test]
fn dropping_a_column_or_a_table_and_truncating_are_destructive() {
    let (db, tenants) = fleet();
    let (_, _, findings) = lint_file(
        &db,
        "ALTER TABLE appointments DROP COLUMN notes;\nTRUNCATE calendar_blocks;\nDROP TABLE IF EXISTS legacy;\n",
        &[],
        7,
    );
    assert_eq!(findings.len(), 3, "{findings:#?}");
    assert_finding(
        &db,
        &tenants,
        &findings[0],
        (1, "error", "destructive", "appointments"),
    );
    assert_finding(
        &db,
        &tenants,
        &findings[1],
        (2, "error", "destructive", "calendar_blocks"),
    );
    // A table no tenant has: no impact.
    assert_finding(
        &db,
        &tenants,
        &findings[2],
        (3, "error", "destructive", "legacy"),
    );
    assert_eq!(findings[2]["tenants"], 0);
}

#[test]
fn set_not_null_without_a_validated_check_is_an_error_and_with_one_a_warning() {
    let (db, tenants) = fleet();
    let set = "ALTER TABLE appointments ALTER COLUMN notes SET NOT NULL;\n";
    let expected = (1, "error", "not_null_without_check", "appointments");
    lint_one(&db, &tenants, set, &[], 7, expected);
    // The safer pattern: only the short lock of SET NOT NULL is left.
    let checked = format!(
        "ALTER TABLE appointments ADD CONSTRAINT notes_not_null CHECK (notes IS NOT NULL) NOT VALID;\n\
         ALTER TABLE appointments VALIDATE CONSTRAINT notes_not_null;\n{set}"
    );
    let expected = (3, "warning", "access_exclusive_lock", "appointments");
    lint_one(&db, &tenants, &checked, &[], 0, expected);
}

#[test]
fn a_rename_takes_an_access_exclusive_lock_a_warning_that_strict_fails() {
    let (db, tenants) = fleet();
    let sql = "ALTER TABLE appointments RENAME COLUMN notes TO note;\n";
    let expected = (1, "warning", "access_exclusive_lock", "appointments");
    let (run, path, finding) = lint_one(&db, &tenants, sql, &[], 0, expected);
    assert!(
        run.stderr()
            .contains(&format!("lint found 0 error(s) and 1 warning(s) in {path}")),
        "{}",
        run.stderr()
    );
    let (run, _, mut strict) = lint_one(&db, &tenants, sql, &["--strict"], 7, expected);
    // The same finding (in a file of another name).
    strict["migration"] = finding["migration"].clone();
    assert_eq!(strict, finding);
    assert!(
        run.stderr().contains("--strict fails on warnings"),
        "{}",
        run.stderr()
    );
}

#[test]
fn an_index_built_without_concurrently_blocks_writes() {
    let (db, tenants) = fleet();
    let sql = "\n\nCREATE INDEX appointments_notes_idx ON appointments (notes);\n";
    let expected = (3, "warning", "blocks_writes", "appointments");
    lint_one(&db, &tenants, sql, &[], 0, expected);
}

#[test]
fn an_index_built_concurrently_fails_in_the_tenants_transaction() {
    let (db, tenants) = fleet();
    let sql = "CREATE INDEX CONCURRENTLY appointments_notes_idx ON appointments (notes);\n";
    let expected = (1, "error", "fails_in_transaction", "appointments");
    lint_one(&db, &tenants, sql, &[], 7, expected);
}

#[test]
fn a_do_block_is_unchecked() {
    let (db, _) = fleet();
    let (_, _, findings) = lint_file(&db, "SELECT 1;\nDO $$ BEGIN PERFORM 1; END; $$;\n", &[], 0);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    let f = &findings[0];
    assert_eq!(
        (
            &f["line"],
            &f["severity"],
            &f["kind"],
            &f["table"],
            &f["tenants"]
        ),
        (
            &2.into(),
            &"warning".into(),
            &"unchecked".into(),
            &Value::Null,
            &0.into()
        )
    );
}

#[test]
fn a_clean_migration_has_no_findings() {
    let (db, _) = fleet();
    let clean = "CREATE TABLE rooms (id bigint PRIMARY KEY, name text);\n\
                 CREATE INDEX rooms_name_idx ON rooms (name);\n\
                 ALTER TABLE rooms ALTER COLUMN name SET NOT NULL;\n\
                 ALTER TABLE appointments ADD CONSTRAINT appointments_room_fkey FOREIGN KEY (sequence) REFERENCES rooms (id) NOT VALID;\n\
                 UPDATE appointments SET notes = '' WHERE notes IS NULL;\n";
    let (run, path, findings) = lint_file(&db, clean, &["--strict"], 0);
    assert_eq!(findings, Vec::<Value>::new());
    assert!(
        run.stderr()
            .contains(&format!("lint found 0 error(s) and 0 warning(s) in {path}")),
        "{}",
        run.stderr()
    );
    // As a table: nothing on stdout.
    let dir = out_dir();
    let file = dir.path().join("clean.sql");
    std::fs::write(&file, clean).unwrap();
    let run = db
        .cli()
        .args(["migrate", "lint"])
        .arg_path(&file)
        .succeeds();
    assert_eq!(run.stdout(), "");
}

#[test]
fn without_files_lint_reads_the_migrations_some_tenant_lacks() {
    // No tenants: every tenant migration is pending, and the repository's are clean.
    let db = TestDb::new();
    let run = db
        .cli()
        .args(["migrate", "lint", "-o", "json"])
        .succeeds()
        .stderr_contains("lint found 0 error(s) and 0 warning(s) in V1__initial.sql, V2__");
    assert_eq!(run.json(), serde_json::json!([]));
    // Every tenant up to date: nothing to lint.
    db.tenant("acme");
    db.cli()
        .args(["migrate", "lint"])
        .succeeds()
        .stderr_contains("no pending tenant migrations");
    // A tenant one version behind the other: only the migration it lacks is linted,
    // and its impact counts both tenants' tables.
    let next = tenant_version() + 1;
    let file = format!("V{next}__add_room.sql");
    let dir = migrations_dir(&[(
        "tenant",
        &file,
        "ALTER TABLE appointments ADD COLUMN room text;\n",
    )]);
    let dir = dir.path().to_str().unwrap().to_string();
    db.tenant("beta");
    db.cli()
        .args(["--migrations", &dir, "migrate", "-t", "acme"])
        .succeeds();
    let run = db
        .cli()
        .args(["--migrations", &dir, "migrate", "lint", "-o", "json"])
        .succeeds()
        .stderr_contains(&format!(
            "lint found 0 error(s) and 1 warning(s) in {dir}/tenant/{file}"
        ));
    let findings = run.json();
    assert_eq!(findings.as_array().unwrap().len(), 1, "{findings:#}");
    assert_eq!(findings[0]["migration"], format!("{dir}/tenant/{file}"));
    assert_eq!(findings[0]["kind"], "access_exclusive_lock");
    assert_eq!(findings[0]["tenants"], 2);
}

#[test]
fn a_statement_lint_cannot_parse_is_unchecked_and_bad_text_is_invalid_input() {
    let (db, _) = fleet();
    let before = db.snapshot();
    // Valid PostgreSQL that sqlparser does not read (and a typo alike): a warning at its
    // line, exit 0, 7 with --strict; the statement after it is still read.
    let sql = "SELECT 1;\n\nDROP INDEX CONCURRENTLY IF EXISTS appointments_room_idx;\nALTER TABLE appointments DROP COLUMN notes;\n";
    let (_, path, findings) = lint_file(&db, sql, &["--strict"], 7);
    let got: Vec<_> = findings
        .iter()
        .map(|f| {
            (
                f["line"].as_u64().unwrap(),
                f["kind"].as_str().unwrap(),
                f["severity"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![(3, "unchecked", "warning"), (4, "destructive", "error")],
        "{findings:#?}"
    );
    assert_eq!(findings[0]["migration"], path);
    assert!(
        findings[0]["reason"]
            .as_str()
            .unwrap()
            .starts_with("lint's SQL parser cannot read this statement ("),
        "{findings:#?}"
    );
    let (_, _, findings) = lint_file(&db, "ALTER TABLE appointments FROBNICATE notes;\n", &[], 0);
    assert_eq!(findings.len(), 1, "{findings:#?}");
    assert_eq!(findings[0]["kind"], "unchecked");
    // Text that does not even tokenize: exit 5, naming the file and the line.
    let dir = out_dir();
    let broken = dir.path().join("broken.sql");
    std::fs::write(&broken, "SELECT 1;\n\nSELECT 'unterminated;\n").unwrap();
    db.cli()
        .args(["migrate", "lint"])
        .arg_path(&broken)
        .fails(5)
        .stderr_contains(&format!(
            "{}:1: cannot parse the statement as PostgreSQL: ",
            broken.display()
        ));
    db.cli()
        .args(["migrate", "lint"])
        .arg_path(dir.path().join("missing.sql"))
        .fails(4)
        .stderr_contains("no file ");
    assert_eq!(db.snapshot(), before);
}

#[test]
fn a_database_without_the_theratime_schema_is_refused_and_left_alone() {
    let db = TestDb::empty();
    let before = db.snapshot();
    db.cli()
        .args(["migrate", "lint"])
        .fails(5)
        .stderr_contains("run `theratime migrate --global`");
    assert_eq!(db.snapshot(), before);
}
