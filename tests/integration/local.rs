//! `theratime local` and the automatic local cluster.

use crate::harness::*;

#[test]
fn local_cluster_lifecycle_and_automatic_use() {
    let dir = tempfile::Builder::new().prefix("tt-local-").tempdir_in("/tmp").unwrap();
    let data = dir.path().to_path_buf();
    let local = || cli().env("THERATIME_DATA_DIR", &data);
    local().args(["local", "status"]).succeeds().stdout_contains("absent");
    // No database configured: the local cluster is created, started and announced.
    local()
        .args(["tenant", "create", "acme", "--name", "Acme"])
        .succeeds()
        .stderr_contains("no database configured; using the local PostgreSQL cluster");
    local().args(["tenant", "list", "-o", "json"]).succeeds().stdout_contains("\"acme\"");
    local().args(["local", "status"]).succeeds().stdout_contains("running");
    let url = local().args(["local", "url"]).succeeds().stdout();
    cli().args(["--database-url", url.trim(), "tenant", "show", "acme"]).succeeds();
    local().args(["local", "stop"]).succeeds();
    local().args(["local", "status"]).succeeds().stdout_contains("stopped");
    local().args(["local", "destroy"]).fails(2).stderr_contains("--yes");
    local().args(["local", "destroy", "--yes"]).succeeds();
    local().args(["local", "status"]).succeeds().stdout_contains("absent");
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
