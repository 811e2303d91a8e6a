//! The subcommands.

mod bench;
mod check;
mod commit;
mod demo;
mod invite;
mod invite_admin;
mod replace;
mod select;
mod serve;
mod subdraw;
mod tables;
mod verify;

use clap::Subcommand;
use std::process::ExitCode;

/// A subcommand.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Runs the web platform.
    Serve(serve::ServeArgs),
    /// Runs the web platform with a demonstration: an assembly under way, an account per role.
    Demo(demo::DemoArgs),
    /// Prints a one-time link that makes its user a platform administrator (who may create
    /// assemblies). This is how the first account of a new platform is made.
    InviteAdmin(invite_admin::InviteAdminArgs),
    /// Draws the people who receive an invitation letter from a population register: stratified
    /// by area, at most one per household, reproducible from a seed.
    Invite(invite::InviteArgs),
    /// Draws a panel and writes its verification bundle.
    Select(select::SelectArgs),
    /// Prints the commitment (the hash of the inputs and settings) to publish before the seed.
    Commit(commit::CommitArgs),
    /// Checks that some panel meets the quotas, or explains why none does.
    Check(check::CheckArgs),
    /// Verifies a bundle: checksums, commitment, re-run of the draw, certificate.
    Verify(verify::VerifyArgs),
    /// Chooses replacements for panel members who withdrew, keeping the quotas.
    Replace(replace::ReplaceArgs),
    /// Draws a smaller group from a panel, proportionally to some categories.
    Subdraw(subdraw::SubdrawArgs),
    /// Seats the people present at a summit at tables for several rounds: tables that share a
    /// language, mirror the room and change so that people meet new people.
    Tables(tables::TablesArgs),
    /// Runs an algorithm on benchmark instances and prints times, memory and quality.
    Bench(bench::BenchArgs),
}

/// Runs a subcommand; `Ok` carries the exit code of a run that completed (0, or 1 when the
/// quotas are infeasible or a verification failed).
pub fn run(command: Command) -> anyhow::Result<ExitCode> {
    match command {
        Command::Serve(args) => serve::run(args),
        Command::Demo(args) => demo::run(args),
        Command::InviteAdmin(args) => invite_admin::run(args),
        Command::Invite(args) => invite::run(args),
        Command::Select(args) => select::run(&args),
        Command::Commit(args) => commit::run(&args),
        Command::Check(args) => check::run(&args),
        Command::Verify(args) => verify::run(&args),
        Command::Replace(args) => replace::run(&args),
        Command::Subdraw(args) => subdraw::run(&args),
        Command::Tables(args) => tables::run(args),
        Command::Bench(args) => bench::run(&args),
    }
}
