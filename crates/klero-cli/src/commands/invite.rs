//! `klero invite`: draws the people who receive an invitation letter from a population
//! register, stratified by area, at most one per household (the rules are in [`RULES`] and
//! `klero_recruit::Settings`).

mod output;
mod report;
mod source;

use crate::args::random_seed;
use crate::failure::{BadInput, problem};
use anyhow::Context as _;
use clap::Args;
use klero_pool::register::{Register, lottery};
use klero_recruit::{DrawError, Settings};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The rules of the draw, for `--help`.
const RULES: &str = "\
How the draw works:
  Strata      The distinct values of --stratify-by, ignoring case and spaces around them; each
              is shown as first written. A blank value is an error.
  Allocation  --count is shared among strata in proportion to their eligible people (those not
              excluded) times their --oversample factor (1 by default), by largest remainder,
              ties to the first stratum by name. No stratum gets more than its eligible people:
              the excess goes to the others in the same way.
  Households  People whose --household-columns are all equal (ignoring case and spaces) form a
              household, within a stratum: at most one of them is invited. Without household
              columns, or where they are blank, everyone is a household of their own.
  Selection   A person's key is the first 8 bytes of SHA-256(\"klero-invite-v1\\0\" seed \"\\0\"
              id); a household's key is its members' smallest. In each stratum the households
              with the smallest keys are invited, through that member: as if people were drawn
              one by one, skipping households already drawn. The same seed and register give
              the same invitations, whatever the order of the rows.
  Shortfall   A stratum with fewer households than its allocation has all of them invited; the
              summary says how many invitations are missing, and the exit code is 0.
  Exclusions  People whose id is in --exclude (compared exactly, ignoring spaces around it) are
              never invited and are not eligible; the people they live with may be invited.
  Output      --out gets the register's header and the invited rows, unchanged, in the
              register's order. It is written to a temporary file, renamed when complete.
  Files       CSV (comma-separated, UTF-8) is read from disk three times and never held in
              memory (a row of at most 1 MiB); .xlsx, .xlsm, .xlsb and .ods
              spreadsheets are read once, within the readers' limits (README).
  Problems    All are listed at once, as FILE:LINE: column `NAME`: message (exit code 2).";

/// Options of `klero invite`.
#[derive(Debug, Args)]
#[command(after_long_help = RULES)]
pub struct InviteArgs {
    /// The population register (CSV or spreadsheet): one row per person, with a header.
    #[arg(long, value_name = "FILE")]
    register: PathBuf,
    /// Invitations to draw.
    #[arg(long, value_name = "N")]
    count: u32,
    /// The column whose values are the strata (the commune, the area).
    #[arg(long, value_name = "COLUMN")]
    stratify_by: String,
    /// Columns whose values together identify a household (street, number, postcode): at most
    /// one invitation per household.
    #[arg(long, value_name = "A,B", value_delimiter = ',')]
    household_columns: Vec<String>,
    /// The id column of the register [default: `id`, else the first column].
    #[arg(long, value_name = "COLUMN")]
    id_column: Option<String>,
    /// People never to invite (served before, asked not to be contacted): a CSV or spreadsheet
    /// with an id column.
    #[arg(long, value_name = "FILE")]
    exclude: Option<PathBuf>,
    /// The id column of the exclude file [default: the register's --id-column, else `id`,
    /// else the first column].
    #[arg(long, value_name = "COLUMN")]
    exclude_column: Option<String>,
    /// Weights a stratum's share by a factor (0.001 to 1000), to over-sample an area with low
    /// response rates; may be repeated.
    #[arg(long, value_name = "VALUE=FACTOR")]
    oversample: Vec<String>,
    /// The seed text (for example numbers drawn in public). Without it, a random seed is made
    /// and printed: record it, it is needed to reproduce the draw.
    #[arg(long, value_name = "TEXT")]
    seed: Option<String>,
    /// The CSV file to write the invited rows to (replaced if it exists).
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

pub fn run(args: InviteArgs) -> anyhow::Result<ExitCode> {
    let mut problems = Vec::new();
    for (input, option) in [
        (Some(&args.register), "--register"),
        (args.exclude.as_ref(), "--exclude"),
    ] {
        if input.is_some_and(|input| same_file(input, &args.out)) {
            problems.push(problem(
                "--out",
                format!("would replace the file given to {option}"),
            ));
        }
    }
    if let Some(message) = output::check(&args.out) {
        problems.push(problem("--out", message));
    }
    let register = Register::open(&args.register)
        .map_err(|p| problems.extend(p))
        .ok();
    let excluded = match &args.exclude {
        Some(path) => {
            let column = args.exclude_column.as_deref().or(args.id_column.as_deref());
            lottery::read_exclusions(path, column)
                .map_err(|p| problems.extend(p))
                .ok()
        }
        None => Some(HashSet::new()),
    };
    let Some(register) = register else {
        return Err(BadInput(problems).into());
    };
    let drawn_seed = args.seed.is_none();
    let seed = match args.seed {
        Some(seed) => seed,
        None => random_seed()?,
    };
    let settings = Settings {
        count: args.count,
        stratify_by: args.stratify_by,
        household_columns: args.household_columns,
        id_column: args.id_column,
        oversample: args.oversample,
        seed,
    };
    // The register is checked even when other files or options have problems, so that all of
    // them are listed at once.
    let mut reading = lottery::Reading::new(&register);
    let excluded = excluded.unwrap_or_default();
    let drawn = match klero_recruit::draw(&mut reading, &excluded, &settings) {
        Ok(drawn) => drawn,
        Err(DrawError::Invalid(issues)) => {
            problems.extend(issues.into_iter().map(|i| source::located(&register, i)));
            return Err(BadInput(problems).into());
        }
        Err(DrawError::Table(problem)) => {
            problems.push(problem);
            return Err(BadInput(problems).into());
        }
        Err(e @ DrawError::Changed(_)) => return Err(e).context(changed(&register)),
    };
    if !problems.is_empty() {
        return Err(BadInput(problems).into());
    }
    if drawn_seed {
        eprintln!(
            "warning: no --seed given, so this computer drew the seed {}. Record it: it is \
             needed to reproduce this draw.",
            settings.seed
        );
    }
    // Every pass must have read the same bytes: the file's hash is published with the draw.
    let digest = reading.digest().with_context(|| changed(&register))?;
    output::write(&register, &drawn.invited, &args.out, &digest)
        .with_context(|| format!("writing {}", args.out.display()))?;
    report::print(&register, &settings, &drawn.summary, &digest, &args.out);
    report::warnings(&drawn.summary);
    Ok(ExitCode::SUCCESS)
}

/// The message for a register that changed between passes.
pub fn changed(register: &Register) -> String {
    format!(
        "{} changed while it was being read: draw again from a file that does not change",
        register.name()
    )
}

/// Whether two paths name the same file (when both exist).
fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
