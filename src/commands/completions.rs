//! `theratime completions SHELL` and the man page, generated from the clap model.

use clap::CommandFactory;

use super::io;
use crate::cli::Cli;
use crate::error::Result;

pub fn print_completions(shell: clap_complete::Shell) -> Result<()> {
    let mut out = std::io::stdout().lock();
    clap_complete::generate(shell, &mut Cli::command(), "theratime", &mut out);
    Ok(())
}

pub fn print_man() -> Result<()> {
    let mut out = std::io::stdout().lock();
    clap_mangen::Man::new(Cli::command())
        .render(&mut out)
        .map_err(io)
}
