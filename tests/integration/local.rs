//! `theratime local` and the automatic local cluster.

use crate::harness::*;

#[test]
fn local_cluster_lifecycle_and_automatic_use() {
    let dir = tempfile::Builder::new()
        .prefix("tt-local-")
        .tempdir_in("/tmp")
        .unwrap();
    let data = dir.path().to_path_buf();
    let local = || cli().env("THERATIME_DATA_DIR", &data);
    local()
        .args(["local", "status"])
        .succeeds()
        .stdout_contains("absent");
    // No database configured: the README's quick-start command creates, starts and
    // announces the local cluster, creates a tenant and lists it.
    let readme = std::fs::read_to_string(repo_root().join("README.md")).unwrap();
    let quick = readme
        .lines()
        .find(|l| l.starts_with("cargo run --release -- tenant create"))
        .expect("the README's quick-start command");
    let script = quick.replace("cargo run --release --", BIN);
    let out = cli()
        .env("THERATIME_DATA_DIR", &data)
        .args(["config"])
        .succeeds();
    assert!(out.stdout().contains("local cluster"), "{}", out.stdout());
    let run = std::process::Command::new("sh")
        .args(["-c", &script])
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("THERATIME_DATA_DIR", &data)
        .output()
        .unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr),
    );
    assert!(run.status.success(), "{stdout}\n{stderr}");
    // Said once, when the server was set up, not by the second command of the line.
    assert_eq!(
        stderr
            .matches(
                "theratime: no database configured; initialised and started a local PostgreSQL in "
            )
            .count(),
        1,
        "{stderr}"
    );
    assert!(
        stderr.contains("it keeps running; stop it with `theratime local stop`"),
        "{stderr}"
    );
    assert!(
        stdout.contains("Acme Therapy") && stdout.contains("Europe/Berlin"),
        "{stdout}"
    );
    let listed = local()
        .args(["tenant", "list", "-o", "json"])
        .succeeds()
        .stdout_contains("\"acme\"");
    assert_eq!(listed.stderr(), "", "no notice once the server runs");
    let status = local()
        .args(["local", "status", "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(status["state"], "running");
    let installed = std::process::Command::new(
        theratime::local::Cluster::new(data.clone())
            .unwrap()
            .bin
            .join("postgres"),
    )
    .arg("-V")
    .output()
    .unwrap();
    let installed = String::from_utf8_lossy(&installed.stdout);
    assert_eq!(
        status["binaries_version"].as_str().unwrap(),
        installed
            .trim()
            .trim_start_matches("postgres (PostgreSQL) ")
    );
    assert_eq!(status["server_version"], status["binaries_version"]);
    // Stopped, the next command starts it and says so, unless -q.
    local().args(["local", "stop"]).succeeds();
    let quiet = local().args(["tenant", "list", "-q"]).succeeds();
    assert_eq!(quiet.stderr(), "", "-q silences the notice");
    local().args(["local", "stop"]).succeeds();
    local()
        .args(["tenant", "list"])
        .succeeds()
        .stderr_contains("no database configured; started a local PostgreSQL in");
    let url = local().args(["local", "url"]).succeeds().stdout();
    cli()
        .args(["--database-url", url.trim(), "tenant", "show", "acme"])
        .succeeds();
    local().args(["local", "stop"]).succeeds();
    local()
        .args(["local", "status"])
        .succeeds()
        .stdout_contains("stopped");
    local()
        .args(["local", "destroy"])
        .fails(2)
        .stderr_contains("--yes");
    local().args(["local", "destroy", "--yes"]).succeeds();
    local()
        .args(["local", "status"])
        .succeeds()
        .stdout_contains("absent");
}

#[test]
fn no_server_binaries_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    cli()
        .env("THERATIME_DATA_DIR", dir.path())
        .env("THERATIME_PG_BINDIR", dir.path())
        .args(["tenant", "list"])
        .fails(6)
        .stderr_contains("apt-get install postgresql");
}
