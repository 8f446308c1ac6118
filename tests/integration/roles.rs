//! A role per tenant (issue #12): the helper takes the tenant's role, so even a
//! schema-qualified statement cannot reach another practice; roles are made, granted,
//! checked and dropped with their tenants.

use std::sync::atomic::{AtomicI64, Ordering};

use crate::harness::*;
use crate::pgbouncer::one_connection_pooler;
use sqlx::{AssertSqlSafe, Connection, Row};
use theratime::db::{self, Isolation};

/// Let the next tenant ids of `db` start at an id no other test database of this run
/// uses: roles are cluster-wide, and every test database has a tenant 1.
pub(crate) fn unique_tenant_ids(db: &TestDb) -> i64 {
    static N: AtomicI64 = AtomicI64::new(0);
    let base = 1_000_000_000
        + i64::from(std::process::id() % 100_000) * 1_000
        + N.fetch_add(1, Ordering::SeqCst) * 10;
    db.exec(&format!(
        "SELECT setval(pg_get_serial_sequence('theratime.tenants', 'id'), {base})"
    ));
    base + 1
}

/// A login role of this test run (dropped by nobody: the cluster is thrown away).
fn login_role(tag: &str, attributes: &str) -> String {
    let name = format!("tt_{tag}_{}", std::process::id());
    let _ = rt().block_on(async {
        let mut conn = sqlx::PgConnection::connect(&server().url("postgres"))
            .await
            .unwrap();
        sqlx::raw_sql(AssertSqlSafe(format!(
            "CREATE ROLE {name} LOGIN {attributes}"
        )))
        .execute(&mut conn)
        .await
    });
    name
}

/// `db`'s URL for another login role.
fn url_as(db: &TestDb, role: &str) -> String {
    let url = db
        .url
        .replacen("postgres://postgres@", &format!("postgres://{role}@"), 1);
    assert_ne!(url, db.url, "unexpected test URL shape {}", db.url);
    url
}

/// Run `f` with a sqlx connection to `url`.
fn with_conn<T>(url: &str, f: impl AsyncFnOnce(&mut sqlx::PgConnection) -> T) -> T {
    rt().block_on(async {
        let opts = db::connect_options(Some(url)).unwrap();
        let mut conn = sqlx::PgConnection::connect_with(&opts).await.unwrap();
        f(&mut conn).await
    })
}

/// The SQLSTATE of a statement that must fail.
async fn refused(conn: &mut sqlx::PgConnection, sql: &str) -> (String, String) {
    let e = sqlx::raw_sql(AssertSqlSafe(sql.to_string()))
        .execute(conn)
        .await
        .expect_err(sql);
    let message = e
        .as_database_error()
        .map(|d| d.message().to_string())
        .unwrap_or_default();
    (theratime::error::sqlstate(&e).unwrap(), message)
}

/// Two practices with a therapist, a client and an appointment each; returns
/// ((a, therapist, client), (b, therapist, client)).
fn two_practices(db: &TestDb) -> ((i64, i64, i64), (i64, i64, i64)) {
    let mut out = Vec::new();
    for slug in ["acme", "globex"] {
        let t = db.tenant(slug);
        let th = db.add_user(t, &format!("ther@{slug}.test"), "therapist");
        let cl = db.add_user(t, &format!("client@{slug}.test"), "client");
        db.exec(&format!(
            "INSERT INTO tenant_{t}.appointments (therapist_id, client_id, starts_at, ends_at, notes)
             VALUES ({th}, {cl}, '2025-01-05 10:00Z', '2025-01-05 11:00Z', '{slug} secret')"
        ));
        out.push((t, th, cl));
    }
    (out[0], out[1])
}

#[test]
fn inside_a_tenant_transaction_another_practice_is_denied_even_schema_qualified() {
    let db = TestDb::new();
    let ((a, _, _), (b, b_ther, b_client)) = two_practices(&db);
    with_conn(&db.url, async |conn| {
        let mut tx = db::tenant_tx(conn, a, Isolation::ReadCommitted)
            .await
            .unwrap();
        let who: String = db::query_scalar("SELECT current_user::text")
            .fetch_one(&mut *tx)
            .await
            .unwrap();
        assert_eq!(who, format!("theratime_tenant_{a}"));
        let notes: Vec<String> = db::query_scalar("SELECT notes FROM appointments")
            .fetch_all(&mut *tx)
            .await
            .unwrap();
        assert_eq!(notes, ["acme secret"]);
        tx.rollback().await.unwrap();

        for sql in [
            format!("SELECT notes FROM tenant_{b}.appointments"),
            format!("SELECT count(*) FROM tenant_{b}.calendar_blocks"),
            format!("DELETE FROM tenant_{b}.appointments"),
            format!(
                "INSERT INTO tenant_{b}.calendar_blocks (therapist_id, starts_at, ends_at) VALUES ({b_ther}, now(), now() + interval '1 hour')"
            ),
            "SELECT slug FROM theratime.tenants".to_string(),
            "SELECT version FROM theratime.tenant_migrations".to_string(),
            "SELECT command FROM theratime.audit_log".to_string(),
            "UPDATE theratime.users SET display_name = 'x'".to_string(),
            format!("SELECT theratime.check_tenant_user({b}, {b_client}, 'client')"),
        ] {
            let tx = db::begin(conn, Isolation::ReadCommitted).await.unwrap();
            let mut tx = db::enter_tenant(tx, a).await.unwrap();
            let (state, _) = refused(&mut tx, &sql).await;
            assert_eq!(state, "42501", "{sql}");
            tx.rollback().await.unwrap();
        }
        // Another tenant's users are simply not there; the audit log takes rows.
        let mut tx = db::tenant_tx(conn, a, Isolation::ReadCommitted)
            .await
            .unwrap();
        let emails: Vec<String> = db::query_scalar(
            "SELECT email FROM theratime.users WHERE tenant_id = $1 OR id = ANY($2)",
        )
        .bind(b)
        .bind(vec![b_ther, b_client])
        .fetch_all(&mut *tx)
        .await
        .unwrap();
        assert!(emails.is_empty(), "{emails:?}");
        theratime::db::audit::record(
            &mut tx,
            &theratime::db::audit::Audit::entry("test", None, "ok"),
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        // The role ends with the transaction.
        let who: String = db::query_scalar("SELECT current_user::text")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        assert_eq!(who, "postgres");
    });
    // The audit row names the login role, not the tenant role.
    assert_eq!(
        db.one("SELECT db_user FROM theratime.audit_log WHERE command = 'test'"),
        "postgres"
    );
}

#[test]
fn the_same_tenant_rule_keeps_its_messages_under_the_tenant_role() {
    let db = TestDb::new();
    let ((a, a_ther, a_client), (_, b_ther, _)) = two_practices(&db);
    with_conn(&db.url, async |conn| {
        for (therapist, state, message) in [
            (
                b_ther,
                "23514",
                format!("user {b_ther} belongs to another tenant, not to tenant {a}"),
            ),
            (999_999, "23503", "user 999999 does not exist".to_string()),
            (
                a_client,
                "23514",
                format!("user {a_client} has the role client, not therapist"),
            ),
        ] {
            let mut tx = db::tenant_tx(conn, a, Isolation::ReadCommitted)
                .await
                .unwrap();
            let got = refused(
                &mut tx,
                &format!(
                    "INSERT INTO appointments (therapist_id, client_id, starts_at, ends_at)
                     VALUES ({therapist}, {a_client}, '2027-02-01 10:00Z', '2027-02-01 11:00Z')"
                ),
            )
            .await;
            assert_eq!(got, (state.to_string(), message));
            tx.rollback().await.unwrap();
        }
        // The rule's own user passes.
        let mut tx = db::tenant_tx(conn, a, Isolation::ReadCommitted)
            .await
            .unwrap();
        db::query(
            "INSERT INTO calendar_blocks (therapist_id, starts_at, ends_at) VALUES ($1, '2027-02-02 10:00Z', '2027-02-02 11:00Z')",
        )
        .bind(a_ther)
        .execute(&mut *tx)
        .await
        .unwrap();
        tx.commit().await.unwrap();
    });
    // And through the CLI: the same exit code and message as before roles.
    db.cli()
        .args([
            "-t",
            "acme",
            "block",
            "add",
            "--therapist",
            "ther@globex.test",
            "--from",
            "2027-03-01 10:00",
            "--until",
            "2027-03-01 11:00",
        ])
        .fails(5)
        .stderr_contains("another tenant");
}

#[test]
fn users_of_other_tenants_are_invisible_except_those_its_rows_still_name() {
    let db = TestDb::new();
    let ((a, _, a_client), (b, _, _)) = two_practices(&db);
    let c = db.tenant("initech");
    // acme's client moves to globex after their (past) appointment with acme.
    db.cli()
        .args(["user", "assign", "client@acme.test", "--tenant", "globex"])
        .succeeds();
    let visible = |tenant: i64| {
        with_conn(&db.url, async |conn| {
            let mut tx = db::tenant_tx(conn, tenant, Isolation::ReadCommitted)
                .await
                .unwrap();
            let emails: Vec<String> =
                db::query_scalar("SELECT email FROM theratime.users ORDER BY email")
                    .fetch_all(&mut *tx)
                    .await
                    .unwrap();
            tx.rollback().await.unwrap();
            emails
        })
    };
    assert_eq!(visible(a), ["client@acme.test", "ther@acme.test"]);
    assert_eq!(
        visible(b),
        ["client@acme.test", "client@globex.test", "ther@globex.test"]
    );
    assert!(visible(c).is_empty());
    assert_eq!(
        db.query("SELECT tenant_id || ':' || user_id FROM theratime.user_links"),
        [format!("{a}:{a_client}")]
    );
    // acme's list and export still name the client.
    let list = db
        .cli()
        .args(["-t", "acme", "appointment", "list", "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(list[0]["client"], "client@acme.test");
    let dir = out_dir();
    db.cli()
        .args(["export", "-t", "acme", "--format", "csv", "--out"])
        .arg_path(dir.path())
        .succeeds();
    let csv = std::fs::read_to_string(dir.path().join("acme-appointments.csv")).unwrap();
    assert!(csv.contains("client@acme.test"), "{csv}");
    // A user who moves without any row of the old tenant naming them is not linked.
    let admin = db.add_user(a, "admin@acme.test", "admin");
    db.exec(&format!(
        "UPDATE theratime.users SET tenant_id = {c} WHERE id = {admin}"
    ));
    assert_eq!(visible(a), ["client@acme.test", "ther@acme.test"]);
}

#[test]
fn tenant_drop_keeps_a_role_another_database_still_uses() {
    let (db1, db2) = (TestDb::new(), TestDb::new());
    let id = unique_tenant_ids(&db1);
    // The same id in both databases.
    db2.exec(&format!(
        "SELECT setval(pg_get_serial_sequence('theratime.tenants', 'id'), {})",
        id - 1
    ));
    assert_eq!(db1.tenant("shared"), id);
    assert_eq!(db2.tenant("shared"), id);
    let role = format!("theratime_tenant_{id}");
    let exists = |db: &TestDb| db.one(&format!("SELECT (to_regrole('{role}') IS NOT NULL)::text"));
    let deps_here = |db: &TestDb| {
        db.one(&format!(
            "SELECT count(*)::text FROM pg_shdepend WHERE refobjid = to_regrole('{role}')
             AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
        ))
    };
    assert_ne!(deps_here(&db1), "0");
    db1.cli()
        .args(["tenant", "drop", "shared", "--yes"])
        .succeeds();
    // Kept for db2, with nothing left of it in db1.
    assert_eq!(exists(&db1), "true");
    assert_eq!(deps_here(&db1), "0");
    let t = db2.add_user(id, "t@shared.test", "therapist");
    let c = db2.add_user(id, "c@shared.test", "client");
    db2.cli()
        .args([
            "-t",
            "shared",
            "book",
            "--therapist",
            &t.to_string(),
            "--client",
            &c.to_string(),
            "--at",
            "2027-01-04 10:00",
            "--duration",
            "1h",
        ])
        .succeeds();
    db2.cli()
        .args(["tenant", "drop", "shared", "--yes"])
        .succeeds();
    assert_eq!(exists(&db2), "false");
}

#[test]
fn without_createrole_create_migrate_drop_and_restore_refuse_and_change_nothing() {
    let db = TestDb::new();
    db.tenant("acme");
    let dir = out_dir();
    db.cli()
        .args(["backup", "-t", "acme", "--out"])
        .arg_path(dir.path())
        .succeeds();
    let archive = archives(dir.path()).pop().unwrap();
    let role = login_role("nocreaterole", "");
    // It may read and write the global tables, but not make roles.
    db.exec(&format!(
        "GRANT USAGE ON SCHEMA theratime TO {role}; GRANT ALL ON ALL TABLES IN SCHEMA theratime TO {role}"
    ));
    let url = url_as(&db, &role);
    let before = db.snapshot();
    for args in [
        vec!["tenant", "create", "beta", "--name", "Beta"],
        vec!["migrate"],
        vec!["migrate", "--all-tenants"],
        vec!["tenant", "drop", "acme", "--yes"],
    ] {
        db.cli()
            .env("THERATIME_DATABASE_URL", &url)
            .args(&args)
            .fails(5)
            .stderr_contains("needs the CREATEROLE privilege")
            .stderr_contains(&format!("ALTER ROLE \"{role}\" CREATEROLE"))
            .stderr_contains("nothing was changed");
    }
    assert_eq!(db.snapshot(), before);
    // A restore too (of a tenant that no longer exists).
    db.cli()
        .args(["tenant", "drop", "acme", "--yes"])
        .succeeds();
    let before = db.snapshot();
    db.cli()
        .env("THERATIME_DATABASE_URL", &url)
        .args(["restore"])
        .arg_path(&archive)
        .fails(5)
        .stderr_contains("restore needs the CREATEROLE privilege");
    assert_eq!(db.snapshot(), before);
}

#[test]
fn a_login_role_with_createrole_but_not_superuser_runs_every_command() {
    let db = TestDb::empty();
    let role = login_role("owner", "CREATEROLE");
    db.exec(&format!("GRANT CREATE ON DATABASE {} TO {role}", db.name));
    let url = url_as(&db, &role);
    let as_owner = || db.cli().env("THERATIME_DATABASE_URL", &url);
    as_owner().args(["migrate"]).succeeds();
    let first = unique_tenant_ids(&db);
    for slug in ["acme", "beta"] {
        as_owner()
            .args(["tenant", "create", slug, "--name", slug])
            .succeeds();
    }
    assert_eq!(
        db.one(&format!(
            "SELECT pg_has_role('{role}', 'theratime_tenant_{first}', 'MEMBER')::text"
        )),
        "true"
    );
    let acme = || as_owner().env("THERATIME_TENANT", "acme");
    for (email, r) in [("t@acme.test", "therapist"), ("c@acme.test", "client")] {
        acme()
            .args([
                "user", "add", "--email", email, "--name", email, "--role", r,
            ])
            .succeeds();
    }
    acme()
        .args([
            "book",
            "--therapist",
            "t@acme.test",
            "--client",
            "c@acme.test",
            "--at",
            "2027-01-04 10:00",
            "--duration",
            "1h",
        ])
        .succeeds();
    acme()
        .args([
            "block",
            "add",
            "--therapist",
            "t@acme.test",
            "--from",
            "2027-01-04 12:00",
            "--until",
            "2027-01-04 13:00",
        ])
        .succeeds();
    acme()
        .args([
            "availability",
            "--therapist",
            "t@acme.test",
            "--date",
            "2027-01-04",
        ])
        .succeeds();
    acme().args(["appointment", "cancel", "1"]).succeeds();
    acme()
        .args(["user", "assign", "c@acme.test", "--tenant", "beta"])
        .succeeds();
    let list = acme()
        .args(["appointment", "list", "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(list[0]["client"], "c@acme.test");
    acme().args(["tenant", "show"]).succeeds();
    let dir = out_dir();
    as_owner()
        .args(["export", "--all-tenants", "--format", "ics", "--out"])
        .arg_path(dir.path())
        .succeeds();
    as_owner()
        .args(["backup", "--all-tenants", "--out"])
        .arg_path(dir.path())
        .succeeds();
    as_owner()
        .args(["tenant", "drop", "acme", "--yes"])
        .succeeds();
    let archive = archives(dir.path())
        .into_iter()
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_str()
                .unwrap()
                .starts_with("acme-")
        })
        .unwrap();
    // The client moved to beta: restore links them on request only.
    as_owner()
        .args(["restore", "--link-users"])
        .arg_path(&archive)
        .succeeds();
    assert_eq!(
        acme()
            .args(["appointment", "list", "-q"])
            .succeeds()
            .stdout(),
        "1\n"
    );
    as_owner().args(["doctor"]).succeeds();
}

/// The repository's migrations without tenant roles (as a database made before them).
fn migrations_before_roles() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["global", "tenant"] {
        let to = dir.path().join(sub);
        std::fs::create_dir_all(&to).unwrap();
        for f in std::fs::read_dir(repo_root().join("migrations").join(sub)).unwrap() {
            let f = f.unwrap();
            let name = f.file_name().into_string().unwrap();
            // Every migration before the ones that brought roles (global V6, tenant V2).
            let version: u32 = name[1..name.find("__").unwrap()].parse().unwrap();
            if version < if sub == "global" { 6 } else { 2 } {
                std::fs::copy(f.path(), to.join(&name)).unwrap();
            }
        }
    }
    dir
}

#[test]
fn migrate_gives_a_database_made_before_roles_its_roles_and_doctor_is_clean() {
    let db = TestDb::empty();
    let old = migrations_before_roles();
    let with_old = || db.cli().env("THERATIME_MIGRATIONS", old.path());
    with_old().args(["migrate"]).succeeds();
    let a = unique_tenant_ids(&db);
    for slug in ["acme", "beta"] {
        with_old()
            .args(["tenant", "create", slug, "--name", slug])
            .succeeds();
    }
    let ther = db.add_user(a, "t@acme.test", "therapist");
    let client = db.add_user(a, "c@acme.test", "client");
    db.exec(&format!(
        "INSERT INTO tenant_{a}.appointments (therapist_id, client_id, starts_at, ends_at, status)
         VALUES ({ther}, {client}, '2026-01-05 10:00Z', '2026-01-05 11:00Z', 'completed');
         UPDATE theratime.users SET tenant_id = {} WHERE id = {client}",
        a + 1
    ));
    // The global schema first: the tenants have no roles yet, and say so.
    db.cli().args(["migrate", "--global"]).succeeds();
    let before = db.snapshot();
    db.cli()
        .args(["-t", "acme", "appointment", "list"])
        .fails(5)
        .stderr_contains(&format!("has no role theratime_tenant_{a}"))
        .stderr_contains("theratime migrate");
    let findings = db.cli().args(["doctor", "-o", "json"]).fails(7).json();
    let missing: Vec<&str> = findings
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "missing_role")
        .map(|f| f["fix"].as_str().unwrap())
        .collect();
    assert_eq!(
        missing,
        [
            "`theratime migrate -t acme` (its schema predates tenant roles)",
            "`theratime migrate -t beta` (its schema predates tenant roles)"
        ]
    );
    assert_eq!(db.snapshot(), before);
    db.cli().args(["migrate", "--all-tenants"]).succeeds();
    db.cli()
        .args(["doctor"])
        .succeeds()
        .stderr_contains("no problems found");
    // The client who moved before roles existed is still named in acme's list.
    let list = db
        .cli()
        .args(["-t", "acme", "appointment", "list", "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(list[0]["client"], "c@acme.test");
}

#[test]
fn the_role_is_local_so_a_pooled_connection_carries_none_into_the_next_transaction() {
    let db = TestDb::new();
    two_practices(&db);
    let (_bouncer, url) = one_connection_pooler(&db);
    let pooled = || db.cli().env("THERATIME_DATABASE_URL", &url);
    let default_path = db.one("SELECT boot_val FROM pg_settings WHERE name = 'search_path'");
    let after = || {
        with_conn(&url, async |conn| {
            let row = sqlx::raw_sql(
                "SELECT current_user::text, session_user::text, current_setting('search_path')",
            )
            .fetch_one(conn)
            .await
            .unwrap();
            (
                row.get::<String, _>(0),
                row.get::<String, _>(1),
                row.get::<String, _>(2),
            )
        })
    };
    for args in [
        vec!["-t", "acme", "appointment", "list"],
        vec![
            "-t",
            "acme",
            "book",
            "--therapist",
            "ther@acme.test",
            "--client",
            "client@acme.test",
            "--at",
            "2027-01-06 10:00",
            "--duration",
            "1h",
        ],
        vec!["-t", "globex", "appointment", "cancel", "1"],
        vec!["-t", "globex", "block", "list"],
        vec!["tenant", "show", "acme"],
        vec!["-t", "acme", "user", "list"],
    ] {
        pooled().args(&args).succeeds();
        assert_eq!(
            after(),
            ("postgres".into(), "postgres".into(), default_path.clone()),
            "after {args:?}"
        );
    }
}

#[test]
fn app_role_gets_every_tenant_role_and_opens_tenant_transactions_with_it() {
    let db = TestDb::new();
    let app = login_role("app", "NOINHERIT");
    let a = unique_tenant_ids(&db);
    db.tenant("acme");
    let with_app = || db.cli().env("THERATIME_APP_ROLE", &app);
    let b: i64 = with_app()
        .args(["tenant", "create", "beta", "--name", "Beta", "-q"])
        .succeeds()
        .stdout()
        .trim()
        .parse()
        .unwrap();
    let member = |t: i64| {
        db.one(&format!(
            "SELECT pg_has_role('{app}', 'theratime_tenant_{t}', 'MEMBER')::text"
        ))
    };
    assert_eq!((member(a).as_str(), member(b).as_str()), ("false", "true"));
    // acme was made before app_role was set: doctor says so, migrate grants it.
    let findings = with_app().args(["doctor", "-o", "json"]).fails(7).json();
    assert_eq!(findings.as_array().unwrap().len(), 1, "{findings}");
    assert_eq!(findings[0]["kind"], "app_role");
    assert_eq!(findings[0]["tenant"], "acme");
    assert!(
        findings[0]["fix"]
            .as_str()
            .unwrap()
            .contains("`theratime migrate` (with app_role set)")
    );
    with_app().args(["migrate"]).succeeds();
    assert_eq!(member(a), "true");
    with_app().args(["doctor"]).succeeds();
    let config = with_app().args(["config", "-o", "json"]).succeeds().json();
    let row = config
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["setting"] == "app_role")
        .unwrap()
        .clone();
    assert_eq!(
        (row["value"].as_str(), row["source"].as_str()),
        (Some(app.as_str()), Some("env THERATIME_APP_ROLE"))
    );

    // The application opens a tenant transaction as the README says.
    let t = db.add_user(b, "t@beta.test", "therapist");
    with_conn(&url_as(&db, &app), async |conn| {
        let rows = sqlx::raw_sql(AssertSqlSafe(format!(
            "BEGIN;
             SET LOCAL search_path TO \"tenant_{b}\", pg_catalog, pg_temp;
             SET LOCAL ROLE \"theratime_tenant_{b}\";
             INSERT INTO calendar_blocks (therapist_id, starts_at, ends_at) VALUES ({t}, '2027-01-04 10:00Z', '2027-01-04 11:00Z');
             SELECT email FROM theratime.users;
             COMMIT"
        )))
        .fetch_all(&mut *conn)
        .await
        .unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].get::<String, _>(0), "t@beta.test");
        // Not another tenant's schema, and nothing at all without the role (NOINHERIT).
        for sql in [
            format!(
                "BEGIN; SET LOCAL ROLE \"theratime_tenant_{b}\"; SELECT count(*) FROM tenant_{a}.appointments"
            ),
            format!("BEGIN; SELECT count(*) FROM tenant_{b}.appointments"),
        ] {
            let (state, _) = refused(conn, &sql).await;
            assert_eq!(state, "42501", "{sql}");
            sqlx::raw_sql("ROLLBACK").execute(&mut *conn).await.unwrap();
        }
    });
    assert_eq!(
        db.one(&format!(
            "SELECT count(*)::text FROM tenant_{b}.calendar_blocks"
        )),
        "1"
    );

    // An app_role that is not a role: refused before anything changes.
    let before = db.snapshot();
    db.cli()
        .env("THERATIME_APP_ROLE", "no_such_role")
        .args(["tenant", "create", "gamma", "--name", "G"])
        .fails(5)
        .stderr_contains("app_role \"no_such_role\" is not a role of this server");
    db.cli()
        .env("THERATIME_APP_ROLE", "bad\u{1}role")
        .args(["tenant", "create", "gamma", "--name", "G"])
        .fails(5)
        .stderr_contains("is not a PostgreSQL role name");
    assert_eq!(db.snapshot(), before);
}

#[test]
fn doctor_finds_every_crossing_of_the_boundary_and_its_fixes_work() {
    let db = TestDb::new();
    let first = unique_tenant_ids(&db);
    let [a, b, c, d] = ["doc-a", "doc-b", "doc-c", "doc-d"].map(|s| db.tenant(s));
    assert_eq!(a, first);
    db.cli().args(["doctor"]).succeeds();
    db.exec(&format!(
        "GRANT SELECT ON tenant_{b}.appointments TO theratime_tenant_{a};
         GRANT SELECT ON theratime.tenants TO theratime_tenant_{a};
         GRANT SELECT ON theratime.audit_log TO theratime_tenants;
         GRANT USAGE ON SCHEMA tenant_{c} TO PUBLIC;
         ALTER ROLE theratime_tenant_{b} BYPASSRLS;
         GRANT theratime_tenant_{c} TO theratime_tenant_{b};
         REVOKE DELETE ON tenant_{c}.calendar_blocks FROM theratime_tenant_{c};
         DROP OWNED BY theratime_tenant_{d}; DROP ROLE theratime_tenant_{d};"
    ));
    let findings = db.cli().args(["doctor", "-o", "json"]).fails(7).json();
    let mut got: Vec<(String, String)> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["kind"].as_str().unwrap().to_string(),
                f["fix"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    got.sort();
    let mut want: Vec<(String, String)> = [
        (
            "incomplete_role",
            format!("as theratime's login role: SELECT theratime.ensure_tenant_role({c});"),
        ),
        (
            "missing_role",
            format!("as theratime's login role: SELECT theratime.ensure_tenant_role({d});"),
        ),
        (
            "public_privileges",
            format!("REVOKE USAGE ON SCHEMA \"tenant_{c}\" FROM PUBLIC;"),
        ),
        (
            "role_beyond_boundary",
            format!("REVOKE SELECT ON TABLE \"tenant_{b}\".\"appointments\" FROM \"theratime_tenant_{a}\";"),
        ),
        (
            "role_beyond_boundary",
            format!("REVOKE SELECT ON TABLE \"theratime\".\"tenants\" FROM \"theratime_tenant_{a}\";"),
        ),
        (
            "role_beyond_boundary",
            "REVOKE SELECT ON TABLE \"theratime\".\"audit_log\" FROM \"theratime_tenants\";".to_string(),
        ),
        (
            "role_beyond_boundary",
            format!(
                "ALTER ROLE \"theratime_tenant_{b}\" NOBYPASSRLS; REVOKE \"theratime_tenant_{c}\" FROM \"theratime_tenant_{b}\";"
            ),
        ),
    ]
    .into_iter()
    .map(|(k, f)| (k.to_string(), f))
    .collect();
    want.sort();
    assert_eq!(got, want);
    // Every fix, as given, makes doctor clean.
    for (_, fix) in &want {
        db.exec(fix.trim_start_matches("as theratime's login role: "));
    }
    db.cli()
        .args(["doctor"])
        .succeeds()
        .stderr_contains("no problems found");
}
