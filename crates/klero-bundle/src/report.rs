//! `report.html` and `report.md`: the run told for people (organisers, the public, journalists).
//!
//! The figures are computed here; the pages are `askama` templates (`templates/`), compiled with
//! the crate. The HTML template escapes every value; for Markdown, text that comes from the input
//! (names of categories and values, the seed) is escaped here before it reaches the template.

mod chart;

use crate::{BundleError, FollowUpJson, Outcome};
use askama::Template;
use chart::Chart;
use klero_domain::labels::QuotaLabels;
use klero_domain::lang::Lang;
use klero_select::{ENGINE_VERSION, Instance};

/// An id followed by its labels in the four languages, each once, when it has any:
/// `gender (geslacht / genre / Geschlecht)`.
fn labelled(id: &str, labels: &QuotaLabels, feature: &str, value: Option<&str>) -> String {
    let mut words: Vec<&str> = Vec::new();
    for lang in Lang::ALL {
        if let Some(text) = labels.exact(feature, value, lang)
            && text != id
            && !words.contains(&text)
        {
            words.push(text);
        }
    }
    if words.is_empty() {
        id.to_owned()
    } else {
        format!("{id} ({})", words.join(" / "))
    }
}

/// One quota's row in the composition table.
struct QuotaRow {
    value: String,
    pool: usize,
    panel: usize,
    min: u32,
    max: u32,
    ok: bool,
}

/// A category's rows.
struct CategoryRows {
    name: String,
    rows: Vec<QuotaRow>,
}

/// Everything the reports show, formatted.
struct ReportData {
    panel_size: u32,
    pool_size: usize,
    households: usize,
    algorithm: &'static str,
    algorithm_note: &'static str,
    engine: &'static str,
    seed: String,
    commitment: String,
    lottery_panels: String,
    last_number: String,
    drawn: String,
    max_change: String,
    follow_up: Option<String>,
    reserves: usize,
    reserves_asked: u32,
    quotas_ok: bool,
    categories: Vec<CategoryRows>,
    min: String,
    max: String,
    mean: String,
    median: String,
    zero_chance: usize,
    certificate: Option<String>,
    optimality: Option<String>,
    chart: Chart,
}

#[derive(Template)]
#[template(path = "report.html")]
struct HtmlReport<'a> {
    r: &'a ReportData,
}

#[derive(Template)]
#[template(path = "report.md")]
struct MarkdownReport<'a> {
    r: &'a ReportData,
}

/// A probability as a percentage with two decimals.
pub(crate) fn percent(p: f64) -> String {
    format!("{:.2} %", p * 100.0)
}

/// A count written in groups of three digits with `separator` between them (`1 000 000 000`
/// with a space, as the reports print counts; the platform passes its language's separator).
pub fn group_digits(n: u64, separator: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(ch);
    }
    out
}

/// A count as the reports print it.
fn thousands(n: u64) -> String {
    group_digits(n, ' ')
}

/// Escapes Markdown's special characters (and HTML's, which Markdown passes through).
fn markdown_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '-' | '.'
            | '!' | '|' | '<' | '>' | '~' | '&' => {
                out.push('\\');
                out.push(ch);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

fn algorithm_note(name: &str) -> &'static str {
    match name {
        "leximin" => {
            "LEXIMIN: the smallest chance of selection is as high as the quotas allow, then the next smallest, and so on."
        }
        "maximin" => "MAXIMIN: the smallest chance of selection is as high as the quotas allow.",
        "nash" => {
            "NASH: the product of everyone's chances of selection is as large as the quotas allow (maximum Nash welfare)."
        }
        "goldilocks" => {
            "GOLDILOCKS: every chance of selection is kept as close as the quotas allow to the panel size divided by the pool, from above as well as from below (Baharav and Flanigan, 2024)."
        }
        "diversimax" => {
            "DIVERSIMAX: one panel composition, the most diverse across combinations of categories that the quotas allow; people outside it have no chance, and within a group of interchangeable people the seats go by lot."
        }
        _ => {
            "LEGACY: the greedy method used before LEXIMIN, kept for comparison; its chances are estimated from 1000 repetitions and can be very unequal."
        }
    }
}

impl ReportData {
    fn new(
        instance: &Instance,
        outcome: &Outcome,
        follow_up: Option<&FollowUpJson>,
        labels: &QuotaLabels,
        escape: fn(&str) -> String,
    ) -> Self {
        let people = instance.people();
        let follow_up = follow_up.map(|f| {
            let ids = |ids: &[String]| {
                ids.iter()
                    .map(|id| escape(id))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            if f.kind == crate::after::SUBDRAW {
                format!(
                    "This is a sub-draw from a panel, proportional on: {}. Its pool is the panel.",
                    ids(&f.stratify_by)
                )
            } else {
                format!(
                    "This is a replacement draw for the members who withdrew ({}). Its pool is                      the people still eligible, its seats those left open, and its quotas the                      panel's less what the {} members who stay fill.",
                    ids(&f.withdrawn),
                    f.kept.len()
                )
            }
        });
        let mut on_panel = vec![false; people.len()];
        for &i in &outcome.panel {
            on_panel[i] = true;
        }
        let mut quotas_ok = true;
        let categories = instance
            .categories()
            .iter()
            .enumerate()
            .map(|(c, cat)| CategoryRows {
                name: escape(&labelled(&cat.name, labels, &cat.name, None)),
                rows: cat
                    .values
                    .iter()
                    .enumerate()
                    .map(|(v, q)| {
                        let has = |i: &usize| usize::from(people[*i].values[c]) == v;
                        let pool = (0..people.len()).filter(has).count();
                        let panel = outcome.panel.iter().filter(|i| has(i)).count();
                        let ok = (q.min as usize..=q.max as usize).contains(&panel);
                        quotas_ok &= ok;
                        QuotaRow {
                            value: escape(&labelled(&q.value, labels, &cat.name, Some(&q.value))),
                            pool,
                            panel,
                            min: q.min,
                            max: q.max,
                            ok,
                        }
                    })
                    .collect(),
            })
            .collect();
        let file = &outcome.prepared.file;
        let probabilities = file.probabilities();
        let mut sorted = probabilities.clone();
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len().max(1);
        let median = if sorted.is_empty() {
            0.0
        } else if n % 2 == 1 {
            sorted[n / 2]
        } else {
            (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
        };
        let algorithm = outcome.prepared.settings.algorithm.name();
        Self {
            panel_size: instance.panel_size(),
            pool_size: people.len(),
            households: instance.household_count(),
            algorithm,
            algorithm_note: algorithm_note(algorithm),
            engine: ENGINE_VERSION,
            seed: escape(&outcome.seed),
            commitment: outcome.prepared.commitment.to_hex(),
            lottery_panels: thousands(file.m),
            last_number: thousands(file.m.saturating_sub(1)),
            drawn: thousands(outcome.drawn),
            max_change: format!("{:.1e}", file.max_change),
            follow_up,
            reserves: outcome.reserves.len(),
            reserves_asked: outcome.prepared.settings.reserves,
            quotas_ok,
            categories,
            min: percent(sorted.first().copied().unwrap_or(0.0)),
            max: percent(sorted.last().copied().unwrap_or(0.0)),
            mean: percent(sorted.iter().sum::<f64>() / n as f64),
            median: percent(median),
            zero_chance: sorted.iter().filter(|&&p| p < 1e-9).count(),
            certificate: file
                .certificate
                .as_ref()
                .map(|c| percent(c.min_probability)),
            optimality: file.optimality.as_ref().map(|o| escape(&o.statement)),
            chart: Chart::new(&probabilities),
        }
    }
}

/// The rendered text, ending with a newline (templates drop their last one).
fn with_final_newline(mut text: String) -> Vec<u8> {
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.into_bytes()
}

/// `report.html`.
pub(crate) fn html(
    instance: &Instance,
    outcome: &Outcome,
    follow_up: Option<&FollowUpJson>,
    labels: &QuotaLabels,
) -> Result<Vec<u8>, BundleError> {
    let data = ReportData::new(instance, outcome, follow_up, labels, str::to_owned);
    HtmlReport { r: &data }
        .render()
        .map(with_final_newline)
        .map_err(|e| BundleError::render(crate::layout::REPORT_HTML, e))
}

/// `report.md`.
pub(crate) fn markdown(
    instance: &Instance,
    outcome: &Outcome,
    follow_up: Option<&FollowUpJson>,
    labels: &QuotaLabels,
) -> Result<Vec<u8>, BundleError> {
    let data = ReportData::new(instance, outcome, follow_up, labels, markdown_escape);
    MarkdownReport { r: &data }
        .render()
        .map(with_final_newline)
        .map_err(|e| BundleError::render(crate::layout::REPORT_MD, e))
}

#[cfg(test)]
mod tests {
    use super::markdown_escape;

    #[test]
    fn markdown_escape_neutralises_tables_and_html() {
        assert_eq!(markdown_escape("a|b"), "a\\|b");
        assert_eq!(markdown_escape("<script>"), "\\<script\\>");
        assert_eq!(markdown_escape("x\ny"), "x y");
    }
}
