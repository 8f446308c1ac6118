//! Through a real PgBouncer in transaction mode (pool size 2).

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::harness::*;

pub struct Bouncer {
    /// pgbouncer's own process (started with `-u postgres` as root, not under runuser).
    child: Child,
    pub port: u16,
    dir: std::path::PathBuf,
}

impl Bouncer {
    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Bouncer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn pgbouncer_binary() -> Option<String> {
    ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists())
        .map(String::from)
}

/// How the test's PgBouncer is set up.
pub struct BouncerConfig {
    pub pool_size: u32,
    /// `ignore_startup_parameters` (PgBouncer refuses any other startup parameter).
    pub ignore_startup_parameters: &'static str,
}

impl Default for BouncerConfig {
    fn default() -> Self {
        BouncerConfig {
            pool_size: 2,
            ignore_startup_parameters: "",
        }
    }
}

/// A PgBouncer with one server connection, so every client shares it, and its URL.
pub fn one_connection_pooler(db: &TestDb) -> (Bouncer, String) {
    let bouncer = start_bouncer_with(
        db,
        BouncerConfig {
            pool_size: 1,
            ..Default::default()
        },
    );
    let url = format!("postgres://postgres@127.0.0.1:{}/{}", bouncer.port, db.name);
    (bouncer, url)
}

pub fn start_bouncer(db: &TestDb) -> Bouncer {
    start_bouncer_with(db, BouncerConfig::default())
}

pub fn start_bouncer_with(db: &TestDb, config: BouncerConfig) -> Bouncer {
    let server = server();
    let cluster = server
        .cluster
        .as_ref()
        .expect("the pgbouncer test runs against the throwaway cluster");
    let bin = pgbouncer_binary()
        .expect("pgbouncer is not installed: .ci/run installs Debian's pgbouncer package");
    let dir = tempfile::Builder::new()
        .prefix("tt-bouncer-")
        .tempdir_in("/tmp")
        .unwrap()
        .keep();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let ini = dir.join("pgbouncer.ini");
    std::fs::write(dir.join("userlist.txt"), "\"postgres\" \"\"\n").unwrap();
    let ignore = if config.ignore_startup_parameters.is_empty() {
        String::new()
    } else {
        format!(
            "ignore_startup_parameters = {}\n",
            config.ignore_startup_parameters
        )
    };
    std::fs::write(
        &ini,
        format!(
            "[databases]\n{db} = host={sock} port={pgport} dbname={db}\n\n[pgbouncer]\nlisten_addr = 127.0.0.1\nlisten_port = {port}\n\
             unix_socket_dir =\nauth_type = trust\nauth_file = {dir}/userlist.txt\npool_mode = transaction\n\
             default_pool_size = {pool}\nmax_client_conn = 100\nlogfile = {dir}/pgbouncer.log\n{ignore}",
            db = db.name,
            sock = cluster.socket_dir().display(),
            pgport = theratime::local::PORT,
            dir = dir.display(),
            pool = config.pool_size,
        ),
    )
    .unwrap();
    let mut cmd = Command::new(&bin);
    if theratime::local::is_root() {
        // pgbouncer refuses to run as root; `-u` makes it switch user itself, so the
        // pid we hold (and kill on drop) is pgbouncer's own, not a runuser wrapper's.
        Command::new("chown")
            .args(["-R", "postgres"])
            .arg(&dir)
            .status()
            .unwrap();
        std::fs::set_permissions(&dir, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .unwrap();
        cmd.args(["-u", "postgres"]);
    }
    // Waited for by Bouncer's Drop (or killed there on a panic).
    #[allow(clippy::zombie_processes)]
    let child = cmd
        .arg(&ini)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Bouncer { child, port, dir };
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!(
        "pgbouncer did not start; see {}/pgbouncer.log",
        dir.display()
    );
}

#[test]
fn the_test_pgbouncer_is_gone_with_its_directory_when_dropped() {
    let db = TestDb::new();
    let bouncer = start_bouncer(&db);
    let pid = bouncer.pid();
    let dir = bouncer.dir.clone();
    let comm = std::fs::read_to_string(format!("/proc/{pid}/comm")).unwrap();
    assert_eq!(comm.trim(), "pgbouncer", "the pid held is pgbouncer's own");
    drop(bouncer);
    assert!(
        !std::path::Path::new(&format!("/proc/{pid}")).exists(),
        "pgbouncer {pid} survived its test"
    );
    assert!(!dir.exists(), "{} was left behind", dir.display());
}

#[test]
fn tenant_commands_work_concurrently_through_pgbouncer_transaction_pooling() {
    let db = TestDb::new();
    let slugs = ["pool-a", "pool-b", "pool-c"];
    let ids: Vec<i64> = slugs.iter().map(|s| db.tenant(s)).collect();
    // A different number of blocks in each tenant, so each answer identifies its tenant.
    for (n, id) in ids.iter().enumerate() {
        let therapist = db.add_user(*id, &format!("t{id}@pool.test"), "therapist");
        for k in 0..=n {
            db.exec(&format!(
                "INSERT INTO tenant_{id}.calendar_blocks (therapist_id, starts_at, ends_at) VALUES ({therapist}, '2027-01-0{d} 10:00Z', '2027-01-0{d} 11:00Z')",
                d = k + 1
            ));
        }
    }
    let bouncer = start_bouncer(&db);
    let url = format!("postgres://postgres@127.0.0.1:{}/{}", bouncer.port, db.name);
    let handles: Vec<_> = (0..12)
        .map(|i| {
            let url = url.clone();
            let slug = slugs[i % 3];
            std::thread::spawn(move || {
                let out = cli()
                    .env("THERATIME_DATABASE_URL", &url)
                    .args(["tenant", "show", slug, "-o", "json"])
                    .succeeds();
                (i % 3, out.json())
            })
        })
        .collect();
    for h in handles {
        let (n, json) = h.join().unwrap();
        assert_eq!(json["slug"], slugs[n]);
        assert_eq!(json["calendar_blocks"], (n + 1) as i64, "{json}");
        assert_eq!(json["users"], 1);
    }
    // Booking and listing through the pooler, concurrently in the three tenants.
    for id in &ids {
        db.add_user(*id, &format!("client{id}@pool.test"), "client");
    }
    let handles: Vec<_> = (0..9)
        .map(|i| {
            let url = url.clone();
            let (slug, id) = (slugs[i % 3], ids[i % 3]);
            std::thread::spawn(move || {
                cli()
                    .env("THERATIME_DATABASE_URL", &url)
                    .env("THERATIME_TENANT", slug)
                    .args([
                        "book",
                        "--therapist",
                        &format!("t{id}@pool.test"),
                        "--client",
                        &format!("client{id}@pool.test"),
                        "--at",
                        &format!("2027-02-0{} 10:00", i / 3 + 1),
                        "--duration",
                        "1h",
                        "-q",
                    ])
                    .succeeds();
                let list = cli()
                    .env("THERATIME_DATABASE_URL", &url)
                    .env("THERATIME_TENANT", slug)
                    .args(["appointment", "list", "-o", "json"])
                    .succeeds()
                    .json();
                for a in list.as_array().unwrap() {
                    assert_eq!(a["therapist"], format!("t{id}@pool.test"));
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    for id in &ids {
        assert_eq!(
            db.one(&format!(
                "SELECT count(*)::text FROM tenant_{id}.appointments"
            )),
            "3"
        );
    }
    // List and a state change through the pooler too.
    cli()
        .env("THERATIME_DATABASE_URL", &url)
        .args(["tenant", "list", "-q"])
        .succeeds();
    cli()
        .env("THERATIME_DATABASE_URL", &url)
        .args(["tenant", "suspend", "pool-a"])
        .succeeds();
    assert_eq!(
        db.one("SELECT status FROM theratime.tenants WHERE slug = 'pool-a'"),
        "suspended"
    );
}
