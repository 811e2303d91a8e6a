//! Small registers and a reference selection to compare with.

use klero_recruit::person_key;
use std::collections::HashMap;

/// A person of a test register: stratum, household (`None`: their own) and id.
#[derive(Clone, Debug)]
pub struct Person {
    pub stratum: usize,
    pub household: Option<String>,
    pub id: String,
}

/// The selection by its definition: in each stratum, the households ordered by their members'
/// smallest (key, id), the first `allocation` of them, each through that member. Returns the
/// indices of the people chosen, sorted.
pub fn reference(people: &[Person], allocations: &[u32], seed: &str) -> Vec<usize> {
    // (stratum, household) -> (key, id, index) of the smallest member.
    let mut best: HashMap<(usize, String), (u64, String, usize)> = HashMap::new();
    for (i, p) in people.iter().enumerate() {
        let household = p.household.clone().unwrap_or_else(|| format!("\u{0}{i}"));
        let candidate = (person_key(seed, &p.id), p.id.clone(), i);
        best.entry((p.stratum, household))
            .and_modify(|b| {
                if (candidate.0, &candidate.1) < (b.0, &b.1) {
                    *b = candidate.clone();
                }
            })
            .or_insert(candidate);
    }
    let mut chosen = Vec::new();
    for (s, &n) in allocations.iter().enumerate() {
        let mut households: Vec<&(u64, String, usize)> = best
            .iter()
            .filter(|((stratum, _), _)| *stratum == s)
            .map(|(_, b)| b)
            .collect();
        households.sort();
        chosen.extend(households.iter().take(n as usize).map(|b| b.2));
    }
    chosen.sort_unstable();
    chosen
}

/// A register as CSV-like text: `id,commune,street,name`.
pub fn register(rows: &[(&str, &str, &str)]) -> String {
    let mut text = String::from("id,commune,street,name\n");
    for (id, commune, street) in rows {
        text.push_str(&format!("{id},{commune},{street},Name of {id}\n"));
    }
    text
}
