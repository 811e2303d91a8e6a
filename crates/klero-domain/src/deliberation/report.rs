//! The citizens' report: what the panel adopted and how, as published. It is a snapshot made
//! when the organisers publish it (and again when they publish a corrected one), so the public
//! page, its PDFs and the follow-up's links read the same words whatever changes later.

use super::draft::{Content, Wording};
use super::session::TimeOfDay;
use crate::assembly::Date;
use crate::lang::{Lang, Localised};
use klero_decide::{Counts, Outcome, Rule};
use serde::{Deserialize, Serialize};

/// The longest minority note, in characters.
pub const MAX_MINORITY: usize = 1_500;

/// A session as the report tells it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportSession {
    /// The day.
    pub date: Date,
    /// When it started.
    pub starts: TimeOfDay,
    /// When it ended.
    pub ends: TimeOfDay,
    /// What was on the agenda.
    pub agenda: Localised,
    /// Members recorded present.
    pub present: u32,
}

/// A minority position attached to a recommendation by a member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MinorityNote {
    /// The member's name, only when they agreed to be named.
    pub by: Option<String>,
    /// The position, in the member's words.
    pub text: String,
}

/// An adopted recommendation as the report gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportRecommendation {
    /// Its number in the report (1, 2, 3..., in the order of the drafts).
    pub number: u32,
    /// The number of the draft it was adopted as (the panel's own numbering).
    pub draft: u32,
    /// Its words in every language it has.
    pub content: Content,
    /// The count.
    pub counts: Counts,
    /// Members present, where the rule counted them.
    pub present: Option<u32>,
    /// The rule declared before the vote.
    pub rule: Rule,
    /// The outcome under the rule.
    pub outcome: Outcome,
    /// Minority notes.
    pub minority: Vec<MinorityNote>,
}

impl ReportRecommendation {
    /// Its words in `lang`, or in the first language it has.
    pub fn wording(&self, lang: Lang) -> Option<(Lang, &Wording)> {
        self.content
            .get_key_value(&lang)
            .or_else(|| self.content.iter().next())
            .map(|(l, w)| (*l, w))
    }
}

/// The whole report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// The assembly's name.
    pub assembly: Localised,
    /// The panel's theme.
    pub theme: Localised,
    /// The panel's number in the assembly.
    pub panel: u32,
    /// The panel's first and last day.
    pub starts_on: Date,
    /// The last day.
    pub ends_on: Date,
    /// Members drawn.
    pub size: u32,
    /// The sessions held, in date order.
    pub sessions: Vec<ReportSession>,
    /// The experts who brought evidence (their names).
    pub experts: Vec<String>,
    /// The members who agreed to be named.
    pub named: Vec<String>,
    /// The adopted recommendations.
    pub recommendations: Vec<ReportRecommendation>,
    /// Recommendations put to the vote and not adopted (their titles in every language).
    pub not_adopted: Vec<Localised>,
    /// The members' evaluation of the sessions, all sessions together: each question's
    /// tally, and how many questionnaires were answered.
    #[serde(default)]
    pub evaluation: Vec<(super::evaluation::Question, super::evaluation::Tally)>,
    /// Questionnaires answered.
    #[serde(default)]
    pub questionnaires: u32,
    /// When it was published (seconds since the Unix epoch).
    pub published_at: i64,
}

impl Report {
    /// The languages the report can be read in: those of its recommendations, in the
    /// platform's order (every recommendation has at least one).
    pub fn languages(&self) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|l| {
                self.recommendations
                    .iter()
                    .any(|r| r.content.contains_key(l))
            })
            .collect()
    }
}

/// Checks a minority note as typed: trimmed, not empty, at most [`MAX_MINORITY`] characters.
pub fn minority_note(text: &str) -> Result<String, &'static str> {
    let text = text.trim().replace("\r\n", "\n");
    match text.chars().count() {
        0 => Err("error-required"),
        n if n > MAX_MINORITY => Err("error-too-long"),
        _ => Ok(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minority_notes_are_trimmed_and_bounded() {
        assert_eq!(
            minority_note("  Je ne suis pas d'accord.\r\nVoici pourquoi. "),
            Ok("Je ne suis pas d'accord.\nVoici pourquoi.".into())
        );
        assert_eq!(minority_note("   "), Err("error-required"));
        assert_eq!(
            minority_note(&"x".repeat(MAX_MINORITY + 1)),
            Err("error-too-long")
        );
    }

    #[test]
    fn the_report_reads_in_the_languages_of_its_recommendations() {
        let mut content = Content::new();
        content.insert(Lang::Fr, Wording::default());
        content.insert(Lang::Nl, Wording::default());
        let recommendation = ReportRecommendation {
            number: 1,
            draft: 1,
            content,
            counts: Counts::default(),
            present: None,
            rule: Rule::Consent {
                objections_allowed: 0,
            },
            outcome: Outcome {
                passed: true,
                base: 0,
                share_bp: None,
                needed: None,
            },
            minority: Vec::new(),
        };
        let day = Date::from_ymd(2026, 9, 12).expect("date");
        let report = Report {
            assembly: Localised::new(),
            theme: Localised::new(),
            panel: 1,
            starts_on: day,
            ends_on: day,
            size: 100,
            sessions: Vec::new(),
            experts: Vec::new(),
            named: Vec::new(),
            recommendations: vec![recommendation.clone()],
            not_adopted: Vec::new(),
            evaluation: Vec::new(),
            questionnaires: 0,
            published_at: 0,
        };
        assert_eq!(report.languages(), vec![Lang::Nl, Lang::Fr]);
        assert_eq!(
            recommendation.wording(Lang::En).map(|(l, _)| l),
            Some(Lang::Nl)
        );
    }
}
