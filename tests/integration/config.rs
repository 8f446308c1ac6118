//! Configuration resolution and connecting.

use std::time::{Duration, Instant};

use crate::harness::*;

#[test]
fn config_shows_sources_and_redacts_passwords() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("theratime.toml");
    std::fs::write(
        &file,
        "database_url = \"postgres://file:filesecret@db.example/app\"\ndefault_tenant = \"acme\"\n",
    )
    .unwrap();
    let out = cli()
        .env("THERATIME_CONFIG", &file)
        .args(["config", "-o", "json"])
        .succeeds();
    assert!(!out.stdout().contains("filesecret"), "{}", out.stdout());
    let rows = out.json();
    assert_eq!(
        setting(&rows, "database_url")["value"],
        "postgres://file:***@db.example/app"
    );
    assert!(
        setting(&rows, "database_url")["source"]
            .as_str()
            .unwrap()
            .starts_with("file")
    );
    assert_eq!(setting(&rows, "tenant")["value"], "acme");

    // env beats the file, the flag beats env.
    let out = cli()
        .env("THERATIME_CONFIG", &file)
        .env("DATABASE_URL", "postgres://env:envsecret@env.example/app")
        .args(["config", "-o", "json"])
        .succeeds();
    assert!(!out.stdout().contains("envsecret"));
    assert_eq!(
        setting(&out.json(), "database_url")["source"],
        "env DATABASE_URL"
    );
    let out = cli()
        .env("THERATIME_CONFIG", &file)
        .env("DATABASE_URL", "postgres://env:envsecret@env.example/app")
        .args([
            "config",
            "--database-url",
            "postgres://flag:flagsecret@flag.example/app",
            "-o",
            "json",
        ])
        .succeeds();
    assert!(!out.stdout().contains("flagsecret"));
    let url = setting(&out.json(), "database_url");
    assert_eq!(url["value"], "postgres://flag:***@flag.example/app");
    assert_eq!(url["source"], "flag");
}

#[test]
fn global_options_are_accepted_anywhere() {
    let db = TestDb::new();
    db.tenant("acme");
    let a = cli()
        .args(["-o", "json", "--database-url", &db.url, "tenant", "list"])
        .succeeds()
        .json();
    let b = cli()
        .args(["tenant", "--database-url", &db.url, "list", "-o", "json"])
        .succeeds()
        .json();
    assert_eq!(a, b);
}

#[test]
fn libpq_environment_variables_are_honoured() {
    let db = TestDb::new();
    let id = db.tenant("acme");
    let url = url::Url::parse(&db.url).unwrap();
    let host = url
        .query_pairs()
        .find(|(k, _)| k == "host")
        .map(|(_, v)| v.into_owned())
        .unwrap_or("localhost".into());
    let port = url
        .query_pairs()
        .find(|(k, _)| k == "port")
        .map(|(_, v)| v.into_owned())
        .unwrap_or("5432".into());
    let out = cli()
        .env("PGHOST", host)
        .env("PGPORT", port)
        .env("PGUSER", url.username())
        .env("PGDATABASE", &db.name)
        .args(["tenant", "list", "-q"])
        .succeeds();
    assert_eq!(out.stdout(), format!("{id}\n"));
}

#[test]
fn an_unreachable_server_exits_6_quickly() {
    // A closed port: nothing listens on it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let started = Instant::now();
    cli()
        .args([
            "--database-url",
            &format!("postgres://someone:hunter2@127.0.0.1:{port}/db"),
            "tenant",
            "list",
        ])
        .fails(6)
        .stderr_contains("cannot connect to 127.0.0.1");
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "took {:?}",
        started.elapsed()
    );
    let out = cli()
        .args([
            "--database-url",
            &format!("postgres://someone:hunter2@127.0.0.1:{port}/db"),
            "tenant",
            "list",
        ])
        .fails(6);
    assert!(!out.stderr().contains("hunter2"));
}

#[test]
fn a_wrong_password_exits_6_without_showing_it() {
    let db = TestDb::new();
    let before = db.snapshot();
    let url = db.url.replacen(
        "postgres://postgres@",
        &format!("postgres://{PW_ROLE}:wrong-secret-pw@"),
        1,
    );
    assert_ne!(url, db.url, "unexpected test URL shape {}", db.url);
    let out = cli()
        .env("THERATIME_DATABASE_URL", &url)
        .args(["tenant", "list"])
        .fails(6);
    assert!(out.stderr().contains("password"), "{}", out.stderr());
    assert!(!out.stderr().contains("wrong-secret-pw"));
    assert!(!out.stdout().contains("wrong-secret-pw"));
    // And the right one works (proving the failure was the password).
    let ok = db.url.replacen(
        "postgres://postgres@",
        &format!("postgres://{PW_ROLE}:{PW_ROLE_PASSWORD}@"),
        1,
    );
    cli()
        .env("THERATIME_DATABASE_URL", &ok)
        .args(["config"])
        .succeeds();
    db.exec(&format!(
        "GRANT USAGE ON SCHEMA theratime TO {PW_ROLE}; GRANT SELECT ON ALL TABLES IN SCHEMA theratime TO {PW_ROLE}"
    ));
    cli()
        .env("THERATIME_DATABASE_URL", &ok)
        .args(["tenant", "list", "-q"])
        .succeeds();
    assert_eq!(db.snapshot(), before);
}

#[test]
fn usage_errors_exit_2() {
    cli().args(["tenant", "create"]).fails(2);
    cli().args(["--output", "yaml", "tenant", "list"]).fails(2);
    cli().args(["nonsense"]).fails(2);
}

#[test]
fn help_documents_exit_codes() {
    cli()
        .args(["--help"])
        .succeeds()
        .stdout_contains("Exit codes:")
        .stdout_contains("8  busy");
}

fn setting(rows: &serde_json::Value, name: &str) -> serde_json::Value {
    rows.as_array()
        .unwrap()
        .iter()
        .find(|r| r["setting"] == name)
        .unwrap()
        .clone()
}

#[test]
fn pgpassword_pgpass_and_sslmode_are_honoured() {
    let db = TestDb::new();
    let url = url::Url::parse(&db.url).unwrap();
    let param = |k: &str| {
        url.query_pairs()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.into_owned())
    };
    let (host, port) = (
        param("host").unwrap_or("localhost".into()),
        param("port").unwrap_or("5432".into()),
    );
    let base = || {
        cli()
            .env("PGHOST", &host)
            .env("PGPORT", &port)
            .env("PGUSER", PW_ROLE)
            .env("PGDATABASE", &db.name)
            .args(["tenant", "list", "-q"])
    };
    db.exec(&format!("GRANT USAGE ON SCHEMA theratime TO {PW_ROLE}; GRANT SELECT ON ALL TABLES IN SCHEMA theratime TO {PW_ROLE}"));
    base().fails(6).stderr_contains("password");
    base().env("PGPASSWORD", PW_ROLE_PASSWORD).succeeds();
    let home = tempfile::tempdir().unwrap();
    let pgpass = home.path().join(".pgpass");
    std::fs::write(&pgpass, format!("*:*:*:{PW_ROLE}:{PW_ROLE_PASSWORD}\n")).unwrap();
    std::fs::set_permissions(&pgpass, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    base().env("HOME", home.path()).succeeds();
    base().env("PGPASSFILE", &pgpass).succeeds();
    // sslmode in the URL: the test server has no TLS, so `require` must fail (exit 6).
    let out = cli()
        .env(
            "THERATIME_DATABASE_URL",
            format!("{}&sslmode=require", db.url),
        )
        .args(["tenant", "list"])
        .fails(6);
    assert!(
        out.stderr().to_lowercase().contains("tls") || out.stderr().contains("SSL"),
        "{}",
        out.stderr()
    );
    cli()
        .env(
            "THERATIME_DATABASE_URL",
            format!("{}&sslmode=disable", db.url),
        )
        .args(["tenant", "list"])
        .succeeds();
}

#[test]
fn more_bad_values_exit_with_their_codes_and_change_nothing() {
    let db = TestDb::new();
    let id = db.tenant("acme");
    db.add_user(id, "t@acme.test", "therapist");
    let before = db.snapshot();
    let cases: &[(&[&str], i32, &str)] = &[
        (&["migrate", "--jobs", "0"], 5, "--jobs 0"),
        (
            &["migrate", "--all-tenants", "--canary", "0"],
            5,
            "--canary 0",
        ),
        (
            &["migrate", "--statement-timeout", "later"],
            5,
            "not a duration",
        ),
        (&["tenant", "update", "acme"], 2, "nothing to change"),
        (
            &["tenant", "update", "acme", "--name", ""],
            5,
            "invalid name",
        ),
        (&["user", "edit", "t@acme.test"], 2, "nothing to change"),
        (
            &["user", "edit", "t@acme.test", "--email", "no at sign"],
            5,
            "invalid email",
        ),
        (
            &[
                "-t",
                "acme",
                "availability",
                "--therapist",
                "t@acme.test",
                "--date",
                "2027-01-04",
                "--days",
                "0",
            ],
            5,
            "--days 0",
        ),
        (
            &[
                "-t",
                "acme",
                "availability",
                "--therapist",
                "t@acme.test",
                "--date",
                "04.01.2027",
            ],
            5,
            "invalid date",
        ),
        (
            &["--connect-timeout=-1", "tenant", "list"],
            5,
            "connect timeout",
        ),
        (
            &["migrate", "new", "x", "--migrations", "/nonexistent"],
            4,
            "no migrations directory",
        ),
    ];
    for (args, code, message) in cases {
        db.cli().args(*args).fails(*code).stderr_contains(message);
    }
    assert_eq!(db.snapshot(), before);
}
