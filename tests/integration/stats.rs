//! `theratime stats` (issue 15 item 2): every figure against what PostgreSQL itself
//! reports for the same tenant, `--sort` and `--top`, the tenant selection and the
//! usage errors.

use chrono::{DateTime, Duration, Utc};
use serde_json::Value;

use crate::harness::*;

/// Wait until every other client backend of the test database has ended: a backend
/// flushes its pending table statistics (live and dead tuples) when it exits, before
/// it leaves `pg_stat_activity`, so after this the statistics no longer move.
#[track_caller]
fn settle(db: &TestDb) {
    for _ in 0..200 {
        if db.one(
            "SELECT count(*)::text FROM pg_stat_activity
             WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()",
        ) == "0"
        {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("other sessions of the test database did not end");
}

/// RFC 3339 for `book --at`, `days` from now, on the minute.
fn days_from_now(days: i64) -> String {
    let at = Utc::now() + Duration::days(days);
    at.format("%Y-%m-%dT%H:%M:00Z").to_string()
}

/// The rows of `stats … -o json`.
#[track_caller]
fn stats(db: &TestDb, line: &str) -> Value {
    db.cmd(&format!("stats {line} -o json")).succeeds().json()
}

fn slugs(report: &Value) -> Vec<String> {
    report["tenants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["tenant"].as_str().unwrap().to_string())
        .collect()
}

/// An integer psql reports.
#[track_caller]
fn int(db: &TestDb, sql: &str) -> i64 {
    db.one(sql).parse().unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// A tenant with a therapist and a client; their emails.
fn practice(db: &TestDb, slug: &str) -> (i64, String, String) {
    let id = db.tenant(slug);
    let (t, c) = (format!("t@{slug}.test"), format!("c@{slug}.test"));
    db.add_user(id, &t, "therapist");
    db.add_user(id, &c, "client");
    (id, t, c)
}

#[track_caller]
fn book(db: &TestDb, slug: &str, t: &str, c: &str, at: &str) -> String {
    db.cmd(&format!(
        "-t {slug} book --therapist {t} --client {c} --at {at} --duration 50m -q"
    ))
    .succeeds()
    .stdout()
    .trim()
    .to_string()
}

#[test]
fn figures_match_what_postgresql_reports_for_the_tenant() {
    let db = TestDb::new();
    let (id, t, c) = practice(&db, "acme");
    practice(&db, "beta");
    let s = format!("tenant_{id}");
    // Every table vacuumed and analyzed, in this order: calendar_blocks is then the
    // table vacuumed and analyzed longest ago once appointments has been again.
    let tables = db.query(&format!(
        "SELECT format('%I.%I', schemaname, relname) FROM pg_stat_user_tables WHERE schemaname = '{s}' ORDER BY relname = 'calendar_blocks' DESC, relname"
    ));
    assert_eq!(tables.len(), 5, "{tables:?}");
    db.exec(&format!("VACUUM (ANALYZE) {}", tables.join(", ")));
    db.exec(&format!("VACUUM (ANALYZE) {s}.appointments"));
    // In the windows: 3 and 2 days ago (last 7 days), in 1 and 6 days (next 7 days);
    // outside: 10 days ago, in 9 days; cancelled in the window: not counted.
    for days in [-3, -2, 1, 6, -10, 9] {
        book(&db, "acme", &t, &c, &days_from_now(days));
    }
    let cancelled = book(&db, "acme", &t, &c, &days_from_now(4));
    db.cmd(&format!("-t acme appointment cancel {cancelled}"))
        .succeeds();
    db.exec(&format!(
        "UPDATE {s}.appointments SET notes = 'moved' WHERE starts_at < now()"
    ));
    // The catalog's page counts of appointments and its indexes brought up to date
    // (the other tables are as VACUUM left them): the estimated sizes are then exact.
    db.exec(&format!("ANALYZE {s}.appointments"));
    settle(&db);

    let report = stats(&db, "-t acme");
    assert_eq!(slugs(&report), ["acme"]);
    let r = &report["tenants"][0];
    assert_eq!(r["tenant_id"], id);
    assert_eq!(r["schema"], s.as_str());
    // The estimate: the main forks of its tables, their indexes, TOAST tables and
    // TOAST indexes (no free-space or visibility map), which after VACUUM or ANALYZE
    // are the pages the catalog records.
    let size = int(
        &db,
        &format!(
            "SELECT sum(pg_relation_size(r.oid))::text FROM pg_class c
             JOIN pg_class r ON r.oid IN (c.oid, c.reltoastrelid)
                 OR r.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN (c.oid, c.reltoastrelid))
             WHERE c.relnamespace = '{s}'::regnamespace AND c.relkind IN ('r', 'm', 'p')"
        ),
    );
    assert_eq!(r["size_bytes"], size);
    assert_eq!(report["fleet"]["sizes"], "estimated");
    // --exact: pg_total_relation_size of each table (every fork), summed.
    let exact = int(
        &db,
        &format!(
            "SELECT sum(pg_total_relation_size(c.oid))::text FROM pg_class c
             WHERE c.relnamespace = '{s}'::regnamespace AND c.relkind IN ('r', 'm', 'p')"
        ),
    );
    assert!(exact > size, "the maps VACUUM made: {exact} > {size}");
    let measured = stats(&db, "-t acme --exact");
    assert_eq!(measured["tenants"][0]["size_bytes"], exact);
    assert_eq!(measured["fleet"]["size_bytes"], exact);
    assert_eq!(measured["fleet"]["sizes"], "exact");
    assert_eq!(
        measured["tenants"][0]["appointments_last_7_days"],
        r["appointments_last_7_days"]
    );
    // Estimated rows: pg_stat_user_tables' live tuples, for every table of the schema.
    let rows: Vec<String> = db.query(&format!(
        "SELECT relname || '=' || n_live_tup FROM pg_stat_user_tables WHERE schemaname = '{s}' ORDER BY relname"
    ));
    let got: Vec<String> = r["rows"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect();
    assert_eq!(got, rows);
    assert_eq!(r["rows"]["appointments"], 7);
    let dead = int(
        &db,
        &format!("SELECT sum(n_dead_tup)::text FROM pg_stat_user_tables WHERE schemaname = '{s}'"),
    );
    assert!(dead >= 3, "the update left dead tuples: {dead}");
    assert_eq!(r["dead_tuples"], dead);
    for (figure, vacuum) in [("last_vacuum", "vacuum"), ("last_analyze", "analyze")] {
        let want = db.query(&format!(
            "(SELECT relname::text FROM pg_stat_user_tables WHERE schemaname = '{s}'
              ORDER BY greatest(last_{vacuum}, last_auto{vacuum}) NULLS FIRST, relname LIMIT 1)
             UNION ALL
             SELECT floor(extract(epoch FROM min(greatest(last_{vacuum}, last_auto{vacuum}))))::bigint::text
             FROM pg_stat_user_tables WHERE schemaname = '{s}'"
        ));
        assert_eq!(r[figure]["table"], "calendar_blocks", "{figure}");
        assert_eq!(r[figure]["table"], want[0].as_str(), "{figure}");
        let at: DateTime<chrono::FixedOffset> = r[figure]["at"].as_str().unwrap().parse().unwrap();
        assert_eq!(at.timestamp().to_string(), want[1], "{figure}");
    }
    let windows = db.query(&format!(
        "SELECT count(*)::text FROM {s}.appointments WHERE status <> 'cancelled' AND starts_at >= now() - interval '7 days' AND starts_at < now()
         UNION ALL
         SELECT count(*)::text FROM {s}.appointments WHERE status <> 'cancelled' AND starts_at >= now() AND starts_at < now() + interval '7 days'"
    ));
    assert_eq!(windows, ["2", "2"]);
    assert_eq!(r["appointments_last_7_days"], 2);
    assert_eq!(r["appointments_next_7_days"], 2);
    // Relations: the schema's rows of pg_class, and the TOAST table and index of each
    // of its tables that has one.
    let relations = int(
        &db,
        &format!(
            "SELECT ((SELECT count(*) FROM pg_class WHERE relnamespace = '{s}'::regnamespace)
                  + (SELECT count(*) FROM pg_class t JOIN pg_class c ON c.reltoastrelid = t.oid
                     WHERE c.relnamespace = '{s}'::regnamespace)
                  + (SELECT count(*) FROM pg_index i JOIN pg_class c ON c.reltoastrelid = i.indrelid
                     WHERE c.relnamespace = '{s}'::regnamespace))::text"
        ),
    );
    assert_eq!(r["relations"], relations);
    let f = &report["fleet"];
    assert_eq!(f["tenants"], 1);
    assert_eq!(f["size_bytes"], size);
    assert_eq!(f["tenant_relations"], relations);
    assert_eq!(f["relations_per_tenant"], relations as f64);
    assert_eq!(
        f["relations_in_database"],
        int(&db, "SELECT count(*)::text FROM pg_class")
    );

    // The fleet: both tenants, in tenant order; the totals add them up.
    let all = stats(&db, "--all-tenants");
    assert_eq!(slugs(&all), ["acme", "beta"]);
    let beta_size = all["tenants"][1]["size_bytes"].as_i64().unwrap();
    assert_eq!(all["fleet"]["tenants"], 2);
    assert_eq!(all["fleet"]["size_bytes"], size + beta_size);
    assert_eq!(all["fleet"]["appointments_next_7_days"], 2);
    assert_eq!(all["tenants"][1]["appointments_next_7_days"], 0);

    // Table and CSV: the slug first, a column per tenant table.
    let csv = db.cmd("stats -t acme -o csv").succeeds();
    let lines: Vec<&str> = csv
        .0
        .stdout
        .split(|b| *b == b'\n')
        .map(|l| std::str::from_utf8(l).unwrap())
        .collect();
    assert_eq!(
        lines[0],
        "tenant,size_bytes,rows_appointments,rows_calendar_blocks,rows_appointment_series,rows_working_hours,\
         dead_tuples,last_vacuum,last_vacuum_table,last_analyze,last_analyze_table,appointments_last_7_days,\
         appointments_next_7_days,relations"
    );
    assert!(
        lines[1].starts_with(&format!("acme,{size},7,0,0,0,{dead},")),
        "{}",
        lines[1]
    );
    assert!(
        lines[1].ends_with(&format!(",2,2,{relations}")),
        "{}",
        lines[1]
    );
    assert!(
        csv.stderr().starts_with("fleet: 1 tenants, "),
        "{}",
        csv.stderr()
    );
    let table = db.cmd("stats -t acme").succeeds().stdout();
    let mut rows = table.lines();
    assert!(
        rows.next().unwrap().trim_start().starts_with("tenant "),
        "{table}"
    );
    assert!(
        rows.next().unwrap().trim_start().starts_with("acme "),
        "{table}"
    );
    assert!(table.contains(" relations_in_database "), "{table}");
}

#[test]
fn sort_and_top_order_the_tenants_and_the_totals_still_cover_the_fleet() {
    let db = TestDb::new();
    let mut ids = Vec::new();
    for slug in ["dusty", "busy", "big"] {
        ids.push(practice(&db, slug));
    }
    // dusty: 20 appointments a month ago, each then changed (20 dead tuples); busy: 5
    // in the next days; big: 400 a month ahead.
    let insert = |(id, _, _): &(i64, String, String), n: i64, from_days: i64| {
        db.exec(&format!(
            "INSERT INTO tenant_{id}.appointments (therapist_id, client_id, starts_at, ends_at, notes)
             SELECT t.id, c.id, now() + interval '{from_days} days' + g * interval '1 hour',
                    now() + interval '{from_days} days' + g * interval '1 hour' + interval '50 minutes',
                    repeat('note ', 20)
             FROM generate_series(0, {n} - 1) g,
                  (SELECT id FROM theratime.users WHERE tenant_id = {id} AND role = 'therapist') t,
                  (SELECT id FROM theratime.users WHERE tenant_id = {id} AND role = 'client') c"
        ))
    };
    insert(&ids[0], 20, -30);
    db.exec(&format!(
        "UPDATE tenant_{}.appointments SET notes = 'changed'",
        ids[0].0
    ));
    insert(&ids[1], 5, 1);
    insert(&ids[2], 400, 30);
    // The estimated sizes are the catalog's as of the last ANALYZE.
    db.exec("ANALYZE");
    settle(&db);

    let by = |sort: &str| slugs(&stats(&db, &format!("--all-tenants --sort {sort}")));
    let biggest = db.query(
        "SELECT t.slug FROM theratime.tenants t
         ORDER BY (SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c
                   WHERE c.relnamespace = ('tenant_' || t.id)::regnamespace AND c.relkind = 'r') DESC, t.id",
    );
    assert_eq!(biggest, ["big", "dusty", "busy"]);
    assert_eq!(by("size"), biggest);
    assert_eq!(by("size --exact"), biggest);
    assert_eq!(by("appointments"), ["busy", "dusty", "big"]);
    assert_eq!(by("dead"), ["dusty", "busy", "big"]);

    let top = stats(&db, "--all-tenants --sort size --top 2");
    assert_eq!(slugs(&top), ["big", "dusty"]);
    assert_eq!(top["fleet"]["tenants"], 3);
    assert_eq!(top["fleet"]["appointments_next_7_days"], 5);
    let ids_only = db
        .cmd("stats --all-tenants --sort dead --top 1 -q")
        .succeeds()
        .stdout();
    assert_eq!(ids_only, format!("{}\n", ids[0].0));
    // In a table too, the first row after the header is the largest.
    let table = db
        .cmd("stats --all-tenants --sort size --top 1")
        .succeeds()
        .stdout();
    let rows: Vec<&str> = table.lines().take_while(|l| !l.trim().is_empty()).collect();
    assert_eq!(rows.len(), 2, "{table}");
    assert!(rows[1].trim_start().starts_with("big "), "{table}");
}

#[test]
fn selection_and_usage_errors_exit_2_with_the_database_unchanged() {
    let db = TestDb::new();
    let a = db.tenant("alpha");
    db.tenant("omega");
    let before = db.snapshot();
    for (line, code, message) in [
        (
            "stats",
            2,
            "no tenant given: pass -t/--tenant T (slug or id) or --all-tenants",
        ),
        (
            "stats -t alpha --all-tenants",
            2,
            "give either --tenant or --all-tenants, not both",
        ),
        ("stats --all-tenants --top 2", 2, "--sort"),
        ("stats --all-tenants --sort size --top 0", 2, "--top"),
        ("stats --all-tenants --sort biggest", 2, "biggest"),
        (
            "stats --all-tenants --jobs 0",
            5,
            "--jobs 0 is out of range: use 1 to 64",
        ),
        (
            "stats --all-tenants --jobs 65",
            5,
            "--jobs 65 is out of range: use 1 to 64",
        ),
        ("stats -t nobody", 4, "nobody"),
    ] {
        let run = db.cmd(line).fails(code);
        assert!(run.stderr().contains(message), "{line}: {}", run.stderr());
        assert_eq!(run.stdout(), "", "{line}");
    }
    // The default tenant picks the tenant of a bare `stats`, and never narrows --all-tenants.
    let one = db
        .cmd("stats -o json")
        .env("THERATIME_TENANT", "alpha")
        .succeeds()
        .json();
    assert_eq!(slugs(&one), ["alpha"]);
    let all = db
        .cmd("stats --all-tenants -o json")
        .env("THERATIME_TENANT", "alpha")
        .succeeds()
        .json();
    assert_eq!(slugs(&all), ["alpha", "omega"]);
    assert_eq!(slugs(&stats(&db, &format!("-t {a}"))), ["alpha"]);
    assert_eq!(db.snapshot(), before);
}

#[test]
fn a_tenant_without_its_schema_shows_no_figures_and_the_rest_still_answer() {
    let db = TestDb::new();
    let gone = db.tenant("gone");
    db.tenant("kept");
    db.exec(&format!("DROP SCHEMA tenant_{gone} CASCADE"));
    let report = stats(&db, "--all-tenants");
    let r = &report["tenants"][0];
    assert_eq!(r["tenant"], "gone");
    for figure in [
        "size_bytes",
        "rows",
        "dead_tuples",
        "last_vacuum",
        "appointments_last_7_days",
    ] {
        assert_eq!(r[figure], Value::Null, "{figure}");
    }
    assert_eq!(r["relations"], 0);
    assert!(report["tenants"][1]["size_bytes"].as_i64().unwrap() > 0);
}

/// The table and CSV forms have a `rows_<table>` column for every tenant table (the
/// JSON form has them all under `rows`): a migration that adds a table adds it here.
#[test]
fn the_row_columns_are_the_tenant_tables() {
    let db = TestDb::new();
    let id = db.tenant("acme");
    let mut tables = db.query(&format!(
        "SELECT relname::text FROM pg_class WHERE relnamespace = 'tenant_{id}'::regnamespace
         AND relkind = 'r' AND relname <> 'refinery_schema_history' ORDER BY 1"
    ));
    let mut columns: Vec<String> = theratime::fleet::stats::TABLE_COLUMNS
        .iter()
        .map(|t| t.to_string())
        .collect();
    columns.sort();
    tables.sort();
    assert_eq!(columns, tables);
}

/// On a Citus coordinator a distributed schema's tables are empty shells: the size is
/// its shards' (on the workers), the statistics of the shells are not shown, and the
/// appointments are counted through the coordinator, one `UNION ALL` over two schemas
/// of different colocation groups.
#[test]
fn on_citus_sizes_come_from_the_shards_and_the_counts_from_the_workers() {
    let Some(c) = crate::citus::citus() else {
        return;
    };
    let db = crate::citus::citus_db(c);
    let (id, t, cl) = practice(&db, "near");
    practice(&db, "far");
    for days in [-2, 3, 5, -9] {
        book(&db, "near", &t, &cl, &days_from_now(days));
    }
    let report = stats(&db, "--all-tenants --sort appointments");
    assert_eq!(slugs(&report), ["near", "far"]);
    let r = &report["tenants"][0];
    let shards = int(
        &db,
        &format!(
            "SELECT sum(citus_total_relation_size(c.oid))::text FROM pg_class c
             WHERE c.relnamespace = 'tenant_{id}'::regnamespace AND c.relkind = 'r'"
        ),
    );
    assert_eq!(r["size_bytes"], shards);
    for figure in ["rows", "dead_tuples", "last_vacuum", "last_analyze"] {
        assert_eq!(r[figure], Value::Null, "{figure}");
    }
    assert_eq!(r["appointments_last_7_days"], 1);
    assert_eq!(r["appointments_next_7_days"], 2);
    assert_eq!(report["tenants"][1]["appointments_next_7_days"], 0);
}
