//! `klero verify`: checks a bundle and prints each check.

use crate::failure::FAILED;
use crate::progress::Bar;
use anyhow::Context as _;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// Options of `klero verify`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The bundle: its folder, a folder its zip was unpacked into, or the zip itself.
    #[arg(value_name = "DIR|ZIP")]
    dir: PathBuf,
    /// Also solve the problem again and compare (differences within the tolerance are
    /// reported, not failed; the draw is always checked against the published lottery).
    #[arg(long)]
    recompute: bool,
}

pub fn run(args: &VerifyArgs) -> anyhow::Result<ExitCode> {
    let report = {
        let bar = Bar::new();
        klero_bundle::verify_with_progress(&args.dir, args.recompute, &mut |p| bar.update(p))
    }
    .with_context(|| format!("verifying {}", args.dir.display()))?;
    for check in &report.checks {
        let mark = if check.passed { "PASS" } else { "FAIL" };
        println!("{mark}  {:<14} {}", check.name, check.detail);
    }
    if report.passed() {
        println!("the bundle is verified: every check passed");
        Ok(ExitCode::SUCCESS)
    } else {
        let failed = report.checks.iter().filter(|c| !c.passed).count();
        println!("the bundle is NOT verified: {failed} check(s) failed");
        Ok(ExitCode::from(FAILED))
    }
}
