//! Comparisons of published files with the re-run's.

use super::{Check, TOLERANCE, fail, pass, some_of};
use crate::distribution_json::{CertificateJson, DistributionJson};
use crate::tables::{parse_probabilities, probabilities_csv};
use crate::{Outcome, layout};
use klero_select::{Instance, check_certificate};

/// ` (first difference on line N)`, or nothing if the texts are equal.
pub(super) fn first_difference(got: &[u8], want: &[u8]) -> String {
    let got = String::from_utf8_lossy(got);
    let want = String::from_utf8_lossy(want);
    got.lines()
        .map(Some)
        .chain(std::iter::repeat(None))
        .zip(want.lines().map(Some).chain(std::iter::repeat(None)))
        .take_while(|(a, b)| a.is_some() || b.is_some())
        .position(|(a, b)| a != b)
        .map_or(String::new(), |n| {
            format!(" (first difference on line {})", n + 1)
        })
}

/// `panel.csv` or `reserves.csv`: the same bytes as the re-run's; if not, which ids differ.
/// For the panel, the published panel is also checked against the quotas.
pub(super) fn people_list(
    name: &'static str,
    got: Option<&[u8]>,
    want: &[u8],
    panel: Option<(&Instance, &[usize])>,
) -> Check {
    let file = if name == "panel" {
        layout::PANEL
    } else {
        layout::RESERVES
    };
    let Some(got) = got else {
        return fail(name, format!("{file} is missing"));
    };
    let (got_ids, want_ids) = (crate::tables::ids_of(got), crate::tables::ids_of(want));
    if got != want {
        let mut problems = Vec::new();
        for id in got_ids.iter().filter(|id| !want_ids.contains(id)) {
            problems.push(format!("`{id}` was not drawn"));
        }
        for id in want_ids.iter().filter(|id| !got_ids.contains(id)) {
            problems.push(format!("`{id}` was drawn but is not listed"));
        }
        if problems.is_empty() {
            problems.push(if got_ids == want_ids {
                format!(
                    "the ids match but the rows differ{}",
                    first_difference(got, want)
                )
            } else {
                "the same ids in another order".to_owned()
            });
        }
        return fail(
            name,
            format!("{file} is not the re-run's: {}", some_of(&problems)),
        );
    }
    if let Some((instance, members)) = panel {
        let problems = instance.check_panel(members);
        if !problems.is_empty() {
            return fail(
                name,
                format!("the panel breaks rules: {}", some_of(&problems)),
            );
        }
        return pass(
            name,
            format!(
                "the {} members are the re-run's and meet every quota",
                got_ids.len()
            ),
        );
    }
    pass(
        name,
        format!("the {} reserves are the re-run's, in order", got_ids.len()),
    )
}

/// `probabilities.csv`: everyone in pool order, both probabilities within the tolerance of the
/// re-run's, written in the canonical format.
pub(super) fn probabilities(got: Option<&[u8]>, outcome: &Outcome, instance: &Instance) -> Check {
    const NAME: &str = "probabilities";
    let Some(got) = got else {
        return fail(NAME, format!("{} is missing", layout::PROBABILITIES));
    };
    let rows = match parse_probabilities(got) {
        Ok(rows) => rows,
        Err(e) => return fail(NAME, format!("{}: {e}", layout::PROBABILITIES)),
    };
    let people = instance.people();
    if rows.len() != people.len() {
        return fail(
            NAME,
            format!("{} rows for {} people", rows.len(), people.len()),
        );
    }
    let mut problems = Vec::new();
    let mut largest = 0.0f64;
    for (i, (row, person)) in rows.iter().zip(people).enumerate() {
        if row.id != person.id {
            problems.push(format!(
                "row {} is `{}`, not `{}`",
                i + 2,
                row.id,
                person.id
            ));
            continue;
        }
        let exact = outcome
            .distribution
            .probabilities
            .get(i)
            .copied()
            .unwrap_or(f64::NAN);
        let drawn = outcome
            .lottery
            .probabilities
            .get(i)
            .copied()
            .unwrap_or(f64::NAN);
        let change = (row.probability - exact)
            .abs()
            .max((row.lottery_probability - drawn).abs());
        if change.is_nan() || change > TOLERANCE {
            problems.push(format!(
                "`{}`: {} and {} published, {exact:.9} and {drawn:.9} re-run",
                row.id, row.probability, row.lottery_probability
            ));
        }
        largest = largest.max(change);
    }
    if !problems.is_empty() {
        return fail(NAME, some_of(&problems));
    }
    let canonical = probabilities_csv(&rows).ok();
    if canonical.as_deref() != Some(got) {
        return fail(
            NAME,
            format!("{} is not in its canonical format", layout::PROBABILITIES),
        );
    }
    pass(
        NAME,
        format!(
            "{} people; largest difference from the re-run {largest:.1e} (tolerance {TOLERANCE:.0e})",
            rows.len()
        ),
    )
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= TOLERANCE
}

/// `distribution.json`: the lottery's panels exactly, the exact distribution within the tolerance.
/// Returns the published distribution (if it could be read) for the certificate check.
pub(super) fn distribution(
    got: Option<&[u8]>,
    want: &[u8],
    checks: &mut Vec<Check>,
) -> Option<DistributionJson> {
    const NAME: &str = "distribution";
    let file = layout::DISTRIBUTION;
    let Some(got) = got else {
        checks.push(fail(NAME, format!("{file} is missing")));
        return None;
    };
    let published: DistributionJson = match serde_json::from_slice(got) {
        Ok(json) => json,
        Err(e) => {
            checks.push(fail(NAME, format!("{file} cannot be read: {e}")));
            return None;
        }
    };
    let expected: DistributionJson = match serde_json::from_slice(want) {
        Ok(json) => json,
        Err(e) => {
            checks.push(fail(NAME, format!("the re-run's {file}: {e}")));
            return Some(published);
        }
    };
    let mut problems = differences(&published, &expected);
    let canonical = crate::json::to_bytes(&published);
    if canonical.ok().as_deref() != Some(got) {
        problems.push(format!("{file} is not in its canonical form"));
    }
    checks.push(if problems.is_empty() {
        pass(
            NAME,
            format!(
                "the lottery's {} distinct panels match exactly; the exact distribution's {} panels within {TOLERANCE:.0e}",
                published.panels.len(),
                published.exact_panels.len()
            ),
        )
    } else {
        fail(NAME, some_of(&problems))
    });
    Some(published)
}

fn differences(got: &DistributionJson, want: &DistributionJson) -> Vec<String> {
    let mut problems = Vec::new();
    if got.algorithm != want.algorithm || got.engine != want.engine {
        problems.push("the algorithm or engine differs".to_owned());
    }
    let (gl, wl) = (&got.lottery, &want.lottery);
    if gl.panels != wl.panels || gl.drawn != wl.drawn || gl.optimal != wl.optimal {
        problems.push(format!(
            "lottery: {} panels, number {} drawn, optimal {} published; the re-run has {}, {}, {}",
            gl.panels, gl.drawn, gl.optimal, wl.panels, wl.drawn, wl.optimal
        ));
    }
    if !close(gl.max_change, wl.max_change) {
        problems.push(format!(
            "lottery: max change {} published, {} re-run",
            gl.max_change, wl.max_change
        ));
    }
    if got.panels.len() != want.panels.len() {
        problems.push(format!(
            "{} distinct lottery panels published, {} re-run",
            got.panels.len(),
            want.panels.len()
        ));
    }
    for (j, (g, w)) in got.panels.iter().zip(&want.panels).enumerate() {
        if g.members != w.members || g.numbers != w.numbers {
            problems.push(format!("lottery panel {} differs from the re-run's", j + 1));
        } else if !close(g.probability, w.probability) {
            problems.push(format!("lottery panel {}: wrong probability", j + 1));
        }
    }
    if got.groups != want.groups {
        problems.push("the groups of interchangeable people differ".to_owned());
    }
    if got.exact_panels.len() != want.exact_panels.len() {
        problems.push(format!(
            "{} exact panels published, {} re-run",
            got.exact_panels.len(),
            want.exact_panels.len()
        ));
    }
    for (j, (g, w)) in got.exact_panels.iter().zip(&want.exact_panels).enumerate() {
        if g.seats != w.seats || !close(g.probability, w.probability) {
            problems.push(format!("exact panel {} differs from the re-run's", j + 1));
        }
    }
    match (&got.certificate, &want.certificate) {
        (None, None) => {}
        (Some(g), Some(w)) => problems.extend(certificate_differences(g, w)),
        (Some(_), None) => {
            problems.push("a certificate is published but the re-run has none".into())
        }
        (None, Some(_)) => problems.push("the certificate is missing".into()),
    }
    problems
}

fn certificate_differences(got: &CertificateJson, want: &CertificateJson) -> Vec<String> {
    let mut problems = Vec::new();
    if !close(got.min_probability, want.min_probability) {
        problems.push(format!(
            "certificate: min probability {} published, {} re-run",
            got.min_probability, want.min_probability
        ));
    }
    if !close(got.max_panel_weight, want.max_panel_weight) {
        problems.push(format!(
            "certificate: max panel weight {} published, {} re-run",
            got.max_panel_weight, want.max_panel_weight
        ));
    }
    for id in got.dual_weights.keys().chain(want.dual_weights.keys()) {
        let g = got.dual_weights.get(id).copied().unwrap_or(0.0);
        let w = want.dual_weights.get(id).copied().unwrap_or(0.0);
        if !close(g, w) {
            problems.push(format!(
                "certificate: weight of `{id}` {g} published, {w} re-run"
            ));
        }
    }
    problems
}

/// The published certificate, checked by an integer program independent of the engine's: it must
/// bound every valid panel's weight by the minimum probability the distribution achieves
/// (`achieved`, the re-run's, which the probabilities check compares with the published file), so
/// that no lottery can give everyone more.
pub(super) fn certificate(
    published: Option<&DistributionJson>,
    instance: &Instance,
    achieved: f64,
) -> Check {
    const NAME: &str = "certificate";
    let Some(published) = published else {
        return fail(NAME, "not checked: distribution.json could not be read");
    };
    let Some(cert) = &published.certificate else {
        return if published.algorithm == "legacy" {
            pass(NAME, "LEGACY makes no certificate")
        } else {
            fail(
                NAME,
                format!("{} should come with a certificate", published.algorithm),
            )
        };
    };
    let weights = match DistributionJson::weights(cert, instance) {
        Ok(weights) => weights,
        Err(e) => return fail(NAME, e),
    };
    if !close(cert.min_probability, achieved) {
        return fail(
            NAME,
            format!(
                "the certificate claims a minimum probability of {:.9}, but the distribution's is {achieved:.9}",
                cert.min_probability
            ),
        );
    }
    let checked = check_certificate(instance, &weights, achieved, TOLERANCE);
    if checked.valid {
        pass(
            NAME,
            format!(
                "no valid panel weighs more than {:.9}, so no lottery gives everyone more than {:.9} (gap {:.1e})",
                checked.max_panel_weight, cert.min_probability, checked.gap
            ),
        )
    } else {
        let mut problems = checked.problems.clone();
        if problems.is_empty() {
            problems.push(format!(
                "a valid panel weighs {:.9}, above the minimum probability {:.9}",
                checked.max_panel_weight, cert.min_probability
            ));
        }
        fail(NAME, some_of(&problems))
    }
}

#[cfg(test)]
mod tests {
    use super::first_difference;

    #[test]
    fn first_difference_names_the_line() {
        assert_eq!(first_difference(b"a\nb\n", b"a\nb\n"), "");
        assert_eq!(
            first_difference(b"a\nb\n", b"a\nc\n"),
            " (first difference on line 2)"
        );
        assert_eq!(
            first_difference(b"a\n", b"a\nc\n"),
            " (first difference on line 2)"
        );
    }
}
