//! The register as the lottery reads it (in `klero_pool::register::lottery`), and where its
//! problems are.

use crate::failure::problem;
use klero_pool::Problem;
use klero_pool::register::Register;
use klero_recruit::{Issue, Place};

/// A problem the lottery found, in the register or an option.
pub fn located(register: &Register, issue: Issue) -> Problem {
    match issue.place {
        Place::Argument(name) => problem(name, issue.message),
        Place::Register { line, column } => {
            register.problem(line, column.as_deref(), issue.message)
        }
    }
}
