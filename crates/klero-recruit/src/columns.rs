//! The register's columns that the draw uses, found in its header by name.

use crate::key::normalise;
use crate::table::Issue;

/// The columns used, by index; `None` where the header lacks one (a problem was reported).
#[derive(Clone, Debug)]
pub(crate) struct Columns {
    /// The header's names, trimmed.
    pub names: Vec<String>,
    pub id: Option<usize>,
    pub stratum: Option<usize>,
    /// `None` if one of them is missing; empty without household columns.
    pub households: Option<Vec<usize>>,
}

impl Columns {
    /// Finds the columns. The id column is `id_column`, else a column called `id`, else the
    /// first column. Names match as [`normalise`] has them.
    pub(crate) fn find(
        header: &[String],
        line: Option<u64>,
        id_column: Option<&str>,
        stratify_by: &str,
        household_columns: &[String],
        issues: &mut Vec<Issue>,
    ) -> Columns {
        let names: Vec<String> = header.iter().map(|c| c.trim().to_owned()).collect();
        let keys: Vec<String> = header.iter().map(|c| normalise(c)).collect();
        let lookup = |name: &str, what: &str, issues: &mut Vec<Issue>| {
            let wanted = normalise(name);
            let mut at = keys.iter().enumerate().filter(|(_, k)| **k == wanted);
            let Some((first, _)) = at.next() else {
                issues.push(Issue::at(
                    line,
                    None,
                    format!(
                        "the {what} column `{}` is not in the header (found: {}){}",
                        name.trim(),
                        found(&names),
                        separator_hint(header)
                    ),
                ));
                return None;
            };
            if let Some((second, _)) = at.next() {
                issues.push(Issue::at(
                    line,
                    names.get(first).map(String::as_str),
                    format!(
                        "the column appears twice in the header (columns {} and {})",
                        first + 1,
                        second + 1
                    ),
                ));
            }
            Some(first)
        };
        let id = match id_column {
            Some(name) => lookup(name, "id", issues),
            None if keys.iter().any(|k| k == "id") => lookup("id", "id", issues),
            None => (!header.is_empty()).then_some(0),
        };
        let stratum = lookup(stratify_by, "--stratify-by", issues);
        let households: Vec<Option<usize>> = household_columns
            .iter()
            .map(|name| lookup(name, "household", issues))
            .collect();
        Columns {
            names,
            id,
            stratum,
            households: households.into_iter().collect(),
        }
    }

    /// A column's name as written.
    pub(crate) fn name(&self, column: usize) -> &str {
        self.names.get(column).map_or("", String::as_str)
    }
}

/// The header's names, for messages.
fn found(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A hint when a CSV file seems to be separated by semicolons or tabs.
fn separator_hint(header: &[String]) -> &'static str {
    match header {
        [only] if only.contains(';') || only.contains('\t') => {
            "; the fields seem to be separated by `;` or tabs: save the file with commas"
        }
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn finds_columns_by_normalised_name() {
        let mut issues = Vec::new();
        let h = header(&["Nr", " ID ", "Commune", "Street"]);
        let c = Columns::find(
            &h,
            Some(1),
            None,
            "commune",
            &["street".into()],
            &mut issues,
        );
        assert!(issues.is_empty());
        assert_eq!(
            (c.id, c.stratum, c.households),
            (Some(1), Some(2), Some(vec![3]))
        );
        let c = Columns::find(&h[2..], Some(1), None, "COMMUNE", &[], &mut issues);
        assert_eq!((c.id, c.stratum), (Some(0), Some(0)));
    }

    #[test]
    fn reports_missing_and_repeated_columns() {
        let mut issues = Vec::new();
        let h = header(&["id;commune;street"]);
        let c = Columns::find(
            &h,
            Some(1),
            Some("nr"),
            "commune",
            &["x".into()],
            &mut issues,
        );
        assert_eq!((c.id, c.stratum, c.households), (None, None, None));
        assert_eq!(issues.len(), 3);
        assert!(
            issues
                .iter()
                .all(|i| i.message.contains("separated by `;`"))
        );
        issues.clear();
        let h = header(&["id", "commune", "Commune"]);
        Columns::find(&h, Some(1), None, "commune", &[], &mut issues);
        assert_eq!(issues.len(), 1);
        assert!(issues[0].message.contains("columns 2 and 3"), "{issues:?}");
    }
}
