//! A progress bar on stderr, shown only when stderr is a terminal (never in CI or in a pipe).

use indicatif::{ProgressBar, ProgressStyle};
use klero_select::Progress;
use std::io::IsTerminal;

/// A progress bar, or nothing when stderr is not a terminal.
pub struct Bar(Option<ProgressBar>);

impl Bar {
    /// A bar if stderr is a terminal.
    pub fn new() -> Self {
        if !std::io::stderr().is_terminal() {
            return Self(None);
        }
        let bar = ProgressBar::new(0);
        if let Ok(style) = ProgressStyle::with_template(
            "{spinner} {elapsed:>4} [{bar:30}] {pos}/{len} people settled: {msg}",
        ) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.enable_steady_tick(std::time::Duration::from_millis(200));
        Self(Some(bar))
    }

    /// Shows a report from the engine.
    pub fn update(&self, progress: Progress) {
        if let Some(bar) = &self.0 {
            bar.set_length(progress.total as u64);
            bar.set_position(progress.settled as u64);
            bar.set_message(progress.phase);
        }
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}
