//! Reading a panel file (such as a bundle's `panel.csv`) and lists of ids given as arguments.

use crate::failure::{BadInput, problem};
use klero_pool::Problem;
use klero_select::Instance;
use std::collections::HashMap;
use std::path::Path;

/// Index of each id in the pool.
pub fn id_index(instance: &Instance) -> HashMap<&str, usize> {
    instance
        .people()
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.trim(), i))
        .collect()
}

/// Reads the ids of a panel file: the column named `id` (or `id_column`), else the first column,
/// as a bundle writes them (formulas neutralised, `klero_pool::formula::restore`).
/// Returns pool indices, sorted; bad input lists every unknown or repeated id with its line.
pub fn read_panel(
    path: &Path,
    id_column: Option<&str>,
    instance: &Instance,
) -> anyhow::Result<Vec<usize>> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path)
        .map_err(|e| BadInput(vec![problem(&name, format!("cannot be read: {e}"))]))?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(bytes.as_slice());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| BadInput(vec![problem(&name, format!("cannot be read: {e}"))]))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let wanted: Vec<String> = id_column
        .map(|c| c.trim().to_lowercase())
        .into_iter()
        .chain(["id".to_owned()])
        .collect();
    let at = wanted
        .iter()
        .find_map(|w| header.iter().position(|h| h == w))
        .unwrap_or(0);
    let column = header.get(at).cloned();
    let index = id_index(instance);
    let mut problems: Vec<Problem> = Vec::new();
    let mut panel = Vec::new();
    for record in reader.records() {
        let located = |line: Option<u64>, message: String| Problem {
            file: name.clone(),
            line,
            column: column.clone(),
            message,
        };
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map(csv::Position::line);
                problems.push(located(line, e.to_string()));
                continue;
            }
        };
        let line = record.position().map(csv::Position::line);
        // A bundle writes ids with formulas neutralised.
        let id = klero_pool::formula::restore(record.get(at).unwrap_or("").trim());
        if id.is_empty() {
            continue;
        }
        match index.get(id) {
            Some(&i) if panel.contains(&i) => {
                problems.push(located(line, format!("`{id}` is listed twice")));
            }
            Some(&i) => panel.push(i),
            None => problems.push(located(line, format!("`{id}` is not in the pool"))),
        }
    }
    if panel.is_empty() && problems.is_empty() {
        problems.push(problem(&name, "lists no one"));
    }
    if !problems.is_empty() {
        return Err(BadInput(problems).into());
    }
    panel.sort_unstable();
    Ok(panel)
}

/// Pool indices of ids given on the command line; bad input names every unknown id.
pub fn ids_to_indices(
    argument: &str,
    ids: &[String],
    instance: &Instance,
) -> anyhow::Result<Vec<usize>> {
    let index = id_index(instance);
    let mut problems = Vec::new();
    let mut found = Vec::new();
    for id in ids.iter().map(|id| id.trim()).filter(|id| !id.is_empty()) {
        match index.get(id) {
            Some(&i) if !found.contains(&i) => found.push(i),
            Some(_) => {}
            None => problems.push(problem(argument, format!("`{id}` is not in the pool"))),
        }
    }
    if !problems.is_empty() {
        return Err(BadInput(problems).into());
    }
    Ok(found)
}
