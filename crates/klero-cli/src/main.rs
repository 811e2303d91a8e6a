//! `klero`: Kleroterion's command line. It parses arguments, calls the libraries (`klero-pool`
//! reads the files, `klero-select` selects, `klero-bundle` writes and verifies bundles) and
//! prints; it computes nothing itself.

mod args;
mod commands;
mod failure;
mod panel_file;
mod print;
mod progress;

use clap::Parser;
use std::process::ExitCode;

/// Draws citizens' panels by lot, so that quotas hold and every volunteer's chance of selection
/// is as equal as the quotas allow, and lets anyone verify the draw.
#[derive(Debug, Parser)]
#[command(name = "klero", version, about, long_about = None, after_help = failure::EXIT_CODES)]
struct Cli {
    #[command(subcommand)]
    command: commands::Command,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match commands::run(cli.command) {
        Ok(code) => code,
        Err(error) => failure::report(&error),
    }
}
