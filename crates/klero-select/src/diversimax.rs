//! DIVERSIMAX (Oren Matar's algorithm, as in the Sortition Foundation's `sortition-algorithms`
//! 0.12.15): one valid panel of greatest intersectional diversity. Not a lottery: the engine
//! returns that one panel's composition with probability 1.
//!
//! For a set of categories (say age and education), a table has a cell per combination of the
//! values the pool holds in those categories (the product of their numbers of values); an even
//! panel would put `k / cells` members in each. DIVERSIMAX minimises, over valid panels, the sum
//! over tables and cells of `|members of the panel in the cell - k / cells|`. The tables are the
//! sets of one category, then of two, and so on, leaving out a table with more cells than `k` or
//! with fewer than two people of the pool per cell, and stopping at [`MAX_TABLES`]. The peer takes
//! the sets of one size in a random order (which only matters when more than [`MAX_TABLES`]
//! tables qualify); the engine takes them in the order of the categories, so that the panel
//! depends on the instance alone.
//!
//! The integer program has a variable per type (people of one type are interchangeable, and so
//! are their seats, which the draw gives by lot among them) and one per cell, and HiGHS solves it
//! to optimality (the peer stops within 10% of the optimum or after 30 seconds, which makes its
//! result depend on the machine).

use crate::distribution::{Distribution, Optimality, SelectError, SolveStats};
use crate::oracle::{panel_rows, quiet};
use crate::types::{Types, panel_of};
use crate::{Algorithm, Instance};
use highs::{HighsModelStatus, RowProblem, Sense};

/// At most this many tables count (as in the peer).
pub(crate) const MAX_TABLES: usize = 50;

/// A table (a set of categories crossed): its number of cells, and each type's cell.
pub(crate) struct Table {
    /// Cells: the product of the numbers of values the pool holds in those categories.
    pub cells: usize,
    /// Each type's cell.
    pub cell_of_type: Vec<usize>,
}

/// The tables DIVERSIMAX counts for a pool grouped into `types`, in order.
pub(crate) fn tables(instance: &Instance, types: &Types) -> Vec<Table> {
    let categories = instance.categories();
    let mut offset = Vec::with_capacity(categories.len());
    let mut next = 0;
    for c in categories {
        offset.push(next);
        next += c.values.len();
    }
    // The values the pool holds in each category, numbered densely.
    let mut present: Vec<Vec<Option<usize>>> = categories
        .iter()
        .map(|c| vec![None; c.values.len()])
        .collect();
    for p in instance.people() {
        for (c, &v) in p.values.iter().enumerate() {
            present[c][usize::from(v)] = Some(0);
        }
    }
    let mut held = Vec::with_capacity(categories.len());
    for values in &mut present {
        let mut count = 0;
        for slot in values.iter_mut().flatten() {
            *slot = count;
            count += 1;
        }
        held.push(count);
    }
    let value_of = |t: usize, c: usize| -> usize {
        let v = types.quota_rows[t][c] - offset[c];
        present[c][v].unwrap_or(0)
    };
    let pool = instance.people().len();
    let k = types.k as usize;
    let mut out = Vec::new();
    for size in 1..=categories.len() {
        for subset in combinations(categories.len(), size) {
            let cells = subset
                .iter()
                .try_fold(1usize, |acc, &c| acc.checked_mul(held[c]));
            let Some(cells) = cells else { continue };
            if cells == 0 || cells > k || pool < 2 * cells {
                continue;
            }
            if out.len() >= MAX_TABLES {
                return out;
            }
            let cell_of_type = (0..types.len())
                .map(|t| {
                    subset
                        .iter()
                        .fold(0, |acc, &c| acc * held[c] + value_of(t, c))
                })
                .collect();
            out.push(Table {
                cells,
                cell_of_type,
            });
        }
    }
    out
}

/// The subsets of `0..n` of `size` elements, in lexicographic order.
fn combinations(n: usize, size: usize) -> Vec<Vec<usize>> {
    let mut out = Vec::new();
    let mut current: Vec<usize> = (0..size).collect();
    if size > n {
        return out;
    }
    loop {
        out.push(current.clone());
        let Some(i) = (0..size).rev().find(|&i| current[i] < n - size + i) else {
            return out;
        };
        current[i] += 1;
        for j in i + 1..size {
            current[j] = current[j - 1] + 1;
        }
    }
}

/// DIVERSIMAX's score of a panel given as seats per type: the total deviation of its cell
/// counts from even ones, over `tables`.
pub(crate) fn deviation(tables: &[Table], seats: &[u32], k: u32) -> f64 {
    tables
        .iter()
        .map(|table| {
            let mut counts = vec![0u32; table.cells];
            for (t, &n) in seats.iter().enumerate() {
                counts[table.cell_of_type[t]] += n;
            }
            let even = f64::from(k) / table.cells as f64;
            counts
                .iter()
                .map(|&c| (f64::from(c) - even).abs())
                .sum::<f64>()
        })
        .sum()
}

/// The DIVERSIMAX panel, as a distribution that gives it probability 1.
pub(crate) fn diversimax(instance: &Instance) -> Result<Distribution, SelectError> {
    let clock = std::time::Instant::now();
    let types = Types::new(instance);
    let tables = tables(instance, &types);
    let k = f64::from(types.k);
    let mut pb = RowProblem::default();
    let cols: Vec<_> = (0..types.len())
        .map(|t| pb.add_integer_column(0.0, 0.0..=f64::from(types.cap[t])))
        .collect();
    panel_rows(&mut pb, &types, &cols);
    // Cells no type falls in add a constant: the even count itself.
    let mut constant = 0.0;
    for table in &tables {
        let even = k / table.cells as f64;
        let mut in_cell: Vec<Vec<usize>> = vec![Vec::new(); table.cells];
        for (t, &cell) in table.cell_of_type.iter().enumerate() {
            in_cell[cell].push(t);
        }
        for members in &in_cell {
            if members.is_empty() {
                constant += even;
                continue;
            }
            let d = pb.add_column(1.0, 0.0..);
            let row = || members.iter().map(|&t| (cols[t], 1.0));
            pb.add_row(-even.., row().map(|(c, _)| (c, -1.0)).chain([(d, 1.0)]));
            pb.add_row(even.., row().chain([(d, 1.0)]));
        }
    }
    let mut model = pb.optimise(Sense::Minimise);
    quiet(&mut model, true);
    let solved = model
        .try_solve()
        .map_err(|e| SelectError::Solver(format!("DIVERSIMAX integer program: {e:?}")))?;
    match solved.status() {
        HighsModelStatus::Optimal => {}
        HighsModelStatus::Infeasible => {
            return Err(SelectError::Infeasible(Box::new(crate::diagnose(instance))));
        }
        other => {
            return Err(SelectError::Solver(format!(
                "the DIVERSIMAX integer program ended with status {other:?}"
            )));
        }
    }
    let solution = solved.get_solution();
    let seats: Vec<u32> = solution.columns()[..types.len()]
        .iter()
        .map(|&x| x.round().max(0.0) as u32)
        .collect();
    let panel = panel_of(&seats);
    if !types.is_valid(&panel) {
        return Err(SelectError::Solver(
            "the DIVERSIMAX integer program returned an invalid panel".into(),
        ));
    }
    let value = deviation(&tables, &seats, types.k);
    let dual_bound = solved
        .double_info_value(c"mip_dual_bound")
        .unwrap_or(solved.objective_value());
    let bound = (dual_bound + constant).min(value);
    let expected: Vec<f64> = seats.iter().map(|&n| f64::from(n)).collect();
    let seconds = clock.elapsed().as_secs_f64();
    Ok(Distribution {
        algorithm: Algorithm::Diversimax,
        probabilities: types.person_probabilities(&expected, instance.people().len()),
        panels: vec![(1.0, panel)],
        type_members: types.members.clone(),
        certificate: None,
        optimality: Some(Optimality {
            objective: "DIVERSIMAX: the total deviation of the panel's intersection counts from \
                        even ones"
                .into(),
            maximise: false,
            value,
            bound,
            statement: format!(
                "One panel, not a lottery (probability 1 for its composition, 0 for everyone \
                 whose group has no seat on it), whose intersection counts over {} tables deviate \
                 from even ones by {value:.4} in all, and no valid panel's by less than \
                 {bound:.4}.",
                tables.len()
            ),
        }),
        stats: SolveStats {
            types: types.len(),
            panels_generated: 1,
            support: 1,
            mip_solves: 1,
            mip_seconds: seconds,
            ..SolveStats::default()
        },
    })
}
