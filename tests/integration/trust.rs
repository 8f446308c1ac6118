//! Trust boundaries (DESIGN §2, §7): a pinned search_path, global functions that a
//! caller's search_path cannot redirect, user commands that stay inside the tenant,
//! direct-connection checks, and config files only from their owner.
use crate::harness::*;
use crate::pgbouncer::{BouncerConfig, one_connection_pooler, start_bouncer_with};

/// Two tenants with a therapist, a client and one appointment each; the second
/// tenant's appointment carries a secret note. Returns (acme id, globex id).
fn two_practices(db: &TestDb) -> (i64, i64) {
    let acme = db.tenant("acme");
    let globex = db.tenant("globex");
    for (tid, slug, note) in [
        (acme, "acme", "acme note"),
        (globex, "globex", "globex secret"),
    ] {
        let t = db.add_user(tid, &format!("ther@{slug}.test"), "therapist");
        let c = db.add_user(tid, &format!("client@{slug}.test"), "client");
        db.exec(&format!(
            "INSERT INTO tenant_{tid}.appointments (therapist_id, client_id, starts_at, ends_at, notes)
             VALUES ({t}, {c}, '2027-01-05 10:00Z', '2027-01-05 11:00Z', '{note}')"
        ));
    }
    (acme, globex)
}

#[test]
fn a_temporary_view_on_a_pooled_connection_cannot_stand_in_for_a_tenant_table() {
    let db = TestDb::new();
    let (acme, globex) = two_practices(&db);
    let (_bouncer, url) = one_connection_pooler(&db);
    // Another client of the pooler leaves temporary views on the one server connection.
    rt().block_on(async {
        use sqlx::Connection;
        let opts = theratime::db::connect_options(Some(&url)).unwrap();
        let mut attacker = sqlx::PgConnection::connect_with(&opts).await.unwrap();
        exec(
            &mut attacker,
            &format!("CREATE TEMP VIEW appointments AS SELECT * FROM tenant_{globex}.appointments"),
        )
        .await;
        attacker.close().await.unwrap();
    });
    let list = db
        .cli()
        .env("THERATIME_DATABASE_URL", &url)
        .args(["-t", "acme", "appointment", "list", "-o", "json"])
        .succeeds()
        .json();
    let notes: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["notes"].as_str().unwrap())
        .collect();
    assert_eq!(notes, ["acme note"]);
    db.cli()
        .env("THERATIME_DATABASE_URL", &url)
        .args(["-t", "acme", "appointment", "cancel", "1"])
        .succeeds();
    assert_eq!(
        db.one(&format!(
            "SELECT status FROM tenant_{acme}.appointments WHERE id = 1"
        )),
        "cancelled"
    );
    assert_eq!(
        db.one(&format!(
            "SELECT status FROM tenant_{globex}.appointments WHERE id = 1"
        )),
        "booked"
    );
    // The view is still there on the pooled connection: the path, not luck, kept it out.
    assert_eq!(
        db.cli()
            .env("THERATIME_DATABASE_URL", &url)
            .args(["-t", "acme", "appointment", "list", "-q"])
            .succeeds()
            .stdout(),
        "1\n"
    );
}

#[test]
fn a_callers_search_path_cannot_replace_what_the_triggers_call() {
    let db = TestDb::new();
    let (acme, _) = two_practices(&db);
    // A raw-SQL writer with its own function ahead of pg_catalog on its path: the
    // therapist schedule lock must still be PostgreSQL's own.
    db.exec(&format!(
        "CREATE SCHEMA evil;
         CREATE FUNCTION evil.pg_advisory_xact_lock(integer, integer) RETURNS void
             LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'hijacked'; END $$;
         SET search_path = evil, pg_catalog;
         INSERT INTO tenant_{acme}.appointments (therapist_id, client_id, starts_at, ends_at)
         SELECT therapist_id, client_id, '2027-01-06 10:00Z', '2027-01-06 11:00Z'
         FROM tenant_{acme}.appointments WHERE id = 1;
         INSERT INTO tenant_{acme}.calendar_blocks (therapist_id, starts_at, ends_at)
         SELECT therapist_id, '2027-01-07 10:00Z', '2027-01-07 11:00Z'
         FROM tenant_{acme}.appointments WHERE id = 1;"
    ));
    assert_eq!(
        db.one(&format!(
            "SELECT count(*)::text FROM tenant_{acme}.appointments"
        )),
        "2"
    );
    // Every global function pins its path.
    assert_eq!(
        db.query(
            "SELECT p.proname || ' ' || coalesce(array_to_string(p.proconfig, ','), 'unpinned')
             FROM pg_proc p WHERE p.pronamespace = 'theratime'::regnamespace
             AND p.prokind = 'f' AND p.proname NOT LIKE 'gbt%' AND p.proname NOT LIKE 'gist%'
             AND p.proname NOT LIKE '%\\_dist' AND p.proname NOT IN ('int2_dist','int4_dist','int8_dist','oid_dist','float4_dist','float8_dist','cash_dist','date_dist','time_dist','ts_dist','tstz_dist','interval_dist')
             AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
             ORDER BY 1"
        ),
        [
            "appointment_guard search_path=pg_catalog, pg_temp",
            "audit_append search_path=pg_catalog, pg_temp",
            "audit_field search_path=pg_catalog, pg_temp",
            "audit_hash search_path=pg_catalog, pg_temp",
            "audit_log_append_only search_path=pg_catalog, pg_temp",
            "audit_personal_erase_only search_path=pg_catalog, pg_temp",
            "block_guard search_path=pg_catalog, pg_temp",
            "check_tenant_user search_path=pg_catalog, pg_temp",
            "citus_setup search_path=pg_catalog, pg_temp",
            "drop_tenant_role search_path=pg_catalog, pg_temp",
            "ensure_tenant_role search_path=pg_catalog, pg_temp",
            "grant_role_to search_path=pg_catalog, pg_temp",
            "grant_tenant_role search_path=pg_catalog, pg_temp",
            "link_moved_user search_path=pg_catalog, pg_temp",
            "link_referenced_users search_path=pg_catalog, pg_temp",
            "lock_therapist_schedule search_path=pg_catalog, pg_temp",
            "tenant_of_role search_path=pg_catalog, pg_temp",
            "tenant_of_schema search_path=pg_catalog, pg_temp",
            "tenant_references_user search_path=pg_catalog, pg_temp",
            "tenant_user_columns search_path=pg_catalog, pg_temp",
            "user_moved search_path=pg_catalog, pg_temp",
        ]
    );
}

#[test]
fn user_commands_with_a_tenant_refuse_another_tenants_user() {
    let db = TestDb::new();
    two_practices(&db);
    let before = db.snapshot();
    db.cli()
        .args([
            "-t",
            "acme",
            "user",
            "edit",
            "client@globex.test",
            "--name",
            "x",
        ])
        .fails(5)
        .stderr_contains("user client@globex.test belongs to another tenant, not to acme");
    db.cli()
        .env("THERATIME_TENANT", "acme")
        .args(["user", "deactivate", "client@globex.test"])
        .fails(5)
        .stderr_contains("belongs to another tenant, not to acme");
    db.cli()
        .env("THERATIME_TENANT", "acme")
        .args(["user", "show", "client@globex.test"])
        .fails(5)
        .stderr_contains("belongs to another tenant, not to acme");
    assert_eq!(db.snapshot(), before, "the refusals changed nothing");
    // In its own tenant, and without a tenant, the user is found as before.
    db.cli()
        .args([
            "-t",
            "globex",
            "user",
            "show",
            "client@globex.test",
            "-o",
            "json",
        ])
        .succeeds();
    db.cli()
        .args(["user", "edit", "client@globex.test", "--name", "Renamed"])
        .succeeds();
    assert_eq!(
        db.one("SELECT display_name FROM theratime.users WHERE email = 'client@globex.test'"),
        "Renamed"
    );
}

#[test]
fn the_audit_trail_names_the_real_os_user_not_dollar_user() {
    let db = TestDb::new();
    db.cli()
        .env("USER", "mallory")
        .env("LOGNAME", "mallory")
        .args(["tenant", "create", "acme", "--name", "Acme", "-q"])
        .succeeds();
    let me = std::process::Command::new("id")
        .arg("-un")
        .output()
        .unwrap();
    let me = String::from_utf8(me.stdout).unwrap();
    assert_eq!(
        db.query("SELECT DISTINCT os_user FROM theratime.audit_log"),
        [me.trim()]
    );
}

#[test]
fn commands_that_need_a_direct_connection_refuse_a_pooler() {
    let db = TestDb::new();
    let acme = db.tenant("acme");
    let bouncer = start_bouncer_with(
        &db,
        BouncerConfig {
            pool_size: 2,
            ignore_startup_parameters: "extra_float_digits,options",
        },
    );
    let url = format!("postgres://postgres@127.0.0.1:{}/{}", bouncer.port, db.name);
    let out = out_dir();
    let before = db.snapshot();
    let cases: Vec<Vec<String>> = vec![
        vec!["migrate".into()],
        vec!["migrate".into(), "--all-tenants".into()],
        vec![
            "tenant".into(),
            "create".into(),
            "globex".into(),
            "--name".into(),
            "G".into(),
        ],
        vec![
            "tenant".into(),
            "drop".into(),
            "acme".into(),
            "--yes".into(),
        ],
        vec![
            "backup".into(),
            "-t".into(),
            "acme".into(),
            "--out".into(),
            out.path().display().to_string(),
        ],
        vec!["doctor".into()],
        vec!["demo".into()],
    ];
    for args in cases {
        db.cli()
            .env("THERATIME_DATABASE_URL", &url)
            .args(&args)
            .fails(5)
            .stderr_contains("needs a direct connection")
            .stderr_contains("--direct-url");
    }
    assert_eq!(db.snapshot(), before, "nothing changed");
    assert!(archives(out.path()).is_empty());
    // With --direct-url pointing at the server, the same commands work behind the pooler.
    db.cli()
        .env("THERATIME_DATABASE_URL", &url)
        .env("THERATIME_DIRECT_URL", &db.url)
        .args([
            "backup",
            "-t",
            "acme",
            "--out",
            &out.path().display().to_string(),
        ])
        .succeeds();
    assert_eq!(archives(out.path()).len(), 1);
    // Through the pooler, a pooled command still works.
    db.cli()
        .env("THERATIME_DATABASE_URL", &url)
        .args(["tenant", "show", &acme.to_string(), "-q"])
        .succeeds();
}

fn write_config(dir: &std::path::Path, mode: u32) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join("theratime.toml");
    std::fs::write(
        &path,
        "migrations = \"/elsewhere\"\ndefault_tenant = \"acme\"\n",
    )
    .unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
    path
}

#[test]
fn a_config_file_in_the_current_directory_is_read_only_from_its_owner() {
    let dir = tempfile::tempdir().unwrap();
    // Writable by others: refused, naming the file and the fix.
    write_config(dir.path(), 0o666);
    cli()
        .current_dir(dir.path())
        .args(["config"])
        .fails(5)
        .stderr_contains("refusing to read config file theratime.toml found in the current directory: it is writable by group or others")
        .stderr_contains("--config");
    // Named explicitly, the operator vouches for it.
    cli()
        .env("THERATIME_CONFIG", dir.path().join("theratime.toml"))
        .current_dir(dir.path())
        .args(["config"])
        .succeeds()
        .stdout_contains("/elsewhere");
    // The owner's own file, not writable by others: read, and said so on stderr.
    write_config(dir.path(), 0o644);
    let run = cli().current_dir(dir.path()).args(["config"]).succeeds();
    assert!(run.stdout().contains("/elsewhere"), "{}", run.stdout());
    assert_eq!(
        run.stderr(),
        "theratime: using the config file theratime.toml from the current directory\n"
    );
    // Owned by another user (only root can hand a file to someone else).
    if theratime::local::is_root() {
        let path = write_config(dir.path(), 0o644);
        std::os::unix::fs::chown(&path, Some(65534), None).unwrap();
        cli()
            .current_dir(dir.path())
            .args(["config"])
            .fails(5)
            .stderr_contains("it is owned by another user");
    }
}
