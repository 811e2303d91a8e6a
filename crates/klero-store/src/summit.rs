//! The summit day: participants and their check-in ([`participants`](self::participants)),
//! plenary votes and their ballots ([`votes`](self::votes)), the programme's rounds, the
//! tables' proposals and the shortlist ([`programme`](self::programme)), and each panel's pulse.
//!
//! Names live apart from the pseudonymous participants (`summit_people`), so that they can be
//! erased after the summit; voting codes are stored only as SHA-256 digests; ballots carry a
//! voter key derived from the vote and the participant, never a name or a code, and ballots
//! are not audited. No name or code goes into an audit entry or an error.
//!
//! Every write takes the panel's pulse row first (bumping its counter), on SQLite by starting
//! with `BEGIN IMMEDIATE`: writes to one panel's summit are serialised, so a ballot and the
//! closing of its vote never overlap (the results stored at closing hold every ballot
//! accepted), and concurrent writers never lose a bump. Phone ballots that arrive together are
//! written in one transaction with one bump ([`ballots`](self::ballots)). A projector polls
//! [`Store::pulse`] and redraws when it changes.

mod ballots;
mod participants;
mod programme;
mod seating;
mod staffing;
mod votes;

pub(crate) use ballots::BallotQueue;
pub use participants::{Attendance, Participant};
pub use programme::{Proposal, ProposalOutcome, ShortlistItem, SummitRound};
pub use seating::StoredSeating;
pub use staffing::StaffMember;
pub use votes::{SummitTurnout, SummitVote};

/// Summit writes audit as every panel-level change does.
use crate::audit::append_for_panel as audit;
use crate::{Store, StoreError};
pub(crate) use crate::{from_json, to_json};
use sqlx::any::Any;
use sqlx::{Row, Transaction};

/// Why a summit change was refused. [`SummitRefusal::key`] names the message shown.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SummitRefusal {
    /// A participant's key occurs twice in an import, or is already taken in the panel.
    #[error("the participant key {0} occurs more than once")]
    DuplicateKey(String),
    /// No such participant in the panel.
    #[error("no such participant")]
    UnknownParticipant,
    /// The participant is checked in already (issue a new code instead).
    #[error("the participant is checked in already")]
    AlreadyCheckedIn,
    /// The participant is not checked in.
    #[error("the participant is not checked in")]
    NotCheckedIn,
    /// Another participant of the panel has this voting code (draw another).
    #[error("the voting code is taken")]
    CodeTaken,
    /// No participant of the panel has this voting code.
    #[error("unknown voting code")]
    CodeUnknown,
    /// The participant's group may not vote on this vote.
    #[error("the participant may not vote on this vote")]
    NotEligible,
    /// No such vote in the panel.
    #[error("no such vote")]
    UnknownVote,
    /// The vote does not take ballots: it is a draft or closed.
    #[error("the vote is not open")]
    VoteNotOpen,
    /// The vote is open or closed: its question and options are fixed.
    #[error("the vote can no longer be edited")]
    VoteNotEditable,
    /// A vote only goes draft → open → closed.
    #[error("the vote cannot go from {from} to {to}")]
    StateChange {
        /// The vote's state.
        from: &'static str,
        /// The state asked for.
        to: &'static str,
    },
    /// The ballot does not fit the vote (kind, options, budget...).
    #[error("the ballot does not fit the vote")]
    InvalidBallot,
    /// No such round in the panel's programme.
    #[error("no such round")]
    UnknownRound,
    /// No such proposal in the panel.
    #[error("no such proposal")]
    UnknownProposal,
    /// No such shortlist item in the panel.
    #[error("no such shortlist item")]
    UnknownShortlistItem,
    /// No such facilitator or translator in the panel.
    #[error("no such member of staff")]
    UnknownStaff,
    /// A group would have more people on the list than its quota allows.
    #[error("the group {group} would have {count} people, above its maximum of {max}")]
    OverQuota {
        /// The group's name (`employer`...).
        group: &'static str,
        /// How many it would have.
        count: usize,
        /// Its maximum.
        max: u32,
    },
}

impl SummitRefusal {
    /// The Fluent message key (`summit-vote-not-open`...).
    pub fn key(&self) -> &'static str {
        match self {
            SummitRefusal::DuplicateKey(_) => "summit-duplicate-key",
            SummitRefusal::UnknownParticipant => "summit-participant-unknown",
            SummitRefusal::AlreadyCheckedIn => "summit-already-checked-in",
            SummitRefusal::NotCheckedIn => "summit-not-checked-in",
            SummitRefusal::CodeTaken => "summit-code-taken",
            SummitRefusal::CodeUnknown => "summit-code-unknown",
            SummitRefusal::NotEligible => "summit-not-eligible",
            SummitRefusal::UnknownVote => "summit-vote-unknown",
            SummitRefusal::VoteNotOpen => "summit-vote-not-open",
            SummitRefusal::VoteNotEditable => "summit-vote-not-editable",
            SummitRefusal::StateChange { .. } => "summit-vote-state",
            SummitRefusal::InvalidBallot => "summit-ballot-invalid",
            SummitRefusal::UnknownRound => "summit-round-unknown",
            SummitRefusal::UnknownProposal => "summit-proposal-unknown",
            SummitRefusal::UnknownShortlistItem => "summit-shortlist-unknown",
            SummitRefusal::UnknownStaff => "summit-staff-unknown",
            SummitRefusal::OverQuota { .. } => "summit-over-quota",
        }
    }
}

impl From<SummitRefusal> for StoreError {
    fn from(refusal: SummitRefusal) -> Self {
        StoreError::SummitRefused(refusal)
    }
}

type Tx = Transaction<'static, Any>;

impl Store {
    /// The panel's pulse: a number that grows with every summit write to the panel (import,
    /// check-in, ballot, change of a vote...), 0 before the first. One primary-key read, cheap
    /// enough for every projector to poll several times a second.
    pub async fn pulse(&self, panel_id: &str) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT n FROM summit_pulse WHERE panel_id = $1")
            .bind(panel_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| r.try_get("n")).transpose()?.unwrap_or(0))
    }
}

/// Bumps the panel's pulse, creating it at 1; the first statement of every summit write, so
/// that it takes the row's lock before anything is read.
async fn bump(tx: &mut Tx, panel_id: &str) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO summit_pulse (panel_id, n) VALUES ($1, 1) \
         ON CONFLICT (panel_id) DO UPDATE SET n = summit_pulse.n + 1",
    )
    .bind(panel_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
