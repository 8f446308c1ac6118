//! Citus schema-based sharding (DESIGN §9) and libpq's `sslmode` semantics.
//!
//! Tests that need Citus run on a coordinator and two workers that the first of them
//! starts on loopback once per test run (or on the cluster that
//! `THERATIME_TEST_CITUS_URL` names: a superuser URL of the coordinator, whose
//! `pg_dist_node` lists the workers), with a fresh database per test on every node.
//! Where the citus extension is not installed they say so on stderr and pass.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use crate::harness::*;
use sqlx::{AssertSqlSafe, Connection, PgConnection, Row};

/// A node of the test cluster.
#[derive(Debug, Clone)]
struct Node {
    host: String,
    port: u16,
}

impl Node {
    fn addr(&self) -> String {
        format!("{}:{}", self.host, self.port)
    }
}

pub(crate) struct CitusCluster {
    /// `postgres://user[:password]@` of every node.
    auth: String,
    /// The URL's query string (`?sslmode=disable`), or empty.
    params: String,
    coordinator: Node,
    workers: Vec<Node>,
}

impl CitusCluster {
    fn url(&self, node: &Node, db: &str) -> String {
        format!("{}{}/{db}{}", self.auth, node.addr(), self.params)
    }
}

/// The cluster, or None (after saying why on stderr) where Citus is not available.
pub(crate) fn citus() -> Option<&'static CitusCluster> {
    static CLUSTER: OnceLock<Result<CitusCluster, String>> = OnceLock::new();
    match CLUSTER.get_or_init(|| match std::env::var("THERATIME_TEST_CITUS_URL") {
        Ok(url) if !url.is_empty() => external(&url),
        _ => throwaway_citus(),
    }) {
        Ok(c) => Some(c),
        Err(why) => {
            eprintln!("skipped: {why}");
            None
        }
    }
}

fn external(url: &str) -> Result<CitusCluster, String> {
    let parsed = url::Url::parse(url).map_err(|e| format!("THERATIME_TEST_CITUS_URL: {e}"))?;
    let auth = match parsed.password() {
        Some(pw) => format!("postgres://{}:{pw}@", parsed.username()),
        None => format!("postgres://{}@", parsed.username()),
    };
    let params = parsed.query().map(|q| format!("?{q}")).unwrap_or_default();
    let nodes: Vec<(String, i32, bool)> = rt().block_on(async {
        let mut conn = PgConnection::connect(url).await.map_err(|e| e.to_string())?;
        sqlx::query_as(
            "SELECT nodename::text, nodeport, groupid = 0 FROM pg_dist_node WHERE noderole = 'primary' ORDER BY nodeid",
        )
        .fetch_all(&mut conn)
        .await
        .map_err(|e| format!("THERATIME_TEST_CITUS_URL is not a Citus coordinator: {e}"))
    })?;
    let node = |(h, p, _): &(String, i32, bool)| Node {
        host: h.clone(),
        port: *p as u16,
    };
    let coordinator = nodes.iter().find(|n| n.2).map(node).unwrap_or(Node {
        host: parsed.host_str().unwrap_or("localhost").to_string(),
        port: parsed.port().unwrap_or(5432),
    });
    let workers: Vec<Node> = nodes.iter().filter(|n| !n.2).map(node).collect();
    if workers.len() < 2 {
        return Err("THERATIME_TEST_CITUS_URL: the Citus tests need two workers".into());
    }
    Ok(CitusCluster {
        auth,
        params,
        coordinator,
        workers,
    })
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// A coordinator and two workers on loopback, stopped when the test process ends.
fn throwaway_citus() -> Result<CitusCluster, String> {
    let bin = theratime::local::find_bin_dir().ok_or("no PostgreSQL server binaries")?;
    // The server's own directory (PATH may hold links to it): its ../lib has the extensions.
    let server = std::fs::canonicalize(bin.join("postgres")).unwrap_or(bin.join("postgres"));
    let lib = server
        .parent()
        .and_then(Path::parent)
        .map(|p| p.join("lib/citus.so"))
        .unwrap_or_default();
    if !lib.is_file() {
        return Err(format!(
            "the citus extension is not installed ({} is missing): ../shared/citus/install.sh \
             builds it, or set THERATIME_TEST_CITUS_URL to a Citus coordinator",
            lib.display()
        ));
    }
    let mut nodes = Vec::new();
    for i in 0..3 {
        let base = tempfile::Builder::new()
            .prefix(&format!("theratime-citus-{i}-"))
            .tempdir_in("/tmp")
            .map_err(|e| e.to_string())?
            .keep();
        let cluster = theratime::local::Cluster::new(base.join("pg")).map_err(|e| e.to_string())?;
        cluster
            .init(theratime::local::InitOptions { durable: false })
            .map_err(|e| e.to_string())?;
        let port = free_port();
        append(
            &cluster.data_dir().join("postgresql.conf"),
            &format!(
                "shared_preload_libraries = 'citus'\nlisten_addresses = '127.0.0.1'\nport = {port}\n\
                 wal_level = logical\nmax_worker_processes = 64\nssl = off\n\
                 citus.node_conninfo = 'sslmode=disable'\n"
            ),
        );
        cluster.start().map_err(|e| e.to_string())?;
        watchdog(&cluster, &base);
        nodes.push(Node {
            host: "127.0.0.1".into(),
            port,
        });
    }
    let coordinator = nodes.remove(0);
    Ok(CitusCluster {
        auth: "postgres://postgres@".into(),
        params: "?sslmode=disable".into(),
        coordinator,
        workers: nodes,
    })
}

fn append(path: &Path, text: &str) {
    use std::io::Write;
    std::fs::OpenOptions::new()
        .append(true)
        .open(path)
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .unwrap();
}

/// A fresh database on every node of the cluster, with the citus extension, the nodes
/// registered and the global schema migrated.
pub(crate) fn citus_db(c: &CitusCluster) -> TestDb {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::SeqCst);
    let name = format!("c{}_{n}", std::process::id());
    rt().block_on(async {
        for node in std::iter::once(&c.coordinator).chain(&c.workers) {
            let mut admin = PgConnection::connect(&c.url(node, "postgres"))
                .await
                .unwrap();
            exec(&mut admin, &format!("CREATE DATABASE {name}")).await;
            let mut conn = PgConnection::connect(&c.url(node, &name)).await.unwrap();
            exec(&mut conn, "CREATE EXTENSION citus").await;
        }
        let mut conn = PgConnection::connect(&c.url(&c.coordinator, &name))
            .await
            .unwrap();
        let mut sql = format!(
            "SELECT citus_set_coordinator_host('{}', {});",
            c.coordinator.host, c.coordinator.port
        );
        for w in &c.workers {
            sql.push_str(&format!("SELECT citus_add_node('{}', {});", w.host, w.port));
        }
        // Citus names the replication slot of a shard move after the nodes and an
        // operation id that every database counts from 1, but slots belong to the
        // cluster: tenant moves in two test databases at once would take the same slot.
        sql.push_str(&format!(
            "SELECT setval('pg_catalog.pg_dist_operationid_seq', {});",
            (n + 1) * 1_000_000
        ));
        // Registering a node copies every role of the cluster to it: a role that another
        // test database is creating or dropping on the workers at that moment (roles are
        // cluster-wide, and every tenant has one) can fail the copy. It rolls back; again.
        for attempt in 1.. {
            match sqlx::raw_sql(AssertSqlSafe(sql.clone()))
                .execute(&mut conn)
                .await
            {
                Ok(_) => break,
                Err(e) if attempt < 5 => {
                    eprintln!("registering the nodes of {name} (attempt {attempt}): {e}");
                    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
                }
                Err(e) => panic!("{sql}: {e}"),
            }
        }
    });
    let db = TestDb::unowned(name.clone(), c.url(&c.coordinator, &name));
    db.cli().args(["migrate", "--global", "-q"]).succeeds();
    // Tenant ids no other test database of this run uses: tenant roles are
    // cluster-wide, and two databases granting one role at once collide in the shared
    // catalog ("tuple concurrently updated").
    static IDS: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);
    let base = 2_000_000_000
        + i64::from(std::process::id() % 100_000) * 10_000
        + IDS.fetch_add(1, std::sync::atomic::Ordering::SeqCst) * 1_000;
    db.exec(&format!(
        "SELECT setval(pg_get_serial_sequence('theratime.tenants', 'id'), {base})"
    ));
    db
}

/// The first finding of `kind` of a doctor run that finds problems (exit 7).
#[track_caller]
fn doctor_finding(db: &TestDb, kind: &str) -> serde_json::Value {
    let findings = db.cli().args(["doctor", "-o", "json"]).fails(7).json();
    findings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["kind"] == kind)
        .cloned()
        .unwrap_or_else(|| panic!("no {kind} in {findings}"))
}

fn node_of(db: &TestDb, slug: &str) -> String {
    let out = db
        .cli()
        .args(["tenant", "show", slug, "-o", "json"])
        .succeeds();
    out.json()["node"].as_str().unwrap_or_default().to_string()
}

fn other_worker(c: &CitusCluster, node: &str) -> String {
    c.workers
        .iter()
        .map(Node::addr)
        .find(|w| w != node)
        .unwrap()
}

/// A therapist and a client in tenant `tid`; their emails.
fn people(db: &TestDb, tid: i64, slug: &str) -> (String, String) {
    let (t, c) = (format!("t@{slug}.test"), format!("c@{slug}.test"));
    db.add_user(tid, &t, "therapist");
    db.add_user(tid, &c, "client");
    (t, c)
}

fn book(db: &TestDb, slug: &str, who: &(String, String), at: &str) -> Cli {
    db.cli().args([
        "-t",
        slug,
        "book",
        "--therapist",
        &who.0,
        "--client",
        &who.1,
        "--at",
        at,
        "--duration",
        "50m",
        "-o",
        "json",
    ])
}

/// Run `sql` in a transaction opened the way the application opens one for tenant
/// `tenant` (README, Tenant roles), then roll back: the first column of every row,
/// joined with commas, or the SQLSTATE of the error.
fn in_tenant_tx(db: &TestDb, tenant: i64, sql: &str) -> Result<String, String> {
    rt().block_on(async {
        let mut conn = PgConnection::connect(&db.url).await.unwrap();
        let mut tx = conn.begin().await.unwrap();
        sqlx::raw_sql(AssertSqlSafe(format!(
            "SET LOCAL search_path TO \"tenant_{tenant}\", pg_catalog, pg_temp; \
             SET LOCAL ROLE \"theratime_tenant_{tenant}\""
        )))
        .execute(&mut *tx)
        .await
        .unwrap();
        let rows = sqlx::raw_sql(AssertSqlSafe(sql.to_string()))
            .fetch_all(&mut *tx)
            .await;
        tx.rollback().await.unwrap();
        match rows {
            Ok(rows) => Ok(rows
                .iter()
                .map(|r| {
                    r.try_get::<Option<String>, _>(0)
                        .unwrap()
                        .unwrap_or_default()
                })
                .collect::<Vec<_>>()
                .join(",")),
            Err(e) => Err(theratime::error::sqlstate(&e).unwrap_or_else(|| panic!("{sql}: {e}"))),
        }
    })
}

/// The result of `sql` (one text value) on every node of `db`'s cluster, the
/// coordinator first.
fn on_every_node(db: &TestDb, sql: &str) -> Vec<String> {
    db.query(&format!(
        "SELECT CASE WHEN success THEN result ELSE 'failed: ' || result END
         FROM run_command_on_all_nodes($sql${sql}$sql$) ORDER BY nodeid"
    ))
}

/// Every appointment and block of every tenant but `except`, by tenant.
fn rows_except(db: &TestDb, except: i64) -> String {
    let ids = db.query(&format!(
        "SELECT id::text FROM theratime.tenants WHERE id <> {except} ORDER BY id"
    ));
    ids.iter()
        .flat_map(|id| {
            let mut rows = db.query(&format!(
                "SELECT t::text FROM tenant_{id}.appointments t ORDER BY id"
            ));
            rows.extend(db.query(&format!(
                "SELECT t::text FROM tenant_{id}.calendar_blocks t ORDER BY id"
            )));
            rows
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn plain_postgresql_shows_no_node_and_refuses_the_citus_commands() {
    let db = TestDb::new();
    db.tenant("acme");
    let config = db.cli().args(["config", "-o", "json"]).succeeds().json();
    assert!(
        config
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["setting"] != "cluster"),
        "{config}"
    );
    let list = db
        .cli()
        .args(["tenant", "list", "-o", "json"])
        .succeeds()
        .json();
    assert!(list[0].get("node").is_none(), "{list}");
    let before = db.snapshot();
    for args in [
        &["tenant", "move", "acme", "--node", "127.0.0.1:5432"][..],
        &["tenant", "rebalance"],
        &["tenant", "rebalance", "--dry-run"],
        &[
            "tenant",
            "create",
            "beta",
            "--name",
            "B",
            "--node",
            "127.0.0.1:5432",
        ],
    ] {
        db.cli()
            .args(args)
            .fails(5)
            .stderr_contains("needs a Citus cluster");
    }
    db.cli()
        .args(["tenant", "move", "acme", "--node", "nonsense"])
        .fails(5)
        .stderr_contains("invalid node \"nonsense\"");
    assert_eq!(db.snapshot(), before);
}

#[test]
fn tenants_are_distributed_schemas_on_the_workers_and_doctor_flags_one_that_is_not() {
    let Some(c) = citus() else { return };
    let db = citus_db(c);
    let workers: Vec<String> = c.workers.iter().map(Node::addr).collect();
    let config = db.cli().args(["config", "-o", "json"]).succeeds().json();
    let cluster = config
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["setting"] == "cluster")
        .unwrap_or_else(|| panic!("{config}"));
    let value = cluster["value"].as_str().unwrap();
    assert!(value.starts_with("Citus "), "{value}");
    assert!(
        workers.iter().all(|w| value.contains(w.as_str())),
        "{value}"
    );
    assert_eq!(
        db.one(
            "SELECT string_agg(table_name::text, ',' ORDER BY table_name::text) FROM citus_tables
             WHERE citus_table_type = 'reference'"
        ),
        "theratime.tenant_migrations,theratime.tenants,theratime.user_links,theratime.users"
    );
    for slug in ["t1", "t2", "t3", "t4"] {
        db.tenant(slug);
    }
    assert_eq!(db.one("SELECT count(*)::text FROM pg_dist_schema"), "4");
    let list = db
        .cli()
        .args(["tenant", "list", "-o", "json"])
        .succeeds()
        .json();
    let nodes: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["node"].as_str().unwrap().to_string())
        .collect();
    assert!(nodes.iter().all(|n| workers.contains(n)), "{list}");
    let table = db.cli().args(["tenant", "list"]).succeeds().stdout();
    assert!(
        table.lines().next().unwrap().trim_end().ends_with("node"),
        "{table}"
    );

    // --node places a new tenant on the worker asked for, whichever Citus picked.
    for (slug, w) in [("placed-a", &workers[0]), ("placed-b", &workers[1])] {
        db.cli()
            .args(["tenant", "create", slug, "--name", slug, "--node", w])
            .succeeds();
        assert_eq!(&node_of(&db, slug), w);
    }
    let before = db.snapshot();
    db.cli()
        .args([
            "tenant",
            "create",
            "nowhere",
            "--name",
            "n",
            "--node",
            "127.0.0.1:1",
        ])
        .fails(5)
        .stderr_contains("is not a worker of this cluster");
    assert_eq!(db.snapshot(), before);

    db.cli()
        .args(["doctor"])
        .succeeds()
        .stderr_contains("theratime: Citus ");
    // A tenant schema made outside theratime, not distributed.
    let id = db.one(
        "INSERT INTO theratime.tenants (slug, name) VALUES ('plain', 'Plain') RETURNING id::text",
    );
    db.exec(&format!("CREATE SCHEMA tenant_{id}"));
    assert_eq!(
        db.one(&format!(
            "SELECT count(*)::text FROM pg_dist_schema WHERE schemaid = 'tenant_{id}'::regnamespace"
        )),
        "0"
    );
    let f = doctor_finding(&db, "undistributed_schema");
    assert_eq!(f["tenant"], "plain");
    assert!(
        f["fix"]
            .as_str()
            .unwrap()
            .contains("theratime backup -t plain"),
        "{f}"
    );
    let before = db.snapshot();
    db.cli()
        .args(["tenant", "move", "plain", "--node", &workers[0]])
        .fails(5)
        .stderr_contains("not a distributed schema");
    assert_eq!(db.snapshot(), before);
}

#[test]
fn moving_a_tenant_while_another_books_loses_nothing_and_keeps_its_rules() {
    let Some(c) = citus() else { return };
    let db = citus_db(c);
    let mut people_of = Vec::new();
    for i in 1..=20 {
        let slug = format!("p{i:02}");
        let tid = db.tenant(&slug);
        let who = people(&db, tid, &slug);
        book(&db, &slug, &who, "2027-03-01T09:00:00Z").succeeds();
        people_of.push((slug, tid, who));
    }
    let (moved_slug, moved_id, moved_who) = people_of[0].clone();
    let (busy_slug, busy_id, busy_who) = people_of[1].clone();
    let from = node_of(&db, &moved_slug);
    let to = other_worker(c, &from);
    let before = rows_except(&db, busy_id);
    let busy_before: usize = db
        .one(&format!(
            "SELECT count(*)::text FROM tenant_{busy_id}.appointments"
        ))
        .parse()
        .unwrap();

    // A second process books in another tenant all through the move.
    let stop = Arc::new(AtomicBool::new(false));
    let booker = {
        let (stop, url) = (stop.clone(), db.url.clone());
        let (busy_slug, busy_who) = (busy_slug.clone(), busy_who.clone());
        std::thread::spawn(move || {
            let db = TestDb::unowned(String::new(), url);
            let mut codes = Vec::new();
            let mut hour = 0;
            while !stop.load(Ordering::SeqCst) || hour < 3 {
                let at = format!("2027-04-{:02}T{:02}:00:00Z", 1 + hour / 10, 8 + hour % 10);
                codes.push(book(&db, &busy_slug, &busy_who, &at).run().0.status.code());
                hour += 1;
            }
            codes
        })
    };
    let out = db
        .cli()
        .args(["tenant", "move", &moved_slug, "--node", &to, "-o", "json"])
        .succeeds();
    stop.store(true, Ordering::SeqCst);
    let codes = booker.join().unwrap();
    assert!(codes.iter().all(|c| *c == Some(0)), "{codes:?}");
    assert!(
        out.stderr()
            .contains(&format!("moving tenant {moved_slug} (tenant_{moved_id}")),
        "{}",
        out.stderr()
    );
    assert_eq!(out.json()["outcome"], "moved");
    assert_eq!(out.json()["from"], from.as_str());

    // Every row is still there; the busy tenant has its bookings besides.
    assert_eq!(rows_except(&db, busy_id), before);
    assert_eq!(
        db.one(&format!(
            "SELECT count(*)::text FROM tenant_{busy_id}.appointments"
        )),
        (busy_before + codes.len()).to_string()
    );
    assert_eq!(node_of(&db, &moved_slug), to);
    assert_eq!(
        db.one(&format!(
            "SELECT target || ' ' || outcome FROM theratime.audit_log WHERE command = 'tenant move' AND tenant_id = {moved_id}"
        )),
        format!("{from} -> {to} moved")
    );

    // The moved tenant still books, refuses overlaps and blocks over appointments,
    // and keeps the same-tenant rule.
    book(&db, &moved_slug, &moved_who, "2027-03-02T09:00:00Z").succeeds();
    book(&db, &moved_slug, &moved_who, "2027-03-02T09:30:00Z")
        .fails(3)
        .stderr_contains("the therapist already has an appointment at that time");
    let block = |from: &str, until: &str| {
        db.cli().args([
            "-t",
            &moved_slug,
            "block",
            "add",
            "--therapist",
            &moved_who.0,
            "--from",
            from,
            "--until",
            until,
        ])
    };
    block("2027-03-02T09:10:00Z", "2027-03-02T09:20:00Z")
        .fails(3)
        .stderr_contains("the block overlaps appointment");
    block("2027-03-03T12:00:00Z", "2027-03-03T13:00:00Z").succeeds();
    book(&db, &moved_slug, &moved_who, "2027-03-03T12:30:00Z")
        .fails(3)
        .stderr_contains("calendar block");
    let stranger = (moved_who.0.clone(), busy_who.1.clone());
    book(&db, &moved_slug, &stranger, "2027-03-04T09:00:00Z")
        .fails(5)
        .stderr_contains("belongs to another tenant");
    let id_of = |email: &str| {
        db.one(&format!(
            "SELECT id::text FROM theratime.users WHERE email = '{email}'"
        ))
    };
    assert_eq!(
        db.exec_err(&format!(
            "INSERT INTO tenant_{moved_id}.appointments (therapist_id, client_id, starts_at, ends_at)
             VALUES ({}, {}, '2027-03-05 09:00Z', '2027-03-05 10:00Z')",
            id_of(&moved_who.0),
            id_of(&busy_who.1)
        )),
        "23514"
    );

    // Moving it where it is already is nothing to do.
    db.cli()
        .args(["tenant", "move", &moved_slug, "--node", &to])
        .succeeds()
        .stderr_contains("already on");
}

#[test]
fn fleet_migration_runs_on_both_workers_and_a_failure_stays_in_its_tenant() {
    let Some(c) = citus() else { return };
    let db = citus_db(c);
    let ids: Vec<i64> = (1..=6).map(|i| db.tenant(&format!("f{i}"))).collect();
    let nodes: Vec<String> = (1..=6).map(|i| node_of(&db, &format!("f{i}"))).collect();
    for w in &c.workers {
        assert!(nodes.contains(&w.addr()), "{nodes:?}");
    }
    // One tenant already has a table the new migration creates.
    let bad = ids[2];
    db.exec(&format!("CREATE TABLE tenant_{bad}.rooms (id bigint)"));
    let dir = tempfile::tempdir().unwrap();
    let mig = dir.path();
    for sub in ["global", "tenant"] {
        std::fs::create_dir_all(mig.join(sub)).unwrap();
        for f in std::fs::read_dir(repo_root().join("migrations").join(sub)).unwrap() {
            let f = f.unwrap().path();
            std::fs::copy(&f, mig.join(sub).join(f.file_name().unwrap())).unwrap();
        }
    }
    std::fs::write(
        mig.join(format!("tenant/V{}__rooms.sql", tenant_version() + 1)),
        "ALTER TABLE appointments ADD COLUMN room text;\n\
         CREATE TABLE rooms (id bigint PRIMARY KEY, name text NOT NULL);\n\
         CREATE INDEX appointments_room_idx ON appointments (room);\n",
    )
    .unwrap();
    let migrate = |args: &[&str]| {
        db.cli()
            .args([
                "--migrations",
                mig.to_str().unwrap(),
                "migrate",
                "--all-tenants",
                "--jobs",
                "2",
            ])
            .args(args)
    };
    migrate(&["--continue-on-error"])
        .fails(7)
        .stderr_contains(&format!("tenant_{bad}"));
    // `room` on each tenant's shard, on whichever worker holds it.
    let room_on_shard = |id: i64| {
        db.one(&format!(
            "SELECT string_agg(result, ',') FROM run_command_on_placements('tenant_{id}.appointments',
                 $$SELECT count(*) FROM pg_attribute WHERE attrelid = '%s'::regclass AND attname = 'room'$$)"
        ))
    };
    for &id in &ids {
        let (version, room) = if id == bad {
            (tenant_version(), "0")
        } else {
            (tenant_version() + 1, "1")
        };
        assert_eq!(
            db.one(&format!(
                "SELECT version::text FROM theratime.tenant_migrations WHERE tenant_id = {id}"
            )),
            version.to_string(),
            "tenant {id}"
        );
        assert_eq!(room_on_shard(id), room, "tenant {id}");
    }
    assert_eq!(
        db.one(&format!(
            "SELECT last_status FROM theratime.tenant_migrations WHERE tenant_id = {bad}"
        )),
        "failed"
    );
    db.cli()
        .args([
            "--migrations",
            mig.to_str().unwrap(),
            "migrate",
            "status",
            "--check",
        ])
        .fails(7);
    db.exec(&format!("DROP TABLE tenant_{bad}.rooms"));
    migrate(&["--only-failed"]).succeeds();
    assert_eq!(room_on_shard(bad), "1");
    // The table the migration added is the tenant role's on its worker too: the
    // default privileges act on the coordinator, and Citus gives the shard the table's
    // privileges. The tenant's own transaction reads it through the worker.
    for &id in &ids {
        assert_eq!(
            db.one(&format!(
                "SELECT string_agg(result, ',') FROM run_command_on_placements('tenant_{id}.rooms',
                     $$SELECT bool_and(has_table_privilege('theratime_tenant_{id}', '%s', p))
                       FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE']) p$$)"
            )),
            "t",
            "tenant {id}"
        );
        assert_eq!(
            in_tenant_tx(&db, id, "SELECT count(*)::text FROM rooms"),
            Ok("0".to_string())
        );
    }
    db.cli()
        .args([
            "--migrations",
            mig.to_str().unwrap(),
            "migrate",
            "status",
            "--check",
        ])
        .succeeds();
    db.cli()
        .args(["--migrations", mig.to_str().unwrap(), "doctor"])
        .succeeds();
}

#[test]
fn fifty_concurrent_bookings_on_a_distributed_schema_exactly_one_wins() {
    let Some(c) = citus() else { return };
    let db = citus_db(c);
    let tid = db.tenant("race");
    let who = people(&db, tid, "race");
    let other_client = "c2@race.test".to_string();
    db.add_user(tid, &other_client, "client");
    let handles: Vec<_> = (0..50)
        .map(|i| {
            let who = if i % 2 == 0 {
                who.clone()
            } else {
                (who.0.clone(), other_client.clone())
            };
            let cli = book(&db, "race", &who, "2027-01-04T10:00:00Z");
            std::thread::spawn(move || cli.run().0.status.code())
        })
        .collect();
    let codes: Vec<Option<i32>> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert_eq!(
        codes.iter().filter(|c| **c == Some(0)).count(),
        1,
        "{codes:?}"
    );
    assert_eq!(
        codes.iter().filter(|c| **c == Some(3)).count(),
        49,
        "{codes:?}"
    );
    assert_eq!(
        db.one(&format!(
            "SELECT count(*)::text FROM tenant_{tid}.appointments"
        )),
        "1"
    );
}

#[test]
fn tenant_roles_hold_the_boundary_on_every_node_and_go_with_their_tenants() {
    let Some(c) = citus() else { return };
    let db = citus_db(c);
    // Ids no other test database of this run uses: roles are cluster-wide, and this
    // test changes and drops its tenants' roles.
    let first = crate::roles::unique_tenant_ids(&db);
    let workers: Vec<String> = c.workers.iter().map(Node::addr).collect();
    let nodes = c.workers.len() + 1;
    let mut ids = Vec::new();
    for (slug, w) in [("acme", &workers[0]), ("globex", &workers[1])] {
        db.cli()
            .args(["tenant", "create", slug, "--name", slug, "--node", w, "-q"])
            .succeeds();
        assert_eq!(&node_of(&db, slug), w);
        ids.push(
            db.one(&format!(
                "SELECT id::text FROM theratime.tenants WHERE slug = '{slug}'"
            ))
            .parse::<i64>()
            .unwrap(),
        );
    }
    let (a, b) = (ids[0], ids[1]);
    assert_eq!(a, first);
    let (role_a, role_b) = (
        format!("theratime_tenant_{a}"),
        format!("theratime_tenant_{b}"),
    );
    let who_a = people(&db, a, "acme");
    let who_b = people(&db, b, "globex");
    book(&db, "acme", &who_a, "2027-03-01T09:00:00Z").succeeds();
    book(&db, "globex", &who_b, "2027-03-01T09:00:00Z").succeeds();
    let b_client = db.one(&format!(
        "SELECT id::text FROM theratime.users WHERE email = '{}'",
        who_b.1
    ));

    // citus_setup (doctor's fix for a table that is not a reference table) runs again
    // on a set-up database without harm: everything below holds after it.
    db.exec("SELECT theratime.citus_setup()");

    // Each role on every node, able to log in (Citus connects to the workers as the
    // current role), a member of the group; USAGE on its own schema only.
    for (role, own, other) in [(&role_a, a, b), (&role_b, b, a)] {
        assert_eq!(
            on_every_node(
                &db,
                &format!(
                    "SELECT concat_ws(':', r.rolcanlogin, pg_has_role(r.oid, 'theratime_tenants', 'MEMBER'),
                                      has_schema_privilege(r.oid, 'tenant_{own}', 'USAGE'),
                                      has_schema_privilege(r.oid, 'tenant_{other}', 'USAGE'))
                     FROM pg_roles r WHERE r.rolname = '{role}'"
                )
            ),
            vec!["t:t:t:f"; nodes],
            "{role}"
        );
    }
    // On the workers, the shards: all four privileges for its own role, none for the other.
    let on_shards = |tenant: i64, role: &str| {
        db.one(&format!(
            "SELECT string_agg(result, ',') FROM run_command_on_placements('tenant_{tenant}.appointments',
                 $$SELECT bool_or(has_table_privilege('{role}', '%1$s', p))::text || bool_and(has_table_privilege('{role}', '%1$s', p))::text
                   FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE']) p$$)"
        ))
    };
    assert_eq!(on_shards(a, &role_a), "truetrue");
    assert_eq!(on_shards(b, &role_a), "falsefalse");

    // The application's tenant transaction for acme: its own data and users, through
    // the worker that holds it; globex's tables denied, its users not there.
    assert_eq!(
        in_tenant_tx(&db, a, "SELECT current_user::text"),
        Ok(role_a.clone())
    );
    assert_eq!(
        in_tenant_tx(&db, a, "SELECT count(*)::text FROM appointments"),
        Ok("1".into())
    );
    for sql in [
        format!("SELECT notes FROM tenant_{b}.appointments"),
        format!("SELECT count(*) FROM tenant_{b}.calendar_blocks"),
        format!("DELETE FROM tenant_{b}.appointments"),
        format!("SELECT theratime.check_tenant_user({b}, {b_client}, 'client')"),
        "SELECT slug FROM theratime.tenants".to_string(),
    ] {
        assert_eq!(in_tenant_tx(&db, a, &sql), Err("42501".into()), "{sql}");
    }
    let own_users = format!("{},{}", who_a.1, who_a.0);
    assert_eq!(
        in_tenant_tx(&db, a, "SELECT email FROM theratime.users ORDER BY email"),
        Ok(own_users.clone())
    );
    assert_eq!(
        in_tenant_tx(
            &db,
            a,
            &format!("SELECT email FROM theratime.users WHERE tenant_id = {b}")
        ),
        Ok(String::new())
    );
    // The same read inside a statement Citus runs on acme's worker (a join with its
    // shard): the row-level security of the users placement there.
    assert_eq!(
        in_tenant_tx(
            &db,
            a,
            "SELECT string_agg(DISTINCT u.email, ',' ORDER BY u.email) FROM appointments x JOIN theratime.users u ON true"
        ),
        Ok(own_users)
    );

    // The guards keep what V6 gave them on every node: SECURITY DEFINER, and the check
    // they call (Citus's version, reading the local placement) not executable by PUBLIC.
    assert_eq!(
        on_every_node(
            &db,
            "SELECT string_agg(concat_ws(':', p.proname, p.prosecdef,
                                         EXISTS (SELECT FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) x
                                                 WHERE x.grantee = 0),
                                         p.prosrc LIKE '%placement%'), ',' ORDER BY p.proname)
             FROM pg_proc p WHERE p.pronamespace = 'theratime'::regnamespace
               AND p.proname IN ('appointment_guard', 'block_guard', 'check_tenant_user')"
        ),
        vec!["appointment_guard:t:t:f,block_guard:t:t:f,check_tenant_user:f:f:t"; nodes]
    );

    // A client of acme with a past appointment there moves to globex: acme still sees
    // them (user_links, linked by `user assign` on Citus), in its tenant transaction and
    // in its list through the worker.
    let mover = db.add_user(a, "mover@acme.test", "client");
    db.exec(&format!(
        "INSERT INTO tenant_{a}.appointments (therapist_id, client_id, starts_at, ends_at)
         SELECT id, {mover}, '2025-01-05 10:00Z', '2025-01-05 11:00Z' FROM theratime.users WHERE email = '{}'",
        who_a.0
    ));
    db.cli()
        .args(["user", "assign", "mover@acme.test", "--tenant", "globex"])
        .succeeds();
    assert_eq!(
        db.query("SELECT tenant_id || ':' || user_id FROM theratime.user_links"),
        [format!("{a}:{mover}")]
    );
    assert_eq!(
        in_tenant_tx(&db, a, "SELECT email FROM theratime.users ORDER BY email"),
        Ok(format!("{},mover@acme.test,{}", who_a.1, who_a.0))
    );
    assert_eq!(
        in_tenant_tx(&db, b, "SELECT email FROM theratime.users ORDER BY email"),
        Ok(format!("{},mover@acme.test,{}", who_b.1, who_b.0))
    );
    let list = db
        .cli()
        .args(["-t", "acme", "appointment", "list", "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(list[0]["client"], "mover@acme.test", "{list}");
    db.cli().args(["doctor"]).succeeds();

    // A tenant role that cannot log in is reported on Citus, and the fix works.
    db.exec(&format!("ALTER ROLE {role_a} NOLOGIN"));
    assert!(in_tenant_tx(&db, a, "SELECT count(*)::text FROM appointments").is_err());
    let f = doctor_finding(&db, "incomplete_role");
    assert_eq!(f["tenant"], "acme");
    db.exec(
        f["fix"]
            .as_str()
            .unwrap()
            .trim_start_matches("as theratime's login role: "),
    );
    db.cli().args(["doctor"]).succeeds();
    assert_eq!(
        in_tenant_tx(&db, a, "SELECT count(*)::text FROM appointments"),
        Ok("2".into())
    );

    // `tenant drop` takes the role off every node.
    db.cli()
        .args(["tenant", "drop", "globex", "--yes"])
        .succeeds();
    assert_eq!(
        on_every_node(
            &db,
            &format!("SELECT (to_regrole('{role_b}') IS NULL)::text")
        ),
        vec!["true"; nodes]
    );
    assert_eq!(
        on_every_node(
            &db,
            &format!("SELECT (to_regrole('{role_a}') IS NOT NULL)::text")
        ),
        vec!["true"; nodes]
    );
}

fn backup(db: &TestDb, slug: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = out_dir();
    db.cli()
        .args(["backup", "-t", slug, "--out", dir.path().to_str().unwrap()])
        .succeeds();
    let file = archives(dir.path()).pop().unwrap();
    (dir, file)
}

fn new_booking_id(db: &TestDb, at: &str) -> i64 {
    let who = ("t1@acme.test".to_string(), "c1@acme.test".to_string());
    book(db, "acme", &who, at).succeeds().json()["id"]
        .as_i64()
        .unwrap()
}

#[test]
fn backups_move_a_tenant_from_plain_postgresql_to_citus_and_back() {
    let Some(c) = citus() else { return };
    let plain = TestDb::new();
    let tid = plain.tenant("acme");
    populate(&plain, tid, "acme", None);
    // The sequence stands past the largest id: ids are never handed out twice.
    plain.exec(&format!(
        "DELETE FROM tenant_{tid}.appointments WHERE id = 5"
    ));
    let (_d1, file) = backup(&plain, "acme");

    let cit = citus_db(c);
    cit.cli()
        .args(["restore", file.to_str().unwrap()])
        .succeeds();
    assert_eq!(canonical(&cit, "acme"), canonical(&plain, "acme"));
    assert_eq!(
        cit.one(&format!(
            "SELECT count(*)::text FROM pg_dist_schema WHERE schemaid = 'tenant_{tid}'::regnamespace"
        )),
        "1"
    );
    assert_eq!(new_booking_id(&cit, "2027-02-01T09:00:00Z"), 6);
    cit.cli().args(["doctor"]).succeeds();
    let export = out_dir();
    cit.cli()
        .args([
            "export",
            "-t",
            "acme",
            "--format",
            "csv",
            "--out",
            export.path().to_str().unwrap(),
        ])
        .succeeds();
    let csv = std::fs::read_to_string(export.path().join("acme-appointments.csv")).unwrap();
    // The four restored appointments (two at 10:00) and the new one.
    for at in [
        "2026-12-01T09:00",
        "2026-12-01T10:00",
        "2026-12-02T09:00",
        "2027-02-01T09:00",
    ] {
        assert!(csv.contains(&format!(",{at}:00+00:00,")), "{at}: {csv}");
    }

    let (_d2, file) = backup(&cit, "acme");
    let back = TestDb::new();
    back.cli()
        .args(["restore", file.to_str().unwrap()])
        .succeeds();
    assert_eq!(canonical(&back, "acme"), canonical(&cit, "acme"));
    assert_eq!(new_booking_id(&back, "2027-02-02T09:00:00Z"), 7);
    assert_eq!(new_booking_id(&cit, "2027-02-02T09:00:00Z"), 7);
}

/// A PostgreSQL server with `ssl = on` and a self-signed X.509 v1 certificate (as a
/// Citus node makes one), that refuses connections without TLS.
fn tls_server() -> Option<u16> {
    if std::process::Command::new("openssl")
        .arg("version")
        .output()
        .is_err()
    {
        eprintln!("skipped: no openssl binary to make a certificate with");
        return None;
    }
    let base = tempfile::Builder::new()
        .prefix("theratime-tls-")
        .tempdir_in("/tmp")
        .unwrap()
        .keep();
    let cluster = theratime::local::Cluster::new(base.join("pg")).unwrap();
    cluster
        .init(theratime::local::InitOptions { durable: false })
        .unwrap();
    let data = cluster.data_dir();
    let openssl = |args: &[&str]| {
        let out = std::process::Command::new("openssl")
            .args(args)
            .current_dir(&data)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    openssl(&["genrsa", "-out", "server.key", "2048"]);
    openssl(&[
        "req",
        "-new",
        "-key",
        "server.key",
        "-subj",
        "/CN=localhost",
        "-out",
        "server.csr",
    ]);
    // `x509 -req` without extensions writes a version 1 certificate.
    openssl(&[
        "x509",
        "-req",
        "-in",
        "server.csr",
        "-signkey",
        "server.key",
        "-days",
        "2",
        "-out",
        "server.crt",
    ]);
    let text = std::process::Command::new("openssl")
        .args(["x509", "-in", "server.crt", "-noout", "-text"])
        .current_dir(&data)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&text.stdout).contains("Version: 1 (0x0)"));
    if theratime::local::is_root() {
        let out = std::process::Command::new("chown")
            .args(["postgres", "server.key", "server.crt"])
            .current_dir(&data)
            .output()
            .unwrap();
        assert!(out.status.success());
    }
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(
        data.join("server.key"),
        std::fs::Permissions::from_mode(0o600),
    )
    .unwrap();
    let port = free_port();
    append(
        &data.join("postgresql.conf"),
        &format!("listen_addresses = '127.0.0.1'\nport = {port}\nssl = on\n"),
    );
    let hba = data.join("pg_hba.conf");
    let old = std::fs::read_to_string(&hba).unwrap();
    std::fs::write(
        &hba,
        format!("hostssl all all 127.0.0.1/32 trust\nhostnossl all all 127.0.0.1/32 reject\n{old}"),
    )
    .unwrap();
    cluster.start().unwrap();
    watchdog(&cluster, &base);
    Some(port)
}

#[test]
fn prefer_and_require_do_not_verify_the_certificate_verify_ca_and_verify_full_do() {
    let Some(port) = tls_server() else { return };
    let url = |mode: &str| format!("postgres://postgres@127.0.0.1:{port}/postgres?sslmode={mode}");
    cli()
        .args([
            "--database-url",
            &url("require"),
            "migrate",
            "--global",
            "-q",
        ])
        .succeeds();
    cli()
        .args([
            "--database-url",
            &url("prefer"),
            "tenant",
            "create",
            "acme",
            "--name",
            "Acme",
            "-q",
        ])
        .succeeds();
    // The server refuses connections without TLS: these went over TLS.
    cli()
        .args(["--database-url", &url("disable"), "tenant", "list"])
        .fails(6);
    for mode in ["verify-ca", "verify-full"] {
        cli()
            .args(["--database-url", &url(mode), "tenant", "list"])
            .fails(6)
            .stderr_contains("certificate");
    }
    let list = cli()
        .args([
            "--database-url",
            &url("require"),
            "tenant",
            "list",
            "-o",
            "json",
        ])
        .succeeds()
        .json();
    assert_eq!(list[0]["slug"], "acme");
    // The same check from the server's side.
    let ssl: bool = rt().block_on(async {
        let mut conn = PgConnection::connect(&url("require")).await.unwrap();
        sqlx::query("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
            .fetch_one(&mut conn)
            .await
            .unwrap()
            .get(0)
    });
    assert!(ssl);
}

#[test]
fn rebalance_spreads_tenants_crowded_on_one_worker() {
    let Some(c) = citus() else { return };
    let db = citus_db(c);
    let first = c.workers[0].addr();
    for slug in ["r1", "r2", "r3", "r4"] {
        db.cli()
            .args(["tenant", "create", slug, "--name", slug, "--node", &first])
            .succeeds();
    }
    let before = db.snapshot();
    let plan = db
        .cli()
        .args(["tenant", "rebalance", "--dry-run", "-o", "json"])
        .succeeds()
        .json();
    let planned = plan.as_array().unwrap();
    assert!(!planned.is_empty(), "{plan}");
    assert!(
        planned
            .iter()
            .all(|m| m["outcome"] == "planned" && m["from"] == first.as_str())
    );
    assert_eq!(db.snapshot(), before);
    let done = db
        .cli()
        .args(["tenant", "rebalance", "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(done.as_array().unwrap().len(), planned.len(), "{done}");
    let nodes: Vec<String> = ["r1", "r2", "r3", "r4"]
        .iter()
        .map(|s| node_of(&db, s))
        .collect();
    assert!(nodes.contains(&c.workers[1].addr()), "{nodes:?}");
    // One audit row per move of the rebalance (to the other worker).
    assert_eq!(
        db.one(&format!(
            "SELECT count(*)::text FROM theratime.audit_log WHERE command = 'tenant move' AND target = '{first} -> {}'",
            c.workers[1].addr()
        )),
        planned.len().to_string()
    );
}
