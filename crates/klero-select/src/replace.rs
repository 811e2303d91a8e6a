//! After the draw: replacements for members who withdrew, and sub-draws from a panel. Both are a
//! selection on a residual problem (the people still eligible, the seats still open, the quotas
//! less what the remaining members already fill), solved, rounded and drawn like the first one,
//! with a commitment and a seed of their own.

use crate::{
    Category, Commitment, Distribution, DrawRng, Instance, Lottery, Person, Progress, Quota,
    SelectError, Settings, find_distribution, lottery,
};

/// The outcome of a replacement or sub-draw: a selection on a residual problem.
#[derive(Clone, Debug)]
pub struct Replacement {
    /// The residual problem that was solved (its people map back through `pool`).
    pub residual: Instance,
    /// For each person of the residual problem, their index in the original pool.
    pub pool: Vec<usize>,
    /// The commitment of the residual problem.
    pub commitment: Commitment,
    /// The distribution over the residual problem.
    pub distribution: Distribution,
    /// The lottery drawn from.
    pub lottery: Lottery,
    /// The people chosen (indices into the original pool, sorted).
    pub chosen: Vec<usize>,
    /// The resulting panel (indices into the original pool, sorted).
    pub panel: Vec<usize>,
}

/// Chooses replacements for the `withdrawn` members of `panel` so that quotas hold again, from the
/// people not on the panel and not sharing a household with a remaining member.
pub fn replacements(
    instance: &Instance,
    panel: &[usize],
    withdrawn: &[usize],
    settings: &Settings,
    seed_text: &str,
    progress: &mut dyn FnMut(Progress),
) -> Result<Replacement, SelectError> {
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
    let mut outcome = select_residual(residual, pool, settings, seed_text, progress)?;
    outcome.panel = kept
        .into_iter()
        .chain(outcome.chosen.iter().copied())
        .collect();
    outcome.panel.sort_unstable();
    Ok(outcome)
}

/// Draws `size` members from `panel` (for example 25 of 100 who choose the next theme), with
/// quotas proportional to the panel (rounded down and up) on the categories in `stratify_by`.
pub fn sub_draw(
    instance: &Instance,
    panel: &[usize],
    size: u32,
    stratify_by: &[usize],
    settings: &Settings,
    seed_text: &str,
    progress: &mut dyn FnMut(Progress),
) -> Result<Replacement, SelectError> {
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
    let mut outcome = select_residual(residual, panel.to_vec(), settings, seed_text, progress)?;
    outcome.panel = outcome.chosen.clone();
    Ok(outcome)
}

fn residual_instance(
    categories: Vec<Category>,
    people: Vec<Person>,
    size: u32,
) -> Result<Instance, SelectError> {
    Instance::new(categories, people, size).map_err(|errors| {
        let words: Vec<String> = errors.iter().map(ToString::to_string).collect();
        SelectError::Invalid(format!(
            "the remaining seats cannot be filled: {}",
            words.join("; ")
        ))
    })
}

fn select_residual(
    residual: Instance,
    pool: Vec<usize>,
    settings: &Settings,
    seed_text: &str,
    progress: &mut dyn FnMut(Progress),
) -> Result<Replacement, SelectError> {
    let commitment = Commitment::new(&residual, settings);
    let distribution = find_distribution(&residual, settings.algorithm, commitment.0, progress)?;
    let lottery = lottery(&residual, &distribution, settings.lottery_panels)?;
    let mut rng = DrawRng::new(&commitment, seed_text);
    let drawn = lottery.draw(&mut rng);
    let mut chosen: Vec<usize> = lottery.panels[drawn].iter().map(|&i| pool[i]).collect();
    chosen.sort_unstable();
    Ok(Replacement {
        residual,
        pool,
        commitment,
        distribution,
        lottery,
        chosen,
        panel: Vec::new(),
    })
}
