//! Exit codes, and how errors are told to the user.

use klero_bundle::BundleError;
use klero_pool::Problem;
use klero_select::SelectError;
use std::process::ExitCode;

/// The exit codes, for `--help`.
pub const EXIT_CODES: &str = "\
Exit codes:
  0  success
  1  the quotas are infeasible, or a bundle failed verification
  2  bad input: every problem is printed on its own line, as FILE:LINE: column `NAME`: message
  3  the run could not be completed (the solver failed, or a file could not be written)";

/// Infeasible quotas or a failed verification.
pub const FAILED: u8 = 1;
/// Bad input.
pub const BAD_INPUT: u8 = 2;
/// Anything else.
pub const INTERNAL: u8 = 3;

/// Bad input: every problem found, each located.
#[derive(Debug)]
pub struct BadInput(pub Vec<Problem>);

impl std::fmt::Display for BadInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let lines: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        write!(f, "{}", lines.join("\n"))
    }
}

impl std::error::Error for BadInput {}

/// A problem that concerns a whole file or an argument, not one line.
pub fn problem(file: &str, message: impl Into<String>) -> Problem {
    Problem {
        file: file.to_owned(),
        line: None,
        column: None,
        message: message.into(),
    }
}

/// An argument error, as bad input.
pub fn bad_argument(argument: &str, message: impl Into<String>) -> anyhow::Error {
    BadInput(vec![problem(argument, message)]).into()
}

/// Prints an error to stderr and returns its exit code.
pub fn report(error: &anyhow::Error) -> ExitCode {
    if let Some(BadInput(problems)) = error.downcast_ref::<BadInput>() {
        for problem in problems {
            eprintln!("{problem}");
        }
        let n = problems.len();
        eprintln!(
            "error: {n} problem{} in the input",
            if n == 1 { "" } else { "s" }
        );
        return ExitCode::from(BAD_INPUT);
    }
    eprintln!("error: {error:#}");
    ExitCode::from(code_of(error))
}

fn code_of(error: &anyhow::Error) -> u8 {
    for cause in error.chain() {
        if let Some(select) = cause.downcast_ref::<SelectError>() {
            return select_code(select);
        }
        if let Some(bundle) = cause.downcast_ref::<BundleError>() {
            return match bundle {
                BundleError::Select(select) => select_code(select),
                BundleError::WouldOverwrite { .. } | BundleError::NotABundle { .. } => BAD_INPUT,
                BundleError::Io { .. } | BundleError::Render { .. } => INTERNAL,
            };
        }
    }
    INTERNAL
}

fn select_code(error: &SelectError) -> u8 {
    match error {
        SelectError::Infeasible(_) => FAILED,
        SelectError::Invalid(_) => BAD_INPUT,
        SelectError::Solver(_) => INTERNAL,
    }
}
