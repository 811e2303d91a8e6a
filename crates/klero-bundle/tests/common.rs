//! Helpers: small instances built in code, the shared benchmark instances, bundles in temporary
//! folders.

use klero_bundle::{BundleInput, Outcome, VerifyReport};
use klero_select::{Algorithm, Category, Instance, Person, Quota, Settings};
use std::path::{Path, PathBuf};

fn quota(value: &str, min: u32, max: u32) -> Quota {
    Quota {
        value: value.into(),
        min,
        max,
        min_flex: None,
        max_flex: None,
    }
}

/// 40 people, two categories, a few two-person households, 8 seats: many valid panels.
pub fn small_instance() -> Instance {
    let categories = vec![
        Category {
            name: "gender".into(),
            values: vec![quota("female", 3, 5), quota("male", 3, 5)],
        },
        Category {
            name: "age".into(),
            values: vec![
                quota("16-29", 2, 4),
                quota("30-59", 2, 4),
                quota("60+", 1, 3),
            ],
        },
    ];
    let people = (0..40u16)
        .map(|i| Person {
            id: format!("v{i:02}"),
            values: vec![i % 2, (i / 2) % 3],
            household: (i < 12).then_some(u32::from(i / 2)),
        })
        .collect();
    Instance::new(categories, people, 8).unwrap()
}

pub fn settings(algorithm: Algorithm) -> Settings {
    Settings {
        algorithm,
        lottery_panels: 1000,
        reserves: 3,
    }
}

pub fn run(instance: &Instance, algorithm: Algorithm, seed: &str) -> Outcome {
    klero_bundle::run_selection(instance, &settings(algorithm), seed, &mut |_| {}).unwrap()
}

/// No labels: the reports show the ids.
pub static NO_LABELS: std::sync::LazyLock<klero_domain::labels::QuotaLabels> =
    std::sync::LazyLock::new(klero_domain::labels::QuotaLabels::new);

pub fn input(instance: &Instance) -> BundleInput<'_> {
    BundleInput {
        instance,
        id_column: "id",
        follow_up: None,
        labels: &NO_LABELS,
    }
}

/// Writes a bundle of a run into a new temporary folder; returns the folder's guard and path.
pub fn bundle(instance: &Instance, outcome: &Outcome) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("bundle");
    klero_bundle::write_bundle(&dir, input(instance), outcome).unwrap();
    (tmp, dir)
}

/// Explains a report when an assertion about it fails.
pub fn describe(report: &VerifyReport) -> String {
    report
        .checks
        .iter()
        .map(|c| {
            format!(
                "{} {}: {}",
                if c.passed { "PASS" } else { "FAIL" },
                c.name,
                c.detail
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The check named `name`, which the report must hold.
pub fn check<'a>(report: &'a VerifyReport, name: &str) -> &'a klero_bundle::Check {
    report
        .checks
        .iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no check `{name}`:\n{}", describe(report)))
}

/// The names of the checks that failed.
pub fn failed(report: &VerifyReport) -> Vec<&'static str> {
    report
        .checks
        .iter()
        .filter(|c| !c.passed)
        .map(|c| c.name)
        .collect()
}

/// Rewrites `SHA256SUMS` over the files now in the folder (as a forger would).
pub fn regenerate_sums(dir: &Path) {
    let mut files = Vec::new();
    for name in klero_bundle::FILES {
        if let Ok(bytes) = std::fs::read(dir.join(name)) {
            files.push((name.to_owned(), bytes));
        }
    }
    std::fs::write(
        dir.join(klero_bundle::SUMS),
        klero_bundle::render_sums(&files),
    )
    .unwrap();
}

/// The folder of the shared benchmark instances.
pub fn bench_dir() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../bench/instances"
    ))
}

/// Reads a benchmark instance with klero-pool, as its `meta.json` says.
pub fn bench_pool(name: &str) -> klero_pool::Pool {
    let dir = bench_dir().join(name);
    let meta: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("meta.json")).unwrap()).unwrap();
    let options = klero_pool::LoadOptions {
        panel_size: meta["k"].as_u64().unwrap() as u32,
        id_column: meta["id_column"].as_str().map(str::to_owned),
        address_columns: meta["address_columns"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap().to_owned())
            .collect(),
        household_column: None,
    };
    klero_pool::load(&dir.join("features.csv"), &dir.join("people.csv"), &options).unwrap_or_else(
        |problems| {
            panic!(
                "{name}: {}",
                problems
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("\n")
            )
        },
    )
}
