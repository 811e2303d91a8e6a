//! After the draw: replacements for members who withdrew, and sub-draws from a panel. Both are a
//! selection on a residual problem (the people still eligible, the seats still open, the quotas
//! less what the remaining members already fill): this module makes the problem, and it is then
//! solved, rounded, committed to and drawn like the first one, with a seed of its own.

use crate::{Category, Instance, Person, Quota, SelectError};

/// A residual problem: a selection to make after the draw.
#[derive(Clone, Debug)]
pub struct Residual {
    /// The problem to solve (its people keep their ids, and map back through `pool`).
    pub instance: Instance,
    /// For each person of the residual problem, their index in the original pool.
    pub pool: Vec<usize>,
    /// The members who stay (indices into the original pool, sorted; empty for a sub-draw).
    pub kept: Vec<usize>,
}

impl Residual {
    /// The people `chosen` in the residual problem (its indices), as indices into the original
    /// pool, sorted.
    pub fn chosen(&self, chosen: &[usize]) -> Vec<usize> {
        let mut out: Vec<usize> = chosen
            .iter()
            .filter_map(|&i| self.pool.get(i).copied())
            .collect();
        out.sort_unstable();
        out
    }

    /// The whole panel once `chosen` (indices into the residual problem) join the members who
    /// stay: indices into the original pool, sorted.
    pub fn panel_with(&self, chosen: &[usize]) -> Vec<usize> {
        let mut out = self.chosen(chosen);
        out.extend(&self.kept);
        out.sort_unstable();
        out
    }
}

/// The problem of replacing the `withdrawn` members of `panel` so that quotas hold again, from
/// the people not on the panel and not sharing a household with a remaining member.
pub fn replacement_problem(
    instance: &Instance,
    panel: &[usize],
    withdrawn: &[usize],
) -> Result<Residual, SelectError> {
    let people = instance.people();
    if let Some(&w) = withdrawn.iter().find(|w| !panel.contains(w)) {
        let id = people.get(w).map_or("?", |p| p.id.as_str());
        return Err(SelectError::Invalid(format!("`{id}` is not on the panel")));
    }
    if withdrawn.is_empty() {
        return Err(SelectError::Invalid(
            "no one withdrew: there is nothing to replace".into(),
        ));
    }
    let kept: Vec<usize> = panel
        .iter()
        .copied()
        .filter(|i| !withdrawn.contains(i))
        .collect();
    let kept_households: std::collections::HashSet<u32> =
        kept.iter().filter_map(|&i| people[i].household).collect();
    let pool: Vec<usize> = (0..people.len())
        .filter(|i| {
            !panel.contains(i)
                && people[*i]
                    .household
                    .is_none_or(|h| !kept_households.contains(&h))
        })
        .collect();
    let mut filled: Vec<Vec<u32>> = instance
        .categories()
        .iter()
        .map(|c| vec![0; c.values.len()])
        .collect();
    for &i in &kept {
        for (c, &v) in people[i].values.iter().enumerate() {
            filled[c][usize::from(v)] += 1;
        }
    }
    let categories = instance
        .categories()
        .iter()
        .zip(&filled)
        .map(|(cat, done)| Category {
            name: cat.name.clone(),
            values: cat
                .values
                .iter()
                .zip(done)
                .map(|(q, &d)| Quota {
                    value: q.value.clone(),
                    min: q.min.saturating_sub(d),
                    max: q.max.saturating_sub(d),
                    min_flex: q.min_flex.map(|f| f.saturating_sub(d)),
                    max_flex: q.max_flex.map(|f| f.saturating_sub(d)),
                })
                .collect(),
        })
        .collect();
    let residual_people = pool.iter().map(|&i| people[i].clone()).collect();
    let residual = residual_instance(categories, residual_people, withdrawn.len() as u32)?;
    let mut kept = kept;
    kept.sort_unstable();
    Ok(Residual {
        instance: residual,
        pool,
        kept,
    })
}

/// The problem of drawing `size` members from `panel` (for example 25 of 100 who choose the next
/// theme), with quotas proportional to the panel (rounded down and up) on the categories in
/// `stratify_by`.
pub fn sub_draw_problem(
    instance: &Instance,
    panel: &[usize],
    size: u32,
    stratify_by: &[usize],
) -> Result<Residual, SelectError> {
    let people = instance.people();
    if panel.iter().any(|&i| i >= people.len()) {
        return Err(SelectError::Invalid(
            "the panel names someone who is not in the pool".into(),
        ));
    }
    if size == 0 || size as usize > panel.len() {
        return Err(SelectError::Invalid(format!(
            "cannot draw {size} of a panel of {}",
            panel.len()
        )));
    }
    if let Some(&c) = stratify_by
        .iter()
        .find(|&&c| c >= instance.categories().len())
    {
        return Err(SelectError::Invalid(format!(
            "there is no category number {c}"
        )));
    }
    let n = panel.len() as f64;
    let categories = instance
        .categories()
        .iter()
        .enumerate()
        .map(|(c, cat)| Category {
            name: cat.name.clone(),
            values: (0..cat.values.len())
                .map(|v| {
                    let have = panel
                        .iter()
                        .filter(|&&i| usize::from(people[i].values[c]) == v)
                        .count() as f64;
                    let share = f64::from(size) * have / n;
                    let (min, max) = if stratify_by.contains(&c) {
                        (share.floor() as u32, share.ceil() as u32)
                    } else {
                        (0, size)
                    };
                    Quota {
                        value: cat.values[v].value.clone(),
                        min,
                        max,
                        min_flex: None,
                        max_flex: None,
                    }
                })
                .collect(),
        })
        .collect();
    let members = panel
        .iter()
        .map(|&i| Person {
            household: None,
            ..people[i].clone()
        })
        .collect();
    let residual = residual_instance(categories, members, size)?;
    Ok(Residual {
        instance: residual,
        pool: panel.to_vec(),
        kept: Vec::new(),
    })
}

/// The residual instance. Households are numbered again as readers number them (the lowest
/// index of a member in the residual pool), so that the residual problem written to a bundle and
/// read back is the same instance.
fn residual_instance(
    categories: Vec<Category>,
    mut people: Vec<Person>,
    size: u32,
) -> Result<Instance, SelectError> {
    let mut first: std::collections::HashMap<u32, u32> = std::collections::HashMap::new();
    for (i, person) in people.iter_mut().enumerate() {
        if let Some(h) = person.household {
            person.household = Some(*first.entry(h).or_insert(i as u32));
        }
    }
    Instance::new(categories, people, size).map_err(|errors| {
        let words: Vec<String> = errors.iter().map(ToString::to_string).collect();
        SelectError::Invalid(format!(
            "the remaining seats cannot be filled: {}",
            words.join("; ")
        ))
    })
}
