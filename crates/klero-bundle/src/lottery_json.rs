//! `lottery.json`: the lottery published before the seed, and everything needed to check it
//! without solving anything: each person's chance under the algorithm and in the lottery, the
//! lottery's distinct panels with their counts, the exact distribution it rounds, and the
//! certificate. The commitment covers its SHA-256 (`docs/verification.md`).

use klero_select::{Distribution, ENGINE_VERSION, Instance, Lottery};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// The `format` of `lottery.json`.
pub const LOTTERY_FORMAT: &str = "kleroterion-lottery/1";

/// The content of `lottery.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LotteryFile {
    /// Always [`LOTTERY_FORMAT`].
    pub format: String,
    /// The engine that found the distribution.
    pub engine: String,
    /// The algorithm (`leximin`, `maximin`...).
    pub algorithm: String,
    /// The inputs' digest (64 hexadecimal digits): the commitment's first part.
    pub inputs: String,
    /// Seats on the panel.
    pub panel_size: u32,
    /// `m`: the number of equally likely panels.
    pub m: u64,
    /// The largest difference between anyone's chance in the lottery and under the algorithm.
    pub max_change: f64,
    /// The smallest chance under the algorithm.
    pub min_probability: f64,
    /// Groups of interchangeable people (same values, same household or none): the members' ids
    /// in the order they take the group's seats.
    pub groups: Vec<Vec<String>>,
    /// The lottery's distinct panels, in order: panel `j` holds the numbers from the sum of the
    /// counts before it, `count` of them.
    pub panels: Vec<LotteryPanel>,
    /// Everyone, in pool order: their chance under the algorithm and on how many of the `m`
    /// panels they are.
    pub people: Vec<PersonChance>,
    /// The exact distribution the lottery rounds: panels told by seats per group.
    pub exact_panels: Vec<ExactPanel>,
    /// Proof that no distribution gives everyone a higher chance (LEXIMIN and MAXIMIN only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<CertificateJson>,
    /// What the algorithm optimises, its value and the bound it proves (not LEGACY).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub optimality: Option<OptimalityJson>,
}

/// The algorithm's objective, its value and a proven bound on the optimum.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptimalityJson {
    /// The objective, in words.
    pub objective: String,
    /// Whether larger is better (the bound is then an upper bound, else a lower one).
    pub maximise: bool,
    /// The objective's value.
    pub value: f64,
    /// The proven bound: no distribution does better.
    pub bound: f64,
    /// One sentence for people.
    pub statement: String,
}

/// A distinct panel of the lottery.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LotteryPanel {
    /// How many of the `m` numbers select it.
    pub count: u64,
    /// `[group, seats]` pairs, by group.
    pub seats: Vec<(u32, u32)>,
}

/// A person's chances.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PersonChance {
    /// The pseudonymous id.
    pub id: String,
    /// The chance under the algorithm.
    pub probability: f64,
    /// On how many of the `m` panels they are (their chance in the lottery is this over `m`).
    pub lottery_count: u64,
}

/// A panel of the exact distribution.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExactPanel {
    /// The panel's probability.
    pub probability: f64,
    /// `[group, seats]` pairs: any `seats` members of the group, each choice equally likely.
    pub seats: Vec<(u32, u32)>,
}

/// The certificate: weights such that no valid panel weighs more than `max_panel_weight`, hence
/// no lottery gives everyone more than that chance.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CertificateJson {
    /// The smallest selection probability the distribution achieves.
    pub min_probability: f64,
    /// The heaviest valid panel's weight, as the engine found it.
    pub max_panel_weight: f64,
    /// The weight of each person with a positive weight, by id (everyone else weighs 0).
    pub dual_weights: BTreeMap<String, f64>,
}

impl LotteryFile {
    /// The file of a distribution and its lottery, for inputs with digest `inputs`.
    pub fn new(
        instance: &Instance,
        inputs: &klero_select::Commitment,
        distribution: &Distribution,
        lottery: &Lottery,
    ) -> Self {
        let id = |i: usize| instance.people()[i].id.clone();
        let groups: Vec<Vec<String>> = lottery
            .type_members
            .iter()
            .map(|members| members.iter().map(|&i| id(i)).collect())
            .collect();
        // The exact panels name the same groups as the lottery (both are the engine's types).
        let group_of: HashMap<&[usize], u32> = lottery
            .type_members
            .iter()
            .enumerate()
            .map(|(g, members)| (members.as_slice(), g as u32))
            .collect();
        let exact_panels = distribution
            .grouped_panels()
            .into_iter()
            .map(|panel| ExactPanel {
                probability: panel.probability,
                seats: {
                    let mut seats: Vec<(u32, u32)> = panel
                        .seats
                        .iter()
                        .filter_map(|&(members, n)| Some((*group_of.get(members)?, n)))
                        .collect();
                    seats.sort_unstable();
                    seats
                },
            })
            .collect();
        let certificate = distribution.certificate.as_ref().map(|c| CertificateJson {
            min_probability: c.min_probability,
            max_panel_weight: c.max_panel_weight,
            dual_weights: c
                .weights
                .iter()
                .enumerate()
                .filter(|&(_, &y)| y > 0.0)
                .map(|(i, &y)| (id(i), y))
                .collect(),
        });
        Self {
            format: LOTTERY_FORMAT.to_owned(),
            engine: ENGINE_VERSION.to_owned(),
            algorithm: distribution.algorithm.name().to_owned(),
            inputs: inputs.to_hex(),
            panel_size: instance.panel_size(),
            m: lottery.m,
            max_change: lottery.max_change,
            min_probability: distribution.min_probability(),
            groups,
            panels: lottery
                .panels
                .iter()
                .map(|(count, seats)| LotteryPanel {
                    count: *count,
                    seats: seats.clone(),
                })
                .collect(),
            people: instance
                .people()
                .iter()
                .enumerate()
                .map(|(i, p)| PersonChance {
                    id: p.id.clone(),
                    probability: distribution.probabilities.get(i).copied().unwrap_or(0.0),
                    lottery_count: lottery.counts.get(i).copied().unwrap_or(0),
                })
                .collect(),
            exact_panels,
            certificate,
            optimality: distribution.optimality.as_ref().map(|o| OptimalityJson {
                objective: o.objective.clone(),
                maximise: o.maximise,
                value: o.value,
                bound: o.bound,
                statement: o.statement.clone(),
            }),
        }
    }

    /// The file's bytes, in the bundle's canonical JSON layout (what the commitment covers).
    pub fn to_bytes(&self) -> Result<Vec<u8>, String> {
        crate::json::to_bytes(self)
    }

    /// The chances under the algorithm, in pool order.
    pub fn probabilities(&self) -> Vec<f64> {
        self.people.iter().map(|p| p.probability).collect()
    }

    /// The lottery the file describes, for `instance`'s pool: the ids must be the pool's, in
    /// its order, the groups must cover it, and each person's `lottery_count` must be what the
    /// expansion gives. `Err` says what differs.
    pub fn lottery(&self, instance: &Instance) -> Result<Lottery, String> {
        let people = instance.people();
        if self.people.len() != people.len() {
            return Err(format!(
                "it lists {} people and the pool has {}",
                self.people.len(),
                people.len()
            ));
        }
        if let Some((at, (listed, person))) = self
            .people
            .iter()
            .zip(people)
            .enumerate()
            .find(|(_, (listed, person))| listed.id != person.id)
        {
            return Err(format!(
                "person {} is `{}` but the pool's is `{}`",
                at + 1,
                listed.id,
                person.id
            ));
        }
        let index: HashMap<&str, usize> = people
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i))
            .collect();
        let type_members = self
            .groups
            .iter()
            .enumerate()
            .map(|(g, ids)| {
                ids.iter()
                    .map(|id| {
                        index.get(id.as_str()).copied().ok_or_else(|| {
                            format!("group {g} names `{id}`, who is not in the pool")
                        })
                    })
                    .collect::<Result<Vec<usize>, String>>()
            })
            .collect::<Result<Vec<_>, String>>()?;
        let panels = self
            .panels
            .iter()
            .map(|p| (p.count, p.seats.clone()))
            .collect();
        let mut lottery = Lottery::from_parts(people.len(), self.m, type_members, panels)?;
        if let Some((i, p)) = self
            .people
            .iter()
            .enumerate()
            .find(|(i, p)| p.lottery_count != lottery.counts[*i])
        {
            return Err(format!(
                "`{}` is said to be on {} of the panels, but the panels put them on {}",
                p.id, p.lottery_count, lottery.counts[i]
            ));
        }
        lottery.max_change = self.max_change;
        Ok(lottery)
    }

    /// The certificate's weights, one per person of `instance` in pool order; `Err` names an id
    /// that is not in the pool.
    pub fn weights(certificate: &CertificateJson, instance: &Instance) -> Result<Vec<f64>, String> {
        let mut weights = vec![0.0; instance.people().len()];
        let index: HashMap<&str, usize> = instance
            .people()
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.as_str(), i))
            .collect();
        for (id, &y) in &certificate.dual_weights {
            let &i = index
                .get(id.as_str())
                .ok_or_else(|| format!("the certificate weighs `{id}`, who is not in the pool"))?;
            weights[i] = y;
        }
        Ok(weights)
    }
}
