//! The shared benchmark instances: bundles verify, with households.

use crate::common::{bench_pool, describe, run};
use klero_bundle::BundleInput;
use klero_select::Algorithm;

fn bundle_verifies(name: &str) -> klero_bundle::Outcome {
    let pool = bench_pool(name);
    let outcome = run(
        &pool.instance,
        Algorithm::Leximin,
        "2024-05-01 lottery 3 17 22 38 41",
    );
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("bundle");
    klero_bundle::write_bundle(&dir, BundleInput::from(&pool), &outcome).unwrap();
    let report = klero_bundle::verify(&dir).unwrap();
    assert!(report.passed(), "{name}:\n{}", describe(&report));
    let settings: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("settings.json")).unwrap()).unwrap();
    assert_eq!(
        settings["id_column"].as_str().unwrap().to_lowercase(),
        pool.people_header[pool.id_column].to_lowercase()
    );
    outcome
}

#[test]
fn example_small_20_gives_everyone_a_tenth() {
    let outcome = bundle_verifies("example_small_20");
    let min = outcome.prepared.file.min_probability;
    assert!((min - 0.1).abs() < 1e-6, "{min}");
}

#[test]
fn opendlp_monitor_addr_30_verifies_with_households() {
    let pool = bench_pool("opendlp_monitor_addr_30");
    assert!(pool.instance.household_count() > 0);
    let outcome = bundle_verifies("opendlp_monitor_addr_30");
    assert!(pool.instance.check_panel(&outcome.panel).is_empty());
}
