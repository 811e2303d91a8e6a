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
    /// The folder to write the replacements and the new panel to.
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
    let result = {
        let bar = Bar::new();
        klero_select::replacements(
            instance,
            &panel,
            &withdrawn,
            &settings,
            &args.seed,
            &mut |p| bar.update(p),
        )
    };
    let result = match result {
        Ok(result) => result,
        Err(SelectError::Infeasible(why)) => {
            println!("no replacement keeps every quota:");
            for line in &why.explanation {
                println!("  {line}");
            }
            return Ok(ExitCode::from(FAILED));
        }
        Err(e) => return Err(BundleError::from(e)).context("choosing replacements"),
    };
    let files = klero_bundle::render_follow_up(
        instance,
        &result,
        FollowUp::Replacement {
            withdrawn: &withdrawn,
        },
        &settings,
        &args.seed,
    )?;
    klero_bundle::write_directory(&args.out, &files).context("writing the replacements")?;
    println!(
        "{} replacement(s) chosen from {} eligible people:",
        result.chosen.len(),
        result.residual.people().len()
    );
    for &i in &result.chosen {
        println!("  {}", instance.people()[i].id);
    }
    println!(
        "  min probability  {:.9}",
        result.distribution.min_probability()
    );
    println!("  commitment       {}", result.commitment.to_hex());
    println!("  written to       {}", args.out.display());
    Ok(ExitCode::SUCCESS)
}
