//! `klero subdraw`: draws a smaller group from a panel.

use crate::args::{Draw, Input};
use crate::failure::{BadInput, FAILED, problem};
use crate::panel_file::read_panel;
use crate::progress::Bar;
use anyhow::Context as _;
use clap::Args;
use klero_bundle::{BundleError, FollowUp};
use klero_select::SelectError;
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `klero subdraw`.
#[derive(Debug, Args)]
pub struct SubdrawArgs {
    #[command(flatten)]
    input: Input,
    #[command(flatten)]
    draw: Draw,
    /// The panel to draw from (for example the bundle's `panel.csv`).
    #[arg(long, value_name = "PANEL_CSV")]
    panel: PathBuf,
    /// How many members to draw.
    #[arg(long, value_name = "M")]
    size: u32,
    /// Categories in which the group should be proportional to the panel (rounded down and up).
    #[arg(long, value_name = "CAT,CAT", value_delimiter = ',')]
    stratify_by: Vec<String>,
    /// The seed text of this draw (drawn in public).
    #[arg(long, value_name = "TEXT")]
    seed: String,
    /// The folder to write the group to.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
}

pub fn run(args: &SubdrawArgs) -> anyhow::Result<ExitCode> {
    let pool = args.input.load()?;
    let instance = &pool.instance;
    let settings = args.draw.settings(args.size)?;
    let panel = read_panel(&args.panel, args.input.id_column.as_deref(), instance)?;
    let mut stratify_by = Vec::new();
    let mut problems = Vec::new();
    for name in args
        .stratify_by
        .iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
    {
        match instance
            .categories()
            .iter()
            .position(|c| c.name.trim().eq_ignore_ascii_case(name))
        {
            Some(c) => stratify_by.push(c),
            None => problems.push(problem(
                "--stratify-by",
                format!("`{name}` is not a category of the features file"),
            )),
        }
    }
    if !problems.is_empty() {
        return Err(BadInput(problems).into());
    }
    let run = klero_select::sub_draw_problem(instance, &panel, args.size, &stratify_by)
        .map_err(BundleError::from)
        .and_then(|residual| {
            let bar = Bar::new();
            klero_bundle::run_follow_up(
                instance,
                &residual,
                FollowUp::SubDraw {
                    stratify_by: &stratify_by,
                },
                &pool.labels,
                &settings,
                &args.seed,
                &mut |p| bar.update(p),
            )
        });
    let result = match run {
        Ok(result) => result,
        Err(BundleError::Select(SelectError::Infeasible(why))) => {
            println!(
                "no group of {} is proportional on these categories:",
                args.size
            );
            for line in &why.explanation {
                println!("  {line}");
            }
            return Ok(ExitCode::from(FAILED));
        }
        Err(e) => return Err(e).context("drawing the group"),
    };
    let files = &result.files;
    klero_bundle::write_directory(&args.out, files).context("writing the group")?;
    println!(
        "drew {} of the panel's {}:",
        result.chosen.len(),
        panel.len()
    );
    for &i in &result.chosen {
        println!("  {}", instance.people()[i].id);
    }
    println!("  commitment  {}", result.outcome.commitment().to_hex());
    println!("  written to  {}", args.out.display());
    println!("verify with: klero verify {}", args.out.display());
    Ok(ExitCode::SUCCESS)
}
