//! The final vote on a recommendation: its rule, declared before it opens, and its ballots,
//! which are the summit's (see the module above). Members vote for, against or abstain; staff
//! enter paper ballots; a voter's second ballot replaces the first.

use crate::input::{FieldErrors, RawForm, field};
use crate::summit::voting::{Ballot, BallotKind, Eligibility, Figures, VoteSpec, tally};
pub use klero_decide::{Base, Counts, DecideError, Outcome, Rule, decide};

/// A member's choice on a recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Choice {
    /// In favour.
    For,
    /// Against (an objection, under consent).
    Against,
    /// Abstains (stands aside, under consent).
    Abstain,
}

impl Choice {
    /// Every choice, in the order ballots show them.
    pub const ALL: [Choice; 3] = [Choice::For, Choice::Against, Choice::Abstain];

    /// The submitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            Choice::For => "for",
            Choice::Against => "against",
            Choice::Abstain => "abstain",
        }
    }

    /// Parses [`Choice::as_str`]'s names.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text.trim())
    }

    /// The summit ballot that carries this choice on [`spec`]'s vote.
    pub fn ballot(self) -> Ballot {
        match self {
            Choice::For => Ballot::One(0),
            Choice::Against => Ballot::One(1),
            Choice::Abstain => Ballot::Abstain,
        }
    }

    /// The choice a stored ballot carries, if it is one of ours.
    pub fn of(ballot: &Ballot) -> Option<Self> {
        match ballot {
            Ballot::One(0) => Some(Choice::For),
            Ballot::One(1) => Some(Choice::Against),
            Ballot::Abstain => Some(Choice::Abstain),
            _ => None,
        }
    }
}

/// The summit vote every recommendation's vote is: one choice between "for" and "against",
/// abstention allowed, drawn members only.
pub fn spec() -> VoteSpec {
    VoteSpec::new(
        "Recommendation",
        ["for", "against"],
        BallotKind::ChooseOne,
        Eligibility::DrawnOnly,
    )
    .expect("a fixed, valid vote")
}

/// The counts of `ballots`, by the summit's tally.
pub fn count(ballots: &[Ballot]) -> Counts {
    let results = tally(&spec(), ballots);
    let votes = match results.figures() {
        Figures::Choice { votes } => votes.clone(),
        _ => Vec::new(),
    };
    let at = |i: usize| u32::try_from(votes.get(i).copied().unwrap_or(0)).unwrap_or(u32::MAX);
    Counts {
        for_votes: at(0),
        against: at(1),
        abstain: u32::try_from(results.turnout().abstentions).unwrap_or(u32::MAX),
    }
}

/// Parses a rule from fields `rule` (`majority`, `qualified` or `consent`), `abstentions`
/// (`count` or `ignore`, for a majority or a qualified share of votes cast), `share` (a
/// percentage above 50 and at most 100, one decimal allowed: `80`, `66,7`), `base` (`cast` or
/// `present`) and `objections` (a whole number, for consent).
pub fn parse_rule(form: &RawForm) -> Result<Rule, FieldErrors> {
    let mut errors = FieldErrors::default();
    let abstentions = match field(form, "abstentions") {
        "count" => Some(true),
        "ignore" => Some(false),
        _ => None,
    };
    let rule = match field(form, "rule") {
        "majority" => abstentions.map(|abstentions_count| Rule::Majority { abstentions_count }),
        "qualified" => {
            let permille = parse_permille(field(form, "share"));
            if permille.is_none() {
                errors.add("share", "error-rule-share");
            }
            let base = match field(form, "base") {
                "cast" => Some(Base::Cast),
                "present" => Some(Base::Present),
                _ => {
                    errors.add("base", "error-choose-one");
                    None
                }
            };
            match (permille, base) {
                (Some(permille), Some(Base::Present)) => Some(Rule::Qualified {
                    permille,
                    base: Base::Present,
                    abstentions_count: false,
                }),
                (Some(permille), Some(Base::Cast)) => {
                    abstentions.map(|abstentions_count| Rule::Qualified {
                        permille,
                        base: Base::Cast,
                        abstentions_count,
                    })
                }
                _ => None,
            }
        }
        "consent" => match field(form, "objections").parse::<u32>() {
            Ok(n) if n <= 1_000 => Some(Rule::Consent {
                objections_allowed: n,
            }),
            _ => {
                errors.add("objections", "error-whole-number");
                None
            }
        },
        _ => {
            errors.add("rule", "error-choose-one");
            None
        }
    };
    let needs_abstentions = match field(form, "rule") {
        "majority" => true,
        "qualified" => field(form, "base") == "cast",
        _ => false,
    };
    if needs_abstentions && abstentions.is_none() {
        errors.add("abstentions", "error-choose-one");
    }
    match rule {
        Some(rule) if rule.check().is_ok() => errors.into_result(|| rule),
        Some(_) => {
            errors.add("share", "error-rule-share");
            Err(errors)
        }
        None => Err(errors),
    }
}

/// A percentage with at most one decimal (`80`, `66,7`, `66.7 %`) in per mille, above 500 and
/// at most 1000.
fn parse_permille(text: &str) -> Option<u32> {
    let text = text.trim().trim_end_matches('%').trim();
    let (whole, decimal) = match text.split_once([',', '.']) {
        Some((w, d)) => (w, d),
        None => (text, "0"),
    };
    if whole.is_empty()
        || whole.len() > 3
        || decimal.len() != 1
        || !whole
            .bytes()
            .chain(decimal.bytes())
            .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let permille = whole.parse::<u32>().ok()? * 10 + decimal.parse::<u32>().ok()?;
    (501..=1000).contains(&permille).then_some(permille)
}

/// The form's values of `rule`, to fill the rule form again.
pub fn rule_fields(rule: &Rule) -> RawForm {
    let mut form = RawForm::new();
    let mut set = |k: &str, v: String| {
        form.insert(k.to_owned(), v);
    };
    match *rule {
        Rule::Majority { abstentions_count } => {
            set("rule", "majority".into());
            set(
                "abstentions",
                if abstentions_count { "count" } else { "ignore" }.into(),
            );
        }
        Rule::Qualified {
            permille,
            base,
            abstentions_count,
        } => {
            set("rule", "qualified".into());
            set("share", percent_text(permille));
            set(
                "base",
                match base {
                    Base::Cast => "cast",
                    Base::Present => "present",
                }
                .into(),
            );
            set(
                "abstentions",
                if abstentions_count { "count" } else { "ignore" }.into(),
            );
        }
        Rule::Consent { objections_allowed } => {
            set("rule", "consent".into());
            set("objections", objections_allowed.to_string());
        }
    }
    form
}

/// Per mille as a percentage with a decimal only when needed (`80`, `66.7`).
pub fn percent_text(permille: u32) -> String {
    if permille.is_multiple_of(10) {
        (permille / 10).to_string()
    } else {
        format!("{}.{}", permille / 10, permille % 10)
    }
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
    fn choices_travel_as_summit_ballots_and_are_counted_by_the_summits_tally() {
        let ballots: Vec<Ballot> = [
            Choice::For,
            Choice::For,
            Choice::Against,
            Choice::Abstain,
            Choice::For,
        ]
        .iter()
        .map(|c| c.ballot())
        .collect();
        assert!(ballots.iter().all(|b| spec().check(b).is_ok()));
        assert_eq!(
            count(&ballots),
            Counts {
                for_votes: 3,
                against: 1,
                abstain: 1
            }
        );
        for choice in Choice::ALL {
            assert_eq!(Choice::of(&choice.ballot()), Some(choice));
        }
        assert_eq!(count(&[]), Counts::default());
    }

    #[test]
    fn rules_are_read_from_the_form_with_every_problem_named() {
        assert_eq!(
            parse_rule(&form(&[
                ("rule", "qualified"),
                ("share", "80"),
                ("base", "present")
            ])),
            Ok(Rule::Qualified {
                permille: 800,
                base: Base::Present,
                abstentions_count: false
            })
        );
        assert_eq!(
            parse_rule(&form(&[
                ("rule", "qualified"),
                ("share", "66,7 %"),
                ("base", "cast"),
                ("abstentions", "count")
            ])),
            Ok(Rule::Qualified {
                permille: 667,
                base: Base::Cast,
                abstentions_count: true
            })
        );
        assert_eq!(
            parse_rule(&form(&[("rule", "consent"), ("objections", "2")])),
            Ok(Rule::Consent {
                objections_allowed: 2
            })
        );
        let errors = parse_rule(&form(&[("rule", "qualified"), ("share", "40")])).expect_err("");
        assert!(errors.get("share").is_some() && errors.get("base").is_some());
        let errors = parse_rule(&form(&[("rule", "majority")])).expect_err("");
        assert_eq!(errors.get("abstentions"), Some("error-choose-one"));
        assert!(parse_rule(&form(&[])).is_err());
        for rule in [
            Rule::Majority {
                abstentions_count: true,
            },
            Rule::Qualified {
                permille: 667,
                base: Base::Cast,
                abstentions_count: false,
            },
            Rule::Consent {
                objections_allowed: 0,
            },
        ] {
            assert_eq!(parse_rule(&rule_fields(&rule)), Ok(rule));
        }
    }
}
