//! The members' anonymous evaluation of each session, on questions the organiser picks from a
//! standard set modelled on the OECD's *Evaluation Guidelines for Representative Deliberative
//! Processes* (2021): the quality of the information, being heard, neutral facilitation, enough
//! time, and whether they would recommend taking part, each on a five-level agreement scale,
//! plus an open question the organiser may add. Answers are counted per question: how many at
//! each level, and the mean.

use crate::input::{FieldErrors, MAX_TEXT, RawForm, field};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The levels of agreement: 1 strongly disagree … 5 strongly agree.
pub const LEVELS: u8 = 5;

/// A standard question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Question {
    /// "The information we received was clear, balanced and enough to decide."
    Information,
    /// "I could say what I think and was listened to."
    Heard,
    /// "The facilitation was neutral: it did not steer us towards an answer."
    Neutral,
    /// "We had enough time to discuss and to decide."
    Time,
    /// "I would recommend taking part in a citizens' assembly to others."
    Recommend,
}

impl Question {
    /// The standard set, in the order the questionnaire asks them.
    pub const ALL: [Question; 5] = [
        Question::Information,
        Question::Heard,
        Question::Neutral,
        Question::Time,
        Question::Recommend,
    ];

    /// The stored and submitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            Question::Information => "information",
            Question::Heard => "heard",
            Question::Neutral => "neutral",
            Question::Time => "time",
            Question::Recommend => "recommend",
        }
    }

    /// Parses [`Question::as_str`]'s names.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|q| q.as_str() == text.trim())
    }
}

/// One member's answers about one session.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    /// The level given to each question answered (questions may be left out).
    pub answers: BTreeMap<Question, u8>,
    /// The answer to the open question (may be empty).
    pub comment: String,
}

impl Response {
    /// Parses a questionnaire: a field `q_{name}` holding 1 to 5 for each of `asked`, and
    /// `comment`. Questions may be skipped, but not everything: an empty questionnaire is
    /// refused on its first question.
    pub fn parse(form: &RawForm, asked: &[Question]) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::default();
        let mut answers = BTreeMap::new();
        for question in asked {
            let name = format!("q_{}", question.as_str());
            match field(form, &name) {
                "" => {}
                text => match text.parse::<u8>() {
                    Ok(level) if (1..=LEVELS).contains(&level) => {
                        answers.insert(*question, level);
                    }
                    _ => errors.add(&name, "error-choose-one"),
                },
            }
        }
        let comment = field(form, "comment").replace("\r\n", "\n");
        if comment.chars().count() > MAX_TEXT {
            errors.add("comment", "error-too-long");
        }
        if errors.is_empty() && answers.is_empty() && comment.is_empty() {
            let first = asked
                .first()
                .map(|q| format!("q_{}", q.as_str()))
                .unwrap_or_else(|| "comment".to_owned());
            errors.add(&first, "error-evaluation-empty");
        }
        errors.into_result(|| Response { answers, comment })
    }
}

/// The answers to one question: how many chose each level, and their mean.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// `levels[i]`: how many answered level i + 1.
    pub levels: [u32; LEVELS as usize],
}

impl Tally {
    /// How many answered.
    pub fn answers(&self) -> u32 {
        self.levels.iter().sum()
    }

    /// The mean level, `None` without answers.
    pub fn mean(&self) -> Option<f64> {
        let n = self.answers();
        (n > 0).then(|| {
            let sum: u32 = self
                .levels
                .iter()
                .zip(1u32..)
                .map(|(count, level)| count * level)
                .sum();
            f64::from(sum) / f64::from(n)
        })
    }

    /// The share (0 to 100) of the answers that agree (levels 4 and 5), `None` without answers.
    pub fn agree_percent(&self) -> Option<f64> {
        let n = self.answers();
        (n > 0).then(|| f64::from(self.levels[3] + self.levels[4]) * 100.0 / f64::from(n))
    }
}

/// Every question's tally over `responses`, for the questions `asked` (in their order).
pub fn tally<'a>(
    asked: &[Question],
    responses: impl IntoIterator<Item = &'a Response>,
) -> Vec<(Question, Tally)> {
    let mut tallies: Vec<(Question, Tally)> =
        asked.iter().map(|q| (*q, Tally::default())).collect();
    for response in responses {
        for (question, tally) in &mut tallies {
            if let Some(level) = response.answers.get(question)
                && (1..=LEVELS).contains(level)
            {
                tally.levels[usize::from(*level - 1)] += 1;
            }
        }
    }
    tallies
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(fields: &[(&str, &str)]) -> RawForm {
        fields
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn a_questionnaire_takes_levels_one_to_five_and_refuses_nothing_at_all() {
        let asked = [Question::Information, Question::Time];
        let response = Response::parse(
            &form(&[("q_information", "4"), ("comment", "Trop court")]),
            &asked,
        )
        .expect("valid");
        assert_eq!(response.answers.get(&Question::Information), Some(&4));
        assert_eq!(response.answers.len(), 1);
        let errors = Response::parse(&form(&[("q_time", "6")]), &asked).expect_err("out of range");
        assert_eq!(errors.get("q_time"), Some("error-choose-one"));
        let errors = Response::parse(&form(&[]), &asked).expect_err("empty");
        assert_eq!(errors.get("q_information"), Some("error-evaluation-empty"));
        // A question not asked is ignored.
        let errors = Response::parse(&form(&[("q_heard", "5")]), &asked).expect_err("not asked");
        assert!(errors.get("q_information").is_some());
    }

    #[test]
    fn tallies_count_levels_and_means_against_a_direct_count() {
        let asked = Question::ALL;
        let responses: Vec<Response> = (0u8..20)
            .map(|i| Response {
                answers: asked
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| (usize::from(i) + j) % 3 != 0)
                    .map(|(j, q)| (*q, (i + j as u8) % 5 + 1))
                    .collect(),
                comment: String::new(),
            })
            .collect();
        for (question, tally) in tally(&asked, &responses) {
            let levels: Vec<u8> = responses
                .iter()
                .filter_map(|r| r.answers.get(&question).copied())
                .collect();
            assert_eq!(tally.answers() as usize, levels.len());
            let mean = levels.iter().map(|l| f64::from(*l)).sum::<f64>() / levels.len() as f64;
            assert!((tally.mean().expect("answers") - mean).abs() < 1e-12);
            let agree =
                levels.iter().filter(|l| **l >= 4).count() as f64 * 100.0 / levels.len() as f64;
            assert!((tally.agree_percent().expect("answers") - agree).abs() < 1e-12);
        }
        assert_eq!(Tally::default().mean(), None);
    }
}
