//! The problems found in a draw's input: the first hundred listed, the rest counted, so that a
//! register broken on every line does not fill the memory.

use crate::table::{Issue, Place};

/// At most this many problems are listed.
const MAX_ISSUES: usize = 100;

/// The problems found so far.
#[derive(Debug, Default)]
pub(crate) struct Issues {
    list: Vec<Issue>,
    more: u64,
}

impl Issues {
    /// Starts with problems found before reading the register.
    pub(crate) fn new(list: Vec<Issue>) -> Self {
        Issues { list, more: 0 }
    }

    pub(crate) fn push(&mut self, issue: Issue) {
        if self.list.len() < MAX_ISSUES {
            self.list.push(issue);
        } else {
            self.more += 1;
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The problems: options first, then the register's by line; then how many were left out.
    pub(crate) fn into_list(mut self) -> Vec<Issue> {
        self.list.sort_by_key(|issue| match &issue.place {
            Place::Argument(_) => (0, None),
            Place::Register { line, .. } => (1, *line),
        });
        if self.more > 0 {
            self.list.push(Issue::at(
                None,
                None,
                format!(
                    "... and {} more problems (only the first {MAX_ISSUES} are listed)",
                    self.more
                ),
            ));
        }
        self.list
    }
}
