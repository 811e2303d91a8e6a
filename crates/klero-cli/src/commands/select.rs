//! `klero select`: draws a panel and writes its verification bundle.

use crate::args::{Draw, Input, random_seed};
use crate::failure::{FAILED, bad_argument};
use crate::progress::Bar;
use anyhow::Context as _;
use clap::Args;
use klero_bundle::{BundleError, BundleInput};
use klero_select::SelectError;
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `klero select`.
#[derive(Debug, Args)]
pub struct SelectArgs {
    #[command(flatten)]
    input: Input,
    #[command(flatten)]
    draw: Draw,
    /// The seed text, drawn in public after the commitment was published (for example dice
    /// throws or a lottery's winning numbers). Without it, a random seed is made and printed.
    #[arg(long, value_name = "TEXT")]
    seed: Option<String>,
    /// The folder to write the bundle to (created; a previous bundle there is replaced).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// The lottery published with the commitment (`klero commit --lottery`): the draw uses it
    /// as it is, without solving anything. Without it, the inputs are solved here.
    #[arg(long, value_name = "FILE")]
    lottery: Option<PathBuf>,
}

pub fn run(args: &SelectArgs) -> anyhow::Result<ExitCode> {
    let pool = args.input.load()?;
    let instance = &pool.instance;
    let settings = args.draw.settings(instance.panel_size())?;
    let seed = match &args.seed {
        Some(seed) => seed.clone(),
        None => {
            let seed = random_seed()?;
            eprintln!(
                "warning: no --seed given, so this computer drew the seed {seed}. A public draw \
                 should publish the commitment (`klero commit`) first, then use a seed drawn in \
                 public, so that no one can choose it."
            );
            seed
        }
    };
    let outcome = match &args.lottery {
        Some(path) => {
            let bytes = std::fs::read(path).map_err(|e| {
                bad_argument(
                    "--lottery",
                    format!("{} cannot be read: {e}", path.display()),
                )
            })?;
            let prepared =
                klero_bundle::read_lottery(instance, &settings, &bytes).map_err(|e| {
                    bad_argument("--lottery", format!("{} does not fit: {e}", path.display()))
                })?;
            prepared.draw(instance, &seed)
        }
        None => {
            let bar = Bar::new();
            klero_bundle::run_selection(instance, &settings, &seed, &mut |p| bar.update(p))
        }
    };
    let outcome = match outcome {
        Ok(outcome) => outcome,
        Err(SelectError::Infeasible(why)) => {
            crate::print::infeasibility(instance, &why);
            return Ok(ExitCode::from(FAILED));
        }
        Err(e) => return Err(BundleError::from(e)).context("selecting the panel"),
    };
    let summary = klero_bundle::write_bundle(&args.out, BundleInput::from(&pool), &outcome)
        .context("writing the bundle")?;
    let file = &outcome.prepared.file;
    println!(
        "drew a panel of {} from {} people ({})",
        outcome.panel.len(),
        instance.people().len(),
        settings.algorithm.name()
    );
    println!("  min probability  {:.9}", file.min_probability);
    if let Some(c) = &file.certificate {
        println!(
            "  certificate      no lottery can give everyone more than {:.9}",
            c.max_panel_weight
        );
    }
    println!(
        "  lottery          {} panels ({} distinct), number {} drawn, max change {:.2e}",
        file.m,
        file.panels.len(),
        outcome.drawn,
        file.max_change
    );
    println!("  reserves         {}", outcome.reserves.len());
    println!("  commitment       {}", outcome.commitment().to_hex());
    println!("  seed             {}", outcome.seed);
    println!("  bundle           {}", summary.dir.display());
    println!("verify with: klero verify {}", summary.dir.display());
    Ok(ExitCode::SUCCESS)
}
