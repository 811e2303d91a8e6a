//! The summary of a draw, for people: a table per stratum, totals, the seed and the register's
//! SHA-256; shortfalls and unknown exclusions also as warnings.

use klero_pool::register::Register;
use klero_recruit::{Settings, StratumSummary, Summary};
use std::path::Path;

/// Prints the table and the facts needed to check the draw.
pub fn print(
    register: &Register,
    settings: &Settings,
    summary: &Summary,
    digest: &str,
    out: &Path,
) {
    let excluded = summary.excluded() > 0 || summary.exclusions_not_found > 0;
    let oversampled = summary.oversampled();
    println!(
        "drew {} invitations from {} ({} people, {} strata by `{}`)",
        summary.invitations(),
        register.name(),
        summary.population(),
        summary.strata.len(),
        settings.stratify_by.trim()
    );
    println!();
    let rows = table(summary, excluded, oversampled);
    let widths: Vec<usize> = (0..rows.first().map_or(0, Vec::len))
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|t| t.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for row in &rows {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(c, (text, &w))| {
                if c == 0 {
                    format!("{text:<w$}")
                } else {
                    format!("{text:>w$}")
                }
            })
            .collect();
        println!("{}", cells.join("  ").trim_end());
    }
    println!();
    if summary.shortfall() > 0 {
        println!(
            "shortfall: {} of the {} invitations asked for could not be drawn, for want of households:",
            summary.shortfall(),
            summary.count
        );
        for s in summary.strata.iter().filter(|s| s.shortfall() > 0) {
            println!("  {}", shortfall(s));
        }
        println!();
    }
    println!("  seed             {}", settings.seed);
    println!("  register sha256  {digest}");
    println!(
        "  written to       {} ({} rows and the header)",
        out.display(),
        summary.invitations()
    );
}

/// The table's cells: the header, a row per stratum, the totals. The columns `stratum`,
/// `population`, `invitations` and `share` are always there (scripts read them); `excluded` and
/// `eligible` with exclusions, `factor` with over-sampling.
fn table(summary: &Summary, excluded: bool, oversampled: bool) -> Vec<Vec<String>> {
    let mut head = vec!["stratum", "population"];
    if excluded {
        head.extend(["excluded", "eligible"]);
    }
    if oversampled {
        head.push("factor");
    }
    head.extend(["invitations", "share"]);
    let mut rows = vec![head.into_iter().map(str::to_owned).collect::<Vec<_>>()];
    let row = |name: &str,
               population: u64,
               excl: u64,
               factor: Option<f64>,
               invitations: u64,
               share: f64| {
        let mut cells = vec![name.to_owned(), population.to_string()];
        if excluded {
            cells.extend([
                excl.to_string(),
                population.saturating_sub(excl).to_string(),
            ]);
        }
        if oversampled {
            cells.push(factor.map_or_else(String::new, |f| format!("{f:.2}")));
        }
        cells.extend([invitations.to_string(), format!("{share:.2}%")]);
        cells
    };
    for s in &summary.strata {
        rows.push(row(
            &s.name,
            s.population,
            s.excluded,
            Some(s.factor),
            u64::from(s.invitations),
            s.share(),
        ));
    }
    rows.push(row(
        "total",
        summary.population(),
        summary.excluded(),
        None,
        summary.invitations(),
        summary.share(),
    ));
    rows
}

/// Warnings on stderr: shortfalls, and excluded ids that are not in the register.
pub fn warnings(summary: &Summary) {
    for s in summary.strata.iter().filter(|s| s.shortfall() > 0) {
        eprintln!("warning: {}", shortfall(s));
    }
    let missing = summary.exclusions_not_found;
    if missing > 0 {
        eprintln!(
            "warning: {missing} id{} of the exclude file {} not in the register",
            if missing == 1 { "" } else { "s" },
            if missing == 1 { "is" } else { "are" }
        );
    }
}

fn shortfall(s: &StratumSummary) -> String {
    format!(
        "`{}` has {} households for its {} invitations: all are invited, {} fewer than allocated",
        s.name,
        s.invitations,
        s.allocation,
        s.shortfall()
    )
}
