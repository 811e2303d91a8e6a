//! `klero check`: is there any panel that meets the quotas?

use crate::args::Input;
use crate::failure::FAILED;
use clap::Args;
use std::process::ExitCode;

/// Options of `klero check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    input: Input,
}

pub fn run(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let pool = args.input.load()?;
    let instance = &pool.instance;
    match klero_select::check_feasibility(instance) {
        Ok(panel) => {
            println!(
                "feasible: for example this panel of {} meets every quota:",
                panel.len()
            );
            crate::print::composition(instance, &panel);
            Ok(ExitCode::SUCCESS)
        }
        Err(why) => {
            crate::print::infeasibility(instance, &why);
            Ok(ExitCode::from(FAILED))
        }
    }
}
