//! `distribution.json`: the lottery's distinct panels (what the draw picks from), the exact
//! distribution by groups of interchangeable people, and the certificate of optimality.

use crate::Outcome;
use klero_select::{ENGINE_VERSION, Instance};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// The content of `distribution.json`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DistributionJson {
    /// `leximin`, `maximin` or `legacy`.
    pub algorithm: String,
    /// The engine that found the distribution.
    pub engine: String,
    /// The lottery's distinct panels: identical panels merged, each with its probability
    /// (`count / m`) and the draw numbers (1 to `m`) that select it.
    pub panels: Vec<LotteryPanelJson>,
    /// The lottery's figures.
    pub lottery: LotteryJson,
    /// Proof that no distribution gives everyone a higher chance (LEXIMIN and MAXIMIN only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<CertificateJson>,
    /// Groups of interchangeable people (same features, no household constraint between them
    /// that sets them apart), referred to by index in `exact_panels`.
    pub groups: Vec<GroupJson>,
    /// The exact distribution the lottery rounds: panels told by seats per group.
    pub exact_panels: Vec<GroupedPanelJson>,
}

/// One distinct panel of the lottery.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LotteryPanelJson {
    /// `numbers.len() / m`.
    pub probability: f64,
    /// The draw numbers, 1 to `m`, that select this panel.
    pub numbers: Vec<u32>,
    /// The members' ids, in pool order.
    pub members: Vec<String>,
}

/// The lottery's figures.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LotteryJson {
    /// `m`: equally likely panels.
    pub panels: u32,
    /// The number (1 to `m`) the seed drew.
    pub drawn: u32,
    /// The largest change of anyone's probability from the exact distribution.
    pub max_change: f64,
    /// Whether `max_change` is proven the smallest possible.
    pub optimal: bool,
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

/// A group of interchangeable people.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupJson {
    /// The members' ids, in pool order.
    pub members: Vec<String>,
}

/// A panel of the exact distribution: `seats[i] = [group, n]` means any `n` members of the group,
/// each choice equally likely.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupedPanelJson {
    /// The panel's probability.
    pub probability: f64,
    /// `[group index, seats]` pairs.
    pub seats: Vec<(usize, u32)>,
}

impl DistributionJson {
    /// The distribution file of a run.
    pub fn new(instance: &Instance, outcome: &Outcome) -> Self {
        let id = |i: usize| instance.people()[i].id.clone();
        let lottery = &outcome.lottery;
        let m = lottery.panels.len();
        // Distinct lottery panels, by first draw number.
        let mut index: HashMap<&[usize], usize> = HashMap::new();
        let mut panels: Vec<(&[usize], Vec<u32>)> = Vec::new();
        for (j, members) in lottery.panels.iter().enumerate() {
            let at = *index.entry(members.as_slice()).or_insert_with(|| {
                panels.push((members.as_slice(), Vec::new()));
                panels.len() - 1
            });
            panels[at].1.push(j as u32 + 1);
        }
        let panels = panels
            .into_iter()
            .map(|(members, numbers)| LotteryPanelJson {
                probability: numbers.len() as f64 / m as f64,
                numbers,
                members: members.iter().map(|&i| id(i)).collect(),
            })
            .collect();
        // Groups, by first appearance in the exact distribution.
        let mut group_index: HashMap<&[usize], usize> = HashMap::new();
        let mut groups = Vec::new();
        let exact_panels = outcome
            .distribution
            .grouped_panels()
            .into_iter()
            .map(|panel| GroupedPanelJson {
                probability: panel.probability,
                seats: panel
                    .seats
                    .iter()
                    .map(|&(members, seats)| {
                        let g = *group_index.entry(members).or_insert_with(|| {
                            groups.push(GroupJson {
                                members: members.iter().map(|&i| id(i)).collect(),
                            });
                            groups.len() - 1
                        });
                        (g, seats)
                    })
                    .collect(),
            })
            .collect();
        let certificate = outcome
            .distribution
            .certificate
            .as_ref()
            .map(|c| CertificateJson {
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
            algorithm: outcome.distribution.algorithm.name().to_owned(),
            engine: ENGINE_VERSION.to_owned(),
            panels,
            lottery: LotteryJson {
                panels: m as u32,
                drawn: outcome.drawn as u32 + 1,
                max_change: lottery.max_change,
                optimal: lottery.optimal,
            },
            certificate,
            groups,
            exact_panels,
        }
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
