//! Accountability (issue #13, DESIGN §8): every command that changes state or takes
//! data out writes its audit row; `audit list` reads the trail; `audit verify` finds a
//! row changed, inserted or deleted; the user lifecycle; a person's export and erasure.
use crate::fleet::{migrations_with, room};
use crate::harness::*;

/// The newest audit row's id (0 when there is none).
fn max_id(db: &TestDb) -> i64 {
    db.one("SELECT coalesce(max(id), 0)::text FROM theratime.audit_log")
        .parse()
        .unwrap()
}

/// The rows written after `after`, oldest first, as `command|target|outcome`.
fn rows_after(db: &TestDb, after: i64) -> Vec<String> {
    db.query(&format!(
        "SELECT command || '|' || coalesce(target, '') || '|' || outcome FROM theratime.audit_log
         WHERE id > {after} ORDER BY id"
    ))
}

/// `want` is `command|target|outcome`; a part ending in `*` matches by prefix.
fn matches(got: &str, want: &str) -> bool {
    let (g, w): (Vec<&str>, Vec<&str>) = (got.split('|').collect(), want.split('|').collect());
    g.len() == w.len()
        && g.iter().zip(&w).all(|(g, w)| match w.strip_suffix('*') {
            Some(prefix) => g.starts_with(prefix),
            None => g == w,
        })
}

/// `audit verify`, expecting exit `code`.
fn verify(db: &TestDb, code: i32) -> Run {
    db.cli().args(["audit", "verify"]).fails(code)
}

/// One step of the table: what the operator types and the rows it must write.
struct Step {
    args: &'static str,
    stdin: Option<&'static str>,
    /// Run with the migrations directory that adds a tenant migration (`room()`).
    dir: bool,
    want: &'static [&'static str],
}

const fn step(args: &'static str, want: &'static [&'static str]) -> Step {
    Step {
        args,
        stdin: None,
        dir: false,
        want,
    }
}

const fn with_dir(args: &'static str, want: &'static [&'static str]) -> Step {
    Step {
        args,
        stdin: None,
        dir: true,
        want,
    }
}

#[test]
fn every_audited_command_writes_its_row_with_its_verb() {
    let db = TestDb::new();
    let (_m, migrations) = migrations_with(&[room()]);
    let backups = out_dir();
    let exports = out_dir();
    let people = out_dir();
    // Ids are those of a fresh database: users 1 (t), 2 (c), 3 (c2); acme's
    // appointments 1.. in booking order.
    let steps = [
        step(
            "tenant create acme --name Acme --timezone Europe/Berlin",
            &["tenant create|acme|created"],
        ),
        step(
            "tenant update acme --name Acme-Praxis --timezone Europe/Vienna",
            &["tenant update||updated"],
        ),
        step("tenant suspend acme", &["tenant suspend||suspended"]),
        step("tenant resume acme", &["tenant resume||active"]),
        step(
            "-t acme user add --email t@acme.test --name Thera --role therapist",
            &["user add|user 1|added"],
        ),
        step(
            "-t acme user add --email c@acme.test --name Cleo --role client",
            &["user add|user 2|added"],
        ),
        step(
            "-t acme user add --email c2@acme.test --name Cyd --role client",
            &["user add|user 3|added"],
        ),
        step(
            "user edit c2@acme.test --name Cydney --email c2x@acme.test",
            &["user edit|user 3|edited"],
        ),
        step(
            "user edit c2x@acme.test --role therapist",
            &["user edit|user 3|edited"],
        ),
        step(
            "-t acme book --therapist t@acme.test --client c@acme.test --at 2027-03-01T10:00 --duration 50m",
            &["book|appointment 1|booked"],
        ),
        Step {
            args: "-t acme book --from-file -",
            stdin: Some(
                "therapist,client,at,duration\n\
                 t@acme.test,c@acme.test,2027-03-02 10:00,1h\n\
                 t@acme.test,c@acme.test,2027-03-02 11:00,1h\n",
            ),
            dir: false,
            want: &["book --from-file|2 appointments|booked"],
        },
        step(
            "-t acme appointment reschedule 1 --at 2027-03-01T12:00",
            &["appointment reschedule|appointment 1|rescheduled"],
        ),
        step(
            "-t acme appointment cancel 2 --reason flu",
            &["appointment cancel|appointment 2|cancelled"],
        ),
        step(
            "-t acme book --therapist t@acme.test --client c@acme.test --at 2026-01-05T10:00 --duration 50m",
            &["book|appointment 4|booked"],
        ),
        step(
            "-t acme appointment complete 4",
            &["appointment complete|appointment 4|completed"],
        ),
        step(
            "-t acme book --therapist t@acme.test --client c@acme.test --at 2026-01-06T10:00 --duration 50m",
            &["book|appointment 5|booked"],
        ),
        step(
            "-t acme appointment no-show 5",
            &["appointment no-show|appointment 5|no_show"],
        ),
        step(
            "-t acme block add --therapist t@acme.test --from 2027-03-03T09:00 --until 2027-03-03T12:00 --reason dentist",
            &["block add|block 1|added"],
        ),
        step("-t acme block remove 1", &["block remove|block 1|removed"]),
        step(
            "user deactivate c@acme.test --cancel-future --reason moving",
            &[
                "appointment cancel|appointment 1|cancelled",
                "appointment cancel|appointment 3|cancelled",
                "user deactivate|user 2|deactivated",
            ],
        ),
        step(
            "user reactivate c@acme.test",
            &["user reactivate|user 2|reactivated"],
        ),
        step(
            "tenant create beta --name Beta",
            &["tenant create|beta|created"],
        ),
        step(
            "user assign c@acme.test --tenant beta",
            &["user assign|user 2|assigned"],
        ),
        with_dir(
            "migrate --jobs 1",
            &[
                "migrate tenant|tenant_1|migrated",
                "migrate tenant|tenant_2|migrated",
                "migrate||ok",
            ],
        ),
        with_dir("backup -t acme --out {backups}", &["backup|acme-*|written"]),
        with_dir(
            "export -t acme --format csv --out {exports}",
            &["export|acme|written"],
        ),
        with_dir(
            "user export c@acme.test --out {people}",
            &["user export|user 2|exported"],
        ),
        with_dir(
            "user erase c@acme.test --yes",
            &["user erase|user 2|erased"],
        ),
        // The erased user, moved to beta earlier, is named by acme's rows: kept in acme.
        with_dir(
            "tenant drop beta --yes",
            &["tenant drop|user 2|kept user", "tenant drop||dropped"],
        ),
        with_dir(
            "demo",
            &[
                "tenant create|demo-berlin|created",
                "demo||seeded",
                "tenant create|demo-boston|created",
                "demo||seeded",
            ],
        ),
    ];
    for s in &steps {
        let before = max_id(&db);
        let args: Vec<String> = s
            .args
            .replace("{backups}", backups.path().to_str().unwrap())
            .replace("{exports}", exports.path().to_str().unwrap())
            .replace("{people}", people.path().to_str().unwrap())
            .split(' ')
            .map(String::from)
            .collect();
        let mut cli = db.cli().args(&args);
        if s.dir {
            cli = cli.env("THERATIME_MIGRATIONS", &migrations);
        }
        if let Some(input) = s.stdin {
            cli = cli.stdin(input);
        }
        cli.succeeds();
        let got = rows_after(&db, before);
        assert!(
            got.len() == s.want.len() && got.iter().zip(s.want).all(|(g, w)| matches(g, w)),
            "{}: wrote {got:?}, expected {:?}",
            s.args,
            s.want
        );
    }
    // restore, into another database (the users' emails exist in this one).
    let dst = TestDb::new();
    let archive = archives(backups.path()).pop().unwrap();
    let before = max_id(&dst);
    dst.cli()
        .env("THERATIME_MIGRATIONS", &migrations)
        .args(["restore"])
        .args([&archive])
        .succeeds();
    let got = rows_after(&dst, before);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(matches(&got[0], "restore|/*|restored"), "{got:?}");
    verify(&dst, 0);

    // Details: the old and new values of edits (personal ones apart), the ids of a
    // bulk booking, a migration's versions, a backup's file facts.
    let edits = db
        .cli()
        .args([
            "audit",
            "list",
            "--target",
            "user 3",
            "--command",
            "user edit",
        ])
        .args(["-o", "json"])
        .succeeds()
        .json();
    assert_eq!(edits[0]["details"]["role"]["old"], "client");
    assert_eq!(edits[0]["details"]["role"]["new"], "therapist");
    assert_eq!(edits[1]["values"]["old"]["name"], "Cyd");
    assert_eq!(edits[1]["values"]["new"]["email"], "c2x@acme.test");
    assert_eq!(
        db.one("SELECT details::jsonb ->> 'ids' FROM theratime.audit_log WHERE command = 'book --from-file'"),
        "2-3"
    );
    assert_eq!(
        db.one("SELECT string_agg(details::jsonb ->> 'from' || '->' || (details::jsonb ->> 'to'), ',' ORDER BY id) FROM theratime.audit_log WHERE command = 'migrate tenant'"),
        // From the latest embedded tenant version to the extra migration.
        format!("{0}->{1},{0}->{1}", tenant_version(), tenant_version() + 1)
    );
    assert_eq!(
        db.one("SELECT (details::jsonb ->> 'encrypted') || ' ' || (details::jsonb ->> 'format') FROM theratime.audit_log WHERE command = 'backup'"),
        "false ttbk"
    );
    // Every migration of the template's global run has its row, and the run one.
    assert_eq!(
        db.one("SELECT count(*)::text FROM theratime.audit_log WHERE command = 'migrate global'"),
        std::fs::read_dir(repo_root().join("migrations/global"))
            .unwrap()
            .count()
            .to_string()
    );
    let v = db
        .cli()
        .env("THERATIME_MIGRATIONS", &migrations)
        .args(["audit", "verify"])
        .succeeds()
        .stderr_contains("audit trail intact");
    assert!(v.stdout().contains("true"), "{}", v.stdout());
}

/// A database with a short chain: two tenants, users, bookings.
fn chained() -> TestDb {
    let db = TestDb::new();
    db.tenant("acme");
    for (email, role) in [("t@acme.test", "therapist"), ("c@acme.test", "client")] {
        db.cli()
            .args(["-t", "acme", "user", "add", "--email", email])
            .args(["--name", email, "--role", role])
            .succeeds();
    }
    for at in [
        "2027-03-01T10:00Z",
        "2027-03-01T11:00Z",
        "2027-03-01T12:00Z",
    ] {
        book(&db, "acme", at).succeeds();
    }
    db
}

fn book(db: &TestDb, tenant: &str, at: &str) -> Cli {
    db.cli().args([
        "-t",
        tenant,
        "book",
        "--therapist",
        "t@acme.test",
        "--client",
        "c@acme.test",
        "--at",
        at,
        "--duration",
        "30m",
    ])
}

/// Run `sql` with the append-only triggers off, as someone with the table's ownership.
fn tamper(db: &TestDb, sql: &str) {
    db.exec(&format!(
        "BEGIN;
         ALTER TABLE theratime.audit_log DISABLE TRIGGER USER;
         ALTER TABLE theratime.audit_personal DISABLE TRIGGER USER;
         {sql};
         ALTER TABLE theratime.audit_log ENABLE TRIGGER USER;
         ALTER TABLE theratime.audit_personal ENABLE TRIGGER USER;
         COMMIT"
    ));
}

/// The id of the `n`-th newest row.
fn nth_newest(db: &TestDb, n: i64) -> i64 {
    db.one(&format!(
        "SELECT a.id::text FROM theratime.audit_log a ORDER BY a.id DESC OFFSET {n} LIMIT 1"
    ))
    .parse()
    .unwrap()
}

#[test]
fn verify_names_the_row_changed_deleted_or_inserted_in_the_middle() {
    // Append-only for everyone who does not switch the triggers off.
    let db = chained();
    assert_eq!(
        db.exec_err("UPDATE theratime.audit_log SET outcome = 'x' WHERE id = 1"),
        "55000"
    );
    assert_eq!(
        db.exec_err("DELETE FROM theratime.audit_log WHERE id = 1"),
        "55000"
    );
    assert_eq!(db.exec_err("TRUNCATE theratime.audit_log CASCADE"), "55000");
    assert_eq!(
        db.exec_err("UPDATE theratime.audit_personal SET data = '{}'"),
        "55000"
    );
    verify(&db, 0);

    // UPDATE in the middle.
    let db = chained();
    let k = nth_newest(&db, 2);
    tamper(
        &db,
        &format!("UPDATE theratime.audit_log SET outcome = 'forged' WHERE id = {k}"),
    );
    verify(&db, 7).stderr_contains(&format!("row #{k} was changed"));

    // UPDATE with the hash recomputed: the next row's link gives it away.
    let db = chained();
    let k = nth_newest(&db, 2);
    tamper(
        &db,
        &format!(
            "UPDATE theratime.audit_log SET target = 'appointment 99' WHERE id = {k};
             UPDATE theratime.audit_log a SET hash = theratime.audit_hash(a) WHERE id = {k}"
        ),
    );
    verify(&db, 7).stderr_contains(&format!("row #{k} was changed"));

    // DELETE in the middle, and of the newest row.
    let db = chained();
    let k = nth_newest(&db, 2);
    tamper(
        &db,
        &format!("DELETE FROM theratime.audit_log WHERE id = {k}"),
    );
    verify(&db, 7).stderr_contains(&format!("row #{k} was deleted"));
    let db = chained();
    let k = nth_newest(&db, 0);
    tamper(
        &db,
        &format!("DELETE FROM theratime.audit_log WHERE id = {k}"),
    );
    verify(&db, 7).stderr_contains(&format!("row #{k} was deleted"));

    // INSERT in the middle: a forged row in a gap of ids, correctly linked and hashed.
    let db = chained();
    let k = max_id(&db);
    db.exec(&format!(
        "SELECT setval('theratime.audit_log_id_seq', {})",
        k + 10
    ));
    book(&db, "acme", "2027-03-01T13:00Z").succeeds();
    tamper(
        &db,
        &format!(
            "DO $$ DECLARE r theratime.audit_log; BEGIN
                 SELECT * INTO r FROM theratime.audit_log WHERE id = {k};
                 r.prev_id := r.id; r.prev_hash := r.hash; r.id := {k} + 1;
                 r.target := 'appointment 42'; r.hash := theratime.audit_hash(r);
                 INSERT INTO theratime.audit_log OVERRIDING SYSTEM VALUE VALUES (r.*);
             END $$"
        ),
    );
    verify(&db, 7).stderr_contains(&format!("row #{} was inserted", k + 1));

    // Personal values changed (or deleted rather than erased) in the side table.
    let db = chained();
    let k: i64 = db
        .one("SELECT min(audit_id)::text FROM theratime.audit_personal")
        .parse()
        .unwrap();
    tamper(
        &db,
        &format!(
            "UPDATE theratime.audit_personal SET data = '{{\"email\":\"x@y.z\"}}' WHERE audit_id = {k}"
        ),
    );
    verify(&db, 7).stderr_contains(&format!("personal values of row #{k} were changed"));

    // Someone who rewrites the whole chain from a row on passes the walk; the head an
    // earlier verify printed (kept in a log) catches it.
    let db = chained();
    let anchor = db
        .cli()
        .args(["audit", "verify", "-q"])
        .succeeds()
        .stdout()
        .trim()
        .to_string();
    let k = nth_newest(&db, 3);
    tamper(
        &db,
        &format!(
            "DO $$ DECLARE r theratime.audit_log; prev theratime.audit_log; BEGIN
                 UPDATE theratime.audit_log SET outcome = 'rewritten' WHERE id = {k};
                 FOR r IN SELECT * FROM theratime.audit_log WHERE id >= {k} ORDER BY id LOOP
                     IF prev.id IS NOT NULL THEN r.prev_hash := prev.hash; END IF;
                     r.hash := theratime.audit_hash(r);
                     UPDATE theratime.audit_log SET prev_hash = r.prev_hash, hash = r.hash WHERE id = r.id;
                     prev := r;
                 END LOOP;
                 UPDATE theratime.audit_chain_head SET last_hash = prev.hash;
             END $$"
        ),
    );
    verify(&db, 0);
    let (anchor_id, _) = anchor.split_once(':').unwrap();
    db.cli()
        .args(["audit", "verify", "--anchor", &anchor])
        .fails(7)
        .stderr_contains(&format!(
            "row #{anchor_id} does not have the hash recorded earlier"
        ));
    db.cli()
        .args(["audit", "verify", "--anchor", "12:abc"])
        .fails(5)
        .stderr_contains("invalid anchor");
}

#[test]
fn twenty_concurrent_audited_commands_leave_an_intact_chain() {
    let db = chained();
    let before = max_id(&db);
    let rows_before: i64 = db
        .one("SELECT count(*)::text FROM theratime.audit_log")
        .parse()
        .unwrap();
    let children: Vec<std::process::Child> = (0..20)
        .map(|i| {
            db.cli()
                .args(["-t", "acme"])
                .args(if i % 2 == 0 {
                    vec![
                        "book".to_string(),
                        "--therapist".into(),
                        "t@acme.test".into(),
                        "--client".into(),
                        "c@acme.test".into(),
                        "--at".into(),
                        format!("2027-04-{:02}T10:00Z", i + 1),
                        "--duration".into(),
                        "30m".into(),
                    ]
                } else {
                    vec![
                        "user".to_string(),
                        "add".into(),
                        "--email".into(),
                        format!("p{i}@acme.test"),
                        "--name".into(),
                        format!("P {i}"),
                        "--role".into(),
                        "client".into(),
                    ]
                })
                .spawn()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(
        db.one(&format!(
            "SELECT count(*)::text FROM theratime.audit_log WHERE id > {before}"
        )),
        "20"
    );
    // One chain: no two rows link to the same predecessor.
    assert_eq!(
        db.one(
            "SELECT count(*)::text FROM (SELECT prev_id FROM theratime.audit_log GROUP BY prev_id HAVING count(*) > 1) f"
        ),
        "0"
    );
    let v = db
        .cli()
        .args(["audit", "verify", "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(v["intact"], true);
    assert_eq!(v["rows"], rows_before + 20);
}

#[test]
fn audit_list_filters_and_orders_newest_first() {
    let db = chained();
    db.tenant("beta");
    let all = db
        .cli()
        .args(["audit", "list", "--limit", "0", "-o", "json"])
        .succeeds()
        .json();
    let ids: Vec<i64> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_i64().unwrap())
        .collect();
    assert!(ids.windows(2).all(|w| w[0] > w[1]), "{ids:?}");
    let total: i64 = db
        .one("SELECT count(*)::text FROM theratime.audit_log")
        .parse()
        .unwrap();
    assert_eq!(ids.len() as i64, total);
    let q = |args: &[&str]| -> Vec<String> {
        db.cli()
            .args(["audit", "list", "-o", "csv"])
            .args(args)
            .succeeds()
            .stdout()
            .lines()
            .skip(1)
            .map(|l| {
                let f: Vec<&str> = l.split(',').collect();
                format!("{}|{}|{}", f[4], f[5], f[6])
            })
            .collect()
    };
    assert_eq!(
        q(&["-t", "acme", "--command", "book"]),
        [
            "book|acme|appointment 3",
            "book|acme|appointment 2",
            "book|acme|appointment 1"
        ]
    );
    assert_eq!(q(&["-t", "beta"]), ["tenant create|beta|beta"]);
    assert_eq!(q(&["-t", "2"]), ["tenant create|beta|beta"]);
    assert_eq!(
        q(&["--target", "appointment 2"]),
        ["book|acme|appointment 2"]
    );
    assert_eq!(q(&["--command", "book", "--limit", "1"]).len(), 1);
    assert_eq!(q(&["--command", "user"]).len(), 2);
    // The prefix is literal: `_` is no wildcard.
    assert_eq!(q(&["--command", "user_"]).len(), 0);
    let me = db.one("SELECT session_user::text");
    assert_eq!(q(&["--actor", &me]).len() as i64, total.min(100));
    assert_eq!(q(&["--actor", "nobody-at-all"]).len(), 0);
    assert_eq!(
        q(&["--since", "2000-01-01", "--until", "2999-01-01"]).len() as i64,
        total.min(100)
    );
    assert_eq!(q(&["--until", "2000-01-01"]).len(), 0);
    // Personal values are shown with their row (table).
    db.cli()
        .args(["audit", "list", "--command", "user add"])
        .succeeds()
        .stdout_contains("c@acme.test");
    db.cli()
        .args(["audit", "list", "--since", "yesterday-ish"])
        .fails(5)
        .stderr_contains("invalid");
    db.cli()
        .args([
            "audit",
            "list",
            "--since",
            "2027-01-02",
            "--until",
            "2027-01-01",
        ])
        .fails(5);
}

/// acme with a therapist and a client who has two future bookings.
fn lifecycle_practice() -> TestDb {
    let db = chained();
    db.tenant("beta");
    db
}

#[test]
fn deactivate_refuses_future_bookings_unless_cancel_future_and_is_idempotent() {
    let db = lifecycle_practice();
    let before = db.snapshot();
    db.cli()
        .args(["user", "deactivate", "c@acme.test"])
        .fails(3)
        .stderr_contains(
            "3 future booked appointment(s) in tenant acme: #1 at 2027-03-01T10:00:00+00:00",
        );
    db.cli()
        .args(["user", "deactivate", "c@acme.test", "--reason", "x"])
        .fails(2);
    assert_eq!(db.snapshot(), before);
    db.cli()
        .args(["user", "deactivate", "c@acme.test", "--cancel-future"])
        .args(["--reason", "moved away", "-o", "json"])
        .succeeds()
        .stderr_contains("cancelled 3 future appointment(s): 1-3");
    let tid = db.one("SELECT id::text FROM theratime.tenants WHERE slug = 'acme'");
    assert_eq!(
        db.one(&format!(
            "SELECT string_agg(status || ':' || cancel_reason, ',' ORDER BY id) FROM tenant_{tid}.appointments"
        )),
        "cancelled:moved away,cancelled:moved away,cancelled:moved away"
    );
    assert_eq!(
        db.one("SELECT active::text FROM theratime.users WHERE email = 'c@acme.test'"),
        "false"
    );
    // Again: nothing to do, exit 0, said on stderr.
    let before = db.snapshot();
    db.cli()
        .args(["user", "deactivate", "c@acme.test"])
        .succeeds()
        .stderr_contains("already deactivated");
    assert_eq!(db.snapshot(), before);
    // Reactivate, twice.
    db.cli()
        .args(["user", "reactivate", "c@acme.test", "-o", "json"])
        .succeeds()
        .stdout_contains("\"active\": true");
    let before = db.snapshot();
    db.cli()
        .args(["user", "reactivate", "c@acme.test"])
        .succeeds()
        .stderr_contains("already active");
    assert_eq!(db.snapshot(), before);
    // Scoped to another tenant: refused, as user show/edit/deactivate are.
    db.cli()
        .args(["-t", "beta", "user", "reactivate", "c@acme.test"])
        .fails(5)
        .stderr_contains("belongs to another tenant");
    db.cli()
        .args(["user", "reactivate", "nobody@acme.test"])
        .fails(4);
    // Resume is idempotent too (suspend: see tenant tests).
    db.cli()
        .args(["tenant", "resume", "acme"])
        .succeeds()
        .stderr_contains("already active");
    verify(&db, 0);
}

#[test]
fn a_role_change_waits_for_the_old_roles_future_appointments() {
    let db = lifecycle_practice();
    let before = db.snapshot();
    db.cli()
        .args(["user", "edit", "c@acme.test", "--role", "therapist"])
        .fails(3)
        .stderr_contains("future booked appointment(s) as client in tenant acme: #1 at");
    db.cli()
        .args(["user", "edit", "c@acme.test", "--role", "boss"])
        .fails(5)
        .stderr_contains("invalid role");
    db.cli().args(["user", "edit", "c@acme.test"]).fails(2);
    assert_eq!(db.snapshot(), before);
    for id in ["1", "2", "3"] {
        db.cli()
            .args(["-t", "acme", "appointment", "cancel", id])
            .succeeds();
    }
    db.cli()
        .args([
            "user",
            "edit",
            "c@acme.test",
            "--role",
            "therapist",
            "-o",
            "json",
        ])
        .succeeds()
        .stdout_contains("\"role\": \"therapist\"");
    // A booking that names them as a client is now refused.
    book(&db, "acme", "2027-05-01T10:00Z")
        .fails(5)
        .stderr_contains("not client");
}

/// A client who moved from a1 to b1: past appointments with notes in a1 (one
/// cancelled with a reason), a future one in b1 with notes; a therapist of b1 with a
/// block. Returns the client's id.
fn moved_client(db: &TestDb) -> i64 {
    for t in ["a1", "b1"] {
        db.tenant(t);
        db.cli()
            .args(["-t", t, "user", "add", "--email", &format!("t@{t}.test")])
            .args(["--name", "Therapist", "--role", "therapist"])
            .succeeds();
    }
    let id: i64 = db
        .cli()
        .args(["-t", "a1", "user", "add", "--email", "zed.q@home.test"])
        .args(["--name", "Zed Quill", "--role", "client", "-q"])
        .succeeds()
        .stdout()
        .trim()
        .parse()
        .unwrap();
    for (at, notes) in [
        ("2026-01-05T10:00Z", "Zed Quill: anxiety"),
        ("2026-02-05T10:00Z", "second"),
    ] {
        db.cli()
            .args(["-t", "a1", "book", "--therapist", "t@a1.test"])
            .args([
                "--client",
                "zed.q@home.test",
                "--at",
                at,
                "--duration",
                "1h",
            ])
            .args(["--notes", notes])
            .succeeds();
    }
    db.cli()
        .args([
            "-t",
            "a1",
            "appointment",
            "cancel",
            "2",
            "--reason",
            "Zed Quill ill",
        ])
        .succeeds();
    db.cli()
        .args(["user", "edit", "zed.q@home.test", "--name", "Zed Q. Quill"])
        .succeeds();
    db.cli()
        .args(["user", "assign", "zed.q@home.test", "--tenant", "b1"])
        .succeeds();
    db.cli()
        .args(["-t", "b1", "book", "--therapist", "t@b1.test"])
        .args(["--client", &id.to_string(), "--at", "2027-06-01T10:00Z"])
        .args(["--duration", "1h", "--notes", "first visit"])
        .succeeds();
    db.cli()
        .args(["-t", "b1", "block", "add", "--therapist", "t@b1.test"])
        .args([
            "--from",
            "2027-06-02T10:00Z",
            "--until",
            "2027-06-02T11:00Z",
        ])
        .args(["--reason", "training"])
        .succeeds();
    id
}

#[test]
fn user_export_writes_everything_about_the_person() {
    let db = TestDb::new();
    let id = moved_client(&db);
    let dir = out_dir();
    let out = dir.path().join("people");
    let before = max_id(&db);
    db.cli()
        .args(["user", "export", "zed.q@home.test", "--out"])
        .args([&out])
        .args(["-q"])
        .succeeds()
        .stdout_contains(&format!("user-{id}.json"));
    let file = out.join(format!("user-{id}.json"));
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let x: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(x["user"]["email"], "zed.q@home.test");
    assert_eq!(x["user"]["name"], "Zed Q. Quill");
    assert_eq!(x["user"]["tenant"], "b1");
    let appts: Vec<String> = x["appointments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            format!(
                "{}#{} {} {} {}",
                a["tenant"].as_str().unwrap(),
                a["id"],
                a["role"].as_str().unwrap(),
                a["status"].as_str().unwrap(),
                a["notes"].as_str().unwrap_or("-")
            )
        })
        .collect();
    assert_eq!(
        appts,
        [
            "a1#1 client booked Zed Quill: anxiety",
            "a1#2 client cancelled second",
            "b1#1 client booked first visit"
        ]
    );
    assert_eq!(x["blocks"].as_array().unwrap().len(), 0);
    let verbs: Vec<&str> = x["audit"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["command"].as_str().unwrap())
        .collect();
    assert_eq!(
        verbs,
        [
            "user add",
            "book",
            "book",
            "appointment cancel",
            "user edit",
            "user assign",
            "book"
        ]
    );
    assert_eq!(x["audit"][4]["values"]["old"]["name"], "Zed Quill");
    // The export is audited, after the data it gathered.
    assert_eq!(
        rows_after(&db, before),
        [format!("user export|user {id}|exported")]
    );
    // A therapist's export holds their blocks.
    db.cli()
        .args(["user", "export", "t@b1.test", "--out"])
        .args([&out])
        .succeeds();
    let t: serde_json::Value = serde_json::from_slice(
        &std::fs::read(
            std::fs::read_dir(&out)
                .unwrap()
                .map(|e| e.unwrap().path())
                .find(|p| p != &file && p.extension().is_some_and(|e| e == "json"))
                .unwrap(),
        )
        .unwrap(),
    )
    .unwrap();
    assert_eq!(t["blocks"][0]["reason"], "training");
    // A therapist's export carries the audit rows of their appointments, but not the
    // client's values in them (the cancel reason).
    let dir_a1 = out_dir();
    db.cli()
        .args(["user", "export", "t@a1.test", "--out"])
        .args([dir_a1.path()])
        .succeeds();
    let ta1 = std::fs::read_to_string(dir_a1.path().join("user-1.json")).unwrap();
    let ta1: serde_json::Value = serde_json::from_str(&ta1).unwrap();
    let cancel = ta1["audit"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["command"] == "appointment cancel")
        .unwrap();
    assert_eq!(cancel["values"], serde_json::Value::Null);
    assert_eq!(x["audit"][3]["values"]["cancel_reason"], "Zed Quill ill");
    db.cli()
        .args(["-t", "a1", "user", "export", "zed.q@home.test", "--out"])
        .args([&out])
        .fails(5);
}

/// Every text value in the theratime schema and every tenant schema containing
/// `needle` (case-insensitively), as `table.column`.
fn holding(db: &TestDb, needle: &str) -> Vec<String> {
    let columns = db.query(
        "SELECT format('%I.%I|%I', table_schema, table_name, column_name) FROM information_schema.columns c
         JOIN pg_class k ON k.relname = c.table_name AND k.relkind = 'r'
         JOIN pg_namespace n ON n.oid = k.relnamespace AND n.nspname = c.table_schema
         WHERE (table_schema = 'theratime' OR table_schema LIKE 'tenant\\_%')
           AND data_type IN ('text', 'character varying', 'jsonb', 'json')
         ORDER BY 1",
    );
    assert!(columns.iter().any(|c| c == "theratime.audit_personal|data"));
    columns
        .into_iter()
        .filter(|c| {
            let (table, column) = c.split_once('|').unwrap();
            db.one(&format!(
                "SELECT count(*)::text FROM {table} WHERE {column}::text ILIKE '%{needle}%'"
            )) != "0"
        })
        .collect()
}

#[test]
fn user_erase_pseudonymises_the_person_everywhere_and_the_chain_still_verifies() {
    let db = TestDb::new();
    let id = moved_client(&db);
    assert!(!holding(&db, "zed.q@home.test").is_empty());
    let before = db.snapshot();
    // A future booking refuses the erasure (also as a dry run); no terminal, no --yes: 2.
    db.cli()
        .args(["user", "erase", "zed.q@home.test", "--dry-run"])
        .fails(3)
        .stderr_contains("b1: #1 at");
    db.cli()
        .args(["user", "erase", "zed.q@home.test", "--yes"])
        .fails(3)
        .stderr_contains("--cancel-future");
    db.cli()
        .args(["user", "erase", "zed.q@home.test", "--cancel-future"])
        .fails(2)
        .stderr_contains("--yes");
    db.cli()
        .args(["-t", "a1", "user", "erase", "zed.q@home.test", "--yes"])
        .fails(5);
    // A dry run reports and changes nothing.
    let plan = db
        .cli()
        .args([
            "user",
            "erase",
            "zed.q@home.test",
            "--dry-run",
            "--cancel-future",
        ])
        .args(["-o", "json"])
        .succeeds()
        .json();
    assert_eq!(plan["dry_run"], true);
    assert_eq!(plan["appointments_cleared"], 3);
    assert_eq!(plan["cancelled"], serde_json::json!([1]));
    assert_eq!(plan["audit_values_erased"], 3);
    assert_eq!(db.snapshot(), before);

    const KEPT: &str = "SELECT string_agg(id || ' ' || starts_at || ' ' || therapist_id || ' ' || client_id, ',' ORDER BY id) FROM tenant_1.appointments
         UNION ALL SELECT string_agg(id || ' ' || starts_at || ' ' || therapist_id || ' ' || client_id, ',' ORDER BY id) FROM tenant_2.appointments";
    let appointments_before = db.query(KEPT);
    db.cli()
        .args([
            "user",
            "erase",
            "zed.q@home.test",
            "--cancel-future",
            "--yes",
        ])
        .succeeds();
    for needle in [
        "zed.q@home.test",
        "Zed Quill",
        "Zed Q. Quill",
        "anxiety",
        "first visit",
    ] {
        assert_eq!(holding(&db, needle), Vec::<String>::new(), "{needle}");
    }
    assert_eq!(
        db.one(&format!(
            "SELECT email || ' ' || display_name || ' ' || active FROM theratime.users WHERE id = {id}"
        )),
        format!("erased-{id}@invalid Erased user {id} false")
    );
    // Times, statuses and ids stay.
    assert_eq!(db.query(KEPT), appointments_before);
    assert_eq!(
        db.query("SELECT string_agg(status, ',' ORDER BY id) FROM tenant_1.appointments UNION ALL SELECT string_agg(status, ',' ORDER BY id) FROM tenant_2.appointments"),
        ["booked,cancelled", "cancelled"]
    );
    // The other therapist's block reason is theirs, not the erased client's.
    assert_eq!(
        db.one("SELECT reason FROM tenant_2.calendar_blocks"),
        "training"
    );
    let v = db
        .cli()
        .args(["audit", "verify", "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(v["personal_erased"], 3);
    db.cli()
        .args(["audit", "list", "--target", &format!("user {id}")])
        .succeeds()
        .stdout_contains("(erased)");
    // Erasing again finds nothing left to clear.
    db.cli()
        .args(["user", "erase", &id.to_string(), "--yes", "-o", "json"])
        .succeeds()
        .stdout_contains("\"audit_values_erased\": 0");
}

#[test]
fn an_upgraded_database_chains_its_old_rows_and_moves_their_emails_out() {
    // A database at global version 3, with rows written the way older versions did.
    let db = TestDb::empty();
    let dir = tempfile::tempdir().unwrap();
    for sub in ["global", "tenant"] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
        for f in std::fs::read_dir(repo_root().join("migrations").join(sub)).unwrap() {
            let f = f.unwrap();
            let v: i32 = f.file_name().to_str().unwrap()[1..]
                .split("__")
                .next()
                .unwrap()
                .parse()
                .unwrap();
            if sub == "tenant" || v <= 3 {
                std::fs::copy(f.path(), dir.path().join(sub).join(f.file_name())).unwrap();
            }
        }
    }
    db.cli()
        .args(["--migrations"])
        .args([dir.path()])
        .args(["migrate", "--global"])
        .succeeds();
    db.exec(
        "INSERT INTO theratime.tenants (slug, name) VALUES ('old', 'Old');
         INSERT INTO theratime.users (tenant_id, email, display_name, role) VALUES (1, 'ann@old.test', 'Ann', 'client');
         INSERT INTO theratime.audit_log (os_user, command, tenant_id, tenant_slug, target, outcome) VALUES
             ('ops', 'tenant create', 1, 'old', 'old', 'created'),
             ('ops', 'user add', 1, 'old', 'ann@old.test', 'added'),
             ('ops', 'user edit', 1, 'old', 'gone@old.test', 'edited'),
             ('ops', 'appointment', 1, 'old', 'appointment 1', 'cancelled')",
    );
    db.cli().args(["migrate", "--global"]).succeeds();
    assert_eq!(
        db.query("SELECT target FROM theratime.audit_log WHERE id <= 4 ORDER BY id"),
        ["old", "user 1", "user ?", "appointment 1"]
    );
    verify(&db, 0).stdout_contains("true");
    assert_eq!(
        db.one("SELECT count(*)::text FROM theratime.audit_personal"),
        "2"
    );
    // Erasing Ann reaches her old row too (her tenant has no schema: skipped).
    db.cli()
        .args(["user", "erase", "ann@old.test", "--yes"])
        .succeeds()
        .stdout_contains("erased-1@invalid");
    assert_eq!(holding(&db, "ann@old.test"), Vec::<String>::new());
    verify(&db, 0);
}

#[test]
fn an_archive_appears_only_with_its_audit_row() {
    // The backup's audit row is written in a short transaction of its own after the
    // snapshot's: held up there, the archive is not yet visible.
    let db = chained();
    let out = out_dir();
    rt().block_on(async {
        let mut holder = hold(
            &db.url,
            "BEGIN; SELECT * FROM theratime.audit_chain_head FOR UPDATE",
        )
        .await;
        let child = spawn_blocked(
            &db,
            &mut holder,
            &["backup", "-t", "acme", "--out"],
            out.path(),
        )
        .await;
        assert_eq!(archives(out.path()), Vec::<std::path::PathBuf>::new());
        exec(&mut holder, "COMMIT").await;
        succeeded(child);
    });
    assert_eq!(archives(out.path()).len(), 1);
    verify(&db, 0);
}
