//! Follow-up forms parsed into values, every problem named by its field and a message key.

use super::deadline::brussels_today;
use super::position::{Position, Verdict};
use crate::assembly::Date;
use crate::input::{FieldErrors, MAX_TEXT, MAX_TITLE, RawForm, check_lengths, field, localised};
use crate::lang::Localised;
use serde::{Deserialize, Serialize};

/// The shortest justification accepted for a position other than "accepted", in characters
/// (in at least one language).
pub const MIN_JUSTIFICATION: usize = 100;

/// The highest recommendation number.
pub const MAX_NUMBER: u32 = 9_999;

/// How a recommendation was adopted: the count and the rule declared beforehand.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vote {
    /// Votes for.
    pub r#for: u32,
    /// Votes against.
    pub against: u32,
    /// Abstentions.
    pub abstain: u32,
    /// The rule, as declared (`80%`, `2/3`, `simple majority`).
    pub rule: String,
}

/// A recommendation as an organiser enters or imports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecommendationInput {
    /// Its number in the panel's report, 1 to [`MAX_NUMBER`].
    pub number: u32,
    /// Title, in at least one language.
    pub title: Localised,
    /// Full text, in at least one language.
    pub text: Localised,
    /// Theme (may be empty).
    pub theme: Localised,
    /// The vote that adopted it, when recorded.
    pub vote: Option<Vote>,
}

fn whole(
    errors: &mut FieldErrors,
    form: &RawForm,
    name: &str,
    range: std::ops::RangeInclusive<u32>,
) -> Option<u32> {
    let text = field(form, name);
    if text.is_empty() {
        return None;
    }
    match text.parse::<u32>() {
        Ok(n) if range.contains(&n) => Some(n),
        _ => {
            errors.add(name, "error-whole-number");
            None
        }
    }
}

impl RecommendationInput {
    /// Parses fields `number`, `title_*`, `text_*`, `theme_*`, `vote_for`, `vote_against`,
    /// `vote_abstain` and `vote_rule`. The vote is all or nothing: with any of its fields, `for`,
    /// `against` and the rule are required.
    pub fn parse(form: &RawForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let number = whole(&mut errors, form, "number", 1..=MAX_NUMBER);
        if number.is_none() && field(form, "number").is_empty() {
            errors.add("number", "error-required");
        }
        let title = localised(form, "title");
        if title.is_empty() {
            errors.add("title", "error-title-one-language");
        }
        let text = localised(form, "text");
        if text.is_empty() {
            errors.add("text", "error-title-one-language");
        }
        check_lengths(&mut errors, form, "title", MAX_TITLE);
        check_lengths(&mut errors, form, "theme", MAX_TITLE);
        check_lengths(&mut errors, form, "text", MAX_TEXT);
        let vote_fields = ["vote_for", "vote_against", "vote_abstain", "vote_rule"];
        let vote = if vote_fields.iter().all(|f| field(form, f).is_empty()) {
            None
        } else {
            let r#for = whole(&mut errors, form, "vote_for", 0..=1_000_000);
            let against = whole(&mut errors, form, "vote_against", 0..=1_000_000);
            let abstain = whole(&mut errors, form, "vote_abstain", 0..=1_000_000);
            for required in ["vote_for", "vote_against", "vote_rule"] {
                if field(form, required).is_empty() {
                    errors.add(required, "error-vote-incomplete");
                }
            }
            let rule = field(form, "vote_rule").to_owned();
            if rule.chars().count() > 100 {
                errors.add("vote_rule", "error-too-long");
            }
            Some(Vote {
                r#for: r#for.unwrap_or(0),
                against: against.unwrap_or(0),
                abstain: abstain.unwrap_or(0),
                rule,
            })
        };
        let theme = localised(form, "theme");
        match number {
            Some(number) => errors.into_result(|| RecommendationInput {
                number,
                title,
                text,
                theme,
                vote,
            }),
            None => Err(errors),
        }
    }
}

/// A review round as an organiser adds or moves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundInput {
    /// Its name (may be empty: the platform then names it by its due date).
    pub label: Localised,
    /// When the government's answers are due.
    pub due_on: Date,
    /// Why it is added or moved (shown publicly), 1 to 1,000 characters.
    pub reason: String,
}

impl RoundInput {
    /// Parses fields `label_*`, `due_on` and `reason`.
    pub fn parse(form: &RawForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        check_lengths(&mut errors, form, "label", MAX_TITLE);
        let due_on = Date::parse(field(form, "due_on"));
        if due_on.is_none() {
            errors.add("due_on", "error-date");
        }
        let reason = field(form, "reason").to_owned();
        let reason_chars = reason.chars().count();
        if reason_chars == 0 {
            errors.add("reason", "error-required");
        } else if reason_chars > 1_000 {
            errors.add("reason", "error-too-long");
        }
        match due_on {
            Some(due_on) => errors.into_result(|| RoundInput {
                label: localised(form, "label"),
                due_on,
                reason,
            }),
            None => Err(errors),
        }
    }
}

/// A dated step of the planned measures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Milestone {
    /// When.
    pub on: Date,
    /// What.
    pub what: String,
}

/// The government's answer to one recommendation in one round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerInput {
    /// The position taken.
    pub position: Position,
    /// For [`Position::OutsidePowers`]: the authority it is referred to.
    pub referred_to: String,
    /// The planned measures.
    pub measures: Localised,
    /// Why, in detail; required unless the position is "accepted".
    pub justification: Localised,
    /// The responsible department.
    pub department: String,
    /// The budget, as written (`€ 2.4 million over 3 years`).
    pub budget: String,
    /// When the measures are to be done.
    pub deadline: Option<Date>,
    /// Progress, 0 to 100 per cent.
    pub progress: u8,
    /// Dated steps, one a line: `YYYY-MM-DD what`.
    pub milestones: Vec<Milestone>,
}

fn short_text(errors: &mut FieldErrors, form: &RawForm, name: &str) -> String {
    let text = field(form, name).to_owned();
    if text.chars().count() > MAX_TITLE {
        errors.add(name, "error-too-long");
    }
    text
}

/// Parses milestone lines `YYYY-MM-DD what`; `None` if a line is not of that shape.
pub fn parse_milestones(text: &str) -> Option<Vec<Milestone>> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| {
            let (date, what) = line.split_once(char::is_whitespace)?;
            let what = what.trim();
            (!what.is_empty() && what.chars().count() <= MAX_TITLE).then_some(())?;
            Some(Milestone {
                on: Date::parse(date)?,
                what: what.to_owned(),
            })
        })
        .collect()
}

/// Milestones written back as lines, for a form or an export.
pub fn milestones_text(milestones: &[Milestone]) -> String {
    milestones
        .iter()
        .map(|m| format!("{} {}", m.on, m.what))
        .collect::<Vec<_>>()
        .join("\n")
}

impl AnswerInput {
    /// Parses fields `position`, `referred_to`, `measures_*`, `justification_*`, `department`,
    /// `budget`, `deadline`, `progress` and `milestones`.
    pub fn parse(form: &RawForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let position = Position::parse(field(form, "position"));
        if position.is_none() {
            errors.add("position", "error-choose-one");
        }
        let referred_to = short_text(&mut errors, form, "referred_to");
        if position == Some(Position::OutsidePowers) && referred_to.is_empty() {
            errors.add("referred_to", "error-referred-to");
        }
        check_lengths(&mut errors, form, "measures", MAX_TEXT);
        check_lengths(&mut errors, form, "justification", MAX_TEXT);
        let justification = localised(form, "justification");
        let longest = justification
            .iter()
            .map(|(_, t)| t.chars().count())
            .max()
            .unwrap_or(0);
        if position.is_some_and(Position::needs_justification) && longest < MIN_JUSTIFICATION {
            errors.add("justification", "error-justification");
        }
        let department = short_text(&mut errors, form, "department");
        let budget = short_text(&mut errors, form, "budget");
        let deadline = match field(form, "deadline") {
            "" => None,
            text => {
                let date = Date::parse(text);
                if date.is_none() {
                    errors.add("deadline", "error-date");
                }
                date
            }
        };
        let progress = match field(form, "progress") {
            "" => 0,
            text => match text.parse::<u8>() {
                Ok(p) if p <= 100 => p,
                _ => {
                    errors.add("progress", "error-progress");
                    0
                }
            },
        };
        let milestones = parse_milestones(field(form, "milestones")).unwrap_or_else(|| {
            errors.add("milestones", "error-milestones");
            Vec::new()
        });
        match position {
            Some(position) => errors.into_result(|| AnswerInput {
                position,
                referred_to,
                measures: localised(form, "measures"),
                justification,
                department,
                budget,
                deadline,
                progress,
                milestones,
            }),
            None => Err(errors),
        }
    }
}

/// A commission member's judgement of a published answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerdictInput {
    /// The verdict.
    pub verdict: Verdict,
    /// Why (may be empty).
    pub comment: String,
}

impl VerdictInput {
    /// Parses fields `verdict` and `comment`.
    pub fn parse(form: &RawForm) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let verdict = Verdict::parse(field(form, "verdict"));
        if verdict.is_none() {
            errors.add("verdict", "error-choose-one");
        }
        let comment = field(form, "comment").to_owned();
        if comment.chars().count() > MAX_TEXT {
            errors.add("comment", "error-too-long");
        }
        match verdict {
            Some(verdict) => errors.into_result(|| VerdictInput { verdict, comment }),
            None => Err(errors),
        }
    }
}

/// The number of days a follow-up question gives the government by default.
pub const QUESTION_DAYS: i32 = 30;

/// A follow-up question from the commission to the government.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionInput {
    /// The question, 1 to 10,000 characters.
    pub text: String,
    /// When the answer is due: today (in Brussels) or later.
    pub due_on: Date,
}

impl QuestionInput {
    /// Parses fields `question` and `due_on`; the due date cannot be before today in Brussels.
    pub fn parse(form: &RawForm, now: i64) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let text = field(form, "question").to_owned();
        let chars = text.chars().count();
        if chars == 0 {
            errors.add("question", "error-required");
        } else if chars > MAX_TEXT {
            errors.add("question", "error-too-long");
        }
        let due_on = Date::parse(field(form, "due_on"));
        match due_on {
            None => errors.add("due_on", "error-date"),
            Some(d) if d < brussels_today(now) => errors.add("due_on", "error-date-past"),
            Some(_) => {}
        }
        match due_on {
            Some(due_on) => errors.into_result(|| QuestionInput { text, due_on }),
            None => Err(errors),
        }
    }
}

/// The government's reply to a follow-up question.
pub fn parse_reply(form: &RawForm) -> Result<String, FieldErrors> {
    let mut errors = FieldErrors::default();
    let text = field(form, "reply").to_owned();
    let chars = text.chars().count();
    if chars == 0 {
        errors.add("reply", "error-required");
    } else if chars > MAX_TEXT {
        errors.add("reply", "error-too-long");
    }
    errors.into_result(|| text)
}

/// The date the recommendations were handed over to the government.
pub fn parse_handover(form: &RawForm, now: i64) -> Result<Date, FieldErrors> {
    let mut errors = FieldErrors::default();
    let date = Date::parse(field(form, "handed_over_on"));
    match date {
        None => errors.add("handed_over_on", "error-date"),
        Some(d) if d > brussels_today(now) => errors.add("handed_over_on", "error-date-future"),
        Some(_) => {}
    }
    match date {
        Some(date) => errors.into_result(|| date),
        None => Err(errors),
    }
}
