//! Verifying a bundle without solving anything: the checksums, the canonical inputs, the
//! commitment over the inputs and the published lottery, every panel of the lottery against the
//! rules, everyone's chance in the lottery against the algorithm's, the certificate (checked by
//! an integer program independent of the engine), then the draw and the reserves redone from the
//! seed with integer arithmetic, and every published file compared with what they give. With
//! `recompute`, the problem is also solved again and compared, within a tolerance.

mod read;

use crate::layout::{
    FILES, INPUT_FEATURES, INPUT_PEOPLE, LOTTERY, PANEL, PROBABILITIES, REPORT_HTML, REPORT_MD,
    RESERVES, SETTINGS, SUMS,
};
use crate::{BundleError, BundleInput, LotteryFile, Prepared, SettingsJson};
use klero_domain::labels::QuotaLabels;
use klero_select::{Algorithm, ENGINE_VERSION, Instance, Lottery, Progress, Settings};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The tolerance of the certificate's check and of the comparisons of chances: solvers on other
/// machines may round differently in the last digits.
pub const TOLERANCE: f64 = 1e-6;

/// One check of a bundle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    /// A short name (`checksums`, `commitment`, `panel`...).
    pub name: &'static str,
    /// Whether the check passed.
    pub passed: bool,
    /// What was found, or why it failed (or why it could not run).
    pub detail: String,
}

/// The result of verifying a bundle.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyReport {
    /// The folder or zip.
    pub dir: PathBuf,
    /// Every check, in order.
    pub checks: Vec<Check>,
}

impl VerifyReport {
    /// Whether every check passed.
    pub fn passed(&self) -> bool {
        !self.checks.is_empty() && self.checks.iter().all(|c| c.passed)
    }
}

fn pass(name: &'static str, detail: impl Into<String>) -> Check {
    Check {
        name,
        passed: true,
        detail: detail.into(),
    }
}

fn fail(name: &'static str, detail: impl Into<String>) -> Check {
    Check {
        name,
        passed: false,
        detail: detail.into(),
    }
}

/// Lists up to a few items, and how many more there are.
pub(crate) fn some_of(items: &[String]) -> String {
    const SHOWN: usize = 5;
    let mut text = items
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join("; ");
    if items.len() > SHOWN {
        text.push_str(&format!("; and {} more", items.len() - SHOWN));
    }
    text
}

/// ` (first difference on line N)`, or nothing if the texts are equal.
fn first_difference(got: &[u8], want: &[u8]) -> String {
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

/// Verifies the bundle at `path` (its folder, a folder it was unzipped into, or its zip). `Err`
/// only if `path` is not a bundle at all: everything else, including missing or unreadable
/// files, is a failed check.
pub fn verify(path: &Path) -> Result<VerifyReport, BundleError> {
    verify_with_progress(path, false, &mut |_| {})
}

/// [`verify`]; with `recompute`, the problem is also solved again (reporting progress) and the
/// result compared with the published one.
pub fn verify_with_progress(
    path: &Path,
    recompute: bool,
    progress: &mut dyn FnMut(Progress),
) -> Result<VerifyReport, BundleError> {
    let files = read::bundle_files(path)?;
    let mut checks = vec![check_sums(&files), check_file_list(&files)];
    let settings = check_settings(&files, &mut checks);
    let inputs = settings
        .as_ref()
        .and_then(|(json, _)| check_inputs(&files, json, &mut checks));
    let (instance, labels) = match inputs {
        Some((instance, labels)) => (Some(instance), labels),
        None => (None, QuotaLabels::new()),
    };
    let later = [
        "lottery",
        "commitment",
        "panels",
        "rounding",
        "certificate",
        "draw",
        "reserves",
        "probabilities",
        "reports",
    ];
    let report = |checks| VerifyReport {
        dir: path.to_owned(),
        checks,
    };
    let (Some((json, settings)), Some(instance)) = (&settings, &instance) else {
        checks.extend(later.map(|name| {
            fail(
                name,
                "not checked: the settings or the inputs could not be read",
            )
        }));
        return Ok(report(checks));
    };
    if let Some(follow_up) = &json.follow_up {
        checks.push(check_follow_up(follow_up, instance));
    }
    let Some(prepared) = check_lottery(&files, settings, instance, &mut checks) else {
        checks.extend(
            later[1..]
                .iter()
                .map(|&name| fail(name, "not checked: the lottery could not be read")),
        );
        return Ok(report(checks));
    };
    checks.push(check_commitment(json, &prepared));
    checks.push(check_panels(&prepared.lottery, instance));
    checks.push(check_rounding(&prepared, instance));
    checks.push(check_certificate(
        &prepared.file,
        settings.algorithm,
        instance,
    ));
    check_draw(&files, json, &prepared, instance, &labels, &mut checks);
    if recompute {
        checks.push(check_recompute(&prepared, settings, instance, progress));
    }
    Ok(report(checks))
}

fn check_sums(files: &BTreeMap<String, Vec<u8>>) -> Check {
    let Some(text) = files.get(SUMS) else {
        return fail("checksums", format!("{SUMS} is missing"));
    };
    let Ok(text) = std::str::from_utf8(text) else {
        return fail("checksums", format!("{SUMS} is not text"));
    };
    let sums = match crate::parse_sums(text) {
        Ok(sums) => sums,
        Err(e) => return fail("checksums", format!("{SUMS}: {e}")),
    };
    let mut problems = Vec::new();
    let mut listed = std::collections::HashSet::new();
    for (hash, path) in &sums {
        if !listed.insert(path.as_str()) {
            problems.push(format!("`{path}` is listed twice"));
        }
        match files.get(path) {
            None => problems.push(format!("`{path}` is listed but missing")),
            Some(bytes) if crate::sha256_hex(bytes) != *hash => {
                problems.push(format!("`{path}` does not match its checksum"));
            }
            Some(_) => {}
        }
    }
    for path in files.keys() {
        if path != SUMS && !listed.contains(path.as_str()) {
            problems.push(format!("`{path}` is not listed"));
        }
    }
    if problems.is_empty() {
        pass("checksums", format!("{} files match {SUMS}", sums.len()))
    } else {
        fail("checksums", some_of(&problems))
    }
}

fn check_file_list(files: &BTreeMap<String, Vec<u8>>) -> Check {
    let mut problems: Vec<String> = FILES
        .iter()
        .chain([&SUMS])
        .filter(|f| !files.contains_key(**f))
        .map(|f| format!("`{f}` is missing"))
        .collect();
    problems.extend(
        files
            .keys()
            .filter(|p| p.as_str() != SUMS && !FILES.contains(&p.as_str()))
            .map(|p| format!("`{p}` is not part of a bundle")),
    );
    if problems.is_empty() {
        pass(
            "files",
            format!("the bundle has its {} files and no other", FILES.len() + 1),
        )
    } else {
        fail("files", some_of(&problems))
    }
}

fn check_settings(
    files: &BTreeMap<String, Vec<u8>>,
    checks: &mut Vec<Check>,
) -> Option<(SettingsJson, Settings)> {
    let Some(bytes) = files.get(SETTINGS) else {
        checks.push(fail("settings", format!("{SETTINGS} is missing")));
        return None;
    };
    let format = serde_json::from_slice::<serde_json::Value>(bytes)
        .ok()
        .and_then(|v| v.get("format").and_then(|f| f.as_str()).map(str::to_owned))
        .unwrap_or_default();
    if crate::settings_json::OLDER_FORMATS.contains(&format.as_str())
        || format.starts_with("kleroterion-replacement/")
        || format.starts_with("kleroterion-subdraw/")
    {
        checks.push(fail(
            "settings",
            format!(
                "format `{format}` is from before the lottery was published with the \
                 commitment: verify it with the klero version that made it ({})",
                crate::BUNDLE_FORMAT
            ),
        ));
        return None;
    }
    let json: SettingsJson = match serde_json::from_slice(bytes) {
        Ok(json) => json,
        Err(e) => {
            checks.push(fail("settings", format!("{SETTINGS} cannot be read: {e}")));
            return None;
        }
    };
    let Some(settings) = json.settings() else {
        checks.push(fail(
            "settings",
            format!("unknown algorithm `{}`", json.algorithm),
        ));
        return None;
    };
    let mut problems = Vec::new();
    if json.format != crate::BUNDLE_FORMAT {
        problems.push(format!(
            "format `{}` is not `{}`",
            json.format,
            crate::BUNDLE_FORMAT
        ));
    }
    if json.engine != ENGINE_VERSION {
        problems.push(format!(
            "the bundle was made by `{}` and this is `{ENGINE_VERSION}`: verify it with that version",
            json.engine
        ));
    }
    if settings.lottery_panels == 0 {
        problems.push("a lottery of 0 panels".to_owned());
    }
    if crate::json::to_bytes(&json).ok().as_deref() != Some(bytes.as_slice()) {
        problems.push(format!("{SETTINGS} is not in its canonical form"));
    }
    if problems.is_empty() {
        checks.push(pass(
            "settings",
            format!(
                "{} seats, {}, lottery of {}, {} reserves, seed `{}`",
                json.panel_size, json.algorithm, json.lottery_panels, json.reserves, json.seed
            ),
        ));
    } else {
        checks.push(fail("settings", some_of(&problems)));
    }
    Some((json, settings))
}

fn check_inputs(
    files: &BTreeMap<String, Vec<u8>>,
    json: &SettingsJson,
    checks: &mut Vec<Check>,
) -> Option<(Instance, QuotaLabels)> {
    let (Some(features), Some(people)) = (files.get(INPUT_FEATURES), files.get(INPUT_PEOPLE))
    else {
        checks.push(fail(
            "inputs",
            format!("{INPUT_FEATURES} or {INPUT_PEOPLE} is missing"),
        ));
        return None;
    };
    let options = klero_pool::LoadOptions {
        panel_size: json.panel_size,
        id_column: Some("id".to_owned()),
        address_columns: Vec::new(),
        household_column: Some("household".to_owned()),
    };
    fn source<'a>(name: &'a str, bytes: &'a [u8]) -> klero_pool::Source<'a> {
        klero_pool::Source {
            name,
            bytes,
            kind: klero_pool::Kind::Csv,
        }
    }
    let pool = match klero_pool::load_sources(
        source(INPUT_FEATURES, features),
        source(INPUT_PEOPLE, people),
        &options,
    ) {
        Ok(pool) => pool,
        Err(problems) => {
            let words: Vec<String> = problems.iter().map(ToString::to_string).collect();
            checks.push(fail("inputs", some_of(&words)));
            return None;
        }
    };
    // The files hold ids, names and values with formulas neutralised: the instance is theirs
    // restored, and writing it again must give the same bytes.
    let instance = match klero_pool::restored(&pool.instance) {
        Ok(instance) => instance,
        Err(errors) => {
            let words: Vec<String> = errors.iter().map(ToString::to_string).collect();
            checks.push(fail("inputs", some_of(&words)));
            return None;
        }
    };
    let mut problems = Vec::new();
    let mut canonical_features = Vec::new();
    let mut canonical_people = Vec::new();
    let labels = klero_pool::restored_labels(&pool.labels);
    let written =
        klero_pool::write_labelled_features_csv(&instance, &labels, &mut canonical_features)
            .and_then(|()| klero_pool::write_people_csv(&instance, &mut canonical_people));
    if written.is_err() || canonical_features != *features {
        problems.push(format!("{INPUT_FEATURES} is not in its canonical form"));
    }
    if written.is_err() || canonical_people != *people {
        problems.push(format!("{INPUT_PEOPLE} is not in its canonical form"));
    }
    if problems.is_empty() {
        checks.push(pass(
            "inputs",
            format!(
                "{} people, {} categories, read and canonical",
                instance.people().len(),
                instance.categories().len()
            ),
        ));
    } else {
        checks.push(fail("inputs", some_of(&problems)));
    }
    Some((instance, labels))
}

/// A follow-up's pool holds no one who withdrew or stays on the panel.
fn check_follow_up(follow_up: &crate::FollowUpJson, instance: &Instance) -> Check {
    let in_pool: std::collections::HashSet<&str> =
        instance.people().iter().map(|p| p.id.as_str()).collect();
    let on_panel: Vec<String> = follow_up
        .withdrawn
        .iter()
        .chain(&follow_up.kept)
        .filter(|id| in_pool.contains(id.as_str()))
        .map(|id| format!("`{id}` was on the panel but is in the pool"))
        .collect();
    if !on_panel.is_empty() {
        return fail("follow-up", some_of(&on_panel));
    }
    let what = if follow_up.kind == crate::SUBDRAW {
        format!(
            "a sub-draw of {} from a panel, proportional on {}",
            instance.panel_size(),
            follow_up.stratify_by.join(", ")
        )
    } else {
        format!(
            "{} replacement(s) for {} who withdrew; {} members stay, none of them in the pool",
            instance.panel_size(),
            follow_up.withdrawn.len(),
            follow_up.kept.len()
        )
    };
    pass("follow-up", what)
}

fn check_lottery(
    files: &BTreeMap<String, Vec<u8>>,
    settings: &Settings,
    instance: &Instance,
    checks: &mut Vec<Check>,
) -> Option<Prepared> {
    let Some(bytes) = files.get(LOTTERY) else {
        checks.push(fail("lottery", format!("{LOTTERY} is missing")));
        return None;
    };
    match crate::read_lottery(instance, settings, bytes) {
        Ok(prepared) => {
            let canonical = crate::json::to_bytes(&prepared.file);
            if canonical.ok().as_deref() != Some(bytes.as_slice()) {
                checks.push(fail(
                    "lottery",
                    format!("{LOTTERY} is not in its canonical form"),
                ));
                return None;
            }
            checks.push(pass(
                "lottery",
                format!(
                    "{} equally likely panels, {} distinct; everyone's count is the expansion's",
                    prepared.file.m,
                    prepared.file.panels.len()
                ),
            ));
            Some(prepared)
        }
        Err(e) => {
            checks.push(fail("lottery", format!("{LOTTERY}: {e}")));
            None
        }
    }
}

fn check_commitment(json: &SettingsJson, prepared: &Prepared) -> Check {
    let inputs = prepared.inputs.to_hex();
    let commitment = prepared.commitment.to_hex();
    let mut problems = Vec::new();
    if json.inputs != inputs {
        problems.push(format!(
            "{SETTINGS} gives the inputs' digest {} but input/ and the settings give {inputs}",
            json.inputs
        ));
    }
    if json.commitment != commitment {
        problems.push(format!(
            "{SETTINGS} says {} but the inputs' digest and {LOTTERY} give {commitment}",
            json.commitment
        ));
    }
    if problems.is_empty() {
        pass(
            "commitment",
            format!("{commitment}: recomputed from input/, the settings and {LOTTERY}"),
        )
    } else {
        fail("commitment", some_of(&problems))
    }
}

fn check_panels(lottery: &Lottery, instance: &Instance) -> Check {
    let problems = lottery.problems(instance);
    if problems.is_empty() {
        pass(
            "panels",
            format!(
                "each of the {} distinct panels has {} members, meets every quota and the \
                 household rule",
                lottery.panels.len(),
                instance.panel_size()
            ),
        )
    } else {
        fail("panels", some_of(&problems))
    }
}

/// Everyone's chance in the lottery within the published change of the algorithm's; the
/// algorithm's chances add up to the panel size and are what the exact distribution gives.
fn check_rounding(prepared: &Prepared, instance: &Instance) -> Check {
    let file = &prepared.file;
    let lottery = &prepared.lottery;
    let m = file.m as f64;
    let mut problems = Vec::new();
    let mut largest = 0.0f64;
    for (person, &count) in file.people.iter().zip(&lottery.counts) {
        if !(0.0..=1.0 + TOLERANCE).contains(&person.probability) {
            problems.push(format!(
                "`{}` has a chance of {}, not a probability",
                person.id, person.probability
            ));
        }
        let change = (count as f64 / m - person.probability).abs();
        largest = largest.max(change);
        if change > file.max_change + 1e-12 {
            problems.push(format!(
                "`{}` is on {count} of {} panels, {change:.3e} from their chance {}, more than \
                 the stated {:.3e}",
                person.id, file.m, person.probability, file.max_change
            ));
        }
    }
    let k = f64::from(instance.panel_size());
    let total: f64 = file.people.iter().map(|p| p.probability).sum();
    if (total - k).abs() > TOLERANCE * k.max(1.0) {
        problems.push(format!("the chances add up to {total}, not {k}"));
    }
    let min = file
        .people
        .iter()
        .map(|p| p.probability)
        .fold(f64::INFINITY, f64::min);
    if (min - file.min_probability).abs() > TOLERANCE {
        problems.push(format!(
            "the smallest chance is {min}, not the stated {}",
            file.min_probability
        ));
    }
    problems.extend(exact_distribution_problems(prepared, instance));
    if problems.is_empty() {
        pass(
            "rounding",
            format!(
                "everyone's chance in the lottery is within {largest:.2e} of the {}'s (stated: \
                 {:.2e}); the exact distribution gives everyone their chance",
                file.algorithm, file.max_change
            ),
        )
    } else {
        fail("rounding", some_of(&problems))
    }
}

/// The exact distribution's panels are valid, their probabilities add up to 1, and they give
/// each group the chances published for its members.
fn exact_distribution_problems(prepared: &Prepared, instance: &Instance) -> Vec<String> {
    let file = &prepared.file;
    let groups = &prepared.lottery.type_members;
    let mut problems = Vec::new();
    let total: f64 = file.exact_panels.iter().map(|p| p.probability).sum();
    if (total - 1.0).abs() > TOLERANCE {
        problems.push(format!(
            "the exact panels' probabilities add up to {total}, not 1"
        ));
    }
    let as_lottery = Lottery::from_parts(
        instance.people().len(),
        file.exact_panels.len().max(1) as u64,
        groups.clone(),
        file.exact_panels
            .iter()
            .map(|p| (1, p.seats.clone()))
            .collect(),
    );
    match as_lottery {
        Ok(lottery) => problems.extend(
            lottery
                .problems(instance)
                .into_iter()
                .map(|p| format!("exact {p}")),
        ),
        Err(e) => problems.push(format!("the exact panels: {e}")),
    }
    let mut expected = vec![0.0; groups.len()];
    for panel in &file.exact_panels {
        for &(g, n) in &panel.seats {
            if let Some(e) = expected.get_mut(g as usize) {
                *e += panel.probability * f64::from(n);
            }
        }
    }
    for (members, seats) in groups.iter().zip(&expected) {
        let chance = seats / members.len() as f64;
        for &i in members {
            let published = file.people[i].probability;
            if (published - chance).abs() > TOLERANCE {
                problems.push(format!(
                    "the exact panels give `{}` a chance of {chance:.9}, not {published}",
                    file.people[i].id
                ));
            }
        }
    }
    problems
}

fn check_certificate(file: &LotteryFile, algorithm: Algorithm, instance: &Instance) -> Check {
    const NAME: &str = "certificate";
    let Some(certificate) = &file.certificate else {
        return if matches!(algorithm, Algorithm::Leximin | Algorithm::Maximin) {
            fail(
                NAME,
                format!(
                    "{LOTTERY} has no certificate, which {} gives",
                    algorithm.name()
                ),
            )
        } else {
            pass(NAME, format!("{} gives no certificate", algorithm.name()))
        };
    };
    // The certificate proves the smallest chance the lottery file gives everyone is the best
    // possible: it must be that chance, not only the one it states.
    let achieved = file
        .people
        .iter()
        .map(|p| p.probability)
        .fold(f64::INFINITY, f64::min);
    if (certificate.min_probability - achieved).abs() > TOLERANCE
        || (certificate.min_probability - file.min_probability).abs() > TOLERANCE
    {
        return fail(
            NAME,
            format!(
                "it is for a smallest chance of {}, but the smallest chance anyone has is {achieved}",
                certificate.min_probability
            ),
        );
    }
    let weights = match LotteryFile::weights(certificate, instance) {
        Ok(weights) => weights,
        Err(e) => return fail(NAME, e),
    };
    let check =
        klero_select::check_certificate(instance, &weights, certificate.min_probability, TOLERANCE);
    if check.valid {
        pass(
            NAME,
            format!(
                "no valid panel weighs more than {:.9} (gap {:.1e}, tolerance {TOLERANCE:.0e}, \
                 checked by an integer program over people): no lottery gives everyone more \
                 than {:.9}",
                check.max_panel_weight, check.gap, certificate.min_probability
            ),
        )
    } else {
        fail(NAME, some_of(&check.problems))
    }
}

/// The draw and the reserves redone from the seed, and every file they give compared with the
/// published one.
fn check_draw(
    files: &BTreeMap<String, Vec<u8>>,
    json: &SettingsJson,
    prepared: &Prepared,
    instance: &Instance,
    labels: &QuotaLabels,
    checks: &mut Vec<Check>,
) {
    let outcome = match prepared.draw(instance, &json.seed) {
        Ok(outcome) => outcome,
        Err(e) => {
            for name in ["draw", "reserves", "probabilities", "reports"] {
                checks.push(fail(name, format!("not checked: the draw failed: {e}")));
            }
            return;
        }
    };
    let expected = match crate::render_bundle(
        BundleInput {
            instance,
            id_column: &json.id_column,
            follow_up: json.follow_up.as_ref(),
            labels,
        },
        &outcome,
    ) {
        Ok(files) => files.into_iter().collect::<BTreeMap<String, Vec<u8>>>(),
        Err(e) => {
            for name in ["draw", "reserves", "probabilities", "reports"] {
                checks.push(fail(name, format!("not checked: {e}")));
            }
            return;
        }
    };
    let same = |name: &str| -> Result<(), String> {
        let want = expected.get(name).map_or(&[][..], Vec::as_slice);
        match files.get(name) {
            None => Err(format!("{name} is missing")),
            Some(got) if got != want => {
                let (got_ids, want_ids) = (crate::tables::ids_of(got), crate::tables::ids_of(want));
                let mut differ: Vec<String> = got_ids
                    .iter()
                    .filter(|id| !want_ids.contains(id))
                    .map(|id| format!("`{id}` is listed but was not drawn"))
                    .collect();
                differ.extend(
                    want_ids
                        .iter()
                        .filter(|id| !got_ids.contains(id))
                        .map(|id| format!("`{id}` was drawn but is not listed")),
                );
                if differ.is_empty() {
                    differ.push(format!(
                        "{name} differs from what the seed gives{}",
                        first_difference(got, want)
                    ));
                }
                Err(some_of(&differ))
            }
            Some(_) => Ok(()),
        }
    };
    checks.push(match same(PANEL) {
        Ok(()) => pass(
            "draw",
            format!(
                "the seed draws number {} of 0 to {}: the {} people of {PANEL}",
                outcome.drawn,
                prepared.file.m - 1,
                outcome.panel.len()
            ),
        ),
        Err(e) => fail("draw", e),
    });
    checks.push(match same(RESERVES) {
        Ok(()) => pass(
            "reserves",
            format!(
                "the seed gives the {} reserves of {RESERVES}, in order",
                outcome.reserves.len()
            ),
        ),
        Err(e) => fail("reserves", e),
    });
    checks.push(match same(PROBABILITIES) {
        Ok(()) => pass(
            "probabilities",
            format!("{PROBABILITIES} gives everyone's chances as {LOTTERY} does"),
        ),
        Err(e) => fail("probabilities", e),
    });
    let reports: Vec<String> = [REPORT_HTML, REPORT_MD]
        .into_iter()
        .filter_map(|name| same(name).err())
        .collect();
    checks.push(if reports.is_empty() {
        pass("reports", "report.html and report.md tell this draw")
    } else {
        fail("reports", some_of(&reports))
    });
}

/// The problem solved again: the algorithm's chances must agree within the tolerance (LEXIMIN's
/// are unique); another rounding of them is information, not a failure, since the draw is
/// checked against the published lottery.
fn check_recompute(
    prepared: &Prepared,
    settings: &Settings,
    instance: &Instance,
    progress: &mut dyn FnMut(Progress),
) -> Check {
    const NAME: &str = "recompute";
    let again = match crate::prepare(instance, settings, progress) {
        Ok(again) => again,
        Err(e) => return fail(NAME, format!("solving again failed: {e}")),
    };
    // LEXIMIN's chances are unique, so each must agree; MAXIMIN's only in their minimum.
    let (mut largest, mut worst) = (0.0f64, 0usize);
    if settings.algorithm == Algorithm::Maximin {
        largest = (again.file.min_probability - prepared.file.min_probability).abs();
    } else {
        for (i, (a, b)) in again
            .file
            .people
            .iter()
            .zip(&prepared.file.people)
            .enumerate()
        {
            let change = (a.probability - b.probability).abs();
            if change > largest {
                (largest, worst) = (change, i);
            }
        }
    }
    let lottery = if again.bytes == prepared.bytes {
        "its lottery is the published one".to_owned()
    } else {
        format!(
            "its lottery differs from the published one (another rounding, largest change \
             {:.2e}); the draw is checked against the published lottery",
            again.file.max_change
        )
    };
    let what = match settings.algorithm {
        Algorithm::Leximin => "everyone's chance",
        Algorithm::Maximin => "the smallest chance",
        _ => "everyone's chance (not required of this algorithm)",
    };
    let exact = matches!(settings.algorithm, Algorithm::Leximin | Algorithm::Maximin);
    if !exact || largest <= TOLERANCE {
        pass(
            NAME,
            format!(
                "solved again: {what} is within {largest:.1e} of the published one (tolerance \
                 {TOLERANCE:.0e}); {lottery}"
            ),
        )
    } else if settings.algorithm == Algorithm::Maximin {
        fail(
            NAME,
            format!(
                "solved again, the smallest chance is {} and not the published {} ({largest:.1e} \
                 apart, more than {TOLERANCE:.0e})",
                again.file.min_probability, prepared.file.min_probability
            ),
        )
    } else {
        let id = &prepared.file.people[worst].id;
        fail(
            NAME,
            format!(
                "solved again, `{id}`'s chance is {} and not the published {} ({largest:.1e} \
                 apart, more than {TOLERANCE:.0e}); {lottery}",
                again.file.people[worst].probability, prepared.file.people[worst].probability
            ),
        )
    }
}
