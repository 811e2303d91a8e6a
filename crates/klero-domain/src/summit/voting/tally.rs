//! The count of a vote: the turnout, every kind's figures per option and the options' ranking.
//! A full recount of a summit's ballots (a thousand or so) is cheap, so nothing is incremental.

use super::{Ballot, BallotKind, LEVELS, VoteSpec};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// How many ballots were cast, and what became of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Turnout {
    /// Every ballot cast, abstentions included.
    pub ballots: u64,
    /// Explicit abstentions: in the turnout, not in the results.
    pub abstentions: u64,
    /// Ballots that do not fit the vote ([`VoteSpec::check`]); none when every ballot was
    /// checked on the way in. Left out of the results.
    pub invalid: u64,
    /// Ballots in the results: the others.
    pub counted: u64,
}

/// The turnout of a vote, which the projector shows while it is open (without the results).
pub fn turnout(spec: &VoteSpec, ballots: &[Ballot]) -> Turnout {
    let mut turnout = Turnout::default();
    for ballot in ballots {
        turnout.ballots += 1;
        if *ballot == Ballot::Abstain {
            turnout.abstentions += 1;
        } else if spec.check(ballot).is_err() {
            turnout.invalid += 1;
        } else {
            turnout.counted += 1;
        }
    }
    turnout
}

/// Every kind's figures, one entry per option in the order of [`VoteSpec::options`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Figures {
    /// Choose one and choose up to k.
    Choice {
        /// The counted ballots that chose each option.
        votes: Vec<u64>,
    },
    /// Rank.
    Rank {
        /// Borda scores: N − i points for each time an option was ranked i-th of N.
        borda: Vec<u64>,
        /// First preferences: the ballots that ranked each option first.
        first: Vec<u64>,
        /// `positions[option][i]`: the ballots that ranked the option (i + 1)-th; a row's
        /// shortfall from the counted ballots is the ballots that left it unranked.
        positions: Vec<Vec<u64>>,
    },
    /// Points.
    Points {
        /// The points each option received in all.
        points: Vec<u64>,
    },
    /// Agreement.
    Agreement {
        /// Each option's answers.
        options: Vec<AgreementFigures>,
    },
}

/// The answers given on one option of an agreement vote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AgreementFigures {
    /// `levels[l]`: the answers at level l + 1 (strongly disagree first).
    pub levels: [u64; LEVELS as usize],
    /// The answers given (blank ones left out).
    pub answers: u64,
    /// The mean level, from 1 to 5; `None` without answers.
    pub mean: Option<f64>,
    /// The median level, halfway between the two middle answers when their number is even;
    /// `None` without answers.
    pub median: Option<f64>,
}

impl AgreementFigures {
    fn from_levels(levels: [u64; LEVELS as usize]) -> Self {
        let answers: u64 = levels.iter().sum();
        let median = match (level_at(&levels, answers / 2), answers) {
            (_, 0) | (None, _) => None,
            (Some(upper), _) => {
                let lower = level_at(&levels, (answers - 1) / 2).unwrap_or(upper);
                Some((lower + upper) as f64 / 2.0)
            }
        };
        AgreementFigures {
            levels,
            answers,
            mean: (answers > 0).then(|| level_sum(&levels) as f64 / answers as f64),
            median,
        }
    }
}

/// The sum of the levels of all answers.
fn level_sum(levels: &[u64; LEVELS as usize]) -> u64 {
    levels
        .iter()
        .zip(1..)
        .map(|(count, level)| count * level)
        .sum()
}

/// The level of the answer at `index` (from 0) when the answers are sorted.
fn level_at(levels: &[u64; LEVELS as usize], index: u64) -> Option<u64> {
    let mut below = 0;
    for (count, level) in levels.iter().zip(1..) {
        below += count;
        if index < below {
            return Some(level);
        }
    }
    None
}

/// An option's place in the ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Place {
    /// The option's index in [`VoteSpec::options`].
    pub option: usize,
    /// Its place from 1; tied options share the place, and the next is skipped (1, 2, 2, 4).
    pub place: usize,
    /// Whether another option has the same headline figure.
    pub tied: bool,
}

/// A closed vote's count: the vote, the turnout, every figure and the ranking. Serialised, it
/// is the published breakdown; the store keeps it in that form when the vote closes and reads
/// it back, so that published results never change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Results {
    #[serde(flatten)]
    spec: VoteSpec,
    turnout: Turnout,
    figures: Figures,
    ranking: Vec<Place>,
}

impl Results {
    /// The vote counted.
    pub fn spec(&self) -> &VoteSpec {
        &self.spec
    }

    /// How many ballots were cast, abstained, invalid and counted.
    pub fn turnout(&self) -> Turnout {
        self.turnout
    }

    /// The figures per option.
    pub fn figures(&self) -> &Figures {
        &self.figures
    }

    /// Every option from best to worst by its headline figure (votes, Borda score, points or
    /// mean level; an agreement option nobody answered comes last), ties in the order of the
    /// options and flagged.
    pub fn ranking(&self) -> &[Place] {
        &self.ranking
    }
}

/// Counts `ballots` for `spec`. Abstentions and ballots that fail [`VoteSpec::check`] are in
/// the turnout only.
pub fn tally(spec: &VoteSpec, ballots: &[Ballot]) -> Results {
    let n = spec.options().len();
    let counted = || {
        ballots
            .iter()
            .filter(|b| **b != Ballot::Abstain && spec.check(b).is_ok())
    };
    let figures = match spec.kind() {
        BallotKind::ChooseOne | BallotKind::ChooseUpTo { .. } => {
            let mut votes = vec![0; n];
            for ballot in counted() {
                match ballot {
                    Ballot::One(option) => add(&mut votes, *option, 1),
                    Ballot::Several(chosen) => {
                        for &option in chosen {
                            add(&mut votes, option, 1);
                        }
                    }
                    _ => {}
                }
            }
            Figures::Choice { votes }
        }
        BallotKind::Rank => {
            let (mut borda, mut first, mut positions) =
                (vec![0; n], vec![0; n], vec![vec![0; n]; n]);
            for ballot in counted() {
                let Ballot::Ranking(order) = ballot else {
                    continue;
                };
                for (i, &option) in order.iter().enumerate() {
                    add(&mut borda, option, n.saturating_sub(i + 1) as u64);
                    if i == 0 {
                        add(&mut first, option, 1);
                    }
                    if let Some(row) = positions.get_mut(option) {
                        add(row, i, 1);
                    }
                }
            }
            Figures::Rank {
                borda,
                first,
                positions,
            }
        }
        BallotKind::Points { .. } => {
            let mut points = vec![0; n];
            for ballot in counted() {
                if let Ballot::Points(given) = ballot {
                    for (option, &p) in given.iter().enumerate() {
                        add(&mut points, option, u64::from(p));
                    }
                }
            }
            Figures::Points { points }
        }
        BallotKind::Agreement => {
            let mut counts = vec![[0; LEVELS as usize]; n];
            for ballot in counted() {
                let Ballot::Levels(levels) = ballot else {
                    continue;
                };
                for (row, level) in counts.iter_mut().zip(levels) {
                    if let Some(level) = level.and_then(|l| usize::from(l).checked_sub(1)) {
                        add(row, level, 1);
                    }
                }
            }
            Figures::Agreement {
                options: counts
                    .into_iter()
                    .map(AgreementFigures::from_levels)
                    .collect(),
            }
        }
    };
    Results {
        spec: spec.clone(),
        turnout: turnout(spec, ballots),
        ranking: rank(&figures),
        figures,
    }
}

fn add(counts: &mut [u64], index: usize, amount: u64) {
    if let Some(count) = counts.get_mut(index) {
        *count += amount;
    }
}

/// An option's headline figure, compared to rank the options.
#[derive(Clone, Copy)]
enum Headline {
    /// Votes, a Borda score or points: more is better.
    Total(u64),
    /// A mean level as sum / answers: higher is better; no answers ranks last.
    Mean { sum: u64, answers: u64 },
}

impl Headline {
    /// `Greater` when `self` ranks above `other`.
    fn compare(self, other: Headline) -> Ordering {
        match (self, other) {
            (Headline::Total(a), Headline::Total(b)) => a.cmp(&b),
            (Headline::Mean { answers: 0, .. }, Headline::Mean { answers: 0, .. }) => {
                Ordering::Equal
            }
            (Headline::Mean { answers: 0, .. }, _) => Ordering::Less,
            (_, Headline::Mean { answers: 0, .. }) => Ordering::Greater,
            (Headline::Mean { sum: a, answers: m }, Headline::Mean { sum: b, answers: n }) => {
                (u128::from(a) * u128::from(n)).cmp(&(u128::from(b) * u128::from(m)))
            }
            // Not produced together by one vote.
            (Headline::Total(_), Headline::Mean { .. }) => Ordering::Greater,
            (Headline::Mean { .. }, Headline::Total(_)) => Ordering::Less,
        }
    }
}

fn rank(figures: &Figures) -> Vec<Place> {
    let headlines: Vec<Headline> = match figures {
        Figures::Choice { votes } => votes.iter().map(|&v| Headline::Total(v)).collect(),
        Figures::Rank { borda, .. } => borda.iter().map(|&s| Headline::Total(s)).collect(),
        Figures::Points { points } => points.iter().map(|&p| Headline::Total(p)).collect(),
        Figures::Agreement { options } => options
            .iter()
            .map(|o| Headline::Mean {
                sum: level_sum(&o.levels),
                answers: o.answers,
            })
            .collect(),
    };
    let mut order: Vec<(usize, Headline)> = headlines.into_iter().enumerate().collect();
    // Stable: equal headlines stay in the order of the options.
    order.sort_by(|(_, a), (_, b)| b.compare(*a));
    let mut places: Vec<Place> = Vec::with_capacity(order.len());
    let mut previous: Option<Headline> = None;
    for (i, &(option, headline)) in order.iter().enumerate() {
        let tied_above = previous.is_some_and(|p| p.compare(headline) == Ordering::Equal);
        let place = match (tied_above, places.last_mut()) {
            (true, Some(last)) => {
                last.tied = true;
                last.place
            }
            _ => i + 1,
        };
        places.push(Place {
            option,
            place,
            tied: tied_above,
        });
        previous = Some(headline);
    }
    places
}
