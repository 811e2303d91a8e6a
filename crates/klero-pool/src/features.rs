//! The features file: one row per value of each category, with its quota.

use std::collections::{HashMap, HashSet};

use klero_domain::labels::{MAX_LABEL, QuotaLabels};
use klero_domain::lang::Lang;
use klero_select::{Category, Quota};

use crate::table::{self, Row};
use crate::{Problem, Source, key};

/// Where each category and quota was read, to locate problems found later.
#[derive(Clone, Debug, Default)]
pub(crate) struct Located {
    /// The categories, with every value that was read (values whose numbers were unreadable get
    /// `0..=0`, so the people file can still be checked against them).
    pub categories: Vec<Category>,
    /// For each category, the line of each value's row.
    pub lines: Vec<Vec<u64>>,
    /// For each category, whether every value's numbers could be read (so sums mean something).
    pub complete: Vec<bool>,
    /// The header names of the `min` and `max` columns, as written.
    pub min_name: String,
    /// See `min_name`.
    pub max_name: String,
    /// The names of the flex columns, as written, if present.
    pub min_flex_name: Option<String>,
    /// See `min_flex_name`.
    pub max_flex_name: Option<String>,
    /// Whether the header could be read (all required columns present).
    pub header_ok: bool,
    /// The categories' and values' labels, from the optional `label_nl`... (a row's value)
    /// and `feature_label_nl`... (its category) columns.
    pub labels: QuotaLabels,
}

/// Reads the features source; every problem is added to `problems`.
pub(crate) fn read(source: &Source<'_>, problems: &mut Vec<Problem>) -> Located {
    let table = table::read(source, problems);
    let file = source.name;
    let problem = |line: Option<u64>, column: Option<&str>, message: String| Problem {
        file: file.to_owned(),
        line,
        column: column.map(str::to_owned),
        message,
    };
    let mut located = Located::default();
    let Some(header) = &table.header else {
        if problems.is_empty() {
            problems.push(problem(
                None,
                None,
                "the file is empty; expected a header `feature,value,min,max`".to_owned(),
            ));
        }
        return located;
    };

    // Find the columns by name.
    let find = |names: &[&str]| -> Option<usize> {
        names
            .iter()
            .find_map(|name| header.cells.iter().position(|c| header_key(c) == *name))
    };
    let feature = find(&["feature", "category"]);
    let value = find(&["value", "name"]);
    let min = find(&["min"]);
    let max = find(&["max"]);
    let min_flex = find(&["min_flex"]);
    let max_flex = find(&["max_flex"]);
    let mut missing = Vec::new();
    for (col, what) in [
        (feature, "`feature` (or `category`)"),
        (value, "`value` (or `name`)"),
        (min, "`min`"),
        (max, "`max`"),
    ] {
        if col.is_none() {
            missing.push(what);
        }
    }
    for c in [feature, value, min, max, min_flex, max_flex]
        .into_iter()
        .flatten()
    {
        duplicate_header(header, c, header_key, file, problems);
    }
    let (Some(feature), Some(value), Some(min), Some(max)) = (feature, value, min, max) else {
        problems.push(problem(
            Some(header.line),
            None,
            format!(
                "the header lacks the column{} {}; expected `feature,value,min,max` \
                 (found: {})",
                if missing.len() > 1 { "s" } else { "" },
                missing.join(", "),
                header
                    .cells
                    .iter()
                    .map(|c| format!("`{}`", c.trim()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
        return located;
    };
    located.header_ok = true;
    let name_of = |c: usize| {
        header
            .cells
            .get(c)
            .map(|s| s.trim().to_owned())
            .unwrap_or_default()
    };
    let (feature_name, value_name) = (name_of(feature), name_of(value));
    located.min_name = name_of(min);
    located.max_name = name_of(max);
    located.min_flex_name = min_flex.map(name_of);
    located.max_flex_name = max_flex.map(name_of);
    // Optional labels, per language: `label_xx` names the row's value, `feature_label_xx` (or
    // `category_label_xx`) its category.
    let label_columns = |prefixes: &[&str]| -> Vec<(Lang, usize, String)> {
        Lang::ALL
            .into_iter()
            .filter_map(|lang| {
                let names: Vec<String> = prefixes
                    .iter()
                    .map(|p| format!("{p}{}", lang.code()))
                    .collect();
                let names: Vec<&str> = names.iter().map(String::as_str).collect();
                find(&names).map(|c| (lang, c, name_of(c)))
            })
            .collect()
    };
    let value_labels = label_columns(&["label_"]);
    let category_labels = label_columns(&["feature_label_", "category_label_"]);
    // Where each category's label was first read, per language, to report a second, different one.
    let mut category_label_lines: HashMap<(usize, Lang), u64> = HashMap::new();

    let mut categories: HashMap<String, usize> = HashMap::new();
    let mut values: HashMap<(usize, String), u64> = HashMap::new();
    // Categories with a row whose numbers could not be read, by key.
    let mut incomplete: HashSet<String> = HashSet::new();
    for row in &table.rows {
        let line = Some(row.line);
        let before = problems.len();
        // A row of the wrong width is reported once; its value is still defined (so that the
        // people file is not reported for using it), but its numbers are not read.
        let whole = check_width(row, header, file, problems);
        let cell = |c: usize| row.cells.get(c).map_or("", |s| s.trim());
        let (cat_name, value_text) = (cell(feature), cell(value));
        if !cat_name.is_empty() && problems.len() != before {
            incomplete.insert(key(cat_name));
        }
        if whole && cat_name.is_empty() {
            problems.push(problem(line, Some(&feature_name), "empty cell".to_owned()));
        }
        if whole && value_text.is_empty() {
            problems.push(problem(line, Some(&value_name), "empty cell".to_owned()));
            if !cat_name.is_empty() {
                incomplete.insert(key(cat_name));
            }
        }
        let mut number = |col: usize, name: &str, required: bool| -> Option<u32> {
            let text = cell(col);
            if text.is_empty() {
                if required {
                    problems.push(problem(line, Some(name), "empty cell".to_owned()));
                }
                return None;
            }
            match parse_count(text) {
                Ok(n) => Some(n),
                Err(message) => {
                    problems.push(problem(line, Some(name), message));
                    None
                }
            }
        };
        let (mut q_min, mut q_max, mut q_min_flex, mut q_max_flex) = (None, None, None, None);
        if whole {
            q_min = number(min, &located.min_name, true);
            q_max = number(max, &located.max_name, true);
            if let (Some(c), Some(n)) = (min_flex, &located.min_flex_name) {
                q_min_flex = number(c, n, false);
            }
            if let (Some(c), Some(n)) = (max_flex, &located.max_flex_name) {
                q_max_flex = number(c, n, false);
            }
        }
        if cat_name.is_empty() || value_text.is_empty() {
            continue;
        }
        let c = *categories.entry(key(cat_name)).or_insert_with(|| {
            located.categories.push(Category {
                name: cat_name.to_owned(),
                values: Vec::new(),
            });
            located.lines.push(Vec::new());
            located.complete.push(true);
            located.categories.len() - 1
        });
        if let Some(first) = values.get(&(c, key(value_text))) {
            problems.push(problem(
                line,
                Some(&value_name),
                format!(
                    "value `{value_text}` of feature `{cat_name}` is already defined on line {first}"
                ),
            ));
            continue;
        }
        values.insert((c, key(value_text)), row.line);
        let (Some(category), Some(lines)) =
            (located.categories.get_mut(c), located.lines.get_mut(c))
        else {
            continue;
        };
        if category.values.len() >= usize::from(u16::MAX) {
            problems.push(problem(
                line,
                Some(&value_name),
                format!("feature `{cat_name}` has more than {} values", u16::MAX),
            ));
            continue;
        }
        let readable = problems.len() == before;
        if !readable {
            incomplete.insert(key(cat_name));
        }
        let (q_min, q_max) = (q_min.unwrap_or(0), q_max.unwrap_or(0));
        if readable {
            if q_min > q_max {
                problems.push(problem(
                    line,
                    Some(&located.min_name),
                    format!("min {q_min} is above max {q_max}"),
                ));
            }
            if let (Some(f), Some(name)) = (q_min_flex, &located.min_flex_name)
                && f > q_min
            {
                problems.push(problem(
                    line,
                    Some(name),
                    format!("min_flex {f} is above min {q_min}"),
                ));
            }
            if let (Some(f), Some(name)) = (q_max_flex, &located.max_flex_name)
                && f < q_max
            {
                problems.push(problem(
                    line,
                    Some(name),
                    format!("max_flex {f} is below max {q_max}"),
                ));
            }
        }
        category.values.push(Quota {
            value: value_text.to_owned(),
            min: q_min,
            max: q_max,
            min_flex: q_min_flex,
            max_flex: q_max_flex,
        });
        lines.push(row.line);
        let category_name = category.name.clone();
        for (lang, column, name) in &value_labels {
            let text = cell(*column);
            if text.chars().count() > MAX_LABEL {
                problems.push(problem(
                    line,
                    Some(name),
                    format!("the label is longer than {MAX_LABEL} characters"),
                ));
            } else if !text.is_empty() {
                located
                    .labels
                    .set(&category_name, Some(value_text), *lang, text);
            }
        }
        for (lang, column, name) in &category_labels {
            let text = cell(*column);
            if text.is_empty() {
                continue;
            }
            if text.chars().count() > MAX_LABEL {
                problems.push(problem(
                    line,
                    Some(name),
                    format!("the label is longer than {MAX_LABEL} characters"),
                ));
                continue;
            }
            match located.labels.exact(&category_name, None, *lang) {
                Some(first) if first != text => {
                    let first_line = category_label_lines.get(&(c, *lang)).copied().unwrap_or(0);
                    problems.push(problem(
                        line,
                        Some(name),
                        format!(
                            "feature `{category_name}` is labelled `{text}` here but `{first}` \
                             on line {first_line}"
                        ),
                    ));
                }
                Some(_) => {}
                None => {
                    located.labels.set(&category_name, None, *lang, text);
                    category_label_lines.insert((c, *lang), row.line);
                }
            }
        }
    }
    for (category, complete) in located.categories.iter().zip(&mut located.complete) {
        if incomplete.contains(&key(&category.name)) {
            *complete = false;
        }
    }
    if located.categories.is_empty() && problems.is_empty() {
        problems.push(problem(
            None,
            None,
            "no category is defined: the file has a header but no rows".to_owned(),
        ));
    }
    located
}

/// A header name as matched: trimmed, lower case, spaces and dashes as underscores.
fn header_key(name: &str) -> String {
    key(name).replace([' ', '-'], "_")
}

/// Parses a whole number of people, at least 0.
fn parse_count(text: &str) -> Result<u32, String> {
    // Spreadsheet programs sometimes export whole numbers as `3.0`.
    let digits = text.strip_suffix(".0").unwrap_or(text);
    if let Ok(n) = digits.parse::<u32>() {
        return Ok(n);
    }
    if digits.parse::<i64>().is_ok_and(|n| n < 0) {
        return Err(format!("`{text}` is negative; expected a whole number ≥ 0"));
    }
    if digits.parse::<u64>().is_ok() {
        return Err(format!("`{text}` is too large"));
    }
    Err(format!("`{text}` is not a whole number ≥ 0"))
}

/// Reports a row whose number of fields differs from the header's. Extra fields that are all
/// empty (as spreadsheet programs sometimes write) are accepted. Returns whether the row is usable.
pub(crate) fn check_width(
    row: &Row,
    header: &Row,
    file: &str,
    problems: &mut Vec<Problem>,
) -> bool {
    let (got, want) = (row.cells.len(), header.cells.len());
    let extra_blank = row
        .cells
        .get(want..)
        .is_some_and(|extra| extra.iter().all(|c| c.trim().is_empty()));
    if got == want || (got > want && extra_blank) {
        return true;
    }
    problems.push(Problem {
        file: file.to_owned(),
        line: Some(row.line),
        column: None,
        message: format!(
            "the row has {got} field{}, the header has {want}",
            if got == 1 { "" } else { "s" }
        ),
    });
    false
}

/// Reports a used column whose name appears more than once in the header.
pub(crate) fn duplicate_header(
    header: &Row,
    column: usize,
    header_key: fn(&str) -> String,
    file: &str,
    problems: &mut Vec<Problem>,
) {
    let Some(name) = header.cells.get(column) else {
        return;
    };
    let k = header_key(name);
    let again = header
        .cells
        .iter()
        .enumerate()
        .skip(column + 1)
        .find(|(_, c)| header_key(c) == k);
    if let Some((other, _)) = again {
        problems.push(Problem {
            file: file.to_owned(),
            line: Some(header.line),
            column: Some(name.trim().to_owned()),
            message: format!(
                "the column appears twice in the header (columns {} and {})",
                column + 1,
                other + 1
            ),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        assert_eq!(parse_count("12"), Ok(12));
        assert_eq!(parse_count("12.0"), Ok(12));
        assert!(parse_count("-1").unwrap_err().contains("negative"));
        assert!(parse_count("1.5").unwrap_err().contains("whole number"));
        assert!(
            parse_count("99999999999")
                .unwrap_err()
                .contains("too large")
        );
        assert!(parse_count("abc").unwrap_err().contains("whole number"));
    }
}
