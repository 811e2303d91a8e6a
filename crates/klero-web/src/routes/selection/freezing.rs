//! Freezing a pool solves it (LEXIMIN, then the lottery), which takes a moment on a small pool
//! and can take minutes on a large one. The work runs in the background: the organiser's
//! request waits a few seconds for it, and if it is not done by then, the selection page shows
//! its progress (people whose chance is settled, out of the pool) until it is, then its outcome.
//!
//! The jobs live in this process only. A job lost with its process leaves the pool open (the
//! freeze is written in one transaction at the end), and the organiser can freeze again; a
//! second process refuses a second freeze of the same pool through the stored version.

use klero_select::Progress;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

/// How a background freeze ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// The pool is frozen and its lottery published.
    Frozen,
    /// The store refused (a message key of `refused-…`), e.g. the pool changed meanwhile.
    Refused(&'static str),
    /// The quotas cannot be met: the engine's explanation.
    Infeasible(Vec<String>),
    /// The engine or the database failed.
    Failed,
}

/// One freeze in progress, or just ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Job {
    /// When it started (seconds since the epoch, from the application's clock).
    pub started_at: i64,
    /// People whose chance is settled so far.
    pub settled: usize,
    /// People in the pool.
    pub total: usize,
    /// Set once it ended.
    pub outcome: Option<Outcome>,
}

/// The freezes of this process, by panel id.
#[derive(Default)]
pub(crate) struct Freezes {
    jobs: Mutex<HashMap<String, Job>>,
}

impl Freezes {
    fn with<T>(&self, f: impl FnOnce(&mut HashMap<String, Job>) -> T) -> T {
        let mut jobs = self.jobs.lock().unwrap_or_else(PoisonError::into_inner);
        f(&mut jobs)
    }

    /// Starts a job for `panel`, unless one is running: `false` then.
    pub(crate) fn start(&self, panel: &str, total: usize, now: i64) -> bool {
        self.with(|jobs| {
            if jobs.get(panel).is_some_and(|j| j.outcome.is_none()) {
                return false;
            }
            jobs.insert(
                panel.to_owned(),
                Job {
                    started_at: now,
                    settled: 0,
                    total,
                    outcome: None,
                },
            );
            true
        })
    }

    /// Records the engine's progress.
    pub(crate) fn progress(&self, panel: &str, progress: &Progress) {
        self.with(|jobs| {
            if let Some(job) = jobs.get_mut(panel) {
                job.settled = progress.settled.min(progress.total);
                job.total = progress.total;
            }
        });
    }

    /// Records how the job ended.
    pub(crate) fn finish(&self, panel: &str, outcome: Outcome) {
        self.with(|jobs| {
            if let Some(job) = jobs.get_mut(panel) {
                job.settled = job.total;
                job.outcome = Some(outcome);
            }
        });
    }

    /// The job of `panel` as it stands; an ended job is handed over once and forgotten.
    pub(crate) fn take(&self, panel: &str) -> Option<Job> {
        self.with(|jobs| {
            let job = jobs.get(panel)?.clone();
            if job.outcome.is_some() {
                jobs.remove(panel);
            }
            Some(job)
        })
    }

    /// The job of `panel` as it stands, without handing over its end.
    pub(crate) fn peek(&self, panel: &str) -> Option<Job> {
        self.with(|jobs| jobs.get(panel).cloned())
    }

    /// Waits up to `limit` for the job of `panel` to end; its outcome, handed over, if it did.
    pub(crate) async fn wait(self: &Arc<Self>, panel: &str, limit: Duration) -> Option<Outcome> {
        let step = Duration::from_millis(25);
        let mut waited = Duration::ZERO;
        loop {
            if self.peek(panel).is_some_and(|j| j.outcome.is_some()) {
                return self.take(panel).and_then(|j| j.outcome);
            }
            if waited >= limit {
                return None;
            }
            tokio::time::sleep(step).await;
            waited += step;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_job_per_panel_and_its_end_is_handed_over_once() {
        let freezes = Freezes::default();
        assert!(freezes.start("p", 10, 5));
        assert!(!freezes.start("p", 10, 6), "a second freeze while one runs");
        assert!(
            freezes.start("q", 3, 6),
            "another panel's freeze is its own"
        );
        freezes.progress(
            "p",
            &Progress {
                phase: "leximin",
                settled: 4,
                total: 10,
            },
        );
        let running = freezes.take("p").expect("running");
        assert_eq!(
            (running.settled, running.total, running.outcome),
            (4, 10, None)
        );
        assert!(freezes.take("p").is_some(), "a running job stays");
        freezes.finish("p", Outcome::Refused("selection-refused-changed"));
        assert_eq!(
            freezes.take("p").and_then(|j| j.outcome),
            Some(Outcome::Refused("selection-refused-changed"))
        );
        assert!(freezes.take("p").is_none(), "handed over once");
        assert!(freezes.start("p", 10, 7), "and a new freeze may start");
    }

    #[tokio::test]
    async fn waiting_returns_the_outcome_or_nothing_after_the_limit() {
        let freezes = Arc::new(Freezes::default());
        freezes.start("p", 1, 0);
        assert_eq!(freezes.wait("p", Duration::from_millis(60)).await, None);
        let finisher = freezes.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(30)).await;
            finisher.finish("p", Outcome::Frozen);
        });
        assert_eq!(
            freezes.wait("p", Duration::from_secs(5)).await,
            Some(Outcome::Frozen)
        );
    }
}
