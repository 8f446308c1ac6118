//! `theratime migrate` (the basics; fleet features have their own tests).

use crate::harness::*;

#[test]
fn bare_migrate_does_global_then_every_tenant() {
    let db = TestDb::empty();
    let out = db.cli().args(["migrate", "-o", "json"]).succeeds().json();
    assert_eq!(out["schemas"][0]["schema"], "theratime");
    assert_eq!(out["schemas"][0]["from"], 0);
    assert_eq!(out["schemas"][0]["status"], "migrated");
    let a = db.tenant("acme");
    let b = db.tenant("beta");
    // Roll a tenant back by hand to simulate a pending migration on one tenant.
    db.exec(&format!(
        "DROP SCHEMA tenant_{b} CASCADE; CREATE SCHEMA tenant_{b};
         UPDATE theratime.tenant_migrations SET version = 0, applied = '' WHERE tenant_id = {b}"
    ));
    let out = db.cli().args(["migrate", "-o", "json"]).succeeds().json();
    let rows = out["schemas"].as_array().unwrap();
    assert_eq!(rows.len(), 3, "{out}");
    assert_eq!(rows[0]["schema"], "theratime");
    assert_eq!(rows[0]["status"], "up to date");
    let by_schema = |s: String| rows.iter().find(|r| r["schema"] == s).unwrap().clone();
    assert_eq!(by_schema(format!("tenant_{a}"))["status"], "up to date");
    assert_eq!(by_schema(format!("tenant_{b}"))["status"], "migrated");
    assert_eq!(
        db.one(&format!(
            "SELECT count(*)::text FROM tenant_{b}.appointments"
        )),
        "0"
    );
    let status = db
        .cli()
        .args(["migrate", "status", "-o", "json"])
        .succeeds()
        .json();
    assert!(
        status.as_array().unwrap().iter().all(|r| r["pending"] == 0),
        "{status}"
    );
}

#[test]
fn interrupting_a_waiting_migration_exits_130() {
    let db = TestDb::new();
    rt().block_on(async {
        use sqlx::Connection;
        let mut holder = sqlx::PgConnection::connect(&db.url).await.unwrap();
        exec(&mut holder, "SELECT pg_advisory_lock(8388065847913246001)").await;
        let mut child = db.cli().args(["migrate"]).spawn();
        // Wait until it waits for the lock.
        for _ in 0..100 {
            let waiting: i64 = theratime::db::query_scalar(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
            )
            .fetch_one(&mut holder)
            .await
            .unwrap();
            if waiting > 0 {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
        let status = child.wait().unwrap();
        assert_eq!(status.code(), Some(130));
        let mut err = String::new();
        use std::io::Read;
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut err)
            .unwrap();
        assert!(err.contains("interrupted"), "{err}");
        // Its backend is gone: no session of it waits or holds anything.
        for _ in 0..100 {
            let waiting: i64 = theratime::db::query_scalar(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
            )
            .fetch_one(&mut holder)
            .await
            .unwrap();
            if waiting == 0 {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("the interrupted migration still waits for the lock");
    });
}

#[test]
fn migrate_status_shows_run_times_in_the_tenants_zone() {
    let db = TestDb::new();
    db.cli()
        .args([
            "tenant",
            "create",
            "nyc",
            "--name",
            "NYC",
            "--timezone",
            "America/New_York",
        ])
        .succeeds();
    let status = db
        .cli()
        .args(["migrate", "status", "-o", "json"])
        .succeeds()
        .json();
    let row = status
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["tenant"] == "nyc")
        .unwrap()
        .clone();
    let at = row["last_run_at"].as_str().unwrap();
    let parsed = chrono::DateTime::parse_from_rfc3339(at).unwrap();
    let expected = chrono::Offset::fix(
        parsed
            .with_timezone(&"America/New_York".parse::<chrono_tz::Tz>().unwrap())
            .offset(),
    );
    assert_eq!(*parsed.offset(), expected, "{at}");
    assert!(at.ends_with("-05:00") || at.ends_with("-04:00"), "{at}");
    let table = db.cli().args(["migrate", "status"]).succeeds().stdout();
    let local = parsed.format("%Y-%m-%d %H:%M").to_string();
    assert!(table.contains(&local), "{table}");
}

/// The per-tenant migration enters the tenant, reads its history, migrates and writes
/// its bookkeeping and audit rows in fewer round trips (#15 item 6); every check of
/// the longer path still holds: a schema dropped by hand fails its tenant (not the
/// run), a history that differs from the migration files is refused, a migrated
/// tenant has its bookkeeping and its audit row, and the failed ones are unchanged.
#[test]
fn a_fleet_migration_keeps_its_checks_with_fewer_round_trips() {
    let db = TestDb::new();
    let (a, b, c) = (db.tenant("acme"), db.tenant("beta"), db.tenant("core"));
    let d = db.tenant("dash");
    let dir = migrations_dir(&[(
        "tenant",
        "V90__room.sql",
        "ALTER TABLE appointments ADD COLUMN room text;\nCREATE INDEX appointments_room_idx ON appointments (room);",
    )]);
    db.exec(&format!("DROP SCHEMA tenant_{b} CASCADE"));
    // A history table dropped by hand: refused, not rebuilt from V1.
    db.exec(&format!("DROP TABLE tenant_{d}.refinery_schema_history"));
    // The schema's own history differs from the files; the bookkeeping does not.
    db.exec(&format!(
        "UPDATE tenant_{c}.refinery_schema_history SET checksum = '4242' WHERE version = 1"
    ));
    let run = db
        .cli()
        .args(["--migrations", dir.path().to_str().unwrap()])
        .args([
            "migrate",
            "--all-tenants",
            "--continue-on-error",
            "-o",
            "json",
        ])
        .fails(7);
    let out = run.json();
    let row = |id: i64| {
        out["schemas"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["schema"] == format!("tenant_{id}"))
            .unwrap_or_else(|| panic!("no row for tenant_{id}: {out}"))
            .clone()
    };
    assert_eq!(row(a)["status"], "migrated", "{out}");
    assert_eq!(row(a)["to"], 90, "{out}");
    assert_eq!(row(b)["status"], "failed", "{out}");
    let b_error = row(b)["error"].as_str().unwrap().to_string();
    assert!(
        b_error.contains(&format!("schema tenant_{b} of tenant {b} does not exist")),
        "{b_error}"
    );
    assert_eq!(row(c)["status"], "failed", "{out}");
    let c_error = row(c)["error"].as_str().unwrap().to_string();
    assert!(
        c_error.contains("migration drift: applied migration V1__initial differs"),
        "{c_error}"
    );
    assert_eq!(row(d)["status"], "failed", "{out}");
    let d_error = row(d)["error"].as_str().unwrap().to_string();
    assert!(
        d_error.starts_with(&format!("schema tenant_{d} has no migration history")),
        "{d_error}"
    );
    // The migrated tenant: its column, history, bookkeeping and audit row.
    assert_eq!(
        db.one(&format!(
            "SELECT count(*)::text FROM information_schema.columns
             WHERE table_schema = 'tenant_{a}' AND table_name = 'appointments' AND column_name = 'room'"
        )),
        "1"
    );
    assert_eq!(
        db.one(&format!(
            "SELECT max(version)::text FROM tenant_{a}.refinery_schema_history"
        )),
        "90"
    );
    assert_eq!(
        db.one(&format!(
            "SELECT version || ' ' || last_status FROM theratime.tenant_migrations WHERE tenant_id = {a}"
        )),
        "90 ok"
    );
    assert_eq!(
        db.one(&format!(
            "SELECT count(*)::text FROM theratime.audit_log
             WHERE command = 'migrate tenant' AND tenant_id = {a} AND tenant_slug = 'acme'
               AND target = 'tenant_{a}' AND outcome = 'migrated'
               AND details::jsonb @> '{{\"to\": 90, \"applied\": [\"V90__room\"]}}'"
        )),
        "1"
    );
    // The failed ones: no column, bookkeeping at the old version, marked failed, no
    // audit row of a migration.
    assert_eq!(
        db.one(&format!(
            "SELECT count(*)::text FROM information_schema.columns
             WHERE table_schema = 'tenant_{c}' AND column_name = 'room'"
        )),
        "0"
    );
    for id in [b, c, d] {
        assert_eq!(
            db.one(&format!(
                "SELECT (version < 90)::text || ' ' || last_status FROM theratime.tenant_migrations WHERE tenant_id = {id}"
            )),
            "true failed"
        );
        assert_eq!(
            db.one(&format!(
                "SELECT count(*)::text FROM theratime.audit_log WHERE command = 'migrate tenant' AND tenant_id = {id}"
            )),
            "0"
        );
    }
    db.cli().args(["audit", "verify"]).succeeds();
}
