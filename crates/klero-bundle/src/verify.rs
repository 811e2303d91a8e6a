//! Verifying a bundle: the checksums, the canonical inputs and the commitment, then the selection
//! re-run with the seed and compared with every published file, and the certificate checked
//! independently of the engine that found it.

mod compare;

use crate::atomic::list_files;
use crate::layout::{
    DISTRIBUTION, FILES, INPUT_FEATURES, INPUT_PEOPLE, PANEL, PROBABILITIES, REPORT_HTML,
    REPORT_MD, RESERVES, SETTINGS, SUMS,
};
use crate::{BundleError, BundleInput, Outcome, SettingsJson};
use klero_select::{ENGINE_VERSION, Instance, Progress, Settings};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Probabilities and other figures may differ from the re-run by this much (solvers on other
/// machines may round differently in the last digits).
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
    /// The folder.
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

/// Verifies the bundle in `dir`. `Err` only if `dir` is not a readable folder: everything else,
/// including missing or unreadable files, is a failed check.
pub fn verify(dir: &Path) -> Result<VerifyReport, BundleError> {
    verify_with_progress(dir, &mut |_| {})
}

/// [`verify`], reporting the re-run's progress.
pub fn verify_with_progress(
    dir: &Path,
    progress: &mut dyn FnMut(Progress),
) -> Result<VerifyReport, BundleError> {
    if !dir.is_dir() {
        return Err(BundleError::NotAFolder(dir.to_owned()));
    }
    let present = list_files(dir).map_err(|e| BundleError::io("listing", dir, e))?;
    let files: BTreeMap<String, Vec<u8>> = present
        .iter()
        .filter_map(|name| Some((name.clone(), std::fs::read(dir.join(name)).ok()?)))
        .collect();
    let mut checks = vec![check_sums(&present, &files), check_file_list(&present)];
    let settings = check_settings(&files, &mut checks);
    let instance = settings
        .as_ref()
        .and_then(|(json, _)| check_inputs(&files, json, &mut checks));
    let runnable = match (&settings, &instance) {
        (Some((json, settings)), Some(instance)) => {
            checks.push(check_commitment(json, settings, instance));
            Some((json, settings, instance))
        }
        _ => {
            checks.push(fail(
                "commitment",
                "not checked: the settings or the inputs could not be read",
            ));
            None
        }
    };
    let outputs = [
        "panel",
        "reserves",
        "probabilities",
        "distribution",
        "certificate",
        "reports",
    ];
    let Some((json, settings, instance)) = runnable else {
        checks.push(fail(
            "selection",
            "not re-run: the settings or the inputs could not be read",
        ));
        checks.extend(outputs.map(|name| fail(name, "not checked: the selection was not re-run")));
        return Ok(VerifyReport {
            dir: dir.to_owned(),
            checks,
        });
    };
    let outcome = match crate::run_selection(instance, settings, &json.seed, progress) {
        Ok(outcome) => {
            checks.push(pass(
                "selection",
                format!(
                    "re-ran {} on {} people with the seed: drew lottery panel {} of {}",
                    settings.algorithm.name(),
                    instance.people().len(),
                    outcome.drawn + 1,
                    outcome.lottery.panels.len()
                ),
            ));
            outcome
        }
        Err(e) => {
            checks.push(fail("selection", format!("the re-run failed: {e}")));
            checks.extend(
                outputs.map(|name| fail(name, "not checked: the selection was not re-run")),
            );
            return Ok(VerifyReport {
                dir: dir.to_owned(),
                checks,
            });
        }
    };
    let input = BundleInput {
        instance,
        id_column: &json.id_column,
    };
    match crate::render_bundle(input, &outcome) {
        Ok(expected) => {
            let expected: BTreeMap<String, Vec<u8>> = expected.into_iter().collect();
            checks.extend(check_outputs(instance, &outcome, &files, &expected));
        }
        Err(e) => {
            checks.extend(outputs.map(|name| fail(name, format!("not checked: {e}"))));
        }
    }
    Ok(VerifyReport {
        dir: dir.to_owned(),
        checks,
    })
}

fn check_sums(present: &[String], files: &BTreeMap<String, Vec<u8>>) -> Check {
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
    for path in present {
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

fn check_file_list(present: &[String]) -> Check {
    let mut problems: Vec<String> = FILES
        .iter()
        .chain([&SUMS])
        .filter(|f| !present.iter().any(|p| p == *f))
        .map(|f| format!("`{f}` is missing"))
        .collect();
    problems.extend(
        present
            .iter()
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
    if json.format == crate::settings_json::BUNDLE_FORMAT_V1 {
        problems.push(format!(
            "format `{}` writes ids as typed, without the formula escaping of `{}`: verify it \
             with a klero from before format 2",
            json.format,
            crate::BUNDLE_FORMAT
        ));
    } else if json.format != crate::BUNDLE_FORMAT {
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
    let canonical = crate::json::to_bytes(&json);
    if canonical.ok().as_deref() != Some(bytes.as_slice()) {
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
) -> Option<Instance> {
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
    let written = klero_pool::write_features_csv(&instance, &mut canonical_features)
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
    Some(instance)
}

fn check_commitment(json: &SettingsJson, settings: &Settings, instance: &Instance) -> Check {
    let commitment = crate::commitment_of(instance, settings).to_hex();
    if commitment == json.commitment.trim().to_ascii_lowercase() {
        pass(
            "commitment",
            format!("{commitment}: recomputed from input/ and the settings"),
        )
    } else {
        fail(
            "commitment",
            format!(
                "{SETTINGS} says {} but input/ and the settings give {commitment}",
                json.commitment
            ),
        )
    }
}

fn check_outputs(
    instance: &Instance,
    outcome: &Outcome,
    files: &BTreeMap<String, Vec<u8>>,
    expected: &BTreeMap<String, Vec<u8>>,
) -> Vec<Check> {
    let file = |name: &str| files.get(name).map(Vec::as_slice);
    let want = |name: &str| expected.get(name).map_or(&[][..], Vec::as_slice);
    let mut checks = vec![
        compare::people_list(
            "panel",
            file(PANEL),
            want(PANEL),
            Some((instance, &outcome.panel)),
        ),
        compare::people_list("reserves", file(RESERVES), want(RESERVES), None),
        compare::probabilities(file(PROBABILITIES), outcome, instance),
    ];
    let published = compare::distribution(file(DISTRIBUTION), want(DISTRIBUTION), &mut checks);
    checks.push(compare::certificate(
        published.as_ref(),
        instance,
        outcome.distribution.min_probability(),
    ));
    let mut differ = Vec::new();
    for name in [REPORT_HTML, REPORT_MD] {
        match file(name) {
            None => differ.push(format!("{name} is missing")),
            Some(bytes) if bytes != want(name) => {
                differ.push(format!(
                    "{name} differs from the re-run's{}",
                    compare::first_difference(bytes, want(name))
                ));
            }
            Some(_) => {}
        }
    }
    checks.push(if differ.is_empty() {
        pass("reports", "report.html and report.md are the re-run's")
    } else {
        fail("reports", some_of(&differ))
    });
    checks
}
