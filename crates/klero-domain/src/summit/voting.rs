//! Live plenary votes at a summit: what is put to the vote, who may vote, the ballots cast and
//! their count.
//!
//! Participants vote on their own phone with the personal voting code they got at check-in, or
//! organisers enter paper ballots. Either way a ballot becomes a [`Ballot`]: from a form with
//! [`Ballot::parse`], from any other source (paper entry, JSON) checked with
//! [`VoteSpec::check`]. The rules that hold whatever the transport:
//!
//! - a vote goes draft → open → closed ([`VoteState`]); its question and options are fixed once
//!   it opens, because ballots name options by their index;
//! - who may vote is the vote's [`Eligibility`]: only the drawn citizens, or every
//!   [`Group`] present;
//! - one ballot per voting code: a voter who votes again replaces their ballot, for as long as
//!   the vote is open (the store keeps the latest ballot per code);
//! - an abstention is an explicit [`Ballot::Abstain`], valid for every kind of vote: it counts
//!   in the [`turnout`], not in the results. An empty ballot is refused rather than taken for an
//!   abstention, so that nobody abstains by accident;
//! - the projector shows the [`turnout`] while the vote is open and the [`tally`] once it is
//!   closed; every closed vote's [`Results`] are published in full;
//! - each voter sees the options in an order of their own ([`display_order`]), the same on every
//!   reload, so that no option gains from being shown first.
//!
//! Nothing here reads the clock or a random source: the order of the options is derived from the
//! vote's id and the voter's key.
//!
//! ```
//! use klero_domain::summit::voting::{Ballot, BallotKind, Eligibility, VoteSpec, tally};
//!
//! let spec = VoteSpec::new(
//!     "Which measure comes first?",
//!     ["Insulate schools", "Free buses", "More trees"],
//!     BallotKind::ChooseUpTo { k: 2 },
//!     Eligibility::DrawnOnly,
//! )?;
//! let ballots = [Ballot::Several(vec![0, 2]), Ballot::Several(vec![2]), Ballot::Abstain];
//! assert!(ballots.iter().all(|b| spec.check(b).is_ok()));
//! let results = tally(&spec, &ballots);
//! assert_eq!(results.turnout().abstentions, 1);
//! assert_eq!(results.ranking()[0].option, 2);
//! # Ok::<(), klero_domain::summit::voting::SpecError>(())
//! ```

use crate::input::{FieldErrors, RawForm, field};
use serde::{Deserialize, Deserializer, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use thiserror::Error;

mod tally;

pub use tally::{AgreementFigures, Figures, Place, Results, Turnout, tally, turnout};

/// The fewest options a vote can have.
pub const MIN_OPTIONS: usize = 2;
/// The most options a vote can have.
pub const MAX_OPTIONS: usize = 50;
/// The longest option, in characters.
pub const MAX_OPTION: usize = 200;
/// The longest question, in characters.
pub const MAX_QUESTION: usize = 1_000;
/// The largest points budget of a [`BallotKind::Points`] vote.
pub const MAX_BUDGET: u32 = 1_000;
/// The number of levels of the agreement scale: 1 strongly disagree, 2 disagree, 3 neither
/// agree nor disagree, 4 agree, 5 strongly agree.
pub const LEVELS: u8 = 5;

/// The groups of participants at a summit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// Citizens drawn by lot.
    Drawn,
    /// Employers and business people.
    Employer,
    /// Civil servants.
    CivilServant,
    /// Elected politicians.
    Politician,
    /// Free thinkers: experts, artists, activists invited in their own name.
    FreeThinker,
    /// Anyone else present.
    Other,
}

impl Group {
    /// Every group, in the order forms and summaries show them.
    pub const ALL: [Group; 6] = [
        Group::Drawn,
        Group::Employer,
        Group::CivilServant,
        Group::Politician,
        Group::FreeThinker,
        Group::Other,
    ];

    /// The stored, submitted and exported name.
    pub fn as_str(self) -> &'static str {
        match self {
            Group::Drawn => "drawn",
            Group::Employer => "employer",
            Group::CivilServant => "civil_servant",
            Group::Politician => "politician",
            Group::FreeThinker => "free_thinker",
            Group::Other => "other",
        }
    }

    /// Parses [`Group::as_str`]'s names.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|g| g.as_str() == text.trim())
    }
}

/// Who may vote on a vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Eligibility {
    /// Only the drawn citizens.
    DrawnOnly,
    /// Every participant, whatever their group.
    Everyone,
}

impl Eligibility {
    /// Both choices, the narrower first.
    pub const ALL: [Eligibility; 2] = [Eligibility::DrawnOnly, Eligibility::Everyone];

    /// The stored, submitted and exported name.
    pub fn as_str(self) -> &'static str {
        match self {
            Eligibility::DrawnOnly => "drawn_only",
            Eligibility::Everyone => "everyone",
        }
    }

    /// Parses [`Eligibility::as_str`]'s names.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.as_str() == text.trim())
    }

    /// Whether a participant of `group` may vote.
    pub fn allows(self, group: Group) -> bool {
        match self {
            Eligibility::DrawnOnly => group == Group::Drawn,
            Eligibility::Everyone => true,
        }
    }
}

/// Where a vote stands. It only moves forward: draft, open, closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VoteState {
    /// Being prepared: the question and options may still change; no ballots.
    Draft,
    /// Open: ballots are taken, and a voter may replace theirs; the projector shows the turnout.
    Open,
    /// Closed: no more ballots; the results are shown and published.
    Closed,
}

impl VoteState {
    /// Every state, in order.
    pub const ALL: [VoteState; 3] = [VoteState::Draft, VoteState::Open, VoteState::Closed];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            VoteState::Draft => "draft",
            VoteState::Open => "open",
            VoteState::Closed => "closed",
        }
    }

    /// Parses [`VoteState::as_str`]'s names.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text.trim())
    }

    /// Whether the question and options may still be edited (only before any ballot exists).
    pub fn spec_editable(self) -> bool {
        self == VoteState::Draft
    }

    /// Whether ballots are taken, new or replacing a voter's earlier one.
    pub fn accepts_ballots(self) -> bool {
        self == VoteState::Open
    }

    /// Whether the results may be shown and published.
    pub fn results_public(self) -> bool {
        self == VoteState::Closed
    }

    /// Whether a vote may move from this state to `next`: one step forward. A closed vote is
    /// not reopened: its results have been seen.
    pub fn can_become(self, next: VoteState) -> bool {
        matches!(
            (self, next),
            (VoteState::Draft, VoteState::Open) | (VoteState::Open, VoteState::Closed)
        )
    }
}

/// The kind of ballot, with its declared counting rule.
///
/// Serialised with its name under `kind` and its parameter, if any, beside it:
/// `{"kind": "choose_up_to", "k": 3}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BallotKind {
    /// Choose one option ([`Ballot::One`]). Counted: ballots per option.
    ChooseOne,
    /// Choose from one to `k` options ([`Ballot::Several`]). Counted: ballots per option.
    ChooseUpTo {
        /// The most options a voter may choose, 1 to the number of options.
        k: u32,
    },
    /// Rank all the options or the first few of them ([`Ballot::Ranking`]). Counted by Borda:
    /// the option ranked i-th of N gets N − i points, an unranked option none; the first
    /// preferences and every option's count per position are shown beside the scores.
    Rank,
    /// Distribute up to `budget` points, in whole numbers, across the options
    /// ([`Ballot::Points`]). Counted: points per option.
    Points {
        /// The points each voter has, 1 to [`MAX_BUDGET`].
        budget: u32,
    },
    /// Give each option a level of agreement from 1 (strongly disagree) to 5 (strongly agree),
    /// or leave it blank ([`Ballot::Levels`]). Counted: per option the answers per level, their
    /// number, their mean and their median; options are ranked by mean level.
    Agreement,
}

impl BallotKind {
    /// The names of every kind, in the order forms show them.
    pub const NAMES: [&'static str; 5] =
        ["choose_one", "choose_up_to", "rank", "points", "agreement"];

    /// The stored and submitted name (without the parameter: see [`BallotKind::parameter`]).
    pub fn as_str(self) -> &'static str {
        match self {
            BallotKind::ChooseOne => "choose_one",
            BallotKind::ChooseUpTo { .. } => "choose_up_to",
            BallotKind::Rank => "rank",
            BallotKind::Points { .. } => "points",
            BallotKind::Agreement => "agreement",
        }
    }

    /// The parameter: `k` of choose up to k, the budget of points, `None` for the others.
    pub fn parameter(self) -> Option<u32> {
        match self {
            BallotKind::ChooseUpTo { k } => Some(k),
            BallotKind::Points { budget } => Some(budget),
            BallotKind::ChooseOne | BallotKind::Rank | BallotKind::Agreement => None,
        }
    }

    /// Parses [`BallotKind::as_str`]'s names with [`BallotKind::parameter`]; `None` when the name
    /// is unknown or the kind needs a parameter that is missing. The parameter's range depends on
    /// the options and is checked by [`VoteSpec::new`].
    pub fn parse(name: &str, parameter: Option<u32>) -> Option<Self> {
        match (name.trim(), parameter) {
            ("choose_one", _) => Some(BallotKind::ChooseOne),
            ("choose_up_to", Some(k)) => Some(BallotKind::ChooseUpTo { k }),
            ("rank", _) => Some(BallotKind::Rank),
            ("points", Some(budget)) => Some(BallotKind::Points { budget }),
            ("agreement", _) => Some(BallotKind::Agreement),
            _ => None,
        }
    }
}

/// Why a vote cannot be put as given.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SpecError {
    /// The question is empty.
    #[error("the question is empty")]
    QuestionEmpty,
    /// The question is longer than [`MAX_QUESTION`] characters.
    #[error("the question is longer than {} characters", MAX_QUESTION)]
    QuestionTooLong,
    /// Fewer than [`MIN_OPTIONS`] or more than [`MAX_OPTIONS`] options.
    #[error("a vote needs {min} to {max} options, not {0}", min = MIN_OPTIONS, max = MAX_OPTIONS)]
    OptionCount(usize),
    /// An option (by index) is empty.
    #[error("option {0} is empty")]
    OptionEmpty(usize),
    /// An option (by index) is longer than [`MAX_OPTION`] characters.
    #[error("option {0} is longer than {max} characters", max = MAX_OPTION)]
    OptionTooLong(usize),
    /// Two options are the same, ignoring case and spacing.
    #[error("options {first} and {second} are the same")]
    OptionDuplicate {
        /// The earlier option's index.
        first: usize,
        /// The later option's index.
        second: usize,
    },
    /// `k` of choose up to k is not from 1 to the number of options.
    #[error("k must be from 1 to the number of options ({options}), not {k}")]
    K {
        /// The `k` given.
        k: u32,
        /// The number of options.
        options: usize,
    },
    /// The points budget is not from 1 to [`MAX_BUDGET`].
    #[error("the points budget must be from 1 to {max}, not {0}", max = MAX_BUDGET)]
    Budget(u32),
}

impl SpecError {
    /// The form field and message key of this problem.
    fn field_message(&self) -> (&'static str, &'static str) {
        match self {
            SpecError::QuestionEmpty => ("question", "error-required"),
            SpecError::QuestionTooLong => ("question", "error-too-long"),
            SpecError::OptionCount(0) | SpecError::OptionEmpty(_) => ("options", "error-required"),
            SpecError::OptionCount(_) => ("options", "error-vote-options-count"),
            SpecError::OptionTooLong(_) => ("options", "error-too-long"),
            SpecError::OptionDuplicate { .. } => ("options", "error-vote-option-duplicate"),
            SpecError::K { .. } => ("k", "error-vote-k"),
            SpecError::Budget(_) => ("budget", "error-vote-budget"),
        }
    }
}

/// Text as compared for duplicate options: lower case, inner white space collapsed.
fn folded(text: &str) -> String {
    text.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every problem with a question and options (already trimmed).
fn text_problems(question: &str, options: &[String]) -> Vec<SpecError> {
    let mut problems = Vec::new();
    match question.chars().count() {
        0 => problems.push(SpecError::QuestionEmpty),
        n if n > MAX_QUESTION => problems.push(SpecError::QuestionTooLong),
        _ => {}
    }
    if !(MIN_OPTIONS..=MAX_OPTIONS).contains(&options.len()) {
        problems.push(SpecError::OptionCount(options.len()));
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (index, option) in options.iter().enumerate() {
        match option.chars().count() {
            0 => problems.push(SpecError::OptionEmpty(index)),
            n if n > MAX_OPTION => problems.push(SpecError::OptionTooLong(index)),
            _ => {}
        }
        if let Some(&first) = seen.get(&folded(option)) {
            problems.push(SpecError::OptionDuplicate {
                first,
                second: index,
            });
        } else {
            seen.insert(folded(option), index);
        }
    }
    problems
}

/// The problem with a kind's parameter, given the number of options (when that is out of
/// range, `k` is only held to [`MAX_OPTIONS`]).
fn kind_problem(kind: BallotKind, options: usize) -> Option<SpecError> {
    match kind {
        BallotKind::ChooseUpTo { k } => {
            let most = if (MIN_OPTIONS..=MAX_OPTIONS).contains(&options) {
                options
            } else {
                MAX_OPTIONS
            };
            (k == 0 || as_usize(k) > most).then_some(SpecError::K { k, options })
        }
        BallotKind::Points { budget } => {
            (!(1..=MAX_BUDGET).contains(&budget)).then_some(SpecError::Budget(budget))
        }
        BallotKind::ChooseOne | BallotKind::Rank | BallotKind::Agreement => None,
    }
}

fn as_usize(n: u32) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// What is put to the vote: the question, its options, the kind of ballot and who may vote.
///
/// Only [`VoteSpec::new`], [`VoteSpec::parse`] and deserialisation (which calls `new`) make one,
/// so a spec always has [`MIN_OPTIONS`] to [`MAX_OPTIONS`] distinct options and a parameter in
/// range. Serialised flat: `{"question", "options", "kind", "k" or "budget", "eligibility"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VoteSpec {
    question: String,
    options: Vec<String>,
    #[serde(flatten)]
    kind: BallotKind,
    eligibility: Eligibility,
}

impl VoteSpec {
    /// A vote from its parts, trimmed; the first problem found if there is one.
    pub fn new<I, S>(
        question: &str,
        options: I,
        kind: BallotKind,
        eligibility: Eligibility,
    ) -> Result<Self, SpecError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let question = question.trim().to_owned();
        let options: Vec<String> = options
            .into_iter()
            .map(|o| o.as_ref().trim().to_owned())
            .collect();
        let mut problems = text_problems(&question, &options);
        problems.extend(kind_problem(kind, options.len()));
        match problems.into_iter().next() {
            Some(problem) => Err(problem),
            None => Ok(VoteSpec {
                question,
                options,
                kind,
                eligibility,
            }),
        }
    }

    /// Parses fields `question`, `options` (one option a line; blank lines are skipped), `kind`
    /// (one of [`BallotKind::NAMES`]), `k` (for `choose_up_to`), `budget` (for `points`) and
    /// `eligibility`, reporting every problem at once.
    pub fn parse(form: &RawForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let question = field(form, "question").to_owned();
        let options: Vec<String> = field(form, "options")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect();
        let mut problems = text_problems(&question, &options);
        let name = field(form, "kind");
        let parameter = match name {
            "choose_up_to" => whole(&mut errors, form, "k", "error-vote-k"),
            "points" => whole(&mut errors, form, "budget", "error-vote-budget"),
            _ => None,
        };
        let kind = BallotKind::parse(name, parameter);
        match kind {
            Some(kind) => problems.extend(kind_problem(kind, options.len())),
            None if !BallotKind::NAMES.contains(&name) => errors.add("kind", "error-choose-one"),
            None => {} // A missing parameter, reported by `whole`.
        }
        let eligibility = Eligibility::parse(field(form, "eligibility"));
        if eligibility.is_none() {
            errors.add("eligibility", "error-choose-one");
        }
        for problem in &problems {
            let (name, message) = problem.field_message();
            if !errors
                .0
                .iter()
                .any(|e| e.field == name && e.message == message)
            {
                errors.add(name, message);
            }
        }
        match (kind, eligibility) {
            (Some(kind), Some(eligibility)) => errors.into_result(|| VoteSpec {
                question,
                options,
                kind,
                eligibility,
            }),
            _ => Err(errors),
        }
    }

    /// The question.
    pub fn question(&self) -> &str {
        &self.question
    }

    /// The options, in the order they were entered; ballots name them by index in this list.
    pub fn options(&self) -> &[String] {
        &self.options
    }

    /// The kind of ballot.
    pub fn kind(&self) -> BallotKind {
        self.kind
    }

    /// Who may vote.
    pub fn eligibility(&self) -> Eligibility {
        self.eligibility
    }

    /// Whether `ballot` is a valid ballot for this vote: of its kind, naming existing options
    /// only, each once, within `k` or the budget, on the scale, and not empty.
    /// [`Ballot::Abstain`] is valid for every kind.
    pub fn check(&self, ballot: &Ballot) -> Result<(), BallotError> {
        let n = self.options.len();
        match (self.kind, ballot) {
            (_, Ballot::Abstain) => Ok(()),
            (BallotKind::ChooseOne, Ballot::One(index)) => {
                if *index < n {
                    Ok(())
                } else {
                    Err(BallotError::NoSuchOption {
                        index: *index,
                        options: n,
                    })
                }
            }
            (BallotKind::ChooseUpTo { k }, Ballot::Several(chosen)) => {
                distinct_options(chosen, n)?;
                if chosen.len() > as_usize(k) {
                    return Err(BallotError::TooMany {
                        chosen: chosen.len(),
                        k,
                    });
                }
                Ok(())
            }
            (BallotKind::Rank, Ballot::Ranking(order)) => distinct_options(order, n),
            (BallotKind::Points { budget }, Ballot::Points(points)) => {
                same_length(points.len(), n)?;
                let given: u64 = points.iter().map(|&p| u64::from(p)).sum();
                if given == 0 {
                    Err(BallotError::Empty)
                } else if given > u64::from(budget) {
                    Err(BallotError::OverBudget { given, budget })
                } else {
                    Ok(())
                }
            }
            (BallotKind::Agreement, Ballot::Levels(levels)) => {
                same_length(levels.len(), n)?;
                for (index, level) in levels.iter().enumerate() {
                    if let Some(level) = *level
                        && !(1..=LEVELS).contains(&level)
                    {
                        return Err(BallotError::NoSuchLevel { index, level });
                    }
                }
                if levels.iter().all(Option::is_none) {
                    return Err(BallotError::Empty);
                }
                Ok(())
            }
            _ => Err(BallotError::WrongKind {
                expected: self.kind.as_str(),
                found: ballot.name(),
            }),
        }
    }
}

impl<'de> Deserialize<'de> for VoteSpec {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Raw {
            question: String,
            options: Vec<String>,
            #[serde(flatten)]
            kind: BallotKind,
            eligibility: Eligibility,
        }
        let raw = Raw::deserialize(deserializer)?;
        VoteSpec::new(&raw.question, raw.options, raw.kind, raw.eligibility)
            .map_err(serde::de::Error::custom)
    }
}

/// A required whole number field: `error-required` when blank, `message` when not a number.
fn whole(
    errors: &mut FieldErrors,
    form: &RawForm,
    name: &str,
    message: &'static str,
) -> Option<u32> {
    let text = field(form, name);
    if text.is_empty() {
        errors.add(name, "error-required");
        return None;
    }
    let parsed = text.parse::<u32>().ok();
    if parsed.is_none() {
        errors.add(name, message);
    }
    parsed
}

fn distinct_options(indices: &[usize], n: usize) -> Result<(), BallotError> {
    if indices.is_empty() {
        return Err(BallotError::Empty);
    }
    let mut seen = vec![false; n];
    for &index in indices {
        let Some(slot) = seen.get_mut(index) else {
            return Err(BallotError::NoSuchOption { index, options: n });
        };
        if *slot {
            return Err(BallotError::Repeated(index));
        }
        *slot = true;
    }
    Ok(())
}

fn same_length(found: usize, options: usize) -> Result<(), BallotError> {
    if found == options {
        Ok(())
    } else {
        Err(BallotError::WrongLength { found, options })
    }
}

/// What one voter cast. Options are named by their index in [`VoteSpec::options`].
///
/// Serialised as `"abstain"`, `{"one": 2}`, `{"several": [0, 3]}`, `{"ranking": [2, 0]}`,
/// `{"points": [5, 0, 5]}` or `{"levels": [4, null, 1]}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ballot {
    /// An explicit abstention, valid for every kind: counted in the turnout, not in the results.
    Abstain,
    /// Choose one: the option chosen.
    One(usize),
    /// Choose up to k: the options chosen, 1 to k of them, each once (in any order; a parsed
    /// form gives them in increasing order).
    Several(Vec<usize>),
    /// Rank: the options from the most preferred down, all of them or the first few.
    Ranking(Vec<usize>),
    /// Points: the points given to each option, one entry per option, at least one point and at
    /// most the budget in all.
    Points(Vec<u32>),
    /// Agreement: each option's level from 1 to [`LEVELS`] or blank, one entry per option, at
    /// least one not blank.
    Levels(Vec<Option<u8>>),
}

impl Ballot {
    /// The variant's serialised name (`abstain`, `one`, `several`, `ranking`, `points`, `levels`).
    pub fn name(&self) -> &'static str {
        match self {
            Ballot::Abstain => "abstain",
            Ballot::One(_) => "one",
            Ballot::Several(_) => "several",
            Ballot::Ranking(_) => "ranking",
            Ballot::Points(_) => "points",
            Ballot::Levels(_) => "levels",
        }
    }

    /// Parses a voting form for `spec`, given as submitted name and value pairs (check boxes send
    /// the same name once per box ticked). Options are named by their index `i` in
    /// [`VoteSpec::options`], not by their place on the screen.
    ///
    /// - any kind: a non-blank `abstain` (the "abstain" button) gives [`Ballot::Abstain`],
    ///   whatever else was filled in;
    /// - choose one: `choice` = the option's index;
    /// - choose up to k: `choice` once per option chosen, 1 to k of them;
    /// - rank: `rank_{i}` = the option's position from 1, or blank; the positions given must be
    ///   1, 2, 3... without a gap or a repeat;
    /// - points: `points_{i}` = a whole number of points (blank is 0); at least 1 and at most the
    ///   budget in all;
    /// - agreement: `level_{i}` = 1 to 5, or blank; at least one given.
    ///
    /// Every problem is reported at once: `error-vote-choice` (a choice that is not an option,
    /// or given twice), `error-vote-too-many`, `error-vote-rank`, `error-vote-rank-duplicate`,
    /// `error-vote-rank-gap`, `error-vote-points`, `error-vote-over-budget`, `error-vote-level`,
    /// and `error-vote-empty` on `choice`, `rank`, `points` or `level` when nothing was given.
    pub fn parse(spec: &VoteSpec, form: &[(String, String)]) -> Result<Ballot, FieldErrors> {
        let fields = Fields::new(form);
        if fields.single("abstain").is_some() {
            return Ok(Ballot::Abstain);
        }
        let n = spec.options.len();
        let mut errors = FieldErrors::default();
        let ballot = match spec.kind {
            BallotKind::ChooseOne => parse_one(&fields, n, &mut errors),
            BallotKind::ChooseUpTo { k } => parse_several(&fields, n, k, &mut errors),
            BallotKind::Rank => parse_ranking(&fields, n, &mut errors),
            BallotKind::Points { budget } => parse_points(&fields, n, budget, &mut errors),
            BallotKind::Agreement => parse_levels(&fields, n, &mut errors),
        };
        errors.into_result(|| ballot)
    }
}

/// A submitted form's non-blank values, trimmed, by name.
struct Fields<'a>(HashMap<&'a str, Vec<&'a str>>);

/// What a field that should occur once holds.
enum One<'a> {
    Blank,
    Value(&'a str),
    /// Two different values under one name.
    Conflict,
}

impl<'a> Fields<'a> {
    fn new(form: &'a [(String, String)]) -> Self {
        let mut fields: HashMap<&str, Vec<&str>> = HashMap::new();
        for (name, value) in form {
            let value = value.trim();
            if !value.is_empty() {
                fields.entry(name.as_str()).or_default().push(value);
            }
        }
        Fields(fields)
    }

    fn all(&self, name: &str) -> &[&'a str] {
        self.0.get(name).map(Vec::as_slice).unwrap_or_default()
    }

    fn single(&self, name: &str) -> Option<&'a str> {
        self.all(name).first().copied()
    }

    fn one(&self, name: &str) -> One<'a> {
        match self.all(name) {
            [] => One::Blank,
            [first, rest @ ..] if rest.iter().all(|v| v == first) => One::Value(first),
            _ => One::Conflict,
        }
    }
}

// The `parse_*` functions add every problem to `errors`; the ballot they return only counts
// when they added none.

fn parse_one(fields: &Fields<'_>, n: usize, errors: &mut FieldErrors) -> Ballot {
    match fields.one("choice") {
        One::Blank => errors.add("choice", "error-vote-empty"),
        One::Value(text) => match text.parse::<usize>() {
            Ok(index) if index < n => return Ballot::One(index),
            _ => errors.add("choice", "error-vote-choice"),
        },
        One::Conflict => errors.add("choice", "error-vote-choice"),
    }
    Ballot::Abstain
}

fn parse_several(fields: &Fields<'_>, n: usize, k: u32, errors: &mut FieldErrors) -> Ballot {
    let mut chosen = Vec::new();
    let mut valid = true;
    for text in fields.all("choice") {
        match text.parse::<usize>() {
            Ok(index) if index < n && !chosen.contains(&index) => chosen.push(index),
            _ => valid = false,
        }
    }
    if !valid {
        errors.add("choice", "error-vote-choice");
    } else if chosen.is_empty() {
        errors.add("choice", "error-vote-empty");
    } else if chosen.len() > as_usize(k) {
        errors.add("choice", "error-vote-too-many");
    }
    chosen.sort_unstable();
    Ballot::Several(chosen)
}

fn parse_ranking(fields: &Fields<'_>, n: usize, errors: &mut FieldErrors) -> Ballot {
    let mut positions: Vec<(usize, usize)> = Vec::new(); // (position, option)
    for option in 0..n {
        let name = format!("rank_{option}");
        match fields.one(&name) {
            One::Blank => {}
            One::Value(text) => match text.parse::<usize>() {
                Ok(position) if (1..=n).contains(&position) => positions.push((position, option)),
                _ => errors.add(&name, "error-vote-rank"),
            },
            One::Conflict => errors.add(&name, "error-vote-rank"),
        }
    }
    for &(position, option) in &positions {
        if positions.iter().any(|&(p, o)| p == position && o != option) {
            errors.add(&format!("rank_{option}"), "error-vote-rank-duplicate");
        }
    }
    if errors.is_empty() {
        let highest = positions.iter().map(|&(p, _)| p).max().unwrap_or(0);
        if positions.is_empty() {
            errors.add("rank", "error-vote-empty");
        } else if highest != positions.len() {
            errors.add("rank", "error-vote-rank-gap");
        }
    }
    positions.sort_unstable();
    Ballot::Ranking(positions.into_iter().map(|(_, option)| option).collect())
}

fn parse_points(fields: &Fields<'_>, n: usize, budget: u32, errors: &mut FieldErrors) -> Ballot {
    let mut points = Vec::with_capacity(n);
    for option in 0..n {
        let name = format!("points_{option}");
        let given = match fields.one(&name) {
            One::Blank => 0,
            One::Value(text) => match text.parse::<u32>() {
                Ok(p) if p <= budget => p,
                _ => {
                    errors.add(&name, "error-vote-points");
                    0
                }
            },
            One::Conflict => {
                errors.add(&name, "error-vote-points");
                0
            }
        };
        points.push(given);
    }
    if errors.is_empty() {
        let total: u64 = points.iter().map(|&p| u64::from(p)).sum();
        if total == 0 {
            errors.add("points", "error-vote-empty");
        } else if total > u64::from(budget) {
            errors.add("points", "error-vote-over-budget");
        }
    }
    Ballot::Points(points)
}

fn parse_levels(fields: &Fields<'_>, n: usize, errors: &mut FieldErrors) -> Ballot {
    let mut levels = Vec::with_capacity(n);
    for option in 0..n {
        let name = format!("level_{option}");
        let level = match fields.one(&name) {
            One::Blank => None,
            One::Value(text) => match text.parse::<u8>() {
                Ok(level) if (1..=LEVELS).contains(&level) => Some(level),
                _ => {
                    errors.add(&name, "error-vote-level");
                    None
                }
            },
            One::Conflict => {
                errors.add(&name, "error-vote-level");
                None
            }
        };
        levels.push(level);
    }
    if errors.is_empty() && levels.iter().all(Option::is_none) {
        errors.add("level", "error-vote-empty");
    }
    Ballot::Levels(levels)
}

/// Why a ballot does not fit its vote ([`VoteSpec::check`]).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum BallotError {
    /// The ballot is of another kind than the vote.
    #[error("a `{found}` ballot does not fit a `{expected}` vote")]
    WrongKind {
        /// The vote's kind ([`BallotKind::as_str`]).
        expected: &'static str,
        /// The ballot's variant ([`Ballot::name`]).
        found: &'static str,
    },
    /// Nothing chosen, ranked, given or answered; an abstention is [`Ballot::Abstain`].
    #[error("the ballot is empty (an abstention is `abstain`)")]
    Empty,
    /// An option index beyond the options.
    #[error("option {index} does not exist: the vote has {options} options")]
    NoSuchOption {
        /// The index named.
        index: usize,
        /// The number of options.
        options: usize,
    },
    /// An option chosen or ranked more than once.
    #[error("option {0} appears more than once")]
    Repeated(usize),
    /// More options chosen than `k`.
    #[error("{chosen} options chosen where at most {k} may be")]
    TooMany {
        /// How many were chosen.
        chosen: usize,
        /// The most allowed.
        k: u32,
    },
    /// Points or levels not one per option.
    #[error("the ballot has {found} entries for {options} options")]
    WrongLength {
        /// The entries on the ballot.
        found: usize,
        /// The number of options.
        options: usize,
    },
    /// More points given than the budget.
    #[error("{given} points given where the budget is {budget}")]
    OverBudget {
        /// The points given in all.
        given: u64,
        /// The budget.
        budget: u32,
    },
    /// A level outside 1 to [`LEVELS`].
    #[error("option {index} has level {level}, not one of 1 to 5")]
    NoSuchLevel {
        /// The option's index.
        index: usize,
        /// The level given.
        level: u8,
    },
}

/// The domain separator of display orders: a new way of deriving them gets a new version.
const ORDER_DOMAIN: &[u8] = b"klero-summit-order-v1\0";

/// The order in which the voter with `voter_key` sees the `n` options of the vote `vote_id`:
/// a permutation of `0..n`, the option indices in screen order.
///
/// The same vote and voter always give the same order (a reload does not reshuffle), different
/// voters get independent, uniformly distributed orders, and nothing but the two texts goes in.
/// The voter key is any stable id of the voter within the summit, such as the participant's
/// id. The derivation, for anyone who wants to check it: a Fisher–Yates shuffle (for `i` from
/// `n − 1` down to 1, swap `i` with a uniform `j` in `0..=i`) driven by 64-bit big-endian words
/// from the blocks SHA-256(`"klero-summit-order-v1\0"` ‖ len(vote id) ‖ vote id ‖ len(voter key)
/// ‖ voter key ‖ block number), lengths and block numbers as 64-bit big-endian integers; a word
/// `x` is rejected when `x ≥ 2⁶⁴ − (2⁶⁴ mod (i + 1))`, else `j = x mod (i + 1)`.
pub fn display_order(vote_id: &str, voter_key: &str, n: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut stream = HashStream::new(vote_id, voter_key);
    for i in (1..n).rev() {
        let j = stream.below(i as u64 + 1);
        // `j <= i < n`, so both indices are in range.
        order.swap(i, usize::try_from(j).unwrap_or(i));
    }
    order
}

/// SHA-256 in counter mode over a fixed prefix, read as 64-bit words.
struct HashStream {
    prefix: Sha256,
    block: u64,
    /// The current block's unread words, the next one last.
    words: Vec<u64>,
}

impl HashStream {
    fn new(vote_id: &str, voter_key: &str) -> Self {
        let mut prefix = Sha256::new();
        prefix.update(ORDER_DOMAIN);
        for text in [vote_id, voter_key] {
            prefix.update((text.len() as u64).to_be_bytes());
            prefix.update(text.as_bytes());
        }
        HashStream {
            prefix,
            block: 0,
            words: Vec::new(),
        }
    }

    fn next_word(&mut self) -> u64 {
        loop {
            if let Some(word) = self.words.pop() {
                return word;
            }
            let mut hasher = self.prefix.clone();
            hasher.update(self.block.to_be_bytes());
            self.block = self.block.wrapping_add(1);
            self.words = hasher
                .finalize()
                .chunks_exact(8)
                .filter_map(|c| <[u8; 8]>::try_from(c).ok())
                .map(u64::from_be_bytes)
                .rev()
                .collect();
        }
    }

    /// A uniform integer in `0..bound` (`bound` ≥ 1), by rejection sampling.
    fn below(&mut self, bound: u64) -> u64 {
        let bound = bound.max(1);
        // 2⁶⁴ mod bound; words from 2⁶⁴ − that up are rejected.
        let excess = (u64::MAX % bound + 1) % bound;
        loop {
            let word = self.next_word();
            if excess == 0 || word <= u64::MAX - excess {
                return word % bound;
            }
        }
    }
}
