//! Checked-in files generated from the clap model: completions and the man page.
//! `THERATIME_BLESS=1 cargo test generated` rewrites them.

use crate::harness::*;

fn check(path: &str, args: &[&str]) {
    let fresh = cli().args(args).succeeds().stdout();
    let file = repo_root().join(path);
    if std::env::var_os("THERATIME_BLESS").is_some() {
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, &fresh).unwrap();
    }
    let stored = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        stored == fresh,
        "{path} is stale: run `THERATIME_BLESS=1 cargo test generated` and commit the result"
    );
}

#[test]
fn completions_are_current() {
    check("completions/theratime.bash", &["completions", "bash"]);
    check("completions/_theratime", &["completions", "zsh"]);
    check("completions/theratime.fish", &["completions", "fish"]);
    check("completions/_theratime.ps1", &["completions", "powershell"]);
    check("completions/theratime.elv", &["completions", "elvish"]);
}

#[test]
fn man_page_is_current() {
    check("man/theratime.1", &["man"]);
}
