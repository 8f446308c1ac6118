//! `theratime query` (issue #15): one read-only statement in every tenant, as its role;
//! one table in tenant order; writes and escapes refused with nothing changed; one
//! tenant's failure reported while the others answer.

use crate::harness::*;

/// Three tenants, made in this order (so their ids are): `zeta` (Europe/Berlin) with
/// two appointments, `alpha` with none, `mid` with one. Returns their ids.
fn fleet(db: &TestDb) -> [i64; 3] {
    let zeta = db
        .cmd("tenant create zeta --name Zeta --timezone Europe/Berlin -q")
        .succeeds()
        .stdout()
        .trim()
        .parse()
        .unwrap();
    let alpha = db.tenant("alpha");
    let mid = db.tenant("mid");
    for (t, n) in [(zeta, 2), (mid, 1)] {
        let th = db.add_user(t, &format!("ther{t}@q.test"), "therapist");
        let cl = db.add_user(t, &format!("client{t}@q.test"), "client");
        for i in 0..n {
            db.exec(&format!(
                "INSERT INTO tenant_{t}.appointments (therapist_id, client_id, starts_at, ends_at, notes)
                 VALUES ({th}, {cl}, '2026-01-0{d} 10:00Z', '2026-01-0{d} 11:00Z', 'note {t}.{i}')",
                d = i + 1
            ));
        }
    }
    [zeta, alpha, mid]
}

fn query(db: &TestDb) -> Cli {
    db.cli().args(["query"])
}

/// The audit rows of `query` runs: outcome and details.
fn audit_rows(db: &TestDb) -> Vec<String> {
    db.query(
        "SELECT outcome || ' ' || coalesce(tenant_slug, '-') || ' ' || (details::jsonb - 'statement_sha256')::text
         FROM theratime.audit_log WHERE command = 'query' ORDER BY id",
    )
}

#[test]
fn rows_of_every_tenant_come_in_tenant_order_with_the_tenant_column() {
    let db = TestDb::new();
    let [zeta, _, mid] = fleet(&db);
    let sql = "SELECT count(*) AS n, min(notes) AS first_note, count(*) > 0 AS any, \
               '{\"k\": [1]}'::jsonb AS j, current_setting('TimeZone') AS zone, \
               current_user = 'theratime_tenant_' || substr(current_schema, 8) AS own_role \
               FROM appointments";
    let out = query(&db)
        .args(["--all-tenants", "-o", "json", sql])
        .succeeds();
    assert_eq!(
        out.json(),
        serde_json::json!({
            "columns": ["tenant", "n", "first_note", "any", "j", "zone", "own_role"],
            "rows": [
                {"tenant": "zeta", "n": 2, "first_note": format!("note {zeta}.0"), "any": true, "j": {"k": [1]}, "zone": "Europe/Berlin", "own_role": true},
                {"tenant": "alpha", "n": 0, "first_note": null, "any": false, "j": {"k": [1]}, "zone": "UTC", "own_role": true},
                {"tenant": "mid", "n": 1, "first_note": format!("note {mid}.0"), "any": true, "j": {"k": [1]}, "zone": "UTC", "own_role": true},
            ],
            "errors": [],
        })
    );
    // Several rows per tenant, in the query's own order; CSV exact.
    let out = query(&db)
        .args(["--all-tenants", "-o", "csv"])
        .args(["SELECT notes, starts_at FROM appointments ORDER BY starts_at DESC"])
        .succeeds();
    assert_eq!(
        out.stdout(),
        format!(
            "tenant,notes,starts_at\n\
             zeta,note {zeta}.1,2026-01-02 11:00:00+01\n\
             zeta,note {zeta}.0,2026-01-01 11:00:00+01\n\
             mid,note {mid}.0,2026-01-01 10:00:00+00\n"
        )
    );
    assert_eq!(out.stderr(), "");
    // A query with no rows anywhere still has its columns; -f - reads stdin.
    let out = query(&db)
        .args(["--all-tenants", "-o", "csv", "-f", "-"])
        .stdin("SELECT id AS appointment, notes FROM appointments WHERE false")
        .succeeds();
    assert_eq!(out.stdout(), "tenant,appointment,notes\n");
    // -q: the tenants that returned rows, once each.
    let out = query(&db)
        .args(["--all-tenants", "-q", "SELECT id FROM appointments"])
        .succeeds();
    assert_eq!(out.stdout(), "zeta\nmid\n");
    // One audit row per run, without the statement's text.
    assert_eq!(
        audit_rows(&db),
        [
            r#"ok - {"rows": 3, "failed": 0, "refused": 0, "tenants": 3, "answered": 3, "statement_timeout_ms": 30000}"#,
            r#"ok - {"rows": 3, "failed": 0, "refused": 0, "tenants": 3, "answered": 3, "statement_timeout_ms": 30000}"#,
            r#"ok - {"rows": 0, "failed": 0, "refused": 0, "tenants": 3, "answered": 3, "statement_timeout_ms": 30000}"#,
            r#"ok - {"rows": 3, "failed": 0, "refused": 0, "tenants": 3, "answered": 3, "statement_timeout_ms": 30000}"#,
        ]
    );
}

#[test]
fn one_tenant_runs_alone_with_t() {
    let db = TestDb::new();
    let [_, _, mid] = fleet(&db);
    let out = db
        .cmd("-t mid query --jobs 3 -o csv 'SELECT count(*) AS n FROM appointments'")
        .succeeds();
    assert_eq!(out.stdout(), "tenant,n\nmid,1\n");
    let out = db
        .cmd(&format!("query -t {mid} -o csv 'TABLE calendar_blocks'"))
        .succeeds();
    assert_eq!(
        out.stdout(),
        "tenant,id,therapist_id,starts_at,ends_at,reason,created_at\n"
    );
    assert_eq!(audit_rows(&db).len(), 2);
    assert!(
        audit_rows(&db)[0].starts_with("ok mid {"),
        "{:?}",
        audit_rows(&db)
    );
}

#[test]
fn a_write_is_refused_in_every_tenant_and_changes_nothing() {
    let db = TestDb::new();
    let [zeta, alpha, mid] = fleet(&db);
    // A function that writes, callable by every role, as an operator's database may have.
    db.exec(
        "CREATE FUNCTION public.wipe() RETURNS bigint LANGUAGE plpgsql AS
         $$ BEGIN DELETE FROM appointments; RETURN 0; END $$",
    );
    let sequences = |db: &TestDb| {
        db.query(&format!(
            "SELECT last_value::text FROM tenant_{zeta}.appointments_id_seq
             UNION ALL SELECT last_value::text FROM tenant_{alpha}.appointments_id_seq
             UNION ALL SELECT last_value::text FROM tenant_{mid}.appointments_id_seq"
        ))
    };
    let before = (db.snapshot_without_audit(), sequences(&db));
    for sql in [
        "WITH d AS (DELETE FROM appointments RETURNING id) SELECT count(*) FROM d",
        "SELECT nextval('appointments_id_seq')",
        "SELECT public.wipe()",
        "EXPLAIN ANALYZE DELETE FROM appointments",
        "SELECT id FROM appointments FOR UPDATE",
        "SELECT * INTO copied FROM appointments",
    ] {
        let out = query(&db)
            .args(["--all-tenants", "-o", "json", sql])
            .fails(5);
        let json = out.json();
        let errors = json["errors"].as_array().unwrap();
        assert_eq!(errors.len(), 3, "{sql}: {json}");
        for (e, slug) in errors.iter().zip(["zeta", "alpha", "mid"]) {
            assert_eq!(e["tenant"], slug, "{sql}");
            assert_eq!(e["kind"], "refused", "{sql}");
            let text = e["error"].as_str().unwrap();
            assert!(text.contains("read-only transaction"), "{sql}: {text}");
        }
        assert_eq!(json["rows"], serde_json::json!([]), "{sql}");
        out.stderr_contains("theratime: tenant zeta: FAILED: refused: the query tries to write")
            .stderr_contains("the query was refused in all 3 tenants");
        assert_eq!(
            (db.snapshot_without_audit(), sequences(&db)),
            before,
            "{sql}"
        );
    }
    assert_eq!(
        audit_rows(&db).last().unwrap(),
        r#"refused - {"rows": 0, "failed": 0, "refused": 3, "tenants": 3, "answered": 0, "statement_timeout_ms": 30000}"#
    );
}

#[test]
fn statements_that_are_not_one_query_never_run_anywhere() {
    let db = TestDb::new();
    fleet(&db);
    let before = db.snapshot();
    // (statement, what stderr says)
    for (sql, says) in [
        (
            "DELETE FROM appointments",
            "runs one read-only query (SELECT, WITH, VALUES, TABLE, SHOW or EXPLAIN), not DELETE",
        ),
        ("SET TRANSACTION READ WRITE", "not SET"),
        ("COMMIT", "not COMMIT"),
        ("RESET ROLE", "not RESET"),
        ("SET ROLE postgres", "not SET"),
        ("SET SESSION AUTHORIZATION DEFAULT", "not SET"),
        ("DO $$ BEGIN DELETE FROM appointments; END $$", "not DO"),
        (
            "COPY appointments TO PROGRAM 'touch /tmp/theratime-query-pwned'",
            "not COPY",
        ),
        ("  -- nothing\n", "the query is empty"),
        (
            "SELECT set_config('role', 'none', true)",
            "names set_config",
        ),
        (
            "SELECT pg_catalog.\"set_config\"('search_path', 'tenant_2', true)",
            "names set_config",
        ),
        (
            "SELECT query_to_xml('DELETE FROM appointments', true, false, '')",
            "names query_to_xml",
        ),
        (
            "SELECT U&\"\\0073et_config\"('role', 'none', true)",
            "Unicode escapes",
        ),
        (
            "SELECT 1; DELETE FROM appointments",
            "cannot insert multiple commands into a prepared statement",
        ),
        (
            "SELECT count(*) FROM appointments; COMMIT; DELETE FROM appointments",
            "cannot insert multiple commands",
        ),
        ("SELECT 1 FROM appointments WHERE id = $1", "has parameters"),
        ("SELECT 1 +", "syntax error at end of input"),
    ] {
        query(&db)
            .args(["--all-tenants", sql])
            .fails(5)
            .stderr_contains(says)
            .stderr_contains("nothing was run in any tenant");
        assert_eq!(db.snapshot(), before, "{sql}");
    }
    assert!(!std::path::Path::new("/tmp/theratime-query-pwned").exists());
}

#[test]
fn escapes_from_the_tenant_are_refused_or_harmless() {
    let db = TestDb::new();
    let [zeta, alpha, _] = fleet(&db);
    let before = db.snapshot_without_audit();
    // Another tenant's table, schema-qualified: refused in every tenant but its own.
    let out = query(&db)
        .args(["--all-tenants", "-o", "csv"])
        .args([&format!(
            "SELECT count(*) AS n FROM tenant_{zeta}.appointments"
        )])
        .fails(5);
    assert_eq!(out.stdout(), "tenant,n\nzeta,2\n");
    let err = out.stderr();
    assert!(err.contains("theratime: tenant alpha: FAILED: refused: the tenant's role may not do this (permission denied for schema"), "{err}");
    assert!(
        err.contains("the query was refused in 2 of 3 tenants"),
        "{err}"
    );
    // The global tables a tenant's role may not read.
    query(&db)
        .args(["--all-tenants", "SELECT slug FROM theratime.tenants"])
        .fails(5)
        .stderr_contains("permission denied for table tenants");
    // A function of the database that resets the role: the rows read after it are
    // dropped, and the run refused.
    db.exec(
        "CREATE FUNCTION public.become_owner() RETURNS text LANGUAGE sql AS
         $$ SELECT set_config('role', 'none', true) $$",
    );
    let out = query(&db)
        .args(["--all-tenants", "-o", "json"])
        .args(["SELECT public.become_owner() AS r, current_user AS who"])
        .fails(5);
    let json = out.json();
    assert_eq!(json["rows"], serde_json::json!([]), "{json}");
    assert_eq!(json["errors"].as_array().unwrap().len(), 3, "{json}");
    for e in json["errors"].as_array().unwrap() {
        assert_eq!(e["kind"], "refused");
        assert!(
            e["error"]
                .as_str()
                .unwrap()
                .contains("changed the transaction's role"),
            "{e}"
        );
    }
    // The search path and the role are the tenant's; SHOW is harmless.
    let out = query(&db)
        .args(["-t", "alpha", "-o", "csv", "SHOW search_path"])
        .succeeds();
    assert_eq!(
        out.stdout(),
        format!("tenant,search_path\nalpha,\"tenant_{alpha}, pg_catalog, pg_temp\"\n")
    );
    assert_eq!(db.snapshot_without_audit(), before);
}

#[test]
fn one_tenants_failure_is_reported_while_the_others_answer() {
    let db = TestDb::new();
    let [zeta, alpha, mid] = fleet(&db);
    // `room` exists in two tenants; the first (where the statement is described) lacks it.
    for t in [alpha, mid] {
        db.exec(&format!(
            "ALTER TABLE tenant_{t}.appointments ADD COLUMN room text"
        ));
    }
    let out = query(&db)
        .args(["--all-tenants", "-o", "json"])
        .args(["SELECT count(room) AS rooms FROM appointments"])
        .fails(7);
    let json = out.json();
    assert_eq!(json["columns"], serde_json::json!(["tenant", "rooms"]));
    assert_eq!(
        json["rows"],
        serde_json::json!([{"tenant": "alpha", "rooms": 0}, {"tenant": "mid", "rooms": 0}])
    );
    assert_eq!(json["errors"].as_array().unwrap().len(), 1);
    assert_eq!(json["errors"][0]["tenant"], "zeta");
    assert_eq!(json["errors"][0]["kind"], "failed");
    // The fleet's log line (a UTC timestamp first, as for migrations and backups), then
    // the run's last word.
    let stderr = out.stderr();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    let (stamp, failed) = lines[0].split_once(' ').unwrap();
    assert!(
        chrono::DateTime::parse_from_rfc3339(stamp).is_ok(),
        "{stderr}"
    );
    assert_eq!(
        failed,
        "theratime: tenant zeta: FAILED: column \"room\" does not exist [SQLSTATE 42703]"
    );
    assert_eq!(
        lines[1],
        "theratime: error: the query failed in 1 of 3 tenants; the others answered"
    );
    // Columns that differ in one tenant make it fail too.
    db.exec(&format!(
        "ALTER TABLE tenant_{zeta}.appointments ADD COLUMN room int"
    ));
    db.exec(&format!(
        "ALTER TABLE tenant_{mid}.appointments RENAME COLUMN notes TO note"
    ));
    let out = query(&db)
        .args(["--all-tenants", "-o", "csv"])
        .args(["TABLE appointments"])
        .fails(7);
    let out = out.stderr_contains("theratime: tenant mid: FAILED: its result has the columns (");
    assert!(out.stdout().starts_with("tenant,id,"), "{}", out.stdout());
    assert!(!out.stdout().contains("\nmid,"), "{}", out.stdout());
}

#[test]
fn the_statement_timeout_fails_the_slow_tenants_only() {
    let db = TestDb::new();
    fleet(&db);
    let started = std::time::Instant::now();
    let out = query(&db)
        .args(["--all-tenants", "--statement-timeout", "300ms", "-o", "csv"])
        .args(["SELECT count(*) AS n FROM appointments WHERE pg_sleep(20) IS NOT NULL"])
        .fails(7);
    assert!(started.elapsed() < std::time::Duration::from_secs(15));
    assert_eq!(out.stdout(), "tenant,n\nalpha,0\n");
    out.stderr_contains("theratime: tenant zeta: FAILED: canceling statement due to statement timeout [SQLSTATE 57014]; the statement timeout is 300ms (--statement-timeout)")
        .stderr_contains("theratime: tenant mid: FAILED: canceling statement due to statement timeout")
        .stderr_contains("the query failed in 2 of 3 tenants");
    // 0: none.
    query(&db)
        .args([
            "-t",
            "alpha",
            "--statement-timeout",
            "0",
            "SELECT pg_sleep(0.5)",
        ])
        .succeeds();
}

#[test]
fn usage_errors_exit_with_their_code_and_change_nothing() {
    let db = TestDb::new();
    fleet(&db);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("q.sql");
    // A file ends its statement with a semicolon and a newline.
    std::fs::write(&file, "SELECT 1 AS one;\n").unwrap();
    let file = file.to_str().unwrap();
    let before = db.snapshot();
    // (arguments, exit code, stderr)
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (vec!["query", "--all-tenants"], 2, "required"),
        (
            vec!["query", "--all-tenants", "SELECT 1", "-f", file],
            2,
            "cannot be used with",
        ),
        (
            vec!["query", "--all-tenants", "-f", "/nonexistent/q.sql"],
            4,
            "query file /nonexistent/q.sql not found",
        ),
        (
            vec!["query", "--all-tenants", "-f", "/"],
            5,
            "cannot read the query file /",
        ),
        (vec!["query", "SELECT 1"], 2, "no tenant given"),
        (
            vec!["query", "-t", "zeta", "--all-tenants", "SELECT 1"],
            2,
            "not both",
        ),
        (vec!["query", "-t", "nobody", "SELECT 1"], 4, "nobody"),
        (
            vec![
                "query",
                "--all-tenants",
                "--statement-timeout",
                "soon",
                "SELECT 1",
            ],
            5,
            "--statement-timeout \"soon\" is not a duration",
        ),
        (
            vec![
                "query",
                "--all-tenants",
                "--statement-timeout",
                "30d",
                "SELECT 1",
            ],
            5,
            "at most 24d",
        ),
        (
            vec!["query", "--all-tenants", "--jobs", "0", "SELECT 1"],
            5,
            "--jobs 0 is out of range",
        ),
    ];
    for (args, code, says) in cases {
        db.cli().args(&args).fails(code).stderr_contains(says);
        assert_eq!(db.snapshot(), before, "{args:?}");
    }
    let out = db
        .cli()
        .args(["query", "-t", "alpha", "-o", "csv", "-f", file])
        .succeeds();
    assert_eq!(out.stdout(), "tenant,one\nalpha,1\n");
}

/// The tenant is entered, queried and left in one round trip: a tenant whose schema
/// or role is gone fails with the helper's own message before the statement runs
/// anywhere else, and a statement that raises the same errors itself (a missing
/// schema or role named in its SQL) is reported as the statement's failure.
#[test]
fn a_tenant_without_its_schema_or_role_fails_alone() {
    let db = TestDb::new();
    // Roles are the cluster's: ids no other test database uses.
    crate::roles::unique_tenant_ids(&db);
    let [_, alpha, mid] = fleet(&db);
    db.exec(&format!("DROP SCHEMA tenant_{alpha} CASCADE"));
    db.exec(&format!(
        "DROP OWNED BY theratime_tenant_{mid}; \
         DROP ROLE theratime_tenant_{mid}"
    ));
    let out = query(&db)
        .args(["--all-tenants", "-o", "json"])
        .args(["SELECT count(*) AS n FROM appointments"])
        .fails(7);
    let json = out.json();
    assert_eq!(
        json["rows"],
        serde_json::json!([{"tenant": "zeta", "n": 2}])
    );
    let errors = json["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 2, "{json}");
    assert_eq!(errors[0]["tenant"], "alpha");
    assert_eq!(errors[0]["kind"], "failed");
    assert!(
        errors[0]["error"].as_str().unwrap().starts_with(&format!(
            "schema tenant_{alpha} of tenant {alpha} does not exist"
        )),
        "{json}"
    );
    assert_eq!(errors[1]["tenant"], "mid");
    assert!(
        errors[1]["error"]
            .as_str()
            .unwrap()
            .starts_with(&format!("tenant {mid} has no role theratime_tenant_{mid}")),
        "{json}"
    );
    // The same SQLSTATEs from the statement itself are the statement's.
    for sql in [
        "SELECT 'nosuch_schema'::regnamespace::text AS x",
        "SELECT 'nosuch_role'::regrole::text AS x",
    ] {
        let out = query(&db).args(["-t", "zeta", "-o", "json", sql]).fails(7);
        let json = out.json();
        let error = json["errors"][0]["error"].as_str().unwrap();
        assert!(error.contains("nosuch_"), "{json}");
        assert!(!error.contains("tenant_"), "{json}");
    }
}

/// Found by trying the tool: advisory locks taken in a query outlived its rolled-back
/// transaction, followed the connection into the next tenants and held up other
/// tenants' migrations. The lock functions are refused before anything runs, and a
/// lock a function of the database takes is let go at the end of each tenant.
#[test]
fn advisory_locks_never_outlive_a_tenants_query() {
    let db = TestDb::new();
    fleet(&db);
    let before = db.snapshot_without_audit();
    for sql in [
        "SELECT pg_advisory_lock(1416907883, 5)",
        "SELECT pg_catalog.pg_try_advisory_xact_lock(42) AS x",
        "SELECT pg_logical_emit_message(false, 'p', 'x')",
    ] {
        query(&db)
            .args(["--all-tenants", sql])
            .fails(5)
            .stderr_contains("`theratime query` does not run it");
    }
    db.exec(
        "CREATE FUNCTION public.take_lock() RETURNS int LANGUAGE sql AS
         $$ SELECT 1 FROM (SELECT pg_advisory_lock(4242)) x $$",
    );
    // One connection for the three tenants: each starts without a lock.
    let out = query(&db)
        .args(["--all-tenants", "--jobs", "1", "-o", "csv"])
        .args([
            "WITH held AS MATERIALIZED (SELECT count(*) AS n FROM pg_locks \
             WHERE locktype = 'advisory' AND pid = pg_backend_pid()) \
             SELECT held.n AS held_before, public.take_lock() AS took FROM held",
        ])
        .succeeds();
    assert_eq!(
        out.stdout(),
        "tenant,held_before,took\nzeta,0,1\nalpha,0,1\nmid,0,1\n"
    );
    assert_eq!(db.snapshot_without_audit(), before);
}
