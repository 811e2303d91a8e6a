//! `klero commit`: solves the inputs, writes the lottery to publish (`lottery.json`) and prints
//! the commitment that covers the inputs and the lottery, before the seed is drawn.

use crate::args::{Draw, Input};
use crate::failure::FAILED;
use crate::progress::Bar;
use anyhow::Context as _;
use clap::Args;
use klero_bundle::BundleError;
use klero_select::{ENGINE_VERSION, SelectError};
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `klero commit`: the same inputs and settings as `klero select`.
#[derive(Debug, Args)]
pub struct CommitArgs {
    #[command(flatten)]
    input: Input,
    #[command(flatten)]
    draw: Draw,
    /// Where to write the lottery (`lottery.json`): publish it with the commitment, and give it
    /// to `klero select --lottery` to draw from it.
    #[arg(long, value_name = "FILE")]
    lottery: PathBuf,
}

/// Prints the commitment alone on the first line, then the settings and figures it covers.
pub fn run(args: &CommitArgs) -> anyhow::Result<ExitCode> {
    let pool = args.input.load()?;
    let instance = &pool.instance;
    let settings = args.draw.settings(instance.panel_size())?;
    let prepared = {
        let bar = Bar::new();
        klero_bundle::prepare(instance, &settings, &mut |p| bar.update(p))
    };
    let prepared = match prepared {
        Ok(prepared) => prepared,
        Err(SelectError::Infeasible(why)) => {
            crate::print::infeasibility(instance, &why);
            return Ok(ExitCode::from(FAILED));
        }
        Err(e) => return Err(BundleError::from(e)).context("solving the inputs"),
    };
    klero_bundle::write_file(&args.lottery, &prepared.bytes)
        .with_context(|| format!("writing {}", args.lottery.display()))?;
    println!("{}", prepared.commitment.to_hex());
    println!("engine          {ENGINE_VERSION}");
    println!("algorithm       {}", settings.algorithm.name());
    println!("panel_size      {}", instance.panel_size());
    println!("lottery_panels  {}", settings.lottery_panels);
    println!("reserves        {}", settings.reserves);
    println!("people          {}", instance.people().len());
    println!("categories      {}", instance.categories().len());
    println!("inputs          {}", prepared.inputs.to_hex());
    println!(
        "lottery         {} ({} distinct panels, largest change {:.2e})",
        args.lottery.display(),
        prepared.file.panels.len(),
        prepared.file.max_change
    );
    println!("min_probability {:.9}", prepared.file.min_probability);
    Ok(ExitCode::SUCCESS)
}
