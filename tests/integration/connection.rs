//! The one tenant-scoped connection helper.

use std::collections::HashMap;
use std::time::Duration;

use theratime::db::{self, Isolation};

use crate::harness::*;

#[test]
fn pooled_connections_serve_interleaved_tenants_without_leaking_search_path() {
    let db = TestDb::new();
    let tenants: Vec<i64> = ["t-one", "t-two", "t-three"]
        .iter()
        .map(|s| db.tenant(s))
        .collect();
    let therapists: HashMap<i64, i64> = tenants
        .iter()
        .map(|&t| {
            (
                t,
                db.add_user(t, &format!("therapist{t}@x.test"), "therapist"),
            )
        })
        .collect();
    let default_path = db.one("SELECT boot_val FROM pg_settings WHERE name = 'search_path'");

    rt().block_on(async {
        let opts = db::connect_options(Some(&db.url)).unwrap();
        let pool = db::pool(&opts, 2, Duration::from_secs(10));
        let mut tasks = Vec::new();
        for op in 0..1000usize {
            let tenant = tenants[op % 3];
            let therapist = therapists[&tenant];
            let pool = pool.clone();
            tasks.push(tokio::spawn(async move {
                let mut conn = pool.acquire().await.unwrap();
                let mut tx = db::tenant_tx(&mut conn, tenant, Isolation::ReadCommitted).await.unwrap();
                if op % 2 == 0 {
                    db::query(
                        "INSERT INTO calendar_blocks (therapist_id, starts_at, ends_at, reason)
                         VALUES ($1, now() + make_interval(hours => $2), now() + make_interval(hours => $2 + 1), $3)",
                    )
                    .bind(therapist)
                    .bind(op as i32)
                    .bind(format!("tenant-{tenant}"))
                    .execute(&mut *tx)
                    .await
                    .unwrap();
                }
                let reasons: Vec<String> = db::query_scalar("SELECT DISTINCT reason FROM calendar_blocks")
                    .fetch_all(&mut *tx)
                    .await
                    .unwrap();
                tx.commit().await.unwrap();
                for r in &reasons {
                    assert_eq!(r, &format!("tenant-{tenant}"), "op {op} saw another tenant's row");
                }
                reasons.len()
            }));
        }
        for t in tasks {
            assert!(t.await.unwrap() <= 1);
        }
        // Connections back in the pool carry the server's default search_path.
        for _ in 0..2 {
            let mut conn = pool.acquire().await.unwrap();
            let path: String = db::query_scalar("SHOW search_path").fetch_one(&mut *conn).await.unwrap();
            assert_eq!(path, default_path);
        }
    });
    for t in &tenants {
        let n = db.one(&format!(
            "SELECT count(*)::text FROM tenant_{t}.calendar_blocks"
        ));
        assert!(n.parse::<i32>().unwrap() >= 166, "{n}");
        let foreign = db.one(&format!(
            "SELECT count(*)::text FROM tenant_{t}.calendar_blocks WHERE reason <> 'tenant-{t}'"
        ));
        assert_eq!(foreign, "0");
    }
}

#[test]
fn rows_of_one_tenant_are_never_seen_through_another_tenants_commands() {
    let db = TestDb::new();
    let a = db.tenant("alpha");
    let b = db.tenant("bravo");
    let therapist = db.add_user(a, "t@alpha.test", "therapist");
    let client = db.add_user(a, "c@alpha.test", "client");
    db.exec(&format!(
        "INSERT INTO tenant_{a}.appointments (therapist_id, client_id, starts_at, ends_at)
         VALUES ({therapist}, {client}, '2027-01-04 10:00Z', '2027-01-04 11:00Z');
         INSERT INTO tenant_{a}.calendar_blocks (therapist_id, starts_at, ends_at) VALUES ({therapist}, '2027-01-05 10:00Z', '2027-01-05 11:00Z')"
    ));
    let show_a = db
        .cli()
        .args(["tenant", "show", "alpha", "-o", "json"])
        .succeeds()
        .json();
    let show_b = db
        .cli()
        .args(["tenant", "show", &b.to_string(), "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(
        (
            show_a["appointments"].as_i64(),
            show_a["calendar_blocks"].as_i64()
        ),
        (Some(1), Some(1))
    );
    assert_eq!(
        (
            show_b["appointments"].as_i64(),
            show_b["calendar_blocks"].as_i64()
        ),
        (Some(0), Some(0))
    );
    assert_eq!(
        (show_a["users"].as_i64(), show_b["users"].as_i64()),
        (Some(2), Some(0))
    );
}

/// Lines of src/ (comments aside) that match `is_setter`.
fn source_lines_where(is_setter: impl Fn(&str) -> bool) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![repo_root().join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for (n, line) in text.lines().enumerate() {
                let l = line.to_lowercase();
                let code = l.split("//").next().unwrap_or("");
                if is_setter(code) {
                    found.push(format!("{}:{}: {line}", path.display(), n + 1));
                }
            }
        }
    }
    found
}

#[test]
fn only_the_helper_sets_search_path() {
    let offenders = source_lines_where(|code| {
        code.contains("search_path") && (code.contains("set ") || code.contains("set_config"))
    });
    assert_eq!(
        offenders.len(),
        1,
        "search_path is set outside the helper: {offenders:#?}"
    );
    assert!(offenders[0].contains("src/db/mod.rs"), "{offenders:?}");
    assert!(
        offenders[0]
            .contains("pg_catalog.set_config('search_path', '{}, pg_catalog, pg_temp', true)"),
        "{offenders:?}"
    );
}

#[test]
fn only_the_helper_sets_the_role() {
    // SET [LOCAL|SESSION] ROLE, RESET ROLE, set_config('role', …), SET SESSION
    // AUTHORIZATION; `UPDATE … SET role = …` (a column) is not a role setter.
    let offenders = source_lines_where(|code| {
        let set_role = code
            .match_indices("set role")
            .any(|(i, m)| !code[i + m.len()..].trim_start().starts_with('='));
        set_role
            || code.contains("set local role")
            || code.contains("set session role")
            || code.contains("reset role")
            || code.contains("set_config('role'")
            || code.contains("session authorization")
    });
    assert_eq!(
        offenders.len(),
        1,
        "the role is set outside the helper: {offenders:#?}"
    );
    assert!(offenders[0].contains("src/db/mod.rs"), "{offenders:?}");
    assert!(
        offenders[0].contains("\"pg_catalog.set_config('role', '{}', true)\","),
        "{offenders:?}"
    );
}

#[test]
fn one_postgresql_driver_only() {
    let lock = std::fs::read_to_string(repo_root().join("Cargo.lock")).unwrap();
    for name in ["postgres", "tokio-postgres"] {
        assert!(
            !lock.contains(&format!("name = \"{name}\"\n")),
            "Cargo.lock contains the second PostgreSQL driver {name}"
        );
    }
    assert!(lock.contains("name = \"sqlx-postgres\"\n"));
}
