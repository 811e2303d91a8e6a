//! `bench` on the shared benchmark instances.

use crate::common::klero;

const INSTANCES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../bench/instances");

#[test]
fn bench_prints_a_row_per_instance() {
    let tmp = tempfile::tempdir().unwrap();
    let run = klero(
        tmp.path(),
        &[
            "bench",
            "--instances",
            INSTANCES,
            "--only",
            "example_small_20",
            "--json",
            "out.json",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.all());
    assert!(run.stdout.contains("VmHWM"), "{}", run.all());
    let row = run
        .stdout
        .lines()
        .find(|l| l.starts_with("example_small_20"))
        .unwrap_or_else(|| panic!("{}", run.all()));
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(cells[1], "200");
    assert_eq!(cells[2], "20");
    assert_eq!(cells[7], "yes", "every check of klero verify passed: {row}");
    let min_p: f64 = cells[9].parse().unwrap();
    assert!((min_p - 0.1).abs() < 1e-6, "{row}");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(tmp.path().join("out.json")).unwrap()).unwrap();
    assert_eq!(json["instances"][0]["name"], "example_small_20");
    assert_eq!(json["instances"][0]["verified"], true);
    let whole = json["instances"][0]["end_to_end_seconds"].as_f64().unwrap();
    let solve = json["instances"][0]["seconds"].as_f64().unwrap();
    assert!(
        whole >= solve,
        "end to end includes the distribution: {whole} < {solve}"
    );
    // The folder can also come from the environment.
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_klero"))
        .args([
            "bench",
            "--only",
            "example_small_20",
            "--algorithm",
            "legacy",
        ])
        .env("KLERO_BENCH_INSTANCES", INSTANCES)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(String::from_utf8_lossy(&run.stdout).contains("example_small_20"));
}
