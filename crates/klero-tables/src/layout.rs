//! From a split to numbered tables: kept tables keep their language, pinned tables get one
//! that everyone pinned there speaks, the others follow in the order of the languages; then a
//! facilitator for each table.

use crate::check::Checked;
use crate::flow::Flow;
use crate::split::Plan;
use crate::types::bits;
use crate::{Reason, SeatError};

/// Numbered tables with their languages and facilitators.
#[derive(Clone, Debug)]
pub(crate) struct Layout {
    /// Each table's type.
    pub table_types: Vec<usize>,
    /// Each table's facilitator (an index in the room's facilitators).
    pub facilitators: Vec<Option<usize>>,
    /// Tables of each type, in order.
    pub groups: Vec<Vec<usize>>,
}

/// Numbers the tables of `plan` and seats the facilitators.
pub(crate) fn lay_out(checked: &Checked<'_>, plan: &Plan) -> Result<Layout, SeatError> {
    let tables = checked.tables;
    let mut slots = plan.tables.clone();
    let mut table_types: Vec<Option<usize>> = vec![None; tables];
    let infeasible = |reason: Reason| SeatError::Infeasible(vec![reason]);
    let missing = || infeasible(Reason::FixedTables);
    let (types, unmatched) = fixed_types(checked, &mut slots);
    if unmatched > 0 {
        return Err(missing());
    }
    for (table, t) in types {
        table_types[table] = Some(t);
    }
    let mut free = (0..slots.len()).flat_map(|t| std::iter::repeat_n(t, slots[t] as usize));
    let table_types: Vec<usize> = table_types
        .into_iter()
        .map(|t| t.or_else(|| free.next()))
        .collect::<Option<_>>()
        .ok_or_else(|| {
            infeasible(Reason::NoSplit {
                tables,
                min: checked.settings.min_table_size,
            })
        })?;
    let mut groups = vec![Vec::new(); checked.types.len()];
    for (table, &t) in table_types.iter().enumerate() {
        groups[t].push(table);
    }
    let facilitators = seat_facilitators(checked, &table_types)?;
    Ok(Layout {
        table_types,
        facilitators,
        groups,
    })
}

/// The types of the tables kept (their own) and pinned (one everyone pinned there speaks,
/// matched to the `slots` left), taken from `slots`; and how many got none.
pub(crate) fn fixed_types(checked: &Checked<'_>, slots: &mut [u32]) -> (Vec<(usize, usize)>, u32) {
    let mut types = Vec::new();
    let mut missing = 0;
    for &(table, t) in &checked.known_tables {
        match slots.get_mut(t) {
            Some(slot) if *slot > 0 => {
                *slot -= 1;
                types.push((table, t));
            }
            _ => missing += 1,
        }
    }
    if !checked.pinned_tables.is_empty() {
        let classes = checked.pinned_tables.iter().map(|&(_, m)| (m, 1)).collect();
        let mut flow = Flow::new(classes, slots.to_vec());
        flow.fill(u64::MAX, |_, _| 0);
        for (c, &(table, mask)) in checked.pinned_tables.iter().enumerate() {
            match bits(mask).find(|&t| flow.amount(c, t) > 0) {
                Some(t) => {
                    slots[t] -= 1;
                    types.push((table, t));
                }
                None => missing += 1,
            }
        }
    }
    (types, missing)
}

/// One facilitator per table in a language they speak: those kept stay, the others are matched
/// (in file order) to the tables left, in table order.
fn seat_facilitators(
    checked: &Checked<'_>,
    table_types: &[usize],
) -> Result<Vec<Option<usize>>, SeatError> {
    let given = &checked.facilitator_compat;
    if given.is_empty() {
        return Ok(vec![None; table_types.len()]);
    }
    let mut at: Vec<Option<usize>> = vec![None; table_types.len()];
    let mut busy = vec![false; given.len()];
    for (f, table) in checked.kept_facilitators.iter().enumerate() {
        if let Some(&table) = table.as_ref()
            && at.get(table).is_some_and(Option::is_none)
        {
            at[table] = Some(f);
            busy[f] = true;
        }
    }
    let mut open = vec![0u32; checked.types.len()];
    for (table, &t) in table_types.iter().enumerate() {
        if at[table].is_none() {
            open[t] += 1;
        }
    }
    let candidates: Vec<usize> = (0..given.len()).filter(|&f| !busy[f]).collect();
    let classes = candidates.iter().map(|&f| (given[f], 1)).collect();
    let mut flow = Flow::new(classes, open.clone());
    flow.fill(u64::MAX, |_, _| 0);
    let missing: Vec<Reason> = open
        .iter()
        .enumerate()
        .filter(|&(t, &k)| flow.size[t] < k)
        .map(|(t, &k)| Reason::FacilitatorLanguage {
            tables: k,
            language: checked.types.label(t).to_owned(),
            speakers: flow.size[t],
            pair: checked.types.is_pair(t),
        })
        .collect();
    if !missing.is_empty() {
        return Err(SeatError::Infeasible(missing));
    }
    for (c, &f) in candidates.iter().enumerate() {
        let Some(t) = bits(given[f]).find(|&t| flow.amount(c, t) > 0) else {
            continue;
        };
        if let Some(table) =
            (0..table_types.len()).find(|&k| table_types[k] == t && at[k].is_none())
        {
            at[table] = Some(f);
        }
    }
    Ok(at)
}
