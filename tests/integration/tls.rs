//! TLS end to end: a PostgreSQL cluster of its own with a certificate signed by a CA
//! made here with the `openssl` CLI; `sslmode=verify-full` with `sslrootcert`.

use std::path::Path;
use std::process::Command;

use theratime::local::{Cluster, InitOptions};

use crate::harness::*;

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .current_dir(dir)
        .args(args)
        .output()
        .expect("openssl is installed");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `openssl req` with a new P-256 key written to `key`, and `rest`.
fn req_new_key(dir: &Path, key: &str, rest: &[&str]) {
    let mut args = vec![
        "req",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:P-256",
        "-nodes",
        "-keyout",
        key,
    ];
    args.extend_from_slice(rest);
    openssl(dir, &args);
}

/// A CA (`<name>.crt`, `<name>.key`) in `dir`.
fn make_ca(dir: &Path, name: &str) {
    req_new_key(
        dir,
        &format!("{name}.key"),
        &[
            "-x509",
            "-out",
            &format!("{name}.crt"),
            "-days",
            "2",
            "-subj",
            &format!("/CN={name}"),
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
        ],
    );
}

/// server.crt / server.key for `localhost`, signed by the CA `ca`.
fn make_server_cert(dir: &Path, ca: &str) {
    std::fs::write(
        dir.join("server.ext"),
        "subjectAltName = DNS:localhost\nbasicConstraints = CA:FALSE\n\
         keyUsage = critical, digitalSignature, keyEncipherment\nextendedKeyUsage = serverAuth\n",
    )
    .unwrap();
    req_new_key(
        dir,
        "server.key",
        &["-out", "server.csr", "-subj", "/CN=localhost"],
    );
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            &format!("{ca}.crt"),
            "-CAkey",
            &format!("{ca}.key"),
            "-CAcreateserial",
            "-out",
            "server.crt",
            "-days",
            "2",
            "-extfile",
            "server.ext",
        ],
    );
}

/// Stops the cluster and removes its files, even when the test fails.
struct TlsCluster {
    cluster: Cluster,
    base: std::path::PathBuf,
    port: u16,
}

impl Drop for TlsCluster {
    fn drop(&mut self) {
        let _ = self.cluster.stop();
        let _ = std::fs::remove_dir_all(&self.base);
    }
}

/// A cluster listening on localhost with TLS on (and only TLS accepted over TCP).
fn tls_cluster(certs: &Path) -> TlsCluster {
    let base = tempfile::Builder::new()
        .prefix("theratime-tls-")
        .tempdir_in("/tmp")
        .unwrap()
        .keep();
    let cluster = Cluster::new(base.join("pg")).unwrap();
    cluster.init(InitOptions { durable: false }).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let data = cluster.data_dir();
    for f in ["server.crt", "server.key"] {
        std::fs::copy(certs.join(f), data.join(f)).unwrap();
    }
    use std::io::Write;
    let mut conf = std::fs::OpenOptions::new()
        .append(true)
        .open(data.join("postgresql.conf"))
        .unwrap();
    write!(
        conf,
        "listen_addresses = 'localhost'\nport = {port}\nssl = on\n\
         ssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n"
    )
    .unwrap();
    let hba = data.join("pg_hba.conf");
    let old = std::fs::read_to_string(&hba).unwrap();
    std::fs::write(
        &hba,
        format!(
            "hostnossl all all all reject\nhostssl all all 127.0.0.1/32 trust\nhostssl all all ::1/128 trust\n{old}"
        ),
    )
    .unwrap();
    if theratime::local::is_root() {
        let ok = Command::new("chown")
            .args(["-R", "postgres:postgres"])
            .arg(&data)
            .status()
            .unwrap()
            .success();
        assert!(ok);
    }
    std::fs::set_permissions(
        data.join("server.key"),
        std::os::unix::fs::PermissionsExt::from_mode(0o600),
    )
    .unwrap();
    let guard = TlsCluster {
        cluster,
        base,
        port,
    };
    guard.cluster.start().expect("start the TLS cluster");
    guard
}

#[test]
fn verify_full_connects_with_the_right_ca_and_host_and_names_a_certificate_problem_otherwise() {
    let certs = tempfile::tempdir().unwrap();
    make_ca(certs.path(), "ca");
    make_ca(certs.path(), "other-ca");
    make_server_cert(certs.path(), "ca");
    let server = tls_cluster(certs.path());
    let url = |host: &str, ca: &str| {
        format!(
            "postgres://postgres@{host}:{}/postgres?sslmode=verify-full&sslrootcert={}",
            server.port,
            certs.path().join(format!("{ca}.crt")).display()
        )
    };
    // The right CA and host name: it connects (and works).
    cli()
        .env("THERATIME_DATABASE_URL", url("localhost", "ca"))
        .args(["migrate", "--global", "-q"])
        .succeeds();
    cli()
        .env("THERATIME_DATABASE_URL", url("localhost", "ca"))
        .args(["tenant", "list", "-q"])
        .succeeds();
    // Without TLS the server refuses TCP connections, so the success above was TLS.
    cli()
        .env(
            "THERATIME_DATABASE_URL",
            format!(
                "postgres://postgres@localhost:{}/postgres?sslmode=disable",
                server.port
            ),
        )
        .args(["tenant", "list"])
        .fails(6);
    // A host name the certificate does not name, or a certificate from another CA.
    for (host, ca) in [("127.0.0.1", "ca"), ("localhost", "other-ca")] {
        let out = cli()
            .env("THERATIME_DATABASE_URL", url(host, ca))
            .args(["tenant", "list"])
            .fails(6)
            .stderr_contains("certificate problem");
        assert!(
            out.stderr().contains("sslrootcert"),
            "{host} {ca}: {}",
            out.stderr()
        );
    }
}
