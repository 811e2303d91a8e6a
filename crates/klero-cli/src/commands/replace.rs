//! `klero replace`: replacements for panel members who withdrew.

use crate::args::{Draw, Input};
use crate::failure::{FAILED, bad_argument};
use crate::panel_file::{ids_to_indices, read_panel};
use crate::progress::Bar;
use anyhow::Context as _;
use clap::Args;
use klero_bundle::{BundleError, FollowUp};
use klero_select::SelectError;
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `klero replace`.
#[derive(Debug, Args)]
pub struct ReplaceArgs {
    #[command(flatten)]
    input: Input,
    #[command(flatten)]
    draw: Draw,
    /// The current panel (for example the bundle's `panel.csv`): ids in the `id` column (or
    /// `--id-column`, else the first column).
    #[arg(long, value_name = "PANEL_CSV")]
    panel: PathBuf,
    /// The ids of the members who withdrew.
    #[arg(long, value_name = "ID,ID", value_delimiter = ',', required = true)]
    withdrawn: Vec<String>,
    /// The seed text of this replacement draw (drawn in public).
    #[arg(long, value_name = "TEXT")]
    seed: String,
    /// The folder to write the replacement draw's bundle to (`panel.csv`: the replacements;
    /// `settings.json` lists who stays).
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
}

pub fn run(args: &ReplaceArgs) -> anyhow::Result<ExitCode> {
    let pool = args.input.load()?;
    let instance = &pool.instance;
    let settings = args.draw.settings(instance.panel_size())?;
    let panel = read_panel(&args.panel, args.input.id_column.as_deref(), instance)?;
    let withdrawn = ids_to_indices("--withdrawn", &args.withdrawn, instance)?;
    if let Some(&w) = withdrawn.iter().find(|w| !panel.contains(w)) {
        return Err(bad_argument(
            "--withdrawn",
            format!("`{}` is not on the panel", instance.people()[w].id),
        ));
    }
    let run = klero_select::replacement_problem(instance, &panel, &withdrawn)
        .map_err(BundleError::from)
        .and_then(|residual| {
            let bar = Bar::new();
            klero_bundle::run_follow_up(
                instance,
                &residual,
                FollowUp::Replacement {
                    withdrawn: &withdrawn,
                },
                &pool.labels,
                &settings,
                &args.seed,
                &mut |p| bar.update(p),
            )
            .map(|run| (residual, run))
        });
    let (residual, result) = match run {
        Ok(result) => result,
        Err(BundleError::Select(SelectError::Infeasible(why))) => {
            println!("no replacement keeps every quota:");
            for line in &why.explanation {
                println!("  {line}");
            }
            return Ok(ExitCode::from(FAILED));
        }
        Err(e) => return Err(e).context("choosing replacements"),
    };
    let files = &result.files;
    klero_bundle::write_directory(&args.out, files).context("writing the replacements")?;
    println!(
        "{} replacement(s) chosen from {} eligible people:",
        result.chosen.len(),
        residual.instance.people().len()
    );
    for &i in &result.chosen {
        println!("  {}", instance.people()[i].id);
    }
    println!(
        "  min probability  {:.9}",
        result.outcome.prepared.file.min_probability
    );
    println!(
        "  commitment       {}",
        result.outcome.commitment().to_hex()
    );
    println!("  written to       {}", args.out.display());
    println!("verify with: klero verify {}", args.out.display());
    Ok(ExitCode::SUCCESS)
}
