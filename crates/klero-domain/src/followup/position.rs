//! The positions a government takes on a recommendation, and the commission's verdicts.

use serde::{Deserialize, Serialize};

/// The government's position on one recommendation in one review round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    /// Accepted: the government will implement it as written.
    Accepted,
    /// Partially accepted: some of it, not all.
    PartiallyAccepted,
    /// Rejected.
    Rejected,
    /// Still under study.
    UnderStudy,
    /// Outside the government's powers, referred to another authority.
    OutsidePowers,
}

impl Position {
    /// Every position, in the order forms and summaries show them.
    pub const ALL: [Position; 5] = [
        Position::Accepted,
        Position::PartiallyAccepted,
        Position::Rejected,
        Position::UnderStudy,
        Position::OutsidePowers,
    ];

    /// The stored, submitted and exported name.
    pub fn as_str(self) -> &'static str {
        match self {
            Position::Accepted => "accepted",
            Position::PartiallyAccepted => "partially_accepted",
            Position::Rejected => "rejected",
            Position::UnderStudy => "under_study",
            Position::OutsidePowers => "outside_powers",
        }
    }

    /// Parses [`Position::as_str`]'s names.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == text.trim())
    }

    /// Whether the government must explain itself in detail: every position but "accepted".
    pub fn needs_justification(self) -> bool {
        self != Position::Accepted
    }
}

/// A commission member's judgement of a published answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The answer does what the recommendation asked.
    Satisfied,
    /// In part.
    Partly,
    /// Not.
    NotSatisfied,
}

impl Verdict {
    /// Every verdict, from best to worst.
    pub const ALL: [Verdict; 3] = [Verdict::Satisfied, Verdict::Partly, Verdict::NotSatisfied];

    /// The stored, submitted and exported name.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Satisfied => "satisfied",
            Verdict::Partly => "partly",
            Verdict::NotSatisfied => "not_satisfied",
        }
    }

    /// Parses [`Verdict::as_str`]'s names.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == text.trim())
    }

    /// The commission's verdict from its members' counts (satisfied, partly, not satisfied):
    /// the most frequent; a tie goes to the less favourable, so a split commission is never
    /// reported as satisfied. `None` when nobody has judged.
    pub fn of_counts(counts: [u32; 3]) -> Option<Verdict> {
        let max = *counts.iter().max()?;
        if max == 0 {
            return None;
        }
        Self::ALL
            .into_iter()
            .zip(counts)
            .rev()
            .find(|(_, n)| *n == max)
            .map(|(v, _)| v)
    }
}
