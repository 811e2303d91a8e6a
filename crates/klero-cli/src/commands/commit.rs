//! `klero commit`: prints the commitment to publish before the seed is drawn.

use crate::args::{Draw, Input};
use clap::Args;
use klero_select::ENGINE_VERSION;
use std::process::ExitCode;

/// Options of `klero commit`: the same inputs and settings as `klero select`.
#[derive(Debug, Args)]
pub struct CommitArgs {
    #[command(flatten)]
    input: Input,
    #[command(flatten)]
    draw: Draw,
}

/// Prints the commitment alone on the first line, then the settings it covers.
pub fn run(args: &CommitArgs) -> anyhow::Result<ExitCode> {
    let pool = args.input.load()?;
    let instance = &pool.instance;
    let settings = args.draw.settings(instance.panel_size())?;
    let commitment = klero_bundle::commitment_of(instance, &settings);
    println!("{}", commitment.to_hex());
    println!("engine          {ENGINE_VERSION}");
    println!("algorithm       {}", settings.algorithm.name());
    println!("panel_size      {}", instance.panel_size());
    println!("lottery_panels  {}", settings.lottery_panels);
    println!("reserves        {}", settings.reserves);
    println!("people          {}", instance.people().len());
    println!("categories      {}", instance.categories().len());
    Ok(ExitCode::SUCCESS)
}
