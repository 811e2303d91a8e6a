//! The two readings of the register: the first checks every row and counts the strata, the
//! second finds repeated ids and offers everyone eligible to the selector.

use crate::census::Census;
use crate::columns::Columns;
use crate::duplicates::{Fingerprints, Repeats};
use crate::issues::Issues;
use crate::key::{normalise, person_key};
use crate::selector::{Selector, UnknownStratum};
use crate::table::{Issue, Row, Table};
use std::collections::{HashMap, HashSet};

/// What the first pass found.
#[derive(Debug)]
pub(crate) struct Counted {
    pub census: Census,
    pub fingerprints: Fingerprints,
    /// Data rows read.
    pub rows: u64,
    /// Of which with a problem.
    pub bad_rows: u64,
    /// Of which excluded.
    pub excluded: u64,
}

/// What both passes need to know.
pub(crate) struct Context<'a> {
    pub columns: &'a Columns,
    pub excluded: &'a HashSet<String>,
    pub seed: &'a str,
}

/// The first pass: checks every row and counts the strata, and households up to `count`.
pub(crate) fn count<T: Table>(
    register: &mut T,
    context: &Context<'_>,
    count: u32,
    issues: &mut Issues,
) -> Result<Counted, T::Error> {
    let Context {
        columns,
        excluded,
        seed,
    } = *context;
    let mut counted = Counted {
        census: Census::new(u64::from(count)),
        fingerprints: Fingerprints::default(),
        rows: 0,
        bad_rows: 0,
        excluded: 0,
    };
    register.scan(&mut |row| {
        let row = match row {
            Ok(row) => row,
            Err(issue) => {
                counted.bad_rows += 1;
                issues.push(issue);
                return;
            }
        };
        counted.rows += 1;
        let Some((id, id_column)) = id(&row, columns) else {
            return;
        };
        if id.is_empty() {
            counted.bad_rows += 1;
            issues.push(Issue::at(Some(row.line), Some(id_column), "empty id"));
            return;
        }
        counted.fingerprints.push(person_key(seed, id));
        let is_excluded = excluded.contains(id);
        counted.excluded += u64::from(is_excluded);
        let Some(s) = columns.stratum else { return };
        let household = household(&row, columns.households.as_deref());
        if !counted
            .census
            .add(cell(&row, s), household.as_deref(), is_excluded)
        {
            counted.bad_rows += 1;
            issues.push(Issue::at(
                Some(row.line),
                Some(columns.name(s)),
                "empty value: every person needs a stratum",
            ));
        }
    })?;
    Ok(counted)
}

/// The second pass: reports repeated ids and, given a selector and the strata's normalised
/// values in its order, offers it everyone eligible.
pub(crate) fn select<T: Table>(
    register: &mut T,
    context: &Context<'_>,
    repeats: &mut Repeats,
    mut selector: Option<(&mut Selector, &HashMap<&str, usize>)>,
    issues: &mut Issues,
) -> Result<Result<(), UnknownStratum>, T::Error> {
    let Context {
        columns,
        excluded,
        seed,
    } = *context;
    let mut changed = Ok(());
    register.scan(&mut |row| {
        let Ok(row) = row else { return };
        let Some((id, id_column)) = id(&row, columns) else {
            return;
        };
        if id.is_empty() {
            return;
        }
        if repeats.any() {
            let key = person_key(seed, id);
            if repeats.suspect(key)
                && let Some(first) = repeats.check(key, id, row.line)
            {
                issues.push(Issue::at(
                    Some(row.line),
                    Some(id_column),
                    format!("id `{id}` is already used on line {first}"),
                ));
            }
        }
        let (Some((selector, strata)), Some(s)) = (&mut selector, columns.stratum) else {
            return;
        };
        if excluded.contains(id) {
            return;
        }
        // A value the first pass did not see: the file changed in between.
        let stratum = strata.get(normalise(cell(&row, s)).as_str()).copied();
        let household = household(&row, columns.households.as_deref());
        let offered = selector.offer(
            stratum.unwrap_or(usize::MAX),
            household.as_deref(),
            row.line,
            id,
        );
        if changed.is_ok() {
            changed = offered;
        }
    })?;
    Ok(changed)
}

/// A row's id (trimmed) and the id column's name.
fn id<'a, 'c>(row: &Row<'a>, columns: &'c Columns) -> Option<(&'a str, &'c str)> {
    let c = columns.id?;
    Some((cell(row, c).trim(), columns.name(c)))
}

/// A cell of a row, or "" past its end.
fn cell<'a>(row: &Row<'a>, column: usize) -> &'a str {
    row.cells.get(column).copied().unwrap_or("")
}

/// A person's household: their normalised household columns, joined; `None` (a household of
/// their own) without household columns or when they are all blank.
fn household(row: &Row<'_>, columns: Option<&[usize]>) -> Option<String> {
    let columns = columns.filter(|c| !c.is_empty())?;
    let parts: Vec<String> = columns.iter().map(|&c| normalise(cell(row, c))).collect();
    (!parts.iter().all(String::is_empty)).then(|| parts.join("\u{1f}"))
}
