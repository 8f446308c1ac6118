//! theratime: the admin and operations CLI for TheraTime, a scheduling system that
//! keeps every practice (tenant) in its own PostgreSQL schema.
//!
//! The binary is `main.rs` calling [`main_entry`]; everything else lives here.

pub mod appointments;
pub mod backup;
pub mod blocks;
pub mod bulk;
pub mod citus;
pub mod cli;
pub mod commands;
pub mod config;
pub mod db;
pub mod demo;
pub mod error;
pub mod fleet;
pub mod hours;
pub mod local;
pub mod output;
pub mod person;
pub mod reminders;
pub mod reports;
pub mod series;
pub mod tenants;
pub mod time;
pub mod users;

use std::io::Write;

use clap::Parser;

use crate::cli::Cli;
use crate::error::{Error, code};

/// Parse the command line, run the command, print any error to stderr and return
/// the exit code.
pub fn main_entry() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    code::OK
                }
                _ => code::USAGE,
            };
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("theratime: cannot start the async runtime: {e}");
            return code::UNEXPECTED;
        }
    };
    let result = runtime.block_on(async {
        tokio::select! {
            r = commands::run(cli) => r,
            _ = interrupted() => Err(Error::Interrupted),
        }
    });
    // Dropping the runtime drops the command's connections (and its spawned workers,
    // so none of them writes anything more): the server rolls back any transaction in
    // flight and releases its locks once the statement it runs has stopped, which a
    // cancel request makes happen at once.
    drop(runtime);
    if matches!(result, Err(Error::Interrupted)) {
        cancel_in_flight();
    }
    match result {
        Ok(()) => code::OK,
        Err(e) => report(&e),
    }
}

/// Cancel the statements of the interrupted command's direct connections, on a
/// runtime of its own, bounded so that an unreachable server does not hold up exit.
fn cancel_in_flight() {
    if let Ok(rt) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        rt.block_on(db::cancel_statements(std::time::Duration::from_secs(2)));
    }
}

/// Ctrl-C or SIGTERM.
async fn interrupted() {
    let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
        Ok(s) => s,
        Err(_) => return std::future::pending().await,
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {},
        _ = term.recv() => {},
    }
}

fn report(e: &Error) -> i32 {
    if let Error::Other(inner) = e
        && inner.chain().any(|c| {
            c.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
        })
    {
        return code::OK;
    }
    let mut msg = format!("theratime: error: {e}");
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        let text = s.to_string();
        if !msg.contains(&text) {
            msg.push_str(": ");
            msg.push_str(&text);
        }
        source = s.source();
    }
    let _ = writeln!(std::io::stderr(), "{msg}");
    e.exit_code()
}
