//! Through a real PgBouncer in transaction mode (pool size 2).

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::harness::*;

pub struct Bouncer {
    child: Child,
    pub port: u16,
}

impl Drop for Bouncer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn pgbouncer_binary() -> Option<String> {
    ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists())
        .map(String::from)
}

pub fn start_bouncer(db: &TestDb) -> Bouncer {
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
    std::fs::write(
        &ini,
        format!(
            "[databases]\n{db} = host={sock} port={pgport} dbname={db}\n\n[pgbouncer]\nlisten_addr = 127.0.0.1\nlisten_port = {port}\n\
             unix_socket_dir =\nauth_type = trust\nauth_file = {dir}/userlist.txt\npool_mode = transaction\n\
             default_pool_size = 2\nmax_client_conn = 100\nlogfile = {dir}/pgbouncer.log\n",
            db = db.name,
            sock = cluster.socket_dir().display(),
            pgport = theratime::local::PORT,
            dir = dir.display(),
        ),
    )
    .unwrap();
    let mut cmd = if theratime::local::is_root() {
        Command::new("chown")
            .args(["-R", "postgres"])
            .arg(&dir)
            .status()
            .unwrap();
        std::fs::set_permissions(&dir, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .unwrap();
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--", &bin]);
        c
    } else {
        Command::new(&bin)
    };
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
            return Bouncer { child, port };
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!(
        "pgbouncer did not start; see {}/pgbouncer.log",
        dir.display()
    );
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
