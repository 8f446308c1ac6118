use crate::harness::*;

#[test]
fn create_list_show_update_suspend_resume() {
    let db = TestDb::new();
    let out = db
        .cli()
        .args([
            "tenant",
            "create",
            "acme",
            "--name",
            "Acme Therapy",
            "--timezone",
            "Europe/Berlin",
            "-o",
            "json",
        ])
        .succeeds()
        .stderr_contains("created tenant acme");
    let t = out.json();
    let id = t["id"].as_i64().unwrap();
    assert_eq!(t["schema"], format!("tenant_{id}"));
    assert!(t["created_at"].as_str().unwrap().ends_with("+01:00"), "{t}");
    assert_eq!(
        db.one(&format!(
            "SELECT count(*)::text FROM pg_namespace WHERE nspname = 'tenant_{id}'"
        )),
        "1"
    );
    // Its own history table, at the latest version.
    assert_eq!(
        db.one(&format!(
            "SELECT max(version)::text FROM tenant_{id}.refinery_schema_history"
        )),
        tenant_version().to_string()
    );

    let list = db
        .cli()
        .args(["tenant", "list", "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(list[0]["slug"], "acme");
    assert_eq!(list[0]["version"], tenant_version());
    assert_eq!(list[0]["schema"], format!("tenant_{id}"));
    let csv = db
        .cli()
        .args(["tenant", "list", "-o", "csv"])
        .succeeds()
        .stdout();
    assert!(
        csv.starts_with("id,slug,name,status,time_zone,schema,version\n"),
        "{csv}"
    );
    db.cli()
        .args(["tenant", "list", "-q"])
        .succeeds()
        .stdout_contains(&format!("{id}\n"));

    // By slug or by id, and as the default tenant.
    let show = db
        .cli()
        .args(["tenant", "show", &id.to_string(), "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(show["slug"], "acme");
    assert_eq!(show["appointments"], 0);
    assert_eq!(show["users"], 0);
    assert_eq!(show["version"], tenant_version());
    assert_eq!(show["last_migration_status"], "ok");
    assert!(show["size_bytes"].as_i64().unwrap() > 0);
    db.cli()
        .env("THERATIME_TENANT", "acme")
        .args(["tenant", "show"])
        .succeeds()
        .stdout_contains("Acme Therapy");

    db.cli()
        .args([
            "tenant",
            "update",
            "acme",
            "--name",
            "Acme Praxis",
            "--timezone",
            "America/New_York",
        ])
        .succeeds();
    let show = db
        .cli()
        .args(["tenant", "show", "acme", "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(show["name"], "Acme Praxis");
    assert_eq!(show["time_zone"], "America/New_York");

    db.cli()
        .args(["tenant", "suspend", "acme"])
        .succeeds()
        .stdout_contains("suspended");
    // Idempotent: a second suspend changes nothing, says so, and exits 0.
    let before = db.snapshot();
    db.cli()
        .args(["tenant", "suspend", "acme"])
        .succeeds()
        .stdout_contains("suspended")
        .stderr_contains("already suspended");
    assert_eq!(db.snapshot(), before);
    db.cli()
        .args(["tenant", "resume", "acme"])
        .succeeds()
        .stdout_contains("active");

    let audit = db.query(
        "SELECT command || ':' || outcome FROM theratime.audit_log WHERE command LIKE 'tenant%' ORDER BY id",
    );
    assert_eq!(
        audit,
        [
            "tenant create:created",
            "tenant update:updated",
            "tenant suspend:suspended",
            "tenant resume:active"
        ]
    );
}

#[test]
fn bad_slugs_exit_5_and_change_nothing() {
    let db = TestDb::new();
    let before = db.snapshot();
    let long = "a".repeat(64);
    for slug in [
        "a'; drop schema theratime cascade; --",
        long.as_str(),
        "A",
        "1abc",
        "ab_c",
        "x",
        "Acme",
        "acme!",
    ] {
        db.cli()
            .args(["tenant", "create", slug, "--name", "X"])
            .fails(5)
            .stderr_contains("invalid slug");
    }
    assert_eq!(db.snapshot(), before);
}

#[test]
fn invalid_time_zone_exits_5_and_changes_nothing() {
    let db = TestDb::new();
    let before = db.snapshot();
    db.cli()
        .args([
            "tenant",
            "create",
            "acme",
            "--name",
            "Acme",
            "--timezone",
            "Mars/Olympus",
        ])
        .fails(5)
        .stderr_contains("unknown time zone \"Mars/Olympus\"");
    assert_eq!(db.snapshot(), before);
    db.tenant("beta");
    let before_update = db.snapshot();
    db.cli()
        .args(["tenant", "update", "beta", "--timezone", "Europe/Berlinn"])
        .fails(5)
        .stderr_contains("IANA");
    assert_eq!(db.snapshot(), before_update);
    assert_eq!(
        db.one("SELECT time_zone FROM theratime.tenants WHERE slug = 'beta'"),
        "UTC"
    );
}

#[test]
fn duplicate_tenant_exits_3_unless_if_not_exists() {
    let db = TestDb::new();
    let id = db.tenant("acme");
    let before = db.snapshot();
    db.cli()
        .args(["tenant", "create", "acme", "--name", "Again"])
        .fails(3)
        .stderr_contains("already exists");
    assert_eq!(db.snapshot(), before);
    let out = db
        .cli()
        .args([
            "tenant",
            "create",
            "acme",
            "--name",
            "Again",
            "--if-not-exists",
            "-o",
            "json",
        ])
        .succeeds()
        .stderr_contains("already exists");
    assert_eq!(out.json()["id"], id);
    assert_eq!(db.snapshot(), before);
}

#[test]
fn unknown_tenant_exits_4() {
    let db = TestDb::new();
    db.tenant("acme");
    let before = db.snapshot();
    for args in [
        vec!["tenant", "show", "nope"],
        vec!["tenant", "show", "999"],
        vec!["tenant", "suspend", "nope"],
        vec!["tenant", "update", "nope", "--name", "X"],
        vec!["tenant", "drop", "nope", "--yes"],
    ] {
        db.cli().args(&args).fails(4).stderr_contains("not found");
    }
    assert_eq!(db.snapshot(), before);
}

#[test]
fn create_is_one_transaction_when_a_later_statement_fails() {
    // A conflicting object: the schema the next tenant would get already exists.
    let db = TestDb::new();
    db.exec("CREATE SCHEMA tenant_1");
    let before = db.snapshot();
    db.cli()
        .args(["tenant", "create", "acme", "--name", "Acme"])
        .fails(1)
        .stderr_contains("tenant schema");
    assert_eq!(db.snapshot(), before);

    // A lock held by another session plus a short lock_timeout: fails after the row,
    // the schema and the tenant migrations were written.
    let db = TestDb::new();
    let before = db.snapshot();
    let url = format!("{}&options=-c%20lock_timeout%3D300", db.url);
    let rt = rt();
    rt.block_on(async {
        use sqlx::Connection;
        let mut holder = sqlx::PgConnection::connect(&db.url).await.unwrap();
        exec(
            &mut holder,
            "BEGIN; LOCK TABLE theratime.tenant_migrations IN ACCESS EXCLUSIVE MODE",
        )
        .await;
        let out = cli()
            .env("THERATIME_DATABASE_URL", &url)
            .args(["tenant", "create", "acme", "--name", "Acme"])
            .fails(8);
        assert!(out.stderr().contains("lock timeout"), "{}", out.stderr());
        exec(&mut holder, "ROLLBACK").await;
    });
    assert_eq!(db.snapshot(), before);
    assert_eq!(
        db.one("SELECT count(*)::text FROM pg_namespace WHERE nspname LIKE 'tenant\\_%'"),
        "0"
    );
}

#[test]
fn drop_needs_a_terminal_or_yes_and_removes_schema_row_and_users() {
    let db = TestDb::new();
    let id = db.tenant("acme");
    let other = db.tenant("beta");
    db.add_user(id, "ann@acme.test", "therapist");
    let kept = db.add_user(other, "bob@beta.test", "therapist");
    let before = db.snapshot();
    db.cli()
        .args(["tenant", "drop", "acme"])
        .stdin("acme\n")
        .fails(2)
        .stderr_contains("--yes");
    assert_eq!(db.snapshot(), before);

    db.cli()
        .args(["tenant", "drop", "acme", "--yes"])
        .succeeds()
        .stderr_contains("dropped tenant acme");
    assert_eq!(
        db.one(&format!(
            "SELECT count(*)::text FROM pg_namespace WHERE nspname = 'tenant_{id}'"
        )),
        "0"
    );
    assert_eq!(
        db.one("SELECT string_agg(slug, ',') FROM theratime.tenants"),
        "beta"
    );
    assert_eq!(
        db.one("SELECT string_agg(id::text, ',') FROM theratime.users"),
        kept.to_string()
    );
    assert_eq!(
        db.one(
            "SELECT command || ':' || tenant_slug FROM theratime.audit_log ORDER BY id DESC LIMIT 1"
        ),
        "tenant drop:acme"
    );
}

#[test]
fn tenant_commands_need_a_migrated_database() {
    let db = TestDb::empty();
    let before = db.snapshot();
    db.cli()
        .args(["tenant", "create", "acme", "--name", "Acme"])
        .fails(5)
        .stderr_contains("theratime migrate");
    assert_eq!(db.snapshot(), before);
}

/// Run theratime on a pseudo-terminal (util-linux `script`), typing `input`.
fn on_terminal(db: &TestDb, args: &str, input: &str) -> (Option<i32>, String) {
    let out = std::process::Command::new("script")
        .args(["-qec", &format!("{BIN} {args}"), "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("THERATIME_DATABASE_URL", &db.url)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(input.as_bytes())?;
            child.wait_with_output()
        })
        .expect("run script(1)");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn drop_on_a_terminal_asks_to_type_the_slug() {
    let db = TestDb::new();
    db.tenant("acme");
    let before = db.snapshot();
    let (code, screen) = on_terminal(&db, "tenant drop acme", "acme-typo\n");
    assert_eq!(code, Some(2), "{screen}");
    assert!(screen.contains("Type \"acme\" to confirm"), "{screen}");
    assert!(screen.contains("did not match"), "{screen}");
    assert_eq!(db.snapshot(), before);
    let (code, screen) = on_terminal(&db, "tenant drop acme", "acme\n");
    assert_eq!(code, Some(0), "{screen}");
    assert_eq!(db.one("SELECT count(*)::text FROM theratime.tenants"), "0");
}

#[test]
fn a_schema_dropped_by_hand_exits_4_naming_it_and_the_row_can_still_be_dropped() {
    let db = TestDb::new();
    let id = db.tenant("acme");
    db.add_user(id, "ann@acme.test", "therapist");
    db.add_user(id, "cid@acme.test", "client");
    db.exec(&format!("DROP SCHEMA tenant_{id} CASCADE"));
    let before = db.snapshot();
    let schema = format!("schema tenant_{id} of tenant {id} does not exist");
    for args in [
        vec!["appointment", "list", "-t", "acme"],
        vec![
            "book",
            "-t",
            "acme",
            "--therapist",
            "ann@acme.test",
            "--client",
            "cid@acme.test",
            "--at",
            "2027-01-04 09:00",
            "--duration",
            "50m",
        ],
        vec!["block", "list", "-t", "acme"],
        vec!["export", "-t", "acme", "--format", "csv", "--out", "/tmp"],
    ] {
        db.cli()
            .args(&args)
            .fails(4)
            .stderr_contains(&schema)
            .stderr_contains("theratime doctor");
    }
    assert_eq!(db.snapshot(), before);

    db.cli()
        .args(["tenant", "drop", "acme", "--yes"])
        .succeeds()
        .stderr_contains("dropped tenant acme");
    assert_eq!(db.one("SELECT count(*)::text FROM theratime.tenants"), "0");
}

#[test]
fn drop_keeps_the_users_another_tenants_history_names() {
    let db = TestDb::new();
    let a = db.tenant("a1");
    let b = db.tenant("b1");
    let c = db.tenant("c1");
    // a1's client c3 has moved on to b1; c1 named them too, earlier.
    let ids = populate(&db, a, "a1", Some(b));
    let c3 = ids[5];
    let t = db.add_user(c, "t@c1.test", "therapist");
    db.exec(&format!(
        "UPDATE theratime.users SET tenant_id = {c} WHERE id = {c3};
         INSERT INTO tenant_{c}.appointments (therapist_id, client_id, starts_at, ends_at)
         VALUES ({t}, {c3}, '2026-11-01 09:00Z', '2026-11-01 10:00Z');
         UPDATE theratime.users SET tenant_id = {b} WHERE id = {c3};"
    ));
    let only_b = db.add_user(b, "only@b1.test", "therapist");
    let dir = out_dir();

    db.cli()
        .args(["tenant", "drop", "b1", "--yes"])
        .succeeds()
        .stderr_contains(&format!(
            "kept user c3@a1.test (id {c3}) as a deactivated user of tenant a1"
        ))
        .stderr_contains("dropped tenant b1");
    // Kept, deactivated, in the tenant whose history names them last; b1's other
    // users are gone with it.
    assert_eq!(
        db.one(&format!(
            "SELECT tenant_id || ',' || active FROM theratime.users WHERE id = {c3}"
        )),
        format!("{a},false")
    );
    assert_eq!(
        db.one(&format!(
            "SELECT count(*)::text FROM theratime.users WHERE id = {only_b}"
        )),
        "0"
    );
    assert_eq!(
        db.query(
            "SELECT command || ':' || tenant_slug || ':' || coalesce(target, '') || ':' || outcome
             FROM theratime.audit_log WHERE command = 'tenant drop' ORDER BY id"
        ),
        [
            format!("tenant drop:a1:user {c3}:kept user").as_str(),
            "tenant drop:b1::dropped"
        ]
    );
    db.cli()
        .args(["doctor"])
        .succeeds()
        .stderr_contains("no problems found");
    // A deactivated user of a1 now: listed there, not bookable.
    db.cli()
        .args(["user", "list", "-t", "a1"])
        .succeeds()
        .stdout_contains("c3@a1.test");
    db.cli()
        .args([
            "book",
            "-t",
            "a1",
            "--therapist",
            "t1@a1.test",
            "--client",
            "c3@a1.test",
        ])
        .args(["--at", "2027-01-04T09:00:00Z", "--duration", "50m"])
        .fails(5)
        .stderr_contains("deactivated");
    // a1's backups still restore elsewhere (they used to name a user nobody had).
    db.cli()
        .args(["backup", "-t", "a1", "--out"])
        .arg_path(dir.path())
        .succeeds();
    let file = archives(dir.path()).remove(0);
    let db2 = TestDb::new();
    db2.cli().args(["restore"]).arg_path(&file).succeeds();
    assert_eq!(canonical(&db2, "a1"), canonical(&db, "a1"));
}

#[test]
fn doctor_reports_rows_that_name_users_that_do_not_exist() {
    let db = TestDb::new();
    let a = db.tenant("a1");
    let ids = populate(&db, a, "a1", None);
    db.cli().args(["doctor"]).succeeds();
    // Users deleted behind theratime's back (as `tenant drop` once deleted the users
    // who had moved on to the dropped tenant).
    let (t1, c1) = (ids[1], ids[3]);
    db.exec(&format!(
        "DELETE FROM theratime.users WHERE id IN ({t1}, {c1})"
    ));
    let before = db.snapshot();
    let out = db
        .cli()
        .args(["doctor", "-o", "json"])
        .fails(7)
        .stderr_contains("doctor found 1 problem(s)");
    assert_eq!(db.snapshot(), before);
    let findings = out.json();
    let f = &findings[0];
    assert_eq!(f["kind"], "missing_user", "{findings}");
    assert_eq!(f["schema"], format!("tenant_{a}"));
    assert_eq!(f["tenant"], "a1");
    assert_eq!(
        f["detail"],
        format!(
            "2 row(s) of appointments.client_id name user(s) that theratime.users does not have (ids {c1}); \
             3 row(s) of appointments.therapist_id name user(s) that theratime.users does not have (ids {t1}); \
             1 row(s) of calendar_blocks.therapist_id name user(s) that theratime.users does not have (ids {t1}); \
             this tenant's backups cannot be restored until they exist"
        )
    );
    assert!(
        f["fix"]
            .as_str()
            .unwrap()
            .contains(&format!("INSERT INTO theratime.users (id, tenant_id, email, display_name, role, active) VALUES (<id>, {a},")),
        "{f}"
    );
}
