//! A panel's follow-up as one value: recommendations, review rounds, the government's answers,
//! the commission's verdicts and questions, and the public timeline. The store loads it, the
//! pages and the open-data export read it, and an import writes it back: its serde form is the
//! published JSON format (fields documented in `docs/open-data.md`).

use super::deadline::{DueState, add_months, brussels_today, days_between, due_state};
use super::input::{AnswerInput, RecommendationInput};
use super::position::{Position, Verdict};
use crate::assembly::Date;
use crate::lang::Localised;
use serde::{Deserialize, Serialize};

/// The format's version, written in every export. Version 2 writes moments as ISO 8601 text
/// with the offset, and each answer's own publication.
pub const FORMAT: &str = "kleroterion-follow-up/2";

/// The versions read: version 1 wrote moments as seconds since the epoch, and an answer was
/// published with its round.
pub const FORMATS_READ: [&str; 2] = ["kleroterion-follow-up/1", FORMAT];

/// The review rounds a handover creates: months after it.
pub const DEFAULT_ROUNDS: [u32; 2] = [3, 12];

/// One review round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    /// 1, 2, 3... in order of creation (the defaults first).
    pub number: u32,
    /// Its name, if the organisers gave one.
    #[serde(default)]
    pub label: Localised,
    /// Months after the handover, for the rounds the handover created.
    #[serde(default)]
    pub months: Option<u32>,
    /// When the answers are due.
    pub due_on: Date,
    /// When the government published the round's answers (seconds since the epoch).
    #[serde(default, with = "super::moment::option")]
    pub published_at: Option<i64>,
    /// Every change to the round since it was created, oldest first.
    #[serde(default)]
    pub changes: Vec<RoundChange>,
}

/// One change to a round's due date (its creation included).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundChange {
    /// When (seconds since the epoch).
    #[serde(with = "super::moment")]
    pub at: i64,
    /// The due date before; `None` when the round was created.
    pub from: Option<Date>,
    /// The due date after.
    pub to: Date,
    /// Why, as the organisers wrote it.
    pub reason: String,
}

/// The government's answer to one recommendation in one round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    /// The recommendation's number.
    pub recommendation: u32,
    /// The round's number.
    pub round: u32,
    /// What the government wrote.
    #[serde(flatten)]
    pub body: AnswerInput,
    /// Last saved (seconds since the epoch).
    #[serde(with = "super::moment")]
    pub updated_at: i64,
    /// When it was published: with its round, or on its own after the round was published
    /// (an answer the round left out, given later). `None`: a draft, seen only by the
    /// government and the organisers.
    #[serde(default, with = "super::moment::option")]
    pub published_at: Option<i64>,
}

/// One commission member's verdict on a published answer. Members are not named in public.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerdictRecord {
    /// The recommendation's number.
    pub recommendation: u32,
    /// The round's number.
    pub round: u32,
    /// The verdict.
    pub verdict: Verdict,
    /// The member's comment (may be empty).
    #[serde(default)]
    pub comment: String,
    /// When (seconds since the epoch).
    #[serde(with = "super::moment")]
    pub at: i64,
}

/// A follow-up question from the commission, with the government's reply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// 1, 2, 3... within the panel.
    pub number: u32,
    /// The recommendation it is about.
    pub recommendation: u32,
    /// The question.
    pub question: String,
    /// When it was asked (seconds since the epoch).
    #[serde(with = "super::moment")]
    pub asked_at: i64,
    /// When the reply is due.
    pub due_on: Date,
    /// The government's reply, once given.
    #[serde(default)]
    pub reply: Option<String>,
    /// When it was given.
    #[serde(default, with = "super::moment::option")]
    pub replied_at: Option<i64>,
}

/// What happened, for the public timeline and the Atom feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Recommendations were entered or imported.
    RecommendationsAdded,
    /// The recommendations were handed over to the government.
    Handover,
    /// A review round was added.
    RoundAdded,
    /// A review round's due date was moved.
    RoundMoved,
    /// The government published a round's answers.
    RoundPublished,
    /// The government published an answer its round had left out.
    AnswerPublished,
    /// A commission member judged an answer.
    VerdictGiven,
    /// The commission asked a follow-up question.
    QuestionAsked,
    /// The government replied to one.
    QuestionAnswered,
}

impl EventKind {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::RecommendationsAdded => "recommendations_added",
            EventKind::Handover => "handover",
            EventKind::RoundAdded => "round_added",
            EventKind::RoundMoved => "round_moved",
            EventKind::RoundPublished => "round_published",
            EventKind::AnswerPublished => "answer_published",
            EventKind::VerdictGiven => "verdict_given",
            EventKind::QuestionAsked => "question_asked",
            EventKind::QuestionAnswered => "question_answered",
        }
    }

    /// Every kind.
    pub const ALL: [EventKind; 9] = [
        EventKind::RecommendationsAdded,
        EventKind::Handover,
        EventKind::RoundAdded,
        EventKind::RoundMoved,
        EventKind::RoundPublished,
        EventKind::AnswerPublished,
        EventKind::VerdictGiven,
        EventKind::QuestionAsked,
        EventKind::QuestionAnswered,
    ];

    /// Parses [`EventKind::as_str`]'s names.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// One public event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// 1, 2, 3... within the panel, in order.
    pub seq: u64,
    /// When (seconds since the epoch).
    #[serde(with = "super::moment")]
    pub at: i64,
    /// What.
    pub kind: EventKind,
    /// The recommendation concerned, if one.
    #[serde(default)]
    pub recommendation: Option<u32>,
    /// The round concerned, if one.
    #[serde(default)]
    pub round: Option<u32>,
    /// A count or a date, depending on the kind (recommendations added; the new due date).
    #[serde(default)]
    pub detail: String,
}

/// A panel's whole follow-up.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tracker {
    /// When the recommendations were handed over; the clock starts then.
    #[serde(default)]
    pub handed_over_on: Option<Date>,
    /// The recommendations, by number.
    #[serde(default)]
    pub recommendations: Vec<RecommendationInput>,
    /// The review rounds, by number.
    #[serde(default)]
    pub rounds: Vec<Round>,
    /// The answers (only published ones in public copies).
    #[serde(default)]
    pub answers: Vec<Answer>,
    /// The commission's verdicts.
    #[serde(default)]
    pub verdicts: Vec<VerdictRecord>,
    /// The commission's questions.
    #[serde(default)]
    pub questions: Vec<Question>,
    /// The public timeline, oldest first.
    #[serde(default)]
    pub events: Vec<Event>,
}

/// Where one recommendation stands at a moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// The latest published position, if any.
    pub position: Option<Position>,
    /// Progress from the latest published answer.
    pub progress: u8,
    /// The longest delay of anything due and missing: an answer in a round past due, or a
    /// reply to a question past due; 0 when nothing is late.
    pub overdue_days: i64,
    /// The commission's verdict on the latest published answer, with the counts
    /// (satisfied, partly, not satisfied).
    pub verdict: Option<Verdict>,
    /// The counts behind the verdict.
    pub verdict_counts: [u32; 3],
}

/// The figures at the top of the tracker.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Recommendations in all.
    pub total: usize,
    /// Per position, in [`Position::ALL`]'s order.
    pub by_position: [usize; 5],
    /// Without any published answer.
    pub unanswered: usize,
    /// With something overdue.
    pub overdue: usize,
    /// Average progress over all recommendations, in per cent.
    pub average_progress: u8,
}

impl Tracker {
    /// The rounds ordered by due date (then number).
    pub fn rounds_by_date(&self) -> Vec<&Round> {
        let mut rounds: Vec<&Round> = self.rounds.iter().collect();
        rounds.sort_by_key(|r| (r.due_on, r.number));
        rounds
    }

    /// The round with this number.
    pub fn round(&self, number: u32) -> Option<&Round> {
        self.rounds.iter().find(|r| r.number == number)
    }

    /// The recommendation with this number.
    pub fn recommendation(&self, number: u32) -> Option<&RecommendationInput> {
        self.recommendations.iter().find(|r| r.number == number)
    }

    /// The answer to a recommendation in a round, published or not.
    pub fn answer(&self, recommendation: u32, round: u32) -> Option<&Answer> {
        self.answers
            .iter()
            .find(|a| a.recommendation == recommendation && a.round == round)
    }

    /// Whether a round is published.
    pub fn is_published(&self, round: u32) -> bool {
        self.round(round).is_some_and(|r| r.published_at.is_some())
    }

    /// Where a round stands: published rounds are never overdue.
    pub fn round_state(&self, round: &Round, now: i64) -> Option<DueState> {
        round
            .published_at
            .is_none()
            .then(|| due_state(round.due_on, now))
    }

    /// Verdict counts (satisfied, partly, not satisfied) on one answer.
    pub fn verdict_counts(&self, recommendation: u32, round: u32) -> [u32; 3] {
        let mut counts = [0u32; 3];
        for v in self
            .verdicts
            .iter()
            .filter(|v| v.recommendation == recommendation && v.round == round)
        {
            let i = Verdict::ALL
                .iter()
                .position(|x| *x == v.verdict)
                .unwrap_or(0);
            counts[i] += 1;
        }
        counts
    }

    /// The published answer to a recommendation in a round, if any.
    pub fn published_answer(&self, recommendation: u32, round: u32) -> Option<&Answer> {
        self.answer(recommendation, round)
            .filter(|a| a.published_at.is_some())
    }

    /// When the answer owed for `recommendation` in `round` was given: its own publication
    /// in that round, or the publication of an answer in a later round (by due date), which
    /// supersedes it, whichever came first. `None` while nothing is published.
    pub fn answer_given_at(&self, recommendation: u32, round: &Round) -> Option<i64> {
        self.rounds_by_date()
            .into_iter()
            .skip_while(|r| r.number != round.number)
            .filter_map(|r| self.published_answer(recommendation, r.number))
            .filter_map(|a| a.published_at)
            .min()
    }

    /// Days a recommendation's answer in `round` is late at `now`: the round's due date has
    /// passed (in Brussels) and no answer has been published for it, in this round or a later
    /// one. An answer given, whatever its position (a rejection with its justification too),
    /// stops the count; publishing a round does not, for what it left unanswered.
    pub fn answer_overdue_days(&self, recommendation: u32, round: &Round, now: i64) -> i64 {
        if self.answer_given_at(recommendation, round).is_some() {
            0
        } else {
            due_state(round.due_on, now).days_overdue()
        }
    }

    /// Days after the round's due date (in Brussels) the published answer to a
    /// recommendation in `round` came; 0 when it came in time or is not published.
    pub fn answer_late_days(&self, recommendation: u32, round: &Round) -> i64 {
        self.published_answer(recommendation, round.number)
            .and_then(|a| a.published_at)
            .map(|at| days_between(round.due_on, brussels_today(at)).max(0))
            .unwrap_or(0)
    }

    /// The recommendations (by number) that have no answer at all in `round` in this copy of
    /// the tracker, not even a draft: what publishing the round would leave unanswered.
    pub fn without_answer(&self, round: u32) -> Vec<u32> {
        self.recommendations
            .iter()
            .map(|r| r.number)
            .filter(|&n| self.answer(n, round).is_none())
            .collect()
    }

    /// The recommendations (by number) still owed an answer in `round`: nothing published for
    /// it in this round or a later one. The government's work list for the round.
    pub fn awaiting_answer(&self, round: &Round) -> Vec<u32> {
        self.recommendations
            .iter()
            .map(|r| r.number)
            .filter(|&n| self.answer_given_at(n, round).is_none())
            .collect()
    }

    /// Where a recommendation stands at `now`.
    pub fn status(&self, recommendation: u32, now: i64) -> Status {
        let latest = self
            .rounds_by_date()
            .into_iter()
            .filter_map(|r| self.published_answer(recommendation, r.number))
            .next_back();
        let overdue_answers = self
            .rounds
            .iter()
            .map(|r| self.answer_overdue_days(recommendation, r, now));
        let overdue_questions = self
            .questions
            .iter()
            .filter(|q| q.recommendation == recommendation && q.reply.is_none())
            .map(|q| due_state(q.due_on, now).days_overdue());
        let overdue_days = overdue_answers.chain(overdue_questions).max().unwrap_or(0);
        let verdict_counts = latest
            .map(|a| self.verdict_counts(recommendation, a.round))
            .unwrap_or_default();
        Status {
            position: latest.map(|a| a.body.position),
            progress: latest.map(|a| a.body.progress).unwrap_or(0),
            overdue_days,
            verdict: Verdict::of_counts(verdict_counts),
            verdict_counts,
        }
    }

    /// The summary figures at `now`.
    pub fn summary(&self, now: i64) -> Summary {
        let mut summary = Summary {
            total: self.recommendations.len(),
            ..Summary::default()
        };
        let mut progress_sum = 0u64;
        for rec in &self.recommendations {
            let status = self.status(rec.number, now);
            match status.position {
                Some(p) => {
                    let i = Position::ALL.iter().position(|x| *x == p).unwrap_or(0);
                    summary.by_position[i] += 1;
                }
                None => summary.unanswered += 1,
            }
            if status.overdue_days > 0 {
                summary.overdue += 1;
            }
            progress_sum += u64::from(status.progress);
        }
        if let Some(avg) = progress_sum.checked_div(summary.total as u64) {
            summary.average_progress = u8::try_from(avg).unwrap_or(100);
        }
        summary
    }

    /// The rounds a handover on `date` creates, dated from it.
    pub fn default_rounds(date: Date) -> Vec<(u32, Date)> {
        DEFAULT_ROUNDS
            .into_iter()
            .map(|months| (months, add_months(date, months)))
            .collect()
    }

    /// A copy for the public: drafts (answers not published) removed.
    pub fn public(mut self) -> Tracker {
        self.answers.retain(|a| a.published_at.is_some());
        self
    }

    /// Gives each answer of a published round that carries no publication of its own (as
    /// format 1 of the export and the CSV before it had none) its round's publication.
    pub fn date_answers_by_round(&mut self) {
        let published: Vec<(u32, i64)> = self
            .rounds
            .iter()
            .filter_map(|r| r.published_at.map(|at| (r.number, at)))
            .collect();
        for answer in self.answers.iter_mut().filter(|a| a.published_at.is_none()) {
            answer.published_at = published
                .iter()
                .find(|(n, _)| *n == answer.round)
                .map(|(_, at)| *at);
        }
    }
}

/// The themes of a set of recommendations, for filters: each distinct theme once, keyed by
/// its text in the first language it is written in, in lower case.
pub fn theme_key(theme: &Localised) -> Option<String> {
    theme.iter().next().map(|(_, t)| t.to_lowercase())
}
