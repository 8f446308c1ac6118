//! `theratime completions SHELL` and the man page, generated from the clap model.

use std::io::Write;

use clap::CommandFactory;

use super::io;
use crate::cli::Cli;
use crate::error::Result;

pub fn print_completions(shell: clap_complete::Shell) -> Result<()> {
    // clap_complete panics when its writer fails (a closed pipe): generate into memory,
    // then write as every other output does.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "theratime", &mut script);
    std::io::stdout().lock().write_all(&script).map_err(io)
}

pub fn print_man() -> Result<()> {
    let mut out = std::io::stdout().lock();
    clap_mangen::Man::new(Cli::command())
        .render(&mut out)
        .map_err(io)
}
