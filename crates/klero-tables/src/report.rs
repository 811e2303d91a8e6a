//! The figures of a seating, measured on the seating itself: repeated pairs, how far tables are
//! from proportional, table sizes, and any breach of the language rule (there should be none).

use crate::Room;
use crate::check::Checked;
use crate::layout::Layout;
use crate::search::Met;

/// How well the tables mirror the room in one balance column.
#[derive(Clone, Debug, PartialEq)]
pub struct BalanceReport {
    /// The column.
    pub column: String,
    /// The largest distance, over rounds, tables and values, between a table's count of a value
    /// and its proportional share (`count_value × table_size / group_size`, over the language
    /// group of the table in that round). Below 1 means every table is within one person.
    pub max_deviation: f64,
    /// Table-rounds where some value's count is outside the floor and ceiling of its share.
    pub tables_outside: usize,
}

/// The figures for the summary.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// People seated (facilitators not included).
    pub people: usize,
    /// Tables of each language, in the order of the languages.
    pub tables_per_language: Vec<(String, usize)>,
    /// Rounds.
    pub rounds: usize,
    /// Pairs of people at a table who already sat together in an earlier round, counted once
    /// per round in which they meet again.
    pub repeated_pairs: u64,
    /// One entry per balance column.
    pub balance: Vec<BalanceReport>,
    /// The smallest table, over every round.
    pub smallest_table: usize,
    /// The largest table, over every round.
    pub largest_table: usize,
    /// People or facilitators at a table whose language they do not speak (always 0).
    pub language_violations: usize,
    /// Tables with a facilitator.
    pub facilitated_tables: usize,
    /// Ids in the previous seating who are no longer present (dropped).
    pub dropped: Vec<String>,
    /// People present who had no seat in the previous seating.
    pub added: usize,
}

pub(crate) fn report(
    room: &Room,
    checked: &Checked<'_>,
    layout: &Layout,
    rounds: &[Vec<Vec<usize>>],
) -> Report {
    let columns = checked.columns;
    let mut met = Met::new(checked.n);
    let mut repeated_pairs = 0;
    let mut balance: Vec<BalanceReport> = room
        .balance
        .iter()
        .map(|column| BalanceReport {
            column: column.clone(),
            max_deviation: 0.0,
            tables_outside: 0,
        })
        .collect();
    let (mut smallest, mut largest) = (usize::MAX, 0);
    let mut language_violations = 0;
    for round in rounds {
        for (table, people) in round.iter().enumerate() {
            smallest = smallest.min(people.len());
            largest = largest.max(people.len());
            let t = layout.table_types[table];
            language_violations += people
                .iter()
                .filter(|&&p| checked.compat[p] >> t & 1 == 0)
                .count();
            for (i, &a) in people.iter().enumerate() {
                repeated_pairs += people[i + 1..].iter().filter(|&&b| met.get(a, b)).count() as u64;
            }
        }
        for people in round {
            met.add_table(people);
        }
        for tables in &layout.groups {
            let group: Vec<usize> = tables
                .iter()
                .flat_map(|&k| round[k].iter().copied())
                .collect();
            let g = group.len() as f64;
            for (c, report) in balance.iter_mut().enumerate() {
                let values = checked.value_counts[c];
                let mut totals = vec![0usize; values];
                for &p in &group {
                    totals[usize::from(checked.values[p * columns + c])] += 1;
                }
                for &k in tables {
                    let mut counts = vec![0usize; values];
                    for &p in &round[k] {
                        counts[usize::from(checked.values[p * columns + c])] += 1;
                    }
                    let s = round[k].len() as f64;
                    let mut outside = false;
                    for (&count, &total) in counts.iter().zip(&totals) {
                        let share = total as f64 * s / g;
                        let count = count as f64;
                        report.max_deviation = report.max_deviation.max((count - share).abs());
                        outside |= count < share.floor() || count > share.ceil();
                    }
                    report.tables_outside += usize::from(outside);
                }
            }
        }
    }
    for (f, table) in layout.facilitators.iter().enumerate() {
        if let Some(&facilitator) = table.as_ref() {
            let t = layout.table_types[f];
            language_violations +=
                usize::from(checked.facilitator_compat[facilitator] >> t & 1 == 0);
        }
    }
    Report {
        people: checked.n,
        tables_per_language: layout
            .groups
            .iter()
            .enumerate()
            .filter(|(_, tables)| !tables.is_empty())
            .map(|(t, tables)| (checked.types.label(t).to_owned(), tables.len()))
            .collect(),
        rounds: rounds.len(),
        repeated_pairs,
        balance,
        smallest_table: if smallest == usize::MAX { 0 } else { smallest },
        largest_table: largest,
        language_violations,
        facilitated_tables: layout.facilitators.iter().flatten().count(),
        dropped: checked.dropped.clone(),
        added: checked.added,
    }
}
